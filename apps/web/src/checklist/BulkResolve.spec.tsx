import { useQuery } from '@apollo/client/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ChecklistSectionDocument, ResolveChecklistItemsDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../test/render';
import { ChecklistSection } from './ChecklistSection';

const item = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'ChecklistItem',
  id,
  version: 2,
  category: 'AGREEMENTS',
  text,
  required: true,
  citation: '',
  status: 'OPEN',
  note: '',
  reviewedBy: null,
  reviewedAt: null,
  ...extra,
});
const ITEMS = [item('c1', 'Agreement in force'), item('c2', 'Counsel review'), item('c3', 'Data sharing MOU'), item('c4', 'Interpreter booked')];
const planQuery = { request: { query: ChecklistSectionDocument, variables: { id: 'p1' } }, result: { data: { plan: { __typename: 'Plan', id: 'p1', version: 1, revision: 1, status: 'DRAFT', agencies: [], checklist: ITEMS } } } };

function Harness() {
  const { data } = useQuery(ChecklistSectionDocument, { variables: { id: 'p1' } });
  return data?.plan ? <ChecklistSection plan={data.plan} canEdit me={{ id: 'u', roles: ['PLANNER'], agencyId: 'a' }} /> : null;
}

const select = (text: string) => fireEvent.click(within(screen.getByText(text).closest('li')!).getByRole('checkbox', { name: /Select to resolve together/ }));

describe('resolving several checklist items with one piece of evidence', () => {
  it('selects three items and resolves them in one request; each shows its resolution', async () => {
    const resolved = jest.fn(() => ({ data: { resolveChecklistItems: ITEMS.slice(0, 3).map((i) => ({ ...i, version: 3, status: 'SATISFIED', note: 'MOU of 2027-01-10' })) } }));
    const variables = { planId: 'p1', items: ['c1', 'c2', 'c3'].map((id) => ({ id, expectedVersion: 2 })), status: 'SATISFIED', note: 'MOU of 2027-01-10' };
    renderWithProviders(<Harness />, { mocks: [planQuery, { request: { query: ResolveChecklistItemsDocument, variables }, result: resolved }] });
    await screen.findByText('Agreement in force');
    expect(screen.queryByRole('form', { name: /together/ })).toBeNull();
    select('Agreement in force');
    select('Counsel review');
    select('Data sharing MOU');

    const form = screen.getByRole('form', { name: 'Resolve 3 items together' });
    // A planner cannot mark required items not applicable, in bulk as one by one.
    expect((within(form).getByLabelText('Not applicable') as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(within(form).getByLabelText(/^Evidence/), { target: { value: '  MOU of 2027-01-10 ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Resolve 3 items' }));

    expect(await screen.findByText('Saved: 3 items marked satisfied.')).toBeTruthy();
    expect(resolved).toHaveBeenCalledTimes(1);
    for (const text of ['Agreement in force', 'Counsel review', 'Data sharing MOU']) expect(within(screen.getByText(text).closest('li')!).getByText('MOU of 2027-01-10')).toBeTruthy();
    expect(within(screen.getByText('Interpreter booked').closest('li')!).queryByText('MOU of 2027-01-10')).toBeNull();
    expect(screen.queryByRole('form', { name: /together/ })).toBeNull();
  });

  it('keeps a bar saying how many are selected at the bottom of the window, which leads to the form above the list', async () => {
    renderWithProviders(<Harness />, { mocks: [planQuery] });
    await screen.findByText('Agreement in force');
    expect(screen.queryByTestId('checklist-selection-bar')).toBeNull();
    select('Interpreter booked');
    select('Data sharing MOU');
    const bar = screen.getByTestId('checklist-selection-bar');
    expect(within(bar).getByRole('status').textContent).toBe('2 items selected');
    const scrolled = jest.fn();
    Element.prototype.scrollIntoView = scrolled;
    fireEvent.click(within(bar).getByRole('button', { name: 'Resolve together' }));
    const heading = screen.getByRole('heading', { name: 'Resolve 2 items together' });
    expect(document.activeElement).toBe(heading);
    expect(scrolled).toHaveBeenCalledTimes(1);
    fireEvent.click(within(bar).getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByTestId('checklist-selection-bar')).toBeNull();
    expect(screen.queryByRole('form', { name: /together/ })).toBeNull();
  });

  it('asks for the evidence before sending, and shows a refusal naming the item without losing the selection', async () => {
    const refused = new GraphQLError('"Counsel review": Checklist item was changed by someone else; it is now at version 5.', { extensions: { code: 'CONFLICT', itemId: 'c2', currentVersion: 5 } });
    const resolved = jest.fn(() => ({ errors: [refused] }));
    renderWithProviders(<Harness />, { mocks: [planQuery, { request: { query: ResolveChecklistItemsDocument, variables: () => true }, result: resolved }] });
    await screen.findByText('Agreement in force');
    select('Agreement in force');
    select('Counsel review');
    const form = screen.getByRole('form', { name: 'Resolve 2 items together' });
    fireEvent.click(within(form).getByRole('button', { name: 'Resolve 2 items' }));
    expect(await within(form).findByText('Evidence is required.')).toBeTruthy();
    expect(resolved).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByLabelText(/^Evidence/), { target: { value: 'Signed' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Resolve 2 items' }));
    await waitFor(() => expect(resolved).toHaveBeenCalledTimes(1));
    expect((await within(form).findByRole('alert')).textContent).toBe('Nothing was resolved. "Counsel review": Someone changed this while you were editing. Reload the page to see their version.');
    expect(screen.getByRole('form', { name: 'Resolve 2 items together' })).toBe(form);
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('form', { name: /together/ })).toBeNull();
  });
});
