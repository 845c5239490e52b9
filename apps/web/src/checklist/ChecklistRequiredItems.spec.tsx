import { fireEvent, screen, within } from '@testing-library/react';
import { RemoveChecklistItemDocument, SectionPlanAfterEditDocument, UpdateChecklistItemDocument, type ChecklistSectionPlanFragment } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../test/render';
import { ChecklistSection } from './ChecklistSection';
import { pause } from '../test/pause';

/** Required items: only an agency lead removes them or changes their requirement, with a reason (finding 7). */

type Item = ChecklistSectionPlanFragment['checklist'][number];

const item = (id: string, text: string, extra: Partial<Item> = {}): Item =>
  ({ __typename: 'ChecklistItem', id, version: 2, category: 'LEGAL_AUTHORITY', text, required: true, citation: 'G.S. 15A-285', status: 'OPEN', note: '', reviewedBy: null, reviewedAt: null, ...extra }) as Item;

const PLAN = {
  __typename: 'Plan',
  id: 'p1',
  version: 1,
  revision: 7,
  status: 'APPROVED',
  agencies: [{ __typename: 'Agency', id: 'a-ncshp', shortName: 'NCSHP' }],
  checklist: [item('c-warrant', 'A judicial warrant is in hand for any planned entry.'), item('c-camera', 'Body-worn camera rules', { required: false, category: 'OTHER', citation: '' })],
} as unknown as ChecklistSectionPlanFragment;

const PLANNER = { id: 'u-dana', roles: ['PLANNER'], agencyId: 'a-ncshp' };
const LEAD = { id: 'u-marcus', roles: ['AGENCY_LEAD'], agencyId: 'a-ncshp' };
const meta = {
  request: { query: SectionPlanAfterEditDocument, variables: { id: 'p1' } },
  result: { data: { plan: { __typename: 'Plan', id: 'p1', revision: 8, contentHash: 'h', version: 1, status: 'IN_REVIEW', readiness: { __typename: 'Readiness', ready: true, blockerCount: 0, accountabilityBlockers: [], warnings: [] } } } },
  maxUsageCount: 5,
};
const row = (id: string) => document.getElementById(`checklist-${id}`)!;
const settle = () => pause(30);

describe('required checklist items', () => {
  it('shows a planner Edit and Remove of a required item disabled, saying why; optional items stay open to them', () => {
    renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={PLANNER} />);
    const required = within(row('c-warrant'));
    for (const name of ['Edit', 'Remove']) {
      const button = required.getByRole('button', { name }) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      const hint = button.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
      expect(hint).toContain('Only an agency lead may change or remove a required item, and must give a reason.');
    }
    // Resolving stays open to planners.
    expect((required.getByRole('button', { name: 'Resolve' }) as HTMLButtonElement).disabled).toBe(false);
    const optional = within(row('c-camera'));
    expect((optional.getByRole('button', { name: 'Edit' }) as HTMLButtonElement).disabled).toBe(false);
    expect((optional.getByRole('button', { name: 'Remove' }) as HTMLButtonElement).disabled).toBe(false);
    expect(optional.queryByText(/Only an agency lead/)).toBeNull();
  });

  it('asks an agency lead why a required item is removed, sends nothing without a reason, then sends the reason', async () => {
    const removed = jest.fn(() => ({ data: { removeChecklistItem: 'c-warrant' } }));
    renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={LEAD} />, {
      mocks: [{ request: { query: RemoveChecklistItemDocument, variables: { id: 'c-warrant', expectedVersion: 2, reason: 'Vehicle stops only: no entry into homes.' } }, result: removed }, meta],
    });
    const warrant = within(row('c-warrant'));
    fireEvent.click(warrant.getByRole('button', { name: 'Remove' }));
    const form = warrant.getByRole('form', { name: 'Remove this required item' });
    const reason = within(form).getByLabelText('Reason for removing it');
    expect(document.activeElement).toBe(reason);

    fireEvent.click(within(form).getByRole('button', { name: 'Yes, remove' }));
    expect(within(form).getByText(/Say why this required item is changed or removed/)).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    await settle();
    expect(removed).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: '  Vehicle stops only: no entry into homes. ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText('Saved: checklist item removed.')).toBeTruthy();
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('removes an optional item with the plain confirmation and no reason', async () => {
    const removed = jest.fn(() => ({ data: { removeChecklistItem: 'c-camera' } }));
    renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={PLANNER} />, {
      mocks: [{ request: { query: RemoveChecklistItemDocument, variables: { id: 'c-camera', expectedVersion: 2 } }, result: removed }, meta],
    });
    fireEvent.click(within(row('c-camera')).getByRole('button', { name: 'Remove' }));
    expect(within(row('c-camera')).queryByLabelText(/Reason/)).toBeNull();
    fireEvent.click(within(row('c-camera')).getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText('Saved: checklist item removed.')).toBeTruthy();
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('shows the server\'s word on the reason at the reason field', async () => {
    const refusal = new GraphQLError('Say why this required item is changed or removed; the agency leads who sign the plan will see it.', { extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={LEAD} />, {
      mocks: [{ request: { query: RemoveChecklistItemDocument, variables: () => true }, result: { errors: [refusal] } }],
    });
    const warrant = within(row('c-warrant'));
    fireEvent.click(warrant.getByRole('button', { name: 'Remove' }));
    fireEvent.change(warrant.getByLabelText('Reason for removing it'), { target: { value: 'x' } });
    fireEvent.click(warrant.getByRole('button', { name: 'Yes, remove' }));
    const field = await warrant.findByText(/the agency leads who sign the plan will see it/, { selector: '.usa-error-message' });
    expect(field.id).toBe('remove-c-warrant-reason-error');
  });

  it('wants a reason from a lead who rewrites a required item, and sends it with the change', async () => {
    const saved = jest.fn(() => ({ data: { updateChecklistItem: { ...PLAN.checklist[0], version: 3, text: 'A judicial warrant is in hand before any entry.' } } }));
    renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={LEAD} />, {
      mocks: [
        {
          request: {
            query: UpdateChecklistItemDocument,
            variables: {
              id: 'c-warrant',
              expectedVersion: 2,
              patch: { category: 'LEGAL_AUTHORITY', text: 'A judicial warrant is in hand before any entry.', required: true, citation: 'G.S. 15A-285' },
              reason: 'Counsel tightened the wording.',
            },
          },
          result: saved,
        },
        meta,
      ],
    });
    const warrant = within(row('c-warrant'));
    fireEvent.click(warrant.getByRole('button', { name: 'Edit' }));
    const form = warrant.getByRole('form', { name: 'Edit checklist item' });
    fireEvent.change(within(form).getByLabelText('Requirement'), { target: { value: 'A judicial warrant is in hand before any entry.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save item' }));

    const reason = within(form).getByLabelText('Reason for the change');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByRole('link', { name: /Say why this required item is changed or removed/ })).toBeTruthy();
    await settle();
    expect(saved).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: 'Counsel tightened the wording.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save item' }));
    expect(await screen.findByText('Saved: checklist item updated.')).toBeTruthy();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('needs no reason from a lead who only makes a required item optional', async () => {
    const saved = jest.fn(() => ({ data: { updateChecklistItem: { ...PLAN.checklist[0], version: 3, required: false } } }));
    renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={LEAD} />, {
      mocks: [
        {
          request: {
            query: UpdateChecklistItemDocument,
            variables: { id: 'c-warrant', expectedVersion: 2, patch: { category: 'LEGAL_AUTHORITY', text: PLAN.checklist[0].text, required: false, citation: 'G.S. 15A-285' } },
          },
          result: saved,
        },
        meta,
      ],
    });
    const warrant = within(row('c-warrant'));
    fireEvent.click(warrant.getByRole('button', { name: 'Edit' }));
    fireEvent.click(warrant.getByLabelText('Required before review'));
    fireEvent.click(warrant.getByRole('button', { name: 'Save item' }));
    expect(await screen.findByText('Saved: checklist item updated.')).toBeTruthy();
    expect(saved).toHaveBeenCalledTimes(1);
  });
});
