import { render, screen } from '@testing-library/react';
import { EditingBadge, editingLabel } from './EditingBadge';
import { initialsOf, PresenceAvatars } from './PresenceAvatars';

describe('EditingBadge', () => {
  it('names who is editing', () => {
    render(<EditingBadge names={['Maria Lopez']} />);
    expect(screen.getByTestId('editing-badge').textContent).toBe('Maria Lopez is editing');
  });

  it('renders nothing when nobody is', () => {
    const { container } = render(<EditingBadge names={[]} />);
    expect(container.textContent).toBe('');
  });

  it('shortens long lists', () => {
    expect(editingLabel(['A', 'B'])).toBe('A and B are editing');
    expect(editingLabel(['A', 'B', 'C'])).toBe('A, B and 1 other are editing');
    expect(editingLabel(['A', 'B', 'C', 'D'])).toBe('A, B and 2 others are editing');
  });
});

describe('PresenceAvatars', () => {
  it('shows initials with the full name, agency and activity for screen readers and as a tooltip', () => {
    render(
      <PresenceAvatars
        people={[
          { id: 'u1', name: 'Maria Lopez', agency: 'CBP', activity: 'editing objective 2' },
          { id: 'u2', name: 'Dana Whitfield', agency: 'NCSHP', isMe: true },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]?.getAttribute('title')).toBe('Maria Lopez (CBP) — editing objective 2');
    expect(items[0]?.textContent).toBe('MLMaria Lopez (CBP) — editing objective 2');
    expect(items[1]?.textContent).toContain('Dana Whitfield (NCSHP), you');
    expect(initialsOf('Cher')).toBe('CH');
  });
});
