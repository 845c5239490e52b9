import { fireEvent, screen, within } from '@testing-library/react';
import { ResolveChecklistItemDocument, type ChecklistSectionPlanFragment } from '@jointops/web-data';
import { renderWithProviders } from '../test/render';
import { ChecklistSection } from './ChecklistSection';
import { pause } from '../test/pause';

type Item = ChecklistSectionPlanFragment['checklist'][number];

function item(id: string, category: Item['category'], text: string, extra: Partial<Item> = {}): Item {
  return { __typename: 'ChecklistItem', id, version: 1, category, text, required: true, citation: '', status: 'OPEN', note: '', reviewedBy: null, reviewedAt: null, ...extra } as Item;
}

const PLAN = {
  __typename: 'Plan',
  id: 'p1',
  version: 1,
  revision: 4,
  status: 'DRAFT',
  agencies: [{ __typename: 'Agency', id: 'a-cbp', shortName: 'CBP' }],
  checklist: [
    item('c-other', 'OTHER', 'Body-worn camera rules', { required: false }),
    item('c-agree', 'AGREEMENTS', 'A written agreement covers every agency', {
      status: 'SATISFIED',
      note: 'MOU 2027-04 signed by all',
      citation: 'MOU §3',
      reviewedBy: { __typename: 'User', id: 'u1', displayName: 'Dana Whitfield' } as Item['reviewedBy'],
      reviewedAt: '2027-02-01T15:00:00Z',
    }),
    item('c-legal-1', 'LEGAL_AUTHORITY', 'Legal authority identified'),
    item('c-legal-2', 'LEGAL_AUTHORITY', 'Legal counsel has reviewed the plan', { status: 'NOT_APPLICABLE', note: 'Counsel waived' }),
    item('c-safety', 'SAFETY_MEDICAL', 'Medical plan names the trauma center'),
  ],
} as unknown as ChecklistSectionPlanFragment;

const PLANNER = { id: 'u-maria', roles: ['PLANNER'], agencyId: 'a-cbp' };
const LEAD = { id: 'u-james', roles: ['AGENCY_LEAD'], agencyId: 'a-cbp' };

describe('ChecklistSection', () => {
  it('groups items by category in the contract order and summarises required progress', () => {
    renderWithProviders(<ChecklistSection plan={PLAN} canEdit={false} me={PLANNER} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.firstChild?.textContent);
    expect(headings).toEqual(['Legal authority', 'Agreements', 'Safety and medical', 'Other']);
    expect(screen.getByTestId('checklist-progress').textContent).toBe('2 of 4 required items resolved');

    const legal = screen.getByRole('region', { name: /Legal authority/ });
    expect(within(legal).getAllByRole('listitem').map((li) => li.id)).toEqual(['checklist-c-legal-1', 'checklist-c-legal-2']);

    const agreement = document.getElementById('checklist-c-agree')!;
    expect(agreement.textContent).toContain('Satisfied');
    expect(agreement.textContent).toContain('Required');
    expect(agreement.textContent).toContain('Citation: MOU §3');
    expect(agreement.textContent).toContain('Evidence: MOU 2027-04 signed by all');
    expect(agreement.textContent).toContain('Reviewed by Dana Whitfield');
    expect(document.getElementById('checklist-c-other')!.textContent).toContain('Optional');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows an empty state without items', () => {
    renderWithProviders(<ChecklistSection plan={{ ...PLAN, checklist: [] }} canEdit={false} me={PLANNER} />);
    expect(screen.getByRole('heading', { name: 'No checklist items yet' })).toBeTruthy();
  });

  it('needs a note before resolving and sends nothing without one', async () => {
    const result = jest.fn(() => ({ data: { resolveChecklistItem: PLAN.checklist[2] } }));
    renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={PLANNER} />, {
      mocks: [{ request: { query: ResolveChecklistItemDocument, variables: () => true }, result }],
    });
    const row = document.getElementById('checklist-c-legal-1')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Resolve' }));
    const note = within(row).getByLabelText('Evidence');
    expect(document.activeElement).toBe(note);
    fireEvent.click(within(row).getByRole('button', { name: 'Save resolution' }));

    expect(within(row).getByText('Evidence is required.')).toBeTruthy();
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(note.getAttribute('aria-describedby')).toContain('resolve-c-legal-1-note-error');
    await pause(30);
    expect(result).not.toHaveBeenCalled();
  });

  it('keeps "Not applicable" of a required item from non-leads, with the reason', () => {
    renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={PLANNER} />);
    const row = document.getElementById('checklist-c-legal-1')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Resolve' }));
    const na = within(row).getByLabelText('Not applicable') as HTMLInputElement;
    expect(na.disabled).toBe(true);
    expect(document.getElementById(na.getAttribute('aria-describedby')!)!.textContent).toBe('Only an agency lead may mark a required item not applicable.');

    // Optional items are open to everyone who may edit.
    const optional = document.getElementById('checklist-c-other')!;
    fireEvent.click(within(optional).getByRole('button', { name: 'Resolve' }));
    const optionalNa = within(optional).getByLabelText('Not applicable') as HTMLInputElement;
    expect(optionalNa.disabled).toBe(false);
    fireEvent.click(optionalNa);
    expect(within(optional).getByLabelText('Justification')).toBeTruthy();
  });

  it('tells a planner adding an item that a required one is an agency lead\'s to change later; a lead is not told', () => {
    const hint = 'Once added, a required item can be changed or removed only by an agency lead. Untick this to keep it yours to edit.';
    const { unmount } = renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={PLANNER} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a custom item' }));
    const box = screen.getByLabelText('Required before review') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toBe(hint);
    unmount();

    renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={LEAD} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a custom item' }));
    expect(screen.getByLabelText('Required before review').getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByText(hint)).toBeNull();
  });

  it('lets an agency lead mark a required item not applicable', () => {
    renderWithProviders(<ChecklistSection plan={PLAN} canEdit me={LEAD} />);
    const row = document.getElementById('checklist-c-legal-1')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Resolve' }));
    expect((within(row).getByLabelText('Not applicable') as HTMLInputElement).disabled).toBe(false);
  });
});
