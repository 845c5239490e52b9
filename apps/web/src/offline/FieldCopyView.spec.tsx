import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { FieldCopyView } from './FieldCopyView';
import { testStore } from './store/offline-fixtures';
import type { FieldCopyPlan, OfflineCopy } from './store/types';

const ME = 'u-renee';
const WCSO = { __typename: 'Agency' as const, id: 'a-wcso', shortName: 'WCSO', name: 'Wake County Sheriff' };
const CHECKPOINT = { __typename: 'Place' as const, id: 'pl-42', name: 'Exit 42 checkpoint', kind: 'CHECKPOINT' as const, address: 'I-40 exit 42, eastbound ramp', coordinates: [[-78.9, 35.6]] };

const PLAN = {
  __typename: 'Plan',
  ...{ id: 'p1', title: 'Operation Dead Zone', status: 'ACTIVE', timeZone: 'America/New_York', startsAt: null, endsAt: null, completedAt: null, lastSeq: 12 },
  objectives: [],
  roles: [
    {
      __typename: 'RoleAssignment',
      ...{ id: 'r1', version: 1, title: 'Checkpoint lead', responsibilities: 'Run the checkpoint', agency: WCSO },
      ...{ assignee: { __typename: 'User', id: ME, displayName: 'Renee Jacobs' }, objectives: [], place: CHECKPOINT },
    },
  ],
  ...{ timeline: [], comms: [], agreements: [], activityLog: [], debriefs: [] },
} as unknown as FieldCopyPlan;

const COPY: OfflineCopy = { userId: ME, planId: 'p1', savedAt: new Date().toISOString(), expiresAt: Date.now() + 3_600_000, plan: PLAN };

describe('FieldCopyView: the offline copy shows where the officer works', () => {
  afterEach(() => delete (navigator as { clipboard?: unknown }).clipboard);

  it('shows the role\'s place with its coordinates, and copies them with no server to ask', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderWithProviders(<FieldCopyView copy={COPY} />, { offlineStore: testStore() });
    const roles = screen.getByRole('heading', { name: 'Your roles' }).nextElementSibling as HTMLElement;
    const place = within(roles).getByTestId('assigned-place');
    expect(place.textContent).toContain('Exit 42 checkpoint (Checkpoint)');
    expect(place.textContent).toContain('I-40 exit 42, eastbound ramp');
    expect(place.textContent).toContain('35.60000, -78.90000');
    expect(within(place).getByRole('link', { name: 'Open in maps' }).getAttribute('href')).toBe('geo:35.60000,-78.90000');
    fireEvent.click(within(place).getByRole('button', { name: 'Copy coordinates' }));
    await waitFor(() => expect(within(place).getByRole('status').textContent).toBe('Coordinates copied.'));
    expect(writeText).toHaveBeenCalledWith('35.60000, -78.90000');
  });

  it('reads a copy kept before roles carried a place', () => {
    const older = { ...COPY, plan: { ...PLAN, roles: PLAN.roles.map(({ place: _place, ...rest }) => rest) } as unknown as FieldCopyPlan };
    renderWithProviders(<FieldCopyView copy={older} />, { offlineStore: testStore() });
    expect(screen.getByText('Checkpoint lead')).toBeTruthy();
    expect(screen.queryByTestId('assigned-place')).toBeNull();
  });
});
