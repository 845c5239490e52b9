import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ChangePasswordDocument, LoginDocument, MeDocument, MyWorkDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { App } from '../app/App';
import { MARIA, memoryStore, NO_SESSION_ME, signedInStore, renderWithProviders } from '../test/render';
import { pause } from '../test/pause';

// jest runs without ES module support for import(): the real page, without the lazy wrapper.
jest.mock('./LazyChangePasswordPage', () => ({ LazyChangePasswordPage: jest.requireActual('./ChangePasswordPage').ChangePasswordPage }));

const meMock = { request: { query: MeDocument }, result: { data: { me: MARIA } }, maxUsageCount: 5 };
const NEW = 'river-lantern-orbit-52';
const EMPTY_WORK = {
  request: { query: MyWorkDocument },
  result: { data: { myWork: { __typename: 'MyWork', awaitingDecision: [], staleSignOffs: [], debriefsOwed: [], correctiveActions: [], editing: [], assignedOperations: [], reportsToFinish: [] } } },
};

function fill(form: HTMLElement, current: string, next: string, again = next) {
  fireEvent.change(within(form).getByLabelText(/^(Current|One-time) password/), { target: { value: current } });
  fireEvent.change(within(form).getByLabelText(/^New password$|^New password\b(?! again)/), { target: { value: next } });
  fireEvent.change(within(form).getByLabelText(/^New password again/), { target: { value: again } });
}

describe('ChangePasswordPage', () => {
  it('checks the fields with the password policy before sending anything', async () => {
    const change = jest.fn(() => ({ data: { changePassword: true } }));
    renderWithProviders(<App />, { route: '/account/password', store: signedInStore(), mocks: [meMock, { request: { query: ChangePasswordDocument, variables: () => true }, result: change }] });
    const form = await screen.findByRole('form', { name: 'Change password' });
    fireEvent.click(within(form).getByRole('button', { name: 'Change password' }));
    let summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByText('Enter your current password.')).toBeTruthy();
    expect(within(summary).getByText('Password must be at least 12 characters.')).toBeTruthy();

    fill(form, 'old-secret-value-1', 'password1234', 'password1235');
    fireEvent.click(within(form).getByRole('button', { name: 'Change password' }));
    summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByText('This password is too common. Choose another.')).toBeTruthy();
    expect(within(summary).getByText('The two new passwords do not match.')).toBeTruthy();

    fill(form, NEW, NEW);
    fireEvent.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(within(screen.getByRole('alert', { name: 'There is a problem' })).getByText('Choose a password different from your current one.')).toBeTruthy();
    await pause(50);
    expect(change).not.toHaveBeenCalled();
  });

  it("puts the server's wrong-current-password answer on that field, then changes the password", async () => {
    const variables = { currentPassword: 'old-secret-value-1', newPassword: NEW };
    renderWithProviders(<App />, {
      route: '/account/password',
      store: signedInStore(),
      mocks: [
        meMock,
        { request: { query: ChangePasswordDocument, variables }, result: { errors: [new GraphQLError('Your current password is not correct.', { extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } })] } },
        { request: { query: ChangePasswordDocument, variables }, result: { data: { changePassword: true } } },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Change password' });
    fill(form, variables.currentPassword, NEW);
    fireEvent.click(within(form).getByRole('button', { name: 'Change password' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' }, { timeout: 10_000 });
    expect(within(summary).getByText('Your current password is not correct.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/^Current password/)));

    fireEvent.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password was changed. Any other sessions of yours were signed out.', {}, { timeout: 10_000 })).toBeTruthy();
    expect((within(form).getByLabelText(/^Current password/) as HTMLInputElement).value).toBe('');
  });

  it('after a reset: signing in leads only to "Choose a new password", with no navigation, then on to the app', async () => {
    const store = memoryStore();
    const login = { request: { query: LoginDocument, variables: { email: 'maria.lopez@cbp.example.gov', password: 'amber-falcon-tide-4821' } } };
    renderWithProviders(<App />, {
      route: '/plans',
      store,
      mocks: [
        NO_SESSION_ME,
        { ...login, result: { data: { login: { __typename: 'AuthPayload', expiresAt: new Date(Date.now() + 1_800_000).toISOString(), mustChangePassword: true, user: MARIA } } } },
        meMock,
        { request: { query: ChangePasswordDocument, variables: { currentPassword: 'amber-falcon-tide-4821', newPassword: NEW } }, result: { data: { changePassword: true } } },
        EMPTY_WORK,
      ],
    });
    fireEvent.change(await screen.findByLabelText('Email'), { target: { value: 'maria.lopez@cbp.example.gov' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'amber-falcon-tide-4821' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/account/password');
    expect(store.read()?.mustChangePassword).toBe(true);
    const nav = screen.getByRole('navigation', { name: 'Primary navigation' });
    expect(within(nav).queryByRole('link')).toBeNull();
    fireEvent.click(within(nav).getByRole('button', { name: /Account menu/ }));
    expect(within(nav).queryByRole('link', { name: 'Change password' })).toBeNull();
    expect(within(nav).getByRole('button', { name: 'Sign out' })).toBeTruthy();

    // Nothing else is reachable: any other page comes back here.
    fireEvent.click(screen.getByRole('link', { name: 'JointOps home' }));
    expect(screen.getByTestId('location').textContent).toBe('/account/password');
    expect(screen.queryByRole('link', { name: 'Help' })).toBeNull();

    const form = screen.getByRole('form', { name: 'Choose a new password' });
    // The field is the one-time password, and so is its message.
    fireEvent.click(within(form).getByRole('button', { name: 'Save new password' }));
    expect(within(screen.getByRole('alert', { name: 'There is a problem' })).getByText('Enter the one-time password your administrator gave you.')).toBeTruthy();
    fill(form, 'amber-falcon-tide-4821', NEW);
    fireEvent.click(within(form).getByRole('button', { name: 'Save new password' }));
    // On to where signing in leads (`/` sends a planner to My work).
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/home'), { timeout: 10_000 });
    expect(store.read()?.mustChangePassword).toBeUndefined();
    expect(within(screen.getByRole('navigation', { name: 'Primary navigation' })).getByRole('link', { name: 'Plans' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Help' })).toBeTruthy();
  });
});
