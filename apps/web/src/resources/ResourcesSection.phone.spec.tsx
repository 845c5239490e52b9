import { fireEvent, screen, within } from '@testing-library/react';
import { ResourcesSectionDocument } from '@jointops/web-data';
import { InWorkspace, renderWithProviders } from '../test/render';
import { resetScreenWidth, screenWidth } from '../test/screen-width';
import { ResourcesSection } from './ResourcesSection';

const agency = (id: string, shortName: string, name: string) => ({ __typename: 'Agency' as const, id, shortName, name });
const NCSHP = agency('a-nc', 'NCSHP', 'North Carolina State Highway Patrol');
const CBP = agency('a-cbp', 'CBP', 'U.S. Customs and Border Protection');
const WCSO = agency('a-wc', 'WCSO', 'Wake County Sheriff’s Office');
const resource = (id: string, owner: typeof NCSHP, kind: string, quantity: number, notes = '') => ({ __typename: 'ResourceCommitment' as const, id, version: 1, kind, quantity, notes, agency: owner });

const RESOURCES = [
  resource('r-troopers', NCSHP, 'Troopers', 12, 'Two shifts.\nRelief at 14:00.'),
  resource('r-cvi', NCSHP, 'Commercial vehicle inspectors', 4),
  resource('r-officers', CBP, 'Officers', 3),
  resource('r-nc-officers', NCSHP, 'Officers', 2),
];


function renderSection(canEdit: boolean) {
  const plan = { id: 'p1', status: 'DRAFT', approvals: [], agencies: [NCSHP, CBP, WCSO] };
  return renderWithProviders(
    <InWorkspace context={{ plan, canEdit }}>
      <ResourcesSection />
    </InWorkspace>,
    { mocks: [{ request: { query: ResourcesSectionDocument, variables: { id: 'p1' } }, result: { data: { plan: { __typename: 'Plan', id: 'p1', resources: RESOURCES } } } }] as never },
  );
}

/** Each term of a card with the text of its definition. */
const fieldsOf = (card: HTMLElement) => Object.fromEntries([...card.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));

const cells = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent));

describe('ResourcesSection on a phone', () => {
  afterEach(resetScreenWidth);

  it('shows each agency’s commitments as cards that name every field, with Edit and Remove on each, instead of the tables', async () => {
    screenWidth(true);
    renderSection(true);
    const ncshp = await screen.findByRole('list', { name: 'Resources committed by NCSHP' });
    expect(screen.queryByRole('table', { name: /^Resources committed by/ })).toBeNull();
    const cards = within(ncshp).getAllByRole('listitem');
    // Same ids as the table's rows: focus after an edit and Undo find a commitment in either layout.
    expect(cards.map((card) => card.id)).toEqual(['resource-r-troopers', 'resource-r-cvi', 'resource-r-nc-officers']);
    const troopers = cards[0]!;
    expect(within(troopers).getByRole('heading', { level: 4 }).textContent).toBe('Troopers');
    expect(fieldsOf(troopers)).toEqual({ Quantity: '12', Notes: 'Two shifts.\nRelief at 14:00.' });
    // No empty "Notes" line where there are none.
    expect(fieldsOf(cards[1]!)).toEqual({ Quantity: '4' });
    expect(within(screen.getByRole('list', { name: 'Resources committed by CBP' })).getAllByRole('listitem').map((card) => fieldsOf(card))).toEqual([{ Quantity: '3' }]);
    expect(within(screen.getByRole('region', { name: /WCSO/ })).getByText('No resources committed yet.')).toBeTruthy();

    fireEvent.click(within(troopers).getByRole('button', { name: 'Remove Troopers (NCSHP)' }));
    const question = within(troopers).getByRole('group', { name: 'Confirm: Remove Troopers (NCSHP)' });
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(troopers).getByRole('button', { name: 'Edit Troopers (NCSHP)' }));
    expect(await screen.findByRole('form', { name: 'Edit resource Troopers' })).toBeTruthy();
  });

  it('offers no Edit or Remove on a card to someone who cannot edit', async () => {
    screenWidth(true);
    renderSection(false);
    const ncshp = await screen.findByRole('list', { name: 'Resources committed by NCSHP' });
    expect(within(ncshp).getAllByRole('listitem')).toHaveLength(3);
    expect(within(ncshp).queryByRole('button')).toBeNull();
  });

  it('totals each kind in three columns: the agencies that commit it with their part, then the total', async () => {
    screenWidth(true);
    renderSection(false);
    const totals = await screen.findByRole('table', { name: 'Totals by kind across agencies' });
    expect(within(totals).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Kind', 'By agency', 'All agencies']);
    const rows = within(totals).getAllByRole('row').slice(1);
    const parts = rows.map((row) => within(row).queryAllByRole('listitem').map((item) => item.textContent));
    // Only the agencies that commit the kind, in the plan's order; no column of dashes.
    expect(parts).toEqual([['NCSHP 4'], ['NCSHP 2', 'CBP 3'], ['NCSHP 12']]);
    expect(rows.map((row) => [within(row).getByRole('rowheader').textContent, row.lastElementChild?.textContent])).toEqual([
      ['Commercial vehicle inspectors', '4'],
      ['Officers', '5'],
      ['Troopers', '12'],
    ]);
  });

  it('keeps a table per agency and a column per agency in the totals on wider screens', async () => {
    screenWidth(false);
    renderSection(true);
    const ncshp = await screen.findByRole('table', { name: 'Resources committed by NCSHP' });
    expect(screen.queryByTestId('resource-cards')).toBeNull();
    expect(cells(ncshp)).toEqual([
      ['Kind', 'Quantity', 'Notes', 'Actions'],
      ['Troopers', '12', 'Two shifts.\nRelief at 14:00.', 'EditRemove'],
      ['Commercial vehicle inspectors', '4', '', 'EditRemove'],
      ['Officers', '2', '', 'EditRemove'],
    ]);
    expect(cells(screen.getByRole('table', { name: 'Totals by kind across agencies' }))).toEqual([
      ['Kind', 'NCSHP', 'CBP', 'All agencies'],
      ['Commercial vehicle inspectors', '4', '—', '4'],
      ['Officers', '2', '3', '5'],
      ['Troopers', '12', '—', '12'],
    ]);
  });
});
