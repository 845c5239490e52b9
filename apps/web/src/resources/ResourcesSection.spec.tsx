import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ResourcesSectionDocument } from '@jointops/web-data';
import { InWorkspace, renderWithProviders } from '../test/render';
import { ResourcesSection } from './ResourcesSection';

const agency = (id: string, shortName: string, name: string) => ({ __typename: 'Agency' as const, id, shortName, name });
const NCSHP = agency('a-nc', 'NCSHP', 'North Carolina State Highway Patrol');
const CBP = agency('a-cbp', 'CBP', 'U.S. Customs and Border Protection');
const WCSO = agency('a-wc', 'WCSO', 'Wake County Sheriff’s Office');
let next = 0;
const resource = (owner: typeof NCSHP, kind: string, quantity: number) => ({ __typename: 'ResourceCommitment' as const, id: `r${++next}`, version: 1, kind, quantity, notes: '', agency: owner });

function renderSection(resources: object[], canEdit = false) {
  const plan = { id: 'p1', status: 'DRAFT', approvals: [], agencies: [NCSHP, CBP, WCSO] };
  return renderWithProviders(
    <InWorkspace context={{ plan, canEdit }}>
      <ResourcesSection />
    </InWorkspace>,
    { mocks: [{ request: { query: ResourcesSectionDocument, variables: { id: 'p1' } }, result: { data: { plan: { __typename: 'Plan', id: 'p1', resources } } } }] as never },
  );
}

const cells = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent));

describe('ResourcesSection', () => {
  it('totals each kind with every agency’s part, and never adds different kinds together', async () => {
    renderSection([resource(NCSHP, 'Patrol vehicles', 6), resource(NCSHP, 'Officers', 12), resource(CBP, 'Officers', 4), resource(CBP, 'patrol vehicles ', 2), resource(NCSHP, 'Officers', 3)]);
    const totals = await screen.findByRole('table', { name: 'Totals by kind across agencies' });
    // WCSO commits nothing: no column of dashes for it.
    expect(cells(totals)).toEqual([
      ['Kind', 'NCSHP', 'CBP', 'All agencies'],
      ['Officers', '15', '4', '19'],
      ['Patrol vehicles', '6', '2', '8'],
    ]);
    const ncshp = screen.getByRole('table', { name: 'Resources committed by NCSHP' });
    expect(cells(ncshp).map((row) => row[0])).toEqual(['Kind', 'Patrol vehicles', 'Officers', 'Officers']);
    expect(within(ncshp).queryByText('Total')).toBeNull();
    expect(within(screen.getByRole('region', { name: /WCSO/ })).getByText('No resources committed yet.')).toBeTruthy();
  });

  it('shows a dash where an agency commits none of a kind', async () => {
    renderSection([resource(NCSHP, 'K-9 teams', 1), resource(WCSO, 'Officers', 5)]);
    const totals = await screen.findByRole('table', { name: 'Totals by kind across agencies' });
    expect(cells(totals)).toEqual([
      ['Kind', 'NCSHP', 'WCSO', 'All agencies'],
      ['K-9 teams', '1', '—', '1'],
      ['Officers', '—', '5', '5'],
    ]);
  });

  it('Edit puts focus in the form below the table; Cancel brings it back to that row’s Edit button', async () => {
    const vehicles = resource(NCSHP, 'Patrol vehicles', 6);
    renderSection([vehicles, resource(NCSHP, 'Officers', 12)], true);
    const edit = await screen.findByRole('button', { name: 'Edit Patrol vehicles (NCSHP)' });
    fireEvent.click(edit);
    const form = screen.getByRole('form', { name: /Edit resource/ });
    // Editing shows no agency field: focus goes to the first field shown.
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/^Kind/)));
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Patrol vehicles (NCSHP)' })));
    expect(document.activeElement?.id).toBe(`resource-${vehicles.id}-edit`);
  });
});
