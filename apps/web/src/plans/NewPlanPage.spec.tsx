import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ChecklistTemplatesDocument, CreatePlanDocument, MeDocument, PlanAgencyChoicesDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { App } from '../app/App';
import { MARIA, signedInStore, renderWithProviders } from '../test/render';
import { pause } from '../test/pause';

const AGENCIES = [
  { __typename: 'Agency', id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL', hasAgencyLead: true },
  { __typename: 'Agency', id: 'a-wcso', name: "Wake County Sheriff's Office", shortName: 'WCSO', level: 'LOCAL', hasAgencyLead: true },
];
const TEMPLATE = { __typename: 'ChecklistTemplate', id: 't-nc', name: 'Joint task-force operation — North Carolina baseline', jurisdiction: 'NC', version: 1, effectiveFrom: '2026-01-01T00:00:00Z' };

const baseMocks = [
  { request: { query: MeDocument }, result: { data: { me: MARIA } } },
  { request: { query: PlanAgencyChoicesDocument }, result: { data: { agencies: AGENCIES } } },
  { request: { query: ChecklistTemplatesDocument }, result: { data: { checklistTemplates: [TEMPLATE] } } },
];

const renderPage = (extra: object[] = []) => renderWithProviders(<App />, { route: '/plans/new', store: signedInStore(), mocks: [...baseMocks, ...extra] as never });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Create plan' }));
/** Agencies and templates loaded (the first template is then chosen). */
const loaded = async () => {
  await screen.findByLabelText("Wake County Sheriff's Office (WCSO)", {}, { timeout: 10_000 });
  await waitFor(() => expect((screen.getByLabelText('Checklist template') as HTMLSelectElement).value).toBe('t-nc'), { timeout: 10_000 });
};

describe('NewPlanPage', () => {
  it('shows the lead agency as fixed and the others as choices, with the first template chosen', async () => {
    renderPage();
    // Agencies and templates arrive separately: wait for both before looking.
    await loaded();
    expect(screen.queryByLabelText('U.S. Customs and Border Protection (CBP)')).toBeNull();
    expect(screen.getByText(/\(CBP\) leads this plan and always takes part/)).toBeTruthy();
  });

  it('marks an agency that has no agency lead: it could not sign, and says what that means', async () => {
    const oversight = { __typename: 'Agency', id: 'a-oleo', name: 'North Carolina Office of Law Enforcement Oversight', shortName: 'NC OLEO', level: 'STATE', hasAgencyLead: false };
    const [me, , templates] = baseMocks;
    renderWithProviders(<App />, {
      route: '/plans/new',
      store: signedInStore(),
      mocks: [me, { request: { query: PlanAgencyChoicesDocument }, result: { data: { agencies: [...AGENCIES, oversight] } } }, templates] as never,
    });
    await loaded();
    expect(screen.getByLabelText('North Carolina Office of Law Enforcement Oversight (NC OLEO) · no agency lead to sign')).toBeTruthy();
    expect(screen.getByLabelText("Wake County Sheriff's Office (WCSO)")).toBeTruthy();
    expect(screen.getByText(/has nobody who may approve the plan for it/)).toBeTruthy();
  });

  it('refuses an over-long title inline and sends nothing', async () => {
    const create = jest.fn(() => ({ data: { createPlan: null } }));
    renderPage([{ request: { query: CreatePlanDocument }, variableMatcher: () => true, result: create }]);
    await loaded();

    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'x'.repeat(201) } });
    submit();

    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Title must be at most 200 characters.' })).toBeTruthy();
    const title = screen.getByLabelText(/^Title/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = title.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain('Title must be at most 200 characters.');
    expect(document.activeElement).toBe(title);

    await pause(50);
    expect(create).not.toHaveBeenCalled();
    expect(screen.getByTestId('location').textContent).toBe('/plans/new');
  });

  it('refuses a window that ends before it starts', async () => {
    renderPage();
    await loaded();
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'Operation Harbor Light' } });
    fireEvent.change(screen.getByLabelText('Window start'), { target: { value: '2027-03-02T10:00' } });
    fireEvent.change(screen.getByLabelText('Window end'), { target: { value: '2027-03-01T10:00' } });
    submit();
    expect(within(screen.getByRole('alert', { name: 'There is a problem' })).getByText('The window end must not be before the window start.')).toBeTruthy();
  });

  it("shows the server's BAD_USER_INPUT on the field it names", async () => {
    const input = { title: 'Operation Harbor Light', summary: '', agencyIds: ['a-wcso'], startsAt: null, endsAt: null, timeZone: 'America/New_York', operationType: null, checklistTemplateId: 't-nc' };
    renderPage([{ request: { query: CreatePlanDocument, variables: { input } }, result: { errors: [new GraphQLError('Title is already used by another plan.', { extensions: { code: 'BAD_USER_INPUT', field: 'input.title' } })] } }]);
    await loaded();
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'Operation Harbor Light' } });
    fireEvent.click(screen.getByLabelText("Wake County Sheriff's Office (WCSO)"));
    submit();
    const summary = await screen.findByRole('alert', { name: 'There is a problem' }, { timeout: 10_000 });
    expect(within(summary).getByText('Title is already used by another plan.')).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText(/^Title/).getAttribute('aria-invalid')).toBe('true'));
  });

  it('creates the plan and opens it', async () => {
    const input = { title: 'Operation Harbor Light', summary: 'Port security', agencyIds: [], startsAt: null, endsAt: null, timeZone: 'America/New_York', operationType: 'CARGO_INSPECTION' };
    const created = { __typename: 'Plan', id: 'p-new', version: 1, title: input.title, status: 'DRAFT', startsAt: null, endsAt: null, timeZone: 'America/New_York', updatedAt: '2027-01-01T00:00:00Z', leadAgency: AGENCIES[0], agencies: [AGENCIES[0]] };
    renderPage([{ request: { query: CreatePlanDocument, variables: { input } }, result: { data: { createPlan: created } } }]);
    await loaded();
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: input.title } });
    fireEvent.change(screen.getByLabelText('Summary'), { target: { value: input.summary } });
    fireEvent.change(screen.getByLabelText(/^Operation type/), { target: { value: 'CARGO_INSPECTION' } });
    fireEvent.change(screen.getByLabelText('Checklist template'), { target: { value: 'none' } });
    submit();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/plans/p-new'), { timeout: 10_000 });
  });

  it('defaults to Eastern time, and reads the window on the clocks of the zone picked, whatever the browser zone', async () => {
    // 06:00 on 17 April 2027 in Chicago (CDT, UTC-5) is 11:00Z; 18:00 is 23:00Z.
    const input = { title: 'Operation Lakeshore', summary: '', agencyIds: [], startsAt: '2027-04-17T11:00:00.000Z', endsAt: '2027-04-17T23:00:00.000Z', timeZone: 'America/Chicago', operationType: null };
    const created = { __typename: 'Plan', id: 'p-chicago', version: 1, title: input.title, status: 'DRAFT', startsAt: input.startsAt, endsAt: input.endsAt, timeZone: 'America/Chicago', updatedAt: '2027-01-01T00:00:00Z', leadAgency: AGENCIES[0], agencies: [AGENCIES[0]] };
    const create = jest.fn(() => ({ data: { createPlan: created } }));
    renderPage([{ request: { query: CreatePlanDocument, variables: { input } }, result: create }]);
    await loaded();
    const zone = screen.getByLabelText(/^Time zone/) as HTMLSelectElement;
    expect(zone.value).toBe('America/New_York');
    // The common U.S. zones come first; any other IANA zone can be picked too.
    expect(within(zone).getByRole('group', { name: 'Common U.S. time zones' })).toBeTruthy();
    expect(within(within(zone).getByRole('group', { name: 'All time zones' })).getByRole('option', { name: 'Europe/Berlin' })).toBeTruthy();
    fireEvent.change(zone, { target: { value: 'America/Chicago' } });
    expect(screen.getByText('America/Chicago time')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: input.title } });
    fireEvent.change(screen.getByLabelText('Window start'), { target: { value: '2027-04-17T06:00' } });
    fireEvent.change(screen.getByLabelText('Window end'), { target: { value: '2027-04-17T18:00' } });
    fireEvent.change(screen.getByLabelText('Checklist template'), { target: { value: 'none' } });
    submit();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/plans/p-chicago'), { timeout: 10_000 });
    expect(create).toHaveBeenCalled();
  });
});
