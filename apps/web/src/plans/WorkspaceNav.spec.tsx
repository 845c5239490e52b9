import { PLAN_PARTS } from '@jointops/domain';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router';
import { WorkspaceNav } from './WorkspaceNav';
import type { WorkspacePlan } from './workspace-types';

const PLAN = {
  id: 'p1',
  status: 'ACTIVE',
  revision: 4,
  approvals: [],
  ...Object.fromEntries(PLAN_PARTS.map((part) => [part.key, []])),
} as unknown as WorkspacePlan;

describe('WorkspaceNav', () => {
  it('collapses the sections behind a "Sections" disclosure that names the current one, and closes it once a section is chosen', () => {
    render(
      <MockedProvider>
        <MemoryRouter initialEntries={['/plans/p1/debrief']}>
          <WorkspaceNav plan={PLAN} />
        </MemoryRouter>
      </MockedProvider>,
    );
    const nav = screen.getByRole('navigation', { name: 'Plan sections' });
    const toggle = within(nav).getByRole('button', { name: /^Sections: Debrief/ });
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    // Closed at first: CSS hides the list below desktop width while data-open is false.
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(list.getAttribute('data-open')).toBe('false');
    expect(list.contains(within(nav).getByRole('link', { name: 'Debrief' }))).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.getAttribute('data-open')).toBe('true');

    // Escape from inside closes it and gives the focus back to its button.
    fireEvent.keyDown(within(nav).getByRole('link', { name: 'Activity' }), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);

    fireEvent.click(within(nav).getByRole('link', { name: 'Activity' }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('Activity');
  });
});
