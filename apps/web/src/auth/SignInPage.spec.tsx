import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LoginDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { App } from '../app/App';
import { MARIA, renderWithProviders } from '../test/render';
import { pause } from '../test/pause';

const EXPIRES = '2099-01-01T00:00:00Z';

function loginMock(result: jest.Mock | { errors: GraphQLError[] }, variables = { email: 'maria.lopez@cbp.example.gov', password: 'correct horse battery' }) {
  return { request: { query: LoginDocument, variables }, ...(typeof result === 'function' ? { result } : { result }) };
}

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
}

// The page is loaded on demand: the first spec to open it waits for it, whichever runs first.
const signInShown = () => screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' });

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

describe('SignInPage', () => {
  it('shows the form with labelled fields', async () => {
    renderWithProviders(<App />, { route: '/sign-in' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' })).toBeTruthy();
    expect(screen.getByLabelText('Email').getAttribute('type')).toBe('email');
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('password');
    expect(screen.queryByText('Your session expired. Sign in again to continue.')).toBeNull();
  });

  it('flags empty fields, announces the errors and sends no request', async () => {
    const result = jest.fn(() => ({ data: { login: { __typename: 'AuthPayload', expiresAt: EXPIRES, mustChangePassword: false, user: MARIA } } }));
    renderWithProviders(<App />, { route: '/sign-in', mocks: [loginMock(result, { email: '', password: '' })] });
    await signInShown();

    submit();

    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary.textContent).toContain('Enter your email address.');
    expect(summary.textContent).toContain('Enter your password.');

    const email = screen.getByLabelText('Email');
    const password = screen.getByLabelText('Password');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)!.textContent).toBe('Enter your email address.');
    expect(document.getElementById(password.getAttribute('aria-describedby')!)!.textContent).toBe('Enter your password.');
    expect(document.activeElement).toBe(email);

    await pause(50);
    expect(result).not.toHaveBeenCalled();
    expect(screen.getByTestId('location').textContent).toBe('/sign-in');
  });

  it('requires the password when only the email is given', async () => {
    renderWithProviders(<App />, { route: '/sign-in' });
    await signInShown();
    fill('maria.lopez@cbp.example.gov', '');
    submit();
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary.textContent).not.toContain('Enter your email address.');
    expect(summary.textContent).toContain('Enter your password.');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
  });

  it("notes the session (never a token: the server set it as a cookie) and goes to the user's landing page on success, disabling the button meanwhile", async () => {
    const result = jest.fn(() => ({ data: { login: { __typename: 'AuthPayload', expiresAt: EXPIRES, mustChangePassword: false, user: MARIA } } }));
    const { store } = renderWithProviders(<App />, { route: '/sign-in', mocks: [loginMock(result)] });

    fill('maria.lopez@cbp.example.gov', 'correct horse battery');
    submit();
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(true);

    // `/` sends a planner to My work.
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/home'), { timeout: 10_000 });
    expect(store.read()).toEqual({ expiresAt: EXPIRES, startedAt: expect.any(String) });
    expect(screen.getByTestId('signed-in-user').textContent).toContain('Maria Lopez · CBP');
  });

  it('sends signed-out visitors to sign in and returns them afterwards', async () => {
    const result = jest.fn(() => ({ data: { login: { __typename: 'AuthPayload', expiresAt: EXPIRES, mustChangePassword: false, user: MARIA } } }));
    renderWithProviders(<App />, { route: '/plans?status=DRAFT', mocks: [loginMock(result)] });

    // The start-up `me` check finds no session first.
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/sign-in');

    fill('maria.lopez@cbp.example.gov', 'correct horse battery');
    submit();
    expect(await screen.findByRole('heading', { level: 1, name: 'Plans' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/plans?status=DRAFT');
  });

  it('says the credentials are wrong on UNAUTHENTICATED', async () => {
    renderWithProviders(<App />, {
      route: '/sign-in',
      mocks: [loginMock({ errors: [new GraphQLError('Invalid credentials', { extensions: { code: 'UNAUTHENTICATED' } })] })],
    });
    fill('maria.lopez@cbp.example.gov', 'correct horse battery');
    submit();
    const alert = await screen.findByText('Email or password is incorrect.');
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says the account is locked and for how long, in our words rather than the server message', async () => {
    const serverText = 'Account locked (throttle row 42).';
    renderWithProviders(<App />, {
      route: '/sign-in',
      mocks: [loginMock({ errors: [new GraphQLError(serverText, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 840 } })] })],
    });
    fill('maria.lopez@cbp.example.gov', 'correct horse battery');
    submit();
    expect(await screen.findByText('Too many failed sign-in attempts: this account is locked for now. Try again in 14 minutes.')).toBeTruthy();
    expect(screen.queryByText(serverText)).toBeNull();
  });

  it('explains an expired session', async () => {
    renderWithProviders(<App />, { route: '/sign-in?expired=1' });
    expect(await screen.findByText('Your session expired. Sign in again to continue.')).toBeTruthy();
  });
});
