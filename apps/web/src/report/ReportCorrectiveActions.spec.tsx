import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AfterActionReportFieldsFragment } from '@jointops/web-data';
import type { WorkspaceMe, WorkspacePlan } from '../plans/workspace-types';
import { ReportCorrectiveActions } from './ReportCorrectiveActions';

const NCSHP = { __typename: 'Agency', id: 'a-ncshp', shortName: 'NCSHP', name: 'North Carolina State Highway Patrol' };
const PLAN = { id: 'p1', leadAgency: NCSHP, agencies: [NCSHP] } as unknown as WorkspacePlan;
const DANA = { id: 'u-dana', roles: ['PLANNER'], agencyId: 'a-ncshp' } as unknown as WorkspaceMe;
const LONG_CASE = `Case ${'NC2026-000'.repeat(30)}`;
const action = (id: string, title: string, notes = '') => ({
  __typename: 'CorrectiveAction',
  ...{ id, version: 1, title, notes, status: 'OPEN', dueDate: '2027-06-30T00:00:00.000Z', ownerAgency: NCSHP },
});
const report = (actions: ReturnType<typeof action>[]) => ({ id: 'r1', version: 2, correctiveActions: actions }) as unknown as AfterActionReportFieldsFragment;

function setup(actions = [action('ca1', 'Fix radios', LONG_CASE)]) {
  const mutations = { addAction: jest.fn(async () => 'ca2'), updateAction: jest.fn(async () => undefined) };
  const onStatus = jest.fn();
  const view = (r: AfterActionReportFieldsFragment) => <ReportCorrectiveActions report={r} plan={PLAN} me={DANA} canAdd mutations={mutations} onStatus={onStatus} />;
  const { rerender } = render(view(report(actions)));
  return { mutations, onStatus, show: (next: ReturnType<typeof action>[]) => rerender(view(report(next))) };
}

describe('ReportCorrectiveActions', () => {
  it('opens "Add a corrective action" with focus on Title, and after the add moves focus to the new action', async () => {
    const { mutations, show } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add a corrective action' }));
    const form = screen.getByRole('form', { name: 'Add a corrective action' });
    expect(document.activeElement).toBe(within(form).getByLabelText(/^Title/));
    fireEvent.change(within(form).getByLabelText(/^Title/), { target: { value: 'Stage a tow truck' } });
    fireEvent.change(within(form).getByLabelText(/^Owner agency/), { target: { value: 'a-ncshp' } });
    fireEvent.change(within(form).getByLabelText(/^Due date/), { target: { value: '2027-06-30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add corrective action' }));
    await waitFor(() => expect(mutations.addAction).toHaveBeenCalled());
    // The cache brings the new action into the report.
    show([action('ca1', 'Fix radios', LONG_CASE), action('ca2', 'Stage a tow truck')]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('Stage a tow truck').closest('li')));
  });

  it('after "Save corrective action" moves focus to the saved action; after Cancel, back to its Edit button', async () => {
    const { mutations } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit corrective action Fix radios' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit corrective action Fix radios' })));
    fireEvent.click(screen.getByRole('button', { name: 'Edit corrective action Fix radios' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save corrective action' }));
    await waitFor(() => expect(mutations.updateAction).toHaveBeenCalledWith('ca1', 1, expect.objectContaining({ title: 'Fix radios' })));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('Fix radios').closest('li')));
  });

  it('shows the title and notes as user text, which wraps a long case number', () => {
    setup();
    expect(screen.getByText(LONG_CASE).closest('.jo-user-text')).not.toBeNull();
    expect(screen.getByText('Fix radios').closest('.jo-user-text')).not.toBeNull();
  });
});
