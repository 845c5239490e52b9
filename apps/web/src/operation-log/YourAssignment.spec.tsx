import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AssignmentFieldsFragment } from '@jointops/web-data';
import { assignedTo, YourAssignment } from './YourAssignment';

const WCSO = { __typename: 'Agency' as const, id: 'a-wcso', shortName: 'WCSO', name: 'Wake County Sheriff' };
const role = (id: string, title: string, assignee: string | null, place: AssignmentFieldsFragment['place']): AssignmentFieldsFragment =>
  ({ __typename: 'RoleAssignment', id, title, agency: WCSO, assignee: assignee ? { __typename: 'User', id: assignee } : null, place }) as AssignmentFieldsFragment;
const CP = { __typename: 'Place' as const, id: 'pl-cp', name: 'Main CP', kind: 'COMMAND_POST' as const, address: '4701 Mail Service Center, Raleigh', coordinates: [[-78.638179, 35.779609]] };
const ROUTE = { __typename: 'Place' as const, id: 'pl-route', name: 'I-40 sweep', kind: 'ROUTE' as const, address: '', coordinates: [[-78.7, 35.8], [-78.6, 35.75], [-78.5, 35.7]] };

function clipboard(writeText: jest.Mock) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

describe('YourAssignment: the officer sees where each of their roles works', () => {
  afterEach(() => delete (navigator as { clipboard?: unknown }).clipboard);

  it('picks out the roles of the signed-in user', () => {
    const roles = [role('r1', 'Traffic control', 'u-renee', CP), role('r2', 'Liaison', 'u-other', null), role('r3', 'Spare', null, null)];
    expect(assignedTo(roles, 'u-renee').map((r) => r.id)).toEqual(['r1']);
  });

  it("shows the role, its agency and its place: name, kind, address and coordinates as 'lat, lon', with a geo: link", () => {
    render(<YourAssignment roles={[role('r1', 'Traffic control', 'u-renee', CP)]} />);
    const section = screen.getByRole('region', { name: 'Your assignment' });
    const item = within(section).getByTestId('assignment');
    expect(within(item).getByRole('heading', { name: 'Traffic control' })).toBeTruthy();
    expect(item.textContent).toContain('Wake County Sheriff (WCSO)');
    expect(item.textContent).toContain('Main CP (Command post)');
    expect(item.textContent).toContain('4701 Mail Service Center, Raleigh');
    expect(item.textContent).toContain('Coordinates (latitude, longitude): 35.77961, -78.63818');
    expect(within(item).getByRole('link', { name: 'Open in maps' }).getAttribute('href')).toBe('geo:35.77961,-78.63818');
  });

  it('copies "lat, lon" to the clipboard and says so in a live region', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    clipboard(writeText);
    render(<YourAssignment roles={[role('r1', 'Traffic control', 'u-renee', CP)]} />);
    const button = screen.getByRole('button', { name: 'Copy coordinates' });
    expect(button.getAttribute('aria-describedby')).toBe('assignment-r1-name assignment-r1-coordinates');
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Coordinates copied.'));
    expect(writeText).toHaveBeenCalledWith('35.77961, -78.63818');
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it('when the clipboard is refused, selects the coordinates and says how to copy them', async () => {
    clipboard(jest.fn(() => Promise.reject(new DOMException('Denied', 'NotAllowedError'))));
    render(<YourAssignment roles={[role('r1', 'Traffic control', 'u-renee', CP)]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy coordinates' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/not allowed.*selected/));
    expect(window.getSelection()?.toString()).toBe('35.77961, -78.63818');
  });

  it('shows a route by its first point and the number of points', () => {
    render(<YourAssignment roles={[role('r1', 'Sweep lead', 'u-renee', ROUTE)]} />);
    const item = screen.getByTestId('assignment');
    expect(item.textContent).toContain('I-40 sweep (Route)');
    expect(item.textContent).toContain('Route of 3 points, starting at (latitude, longitude): 35.80000, -78.70000');
    expect(within(item).getByRole('link', { name: 'Open in maps' }).getAttribute('href')).toBe('geo:35.80000,-78.70000');
  });

  it('says when a role names no place, and shows nothing without a role', () => {
    const { container, rerender } = render(<YourAssignment roles={[role('r1', 'Traffic control', 'u-renee', null)]} />);
    expect(screen.getByTestId('assignment').textContent).toContain('No place is named for this role.');
    expect(screen.queryByRole('button', { name: 'Copy coordinates' })).toBeNull();
    rerender(<YourAssignment roles={[]} />);
    expect(container.textContent).toBe('');
  });
});
