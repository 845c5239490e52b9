import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AllAgenciesDocument, CorrectiveActionsPageDocument, MeDocument, UpdateCorrectiveActionDocument } from '@jointops/web-data';
import { MARIA, signedInStore, renderWithProviders } from '../test/render';
import { CorrectiveActionsPage } from './CorrectiveActionsPage';

const CBP = { __typename: 'Agency', id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' };
const WCSO = { __typename: 'Agency', id: 'a-wcso', name: "Wake County Sheriff's Office", shortName: 'WCSO', level: 'LOCAL' };
const NOW = Date.parse('2027-05-10T12:00:00Z');

function action(id: string, title: string, owner: typeof CBP, dueDate: string, status: string, closedAt: string | null = null) {
  return {
    __typename: 'CorrectiveAction',
    id,
    version: 1,
    title,
    dueDate,
    status,
    notes: '',
    closedAt,
    ownerAgency: { __typename: 'Agency', id: owner.id, shortName: owner.shortName, name: owner.name },
    plan: { __typename: 'Plan', id: 'p1', title: 'Operation Harbor Light', status: 'CLOSED', leadAgency: { __typename: 'Agency', id: 'a-wcso', shortName: 'WCSO' } },
  };
}

const late = action('ca1', 'Stage interpreters', CBP, '2027-05-01T00:00:00Z', 'OPEN');
const lateDone = action('ca2', 'Fix radio plan', WCSO, '2027-04-01T00:00:00Z', 'DONE', '2027-04-10T15:00:00Z');
const doneOnItsDay = action('ca4', 'Reissue the template', CBP, '2027-04-01T00:00:00Z', 'DONE', '2027-04-01T22:30:00Z');
const future = action('ca3', 'Train on ramp safety', WCSO, '2027-06-01T00:00:00Z', 'IN_PROGRESS');

const mocks = [
  { request: { query: MeDocument }, result: { data: { me: MARIA } } },
  { request: { query: AllAgenciesDocument }, result: { data: { agencies: [CBP, WCSO] } } },
  { request: { query: CorrectiveActionsPageDocument, variables: { agencyId: null, status: null } }, result: { data: { correctiveActions: [late, lateDone, future, doneOnItsDay] } } },
  { request: { query: CorrectiveActionsPageDocument, variables: { agencyId: 'a-wcso', status: null } }, result: { data: { correctiveActions: [lateDone, future] } } },
];

describe('CorrectiveActionsPage', () => {
  it('marks overdue actions with an "Overdue" tag, and gives done ones the day they were closed, late or not', async () => {
    renderWithProviders(<CorrectiveActionsPage now={NOW} />, { route: '/corrective-actions', mocks, store: signedInStore() });
    const rows = await screen.findAllByTestId('action-row', {}, { timeout: 10_000 });
    expect(rows).toHaveLength(4);
    expect(within(rows[0]!).getByText('Overdue')).toBeTruthy();
    expect(within(rows[0]!).queryByTestId('action-closed')).toBeNull();
    expect(within(rows[1]!).queryByText('Overdue')).toBeNull();
    expect(within(rows[1]!).getByTestId('action-closed').textContent).toBe('Closed Apr 10, 2027, after its due date');
    expect(within(rows[2]!).queryByText('Overdue')).toBeNull();
    expect(within(rows[2]!).queryByTestId('action-closed')).toBeNull();
    // Closed late in the evening of its due day (a calendar day in UTC): on time.
    expect(within(rows[3]!).getByTestId('action-closed').textContent).toBe('Closed Apr 1, 2027');
    expect(within(rows[0]!).getByRole('link', { name: 'Operation Harbor Light' }).getAttribute('href')).toBe('/plans/p1/report');
    expect(screen.getByText('4 corrective actions, 1 overdue.')).toBeTruthy();
  });

  it('filters by agency through the query, and overdue only on the page', async () => {
    renderWithProviders(<CorrectiveActionsPage now={NOW} />, { route: '/corrective-actions', mocks, store: signedInStore() });
    await screen.findAllByTestId('action-row', {}, { timeout: 10_000 });
    await screen.findByRole('option', { name: /WCSO/ });
    fireEvent.change(screen.getByLabelText('Owner agency'), { target: { value: 'a-wcso' } });
    expect(await screen.findByText('2 corrective actions.')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/corrective-actions?agency=a-wcso');
    fireEvent.click(screen.getByLabelText('Overdue only'));
    expect(await screen.findByText('No corrective actions match')).toBeTruthy();
  });

  it('sends a new status only when Save is pressed, not when the select changes (arrow keys change it step by step)', async () => {
    const { __typename, plan, ...fields } = late;
    void __typename;
    void plan;
    const sent = jest.fn(() => ({ data: { updateCorrectiveAction: { __typename: 'CorrectiveAction', ...fields, version: 2, status: 'DONE', closedAt: '2027-05-10T12:00:00Z' } } }));
    const update = { request: { query: UpdateCorrectiveActionDocument, variables: { id: 'ca1', expectedVersion: 1, patch: { status: 'DONE' } } }, result: sent };
    renderWithProviders(<CorrectiveActionsPage now={NOW} />, { route: '/corrective-actions', mocks: [...mocks, update], store: signedInStore() });
    const select = (await screen.findByLabelText('Status of Stage interpreters', {}, { timeout: 10_000 })) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'IN_PROGRESS' } });
    fireEvent.change(select, { target: { value: 'DONE' } });
    expect(select.value).toBe('DONE');
    expect(sent).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save the status of Stage interpreters' }));
    expect(await screen.findByText('"Stage interpreters" is now Done.')).toBeTruthy();
    expect(sent).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save the status of Stage interpreters' })).toBeNull());
    // The Save button went: focus returns to the status it saved, not to <body>.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Status of Stage interpreters')));
    expect((document.activeElement as HTMLSelectElement).disabled).toBe(false);
  });
  it('after a save takes its row out of "Overdue only", focus goes to the message saying what was saved', async () => {
    const { __typename, plan, ...fields } = late;
    void __typename;
    void plan;
    const update = {
      request: { query: UpdateCorrectiveActionDocument, variables: { id: 'ca1', expectedVersion: 1, patch: { status: 'DONE' } } },
      result: { data: { updateCorrectiveAction: { __typename: 'CorrectiveAction', ...fields, version: 2, status: 'DONE', closedAt: '2027-05-10T12:00:00Z' } } },
    };
    renderWithProviders(<CorrectiveActionsPage now={NOW} />, { route: '/corrective-actions?overdue=1', mocks: [...mocks, update], store: signedInStore() });
    const select = await screen.findByLabelText('Status of Stage interpreters', {}, { timeout: 10_000 });
    fireEvent.change(select, { target: { value: 'DONE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the status of Stage interpreters' }));
    const message = await screen.findByText('"Stage interpreters" is now Done.');
    await waitFor(() => expect(screen.queryByLabelText('Status of Stage interpreters')).toBeNull());
    await waitFor(() => expect(document.activeElement?.contains(message)).toBe(true));
  });

  it('tells an officer, who may change none of them, who updates the actions', async () => {
    const officer = { ...MARIA, roles: ['OFFICER' as const] };
    const asOfficer = [{ request: { query: MeDocument }, result: { data: { me: officer } } }, ...mocks.slice(1)];
    renderWithProviders(<CorrectiveActionsPage now={NOW} />, { route: '/corrective-actions', mocks: asOfficer, store: signedInStore() });
    await screen.findAllByTestId('action-row', {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByTestId('read-only-note').textContent).toContain('Planners and agency leads'));
    expect(screen.queryByRole('combobox', { name: /^Status of/ })).toBeNull();
  });

  it('says nothing of it to a planner who may change some', async () => {
    renderWithProviders(<CorrectiveActionsPage now={NOW} />, { route: '/corrective-actions', mocks, store: signedInStore() });
    await screen.findByLabelText('Status of Stage interpreters', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('read-only-note')).toBeNull();
  });
});
