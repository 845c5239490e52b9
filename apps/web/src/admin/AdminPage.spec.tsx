import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdminAgenciesDocument, AdminCreateAgencyDocument, AdminCreateUserDocument, AdminUsersDocument, MeDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { App } from '../app/App';
import { AppHeader } from '../shell/AppHeader';
import { MARIA, signedInStore, renderWithProviders } from '../test/render';
import { pause } from '../test/pause';

// jest runs without ES module support for import(): the real accounts section, without the lazy wrapper.
jest.mock('./LazyAccountsSection', () => ({ LazyAccountsSection: jest.requireActual('./AccountsSection').AccountsSection }));

const ADMIN = {
  ...MARIA,
  id: 'u-admin',
  email: 'admin@oversight.example',
  displayName: 'Site Admin',
  roles: ['ADMIN' as const],
  agency: { __typename: 'Agency' as const, id: 'a-oleo', name: 'NC Office of Law Enforcement Oversight', shortName: 'NC OLEO', level: 'STATE' as const },
};
const AGENCIES = [
  { __typename: 'Agency', id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' },
  { __typename: 'Agency', id: 'a-wcso', name: "Wake County Sheriff's Office", shortName: 'WCSO', level: 'LOCAL' },
];
const USERS = [{ __typename: 'User', id: 'u-maria', email: 'maria.lopez@cbp.example', displayName: 'Maria Lopez', roles: ['PLANNER'], active: true, agency: { __typename: 'Agency', id: 'a-cbp', shortName: 'CBP' } }];

const adminMocks = [
  { request: { query: MeDocument }, result: { data: { me: ADMIN } }, maxUsageCount: 5 },
  { request: { query: AdminAgenciesDocument }, result: { data: { agencies: AGENCIES } }, maxUsageCount: 5 },
  { request: { query: AdminUsersDocument, variables: {} }, result: { data: { users: USERS } }, maxUsageCount: 5 },
];

const renderAdmin = (extra: object[] = [], me: object = ADMIN) =>
  renderWithProviders(<App />, {
    route: '/admin',
    store: signedInStore(),
    mocks: [{ request: { query: MeDocument }, result: { data: { me } }, maxUsageCount: 5 }, ...adminMocks.slice(1), ...extra] as never,
  });

const agencyForm = () => screen.getByRole('form', { name: 'Add agency' });
const accountForm = () => screen.getByRole('form', { name: 'Create account' });
const loaded = async () => {
  await screen.findByRole('cell', { name: 'WCSO' }, { timeout: 10_000 });
  await screen.findByRole('cell', { name: 'maria.lopez@cbp.example' }, { timeout: 10_000 });
};

describe('AdminPage', () => {
  it('tells someone without the ADMIN role that they need it', async () => {
    renderAdmin([], MARIA);
    expect(await screen.findByText(/You need the administrator role/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Add agency' })).toBeNull();
  });

  it('lists agencies and accounts for an administrator', async () => {
    renderAdmin();
    await loaded();
    const agencies = screen.getByRole('table', { name: 'Agencies' });
    expect(within(agencies).getByRole('rowheader', { name: "Wake County Sheriff's Office" })).toBeTruthy();
    expect(within(agencies).getByRole('cell', { name: 'Local' })).toBeTruthy();
    const accounts = screen.getByRole('table', { name: 'Accounts' });
    expect(within(accounts).getByRole('cell', { name: 'Planner' })).toBeTruthy();
  });

  it('refuses an over-long short name and a missing level inline and sends nothing', async () => {
    const create = jest.fn(() => ({ data: { createAgency: null } }));
    renderAdmin([{ request: { query: AdminCreateAgencyDocument, variables: () => true }, result: create }]);
    await loaded();
    const form = agencyForm();
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Durham Police Department' } });
    fireEvent.change(within(form).getByLabelText(/^Short name/), { target: { value: 'x'.repeat(33) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add agency' }));

    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByText('Short name must be at most 32 characters.')).toBeTruthy();
    expect(within(summary).getByText('Choose a level.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText(/^Short name/));
    await pause(50);
    expect(create).not.toHaveBeenCalled();
  });

  it('adds an agency and its row', async () => {
    const input = { name: 'Durham Police Department', shortName: 'DPD', level: 'LOCAL' };
    renderAdmin([{ request: { query: AdminCreateAgencyDocument, variables: { input } }, result: { data: { createAgency: { __typename: 'Agency', id: 'a-dpd', ...input } } } }]);
    await loaded();
    const form = agencyForm();
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: input.name } });
    fireEvent.change(within(form).getByLabelText(/^Short name/), { target: { value: input.shortName } });
    fireEvent.change(within(form).getByLabelText(/^Level/), { target: { value: 'LOCAL' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add agency' }));
    expect(await screen.findByText('Added Durham Police Department (DPD).', {}, { timeout: 10_000 })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Agencies' })).getByRole('rowheader', { name: 'Durham Police Department' })).toBeTruthy();
  });

  it('checks email, roles and password inline, including common passwords', async () => {
    const create = jest.fn(() => ({ data: { createUser: null } }));
    renderAdmin([{ request: { query: AdminCreateUserDocument, variables: () => true }, result: create }]);
    await loaded();
    const form = accountForm();
    expect(within(form).getByText(/Common passwords are refused/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^Email/), { target: { value: 'not-an-email' } });
    fireEvent.change(within(form).getByLabelText(/^Password/), { target: { value: 'short' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create account' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByText('Enter an email address like name@agency.gov.')).toBeTruthy();
    expect(within(summary).getByText('Display name is required.')).toBeTruthy();
    expect(within(summary).getByText('Choose an agency.')).toBeTruthy();
    expect(within(summary).getByText('Give the user at least one role.')).toBeTruthy();
    expect(within(summary).getByText('Password must be at least 12 characters.')).toBeTruthy();
    expect(within(form).getByLabelText(/^Email/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(within(form).getByLabelText(/^Password/), { target: { value: 'Password1234' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create account' }));
    expect(within(screen.getByRole('alert', { name: 'There is a problem' })).getByText('This password is too common. Choose another.')).toBeTruthy();
    await pause(50);
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses forbidden role combinations and guessable passwords inline, with the rules the API applies', async () => {
    const create = jest.fn(() => ({ data: { createUser: null } }));
    renderAdmin([{ request: { query: AdminCreateUserDocument, variables: () => true }, result: create }]);
    await loaded();
    const form = accountForm();
    fireEvent.change(within(form).getByLabelText(/^Email/), { target: { value: 'new.person@oversight.example' } });
    fireEvent.change(within(form).getByLabelText(/^Display name/), { target: { value: 'New Person' } });
    fireEvent.change(within(form).getByRole('combobox', { name: /^Agency/ }), { target: { value: 'a-wcso' } });
    fireEvent.click(within(form).getByLabelText('Administrator'));
    fireEvent.click(within(form).getByLabelText('Oversight'));
    fireEvent.click(within(form).getByLabelText('Agency lead'));
    fireEvent.change(within(form).getByLabelText(/^Password/), { target: { value: '111111111111' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create account' }));

    const combination = 'Oversight cannot be combined with Planner, Agency lead or Officer.';
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByText(combination)).toBeTruthy();
    expect(within(summary).getByText('This password only repeats or follows a sequence of characters. Choose another.')).toBeTruthy();
    const roles = within(form).getByRole('group', { name: 'Roles' });
    expect(within(roles).getByText(combination)).toBeTruthy();
    expect(roles.getAttribute('aria-describedby')).toBe('account-roles-error');
    expect(document.activeElement).toBe(roles);

    fireEvent.click(within(form).getByLabelText('Agency lead'));
    fireEvent.click(within(form).getByLabelText('Oversight'));
    fireEvent.click(within(form).getByLabelText('Officer'));
    fireEvent.change(within(form).getByLabelText(/^Password/), { target: { value: 'jointops-demo-2026' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create account' }));
    const again = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(again).getByText('Administrator cannot be combined with Planner, Agency lead or Officer.')).toBeTruthy();
    expect(within(again).getByText('This is the public demo password. Choose another.')).toBeTruthy();
    await pause(50);
    expect(create).not.toHaveBeenCalled();
  });

  it("shows the server's BAD_USER_INPUT on the field it names, then creates the account", async () => {
    const input = { email: 'new.officer@wcso.example', displayName: 'New Officer', agencyId: 'a-wcso', roles: ['OFFICER'], password: 'long enough passphrase' };
    const created = { __typename: 'User', id: 'u-new', email: input.email, displayName: input.displayName, roles: ['OFFICER'], active: true, agency: { __typename: 'Agency', id: 'a-wcso', shortName: 'WCSO' } };
    renderAdmin([
      { request: { query: AdminCreateUserDocument, variables: { input } }, result: { errors: [new GraphQLError('An account with this email already exists.', { extensions: { code: 'BAD_USER_INPUT', field: 'input.email' } })] } },
      { request: { query: AdminCreateUserDocument, variables: { input } }, result: { data: { createUser: created } } },
    ]);
    await loaded();
    const form = accountForm();
    fireEvent.change(within(form).getByLabelText(/^Email/), { target: { value: input.email } });
    fireEvent.change(within(form).getByLabelText(/^Display name/), { target: { value: input.displayName } });
    fireEvent.change(within(form).getByRole('combobox', { name: /^Agency/ }), { target: { value: 'a-wcso' } });
    fireEvent.click(within(form).getByLabelText('Officer'));
    fireEvent.change(within(form).getByLabelText(/^Password/), { target: { value: input.password } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create account' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' }, { timeout: 10_000 });
    expect(within(summary).getByText('An account with this email already exists.')).toBeTruthy();
    await waitFor(() => expect(within(form).getByLabelText(/^Email/).getAttribute('aria-invalid')).toBe('true'));

    fireEvent.click(within(form).getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Created the account of New Officer (new.officer@wcso.example).', {}, { timeout: 10_000 })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Accounts' })).getByRole('rowheader', { name: 'New Officer' })).toBeTruthy();
  });
});

describe('AppHeader Administration link', () => {
  const renderHeader = (me: object) => renderWithProviders(<AppHeader />, { store: signedInStore(), mocks: [{ request: { query: MeDocument }, result: { data: { me } } }] as never });

  it('is shown to administrators', async () => {
    renderHeader(ADMIN);
    expect(await screen.findByRole('link', { name: 'Administration' }, { timeout: 10_000 })).toBeTruthy();
  });

  it('is not shown to others', async () => {
    renderHeader(MARIA);
    await screen.findByTestId('signed-in-user', {}, { timeout: 10_000 });
    expect(screen.queryByRole('link', { name: 'Administration' })).toBeNull();
  });
});
