import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdminAgenciesDocument, AdminResetUserCredentialsDocument, AdminSetUserActiveDocument, AdminUpdateUserDocument, AdminUsersDocument, MeDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { App } from '../app/App';
import { MARIA, signedInStore, renderWithProviders } from '../test/render';
import { pause } from '../test/pause';
import { PHONE_MEDIA_QUERY } from '../shared/useMediaQuery';

// jest runs without ES module support for import(): the real accounts section, without the lazy wrapper.
jest.mock('./LazyAccountsSection', () => ({ LazyAccountsSection: jest.requireActual('./AccountsSection').AccountsSection }));

const ADMIN = {
  ...MARIA,
  id: 'u-admin',
  email: 'admin@oversight.example',
  displayName: 'Sam Reyes',
  roles: ['ADMIN' as const],
  agency: { __typename: 'Agency' as const, id: 'a-oleo', name: 'NC Office of Law Enforcement Oversight', shortName: 'NC OLEO', level: 'STATE' as const },
};
const AGENCIES = [
  { __typename: 'Agency', id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' },
  { __typename: 'Agency', id: 'a-wcso', name: "Wake County Sheriff's Office", shortName: 'WCSO', level: 'LOCAL' },
  { __typename: 'Agency', id: 'a-oleo', name: 'NC Office of Law Enforcement Oversight', shortName: 'NC OLEO', level: 'STATE' },
];
const agencyRef = (id: string) => ({ __typename: 'Agency', id, shortName: AGENCIES.find((a) => a.id === id)!.shortName });
const user = (id: string, displayName: string, roles: string[], agencyId: string, active = true) => ({
  __typename: 'User',
  id,
  email: `${id.slice(2)}@example.gov`,
  displayName,
  roles,
  active,
  agency: agencyRef(agencyId),
});
const MARIA_ROW = user('u-maria', 'Maria Lopez', ['PLANNER'], 'a-cbp');
const SELF_ROW = user('u-admin', 'Sam Reyes', ['ADMIN'], 'a-oleo');

function renderAdmin(extra: object[] = [], usersUses = 5) {
  return renderWithProviders(<App />, {
    route: '/admin',
    store: signedInStore(),
    mocks: [
      { request: { query: MeDocument }, result: { data: { me: ADMIN } }, maxUsageCount: 5 },
      { request: { query: AdminAgenciesDocument }, result: { data: { agencies: AGENCIES } }, maxUsageCount: 5 },
      { request: { query: AdminUsersDocument, variables: {} }, result: { data: { users: [MARIA_ROW, SELF_ROW] } }, maxUsageCount: usersUses },
      ...extra,
    ] as never,
  });
}

const accounts = () => screen.getByRole('table', { name: 'Accounts' });
async function manage(name: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Manage ${name}` }, { timeout: 10_000 }));
  const panel = screen.getByRole('region', { name: `Manage ${name}` });
  await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: `Manage ${name}` })));
  return panel;
}

describe('the accounts on a phone', () => {
  afterEach(() => delete (window as { matchMedia?: unknown }).matchMedia);

  it('shows a card per account naming its agency, roles and status, with Manage, instead of the table', async () => {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string) => ({ matches: query === PHONE_MEDIA_QUERY, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }),
    });
    renderAdmin();
    const list = await screen.findByRole('list', { name: 'Accounts' }, { timeout: 10_000 });
    expect(screen.queryByRole('table', { name: 'Accounts' })).toBeNull();
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['Maria Lopez', 'Sam Reyes']);
    const fields = Object.fromEntries([...cards[0].querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(fields).toEqual({ Email: 'maria@example.gov', Agency: 'CBP', Roles: 'Planner', Status: 'Active' });
    fireEvent.click(within(cards[0]).getByRole('button', { name: 'Manage Maria Lopez' }));
    expect(await screen.findByRole('region', { name: 'Manage Maria Lopez' })).toBeTruthy();
  });
});

describe('managing an account', () => {
  it('shows each account with its status, and opens one to manage', async () => {
    renderAdmin();
    await screen.findByRole('button', { name: 'Manage Maria Lopez' }, { timeout: 10_000 });
    const row = within(accounts()).getByRole('row', { name: /Maria Lopez/ });
    expect(within(row).getByRole('cell', { name: 'Active' })).toBeTruthy();
    const panel = await manage('Maria Lopez');
    // Active and Disabled read alike: a tag each, in the list and in Manage.
    expect(within(row).getByText('Active').className).toContain('usa-tag');
    expect(within(panel).getByText(/^Status:/).textContent).toBe('Status: Active');
    expect(within(within(panel).getByText(/^Status:/)).getByText('Active').className).toContain('usa-tag');
    const form = within(panel).getByRole('form', { name: 'Edit the account of Maria Lopez' });
    expect((within(form).getByLabelText(/^Display name/) as HTMLInputElement).value).toBe('Maria Lopez');
    expect((within(form).getByRole('combobox', { name: /^Agency/ }) as HTMLSelectElement).value).toBe('a-cbp');
    expect((within(form).getByLabelText('Planner') as HTMLInputElement).checked).toBe(true);
  });

  it('edits name, agency and roles, refusing a forbidden combination inline first', async () => {
    const patch = { displayName: 'Maria Lopez-Grant', agencyId: 'a-wcso', roles: ['PLANNER', 'AGENCY_LEAD'] };
    const update = jest.fn(() => ({ data: { updateUser: user('u-maria', patch.displayName, patch.roles, 'a-wcso') } }));
    renderAdmin([
      { request: { query: AdminUpdateUserDocument, variables: { id: 'u-maria', patch } }, result: update },
      { request: { query: AdminUsersDocument, variables: {} }, result: { data: { users: [user('u-maria', patch.displayName, patch.roles, 'a-wcso'), SELF_ROW] } } },
    ], 1);
    const form = within(await manage('Maria Lopez')).getByRole('form', { name: 'Edit the account of Maria Lopez' });
    fireEvent.click(within(form).getByLabelText('Administrator'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(within(form).getByRole('group', { name: 'Roles' })).getByText('Administrator cannot be combined with Planner, Agency lead or Officer.')).toBeTruthy();
    await pause(50);
    expect(update).not.toHaveBeenCalled();

    fireEvent.click(within(form).getByLabelText('Administrator'));
    fireEvent.click(within(form).getByLabelText('Agency lead'));
    fireEvent.change(within(form).getByLabelText(/^Display name/), { target: { value: ' Maria Lopez-Grant ' } });
    fireEvent.change(within(form).getByRole('combobox', { name: /^Agency/ }), { target: { value: 'a-wcso' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/Saved the account of Maria Lopez-Grant/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(update).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(within(accounts()).getByRole('rowheader', { name: 'Maria Lopez-Grant' })).toBeTruthy());
  });

  it("shows the server's refusal on the field it names", async () => {
    const patch = { displayName: 'Maria Lopez', agencyId: 'a-cbp', roles: ['OFFICER'] };
    renderAdmin([
      {
        request: { query: AdminUpdateUserDocument, variables: { id: 'u-maria', patch } },
        result: { errors: [new GraphQLError('Oversight cannot be combined with Planner.', { extensions: { code: 'BAD_USER_INPUT', field: 'patch.roles' } })] },
      },
    ]);
    const form = within(await manage('Maria Lopez')).getByRole('form', { name: 'Edit the account of Maria Lopez' });
    fireEvent.click(within(form).getByLabelText('Planner'));
    fireEvent.click(within(form).getByLabelText('Officer'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const roles = within(form).getByRole('group', { name: 'Roles' });
    expect(await within(roles).findByText('Oversight cannot be combined with Planner.', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('disables an account only after confirming, and shows it as Disabled; then re-enables it', async () => {
    const disable = jest.fn(() => ({ data: { setUserActive: { ...MARIA_ROW, active: false } } }));
    const enable = jest.fn(() => ({ data: { setUserActive: { ...MARIA_ROW, active: true } } }));
    renderAdmin([
      { request: { query: AdminSetUserActiveDocument, variables: { id: 'u-maria', active: false } }, result: disable },
      { request: { query: AdminSetUserActiveDocument, variables: { id: 'u-maria', active: true } }, result: enable },
    ]);
    const panel = await manage('Maria Lopez');
    fireEvent.click(within(panel).getByRole('button', { name: 'Disable account of Maria Lopez' }));
    const confirm = within(panel).getByRole('group', { name: 'Confirm: Disable account of Maria Lopez' });
    expect(within(confirm).getByText(/signed out everywhere at once/)).toBeTruthy();
    expect(disable).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, disable' }));
    expect(await within(panel).findByText('Maria Lopez is disabled and was signed out everywhere.', {}, { timeout: 10_000 })).toBeTruthy();
    const row = within(accounts()).getByRole('row', { name: /Maria Lopez/ });
    expect(within(row).getByText('Disabled').className).toContain('usa-tag');
    expect(within(within(panel).getByText(/^Status:/)).getByText('Disabled').className).toContain('usa-tag');

    // Re-enabling is no destructive act: not in red like Disable.
    const reEnable = within(panel).getByRole('button', { name: 'Re-enable account of Maria Lopez' });
    expect(reEnable.className).not.toContain('text-secondary-dark');
    fireEvent.click(reEnable);
    expect(within(panel).getByRole('button', { name: 'Yes, re-enable' }).className).not.toContain('usa-button--secondary');
    fireEvent.click(within(panel).getByRole('button', { name: 'Yes, re-enable' }));
    expect(await within(panel).findByText('Maria Lopez can sign in again.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(within(within(accounts()).getByRole('row', { name: /Maria Lopez/ })).getByRole('cell', { name: 'Active' })).toBeTruthy();
  });

  it('resets to a one-time password it shows once, with a copy button', async () => {
    const sent: string[] = [];
    const reset = jest.fn((variables: { id: string; temporaryPassword: string }) => {
      sent.push(variables.temporaryPassword);
      return { data: { resetUserCredentials: true } };
    });
    const writeText = jest.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    renderAdmin([{ request: { query: AdminResetUserCredentialsDocument, variables: () => true }, result: reset }]);
    const panel = await manage('Maria Lopez');
    fireEvent.click(within(panel).getByRole('button', { name: 'Reset password of Maria Lopez' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Yes, reset' }));
    const shown = await within(panel).findByTestId('one-time-password', {}, { timeout: 10_000 });
    expect(sent).toHaveLength(1);
    expect(shown.textContent).toBe(sent[0]);
    expect(sent[0]).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(within(panel).getByText(/shown only this once/)).toBeTruthy();
    // The confirm step is closed again.
    expect(within(panel).queryByRole('button', { name: 'Yes, reset' })).toBeNull();
    expect(within(panel).getByRole('button', { name: 'Reset password of Maria Lopez' })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy password' }));
    expect(writeText).toHaveBeenCalledWith(sent[0]);
    expect(await within(panel).findByRole('button', { name: 'Copied' })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Done, hide it' }));
    expect(within(panel).queryByTestId('one-time-password')).toBeNull();
  });

  it("offers neither disable nor reset on the administrator's own account, and keeps their Administrator role", async () => {
    renderAdmin();
    const panel = await manage('Sam Reyes');
    expect(within(panel).queryByRole('button', { name: /Disable account/ })).toBeNull();
    expect(within(panel).queryByRole('button', { name: /Reset password/ })).toBeNull();
    const form = within(panel).getByRole('form', { name: 'Edit the account of Sam Reyes' });
    fireEvent.click(within(form).getByLabelText('Administrator'));
    fireEvent.click(within(form).getByLabelText('Oversight'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(within(form).getByRole('group', { name: 'Roles' })).getByText('You cannot remove the Administrator role from your own account.')).toBeTruthy();
  });
});
