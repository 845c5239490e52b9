import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { BeginPasskeyRegistrationDocument, FinishPasskeyRegistrationDocument, PasskeysDocument, RemovePasskeyDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { renderWithProviders, signedInStore } from '../test/render';
import { PasskeysPanel } from './PasskeysPanel';
import { pause } from '../test/pause';

const startRegistration = jest.fn();
jest.mock('@simplewebauthn/browser', () => ({
  browserSupportsWebAuthn: () => true,
  startRegistration: (...args: unknown[]) => startRegistration(...args),
  startAuthentication: jest.fn(),
}));

const LAPTOP = { __typename: 'Passkey' as const, id: 'pk-1', name: 'Work laptop', createdAt: '2027-03-01T10:00:00.000Z', lastUsedAt: null };
const PHONE = { __typename: 'Passkey' as const, id: 'pk-2', name: 'Phone', createdAt: '2027-03-02T10:00:00.000Z', lastUsedAt: '2027-03-03T09:00:00.000Z' };
const OPTIONS = JSON.stringify({ challenge: 'abc', rp: { id: 'localhost', name: 'JointOps' }, user: { id: 'dQ', name: 'maria', displayName: 'Maria' }, pubKeyCredParams: [] });
const RESPONSE = { id: 'cred', rawId: 'cred', type: 'public-key', response: { clientDataJSON: 'x', attestationObject: 'y' }, clientExtensionResults: {} };

const listed = (...passkeys: unknown[]) => ({ request: { query: PasskeysDocument }, result: { data: { passkeys } } });
const begin = { request: { query: BeginPasskeyRegistrationDocument }, result: { data: { beginPasskeyRegistration: OPTIONS } } };

function renderPanel(mocks: unknown[]) {
  return renderWithProviders(<PasskeysPanel />, { store: signedInStore(), mocks: mocks as never });
}

describe('PasskeysPanel', () => {
  beforeEach(() => startRegistration.mockReset());

  it('lists passkeys with when each was added and last used, and removes one only after confirming', async () => {
    renderPanel([listed(LAPTOP, PHONE), { request: { query: RemovePasskeyDocument, variables: { id: 'pk-1' } }, result: { data: { removePasskey: true } } }, listed(PHONE)]);
    const table = await screen.findByRole('table', { name: 'Your passkeys' });
    const laptop = within(table).getByRole('row', { name: /Work laptop/ });
    expect(within(laptop).getByText('Never')).toBeTruthy();
    expect(within(within(table).getByRole('row', { name: /Phone/ })).getByText(/Mar 3, 2027/)).toBeTruthy();

    fireEvent.click(within(laptop).getByRole('button', { name: 'Remove passkey Work laptop' }));
    const confirm = screen.getByRole('group', { name: 'Confirm: Remove passkey Work laptop' });
    expect(within(confirm).getByText('Remove the passkey “Work laptop”? You can no longer sign in with it.')).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText('Passkey “Work laptop” removed.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('row', { name: /Work laptop/ })).toBeNull());
  });

  it('asks for a name first, then runs the browser ceremony and stores the passkey', async () => {
    const finish = jest.fn(() => ({ data: { finishPasskeyRegistration: LAPTOP } }));
    startRegistration.mockResolvedValue(RESPONSE);
    renderPanel([listed(), begin, { request: { query: FinishPasskeyRegistrationDocument, variables: () => true }, result: finish }, listed(LAPTOP)]);
    expect(await screen.findByText('You have no passkeys yet.')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Add a passkey' });

    fireEvent.click(within(form).getByRole('button', { name: 'Add a passkey' }));
    expect(await within(form).findByText(/Name this passkey/)).toBeTruthy();
    expect(startRegistration).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByLabelText(/Name for the new passkey/), { target: { value: '  Work laptop ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a passkey' }));
    expect(await screen.findByText('Passkey “Work laptop” added. You can use it to sign in.')).toBeTruthy();
    expect(startRegistration).toHaveBeenCalledWith({ optionsJSON: JSON.parse(OPTIONS) });
    expect(finish).toHaveBeenCalledWith({ response: JSON.stringify(RESPONSE), name: 'Work laptop' });
    expect(await screen.findByRole('row', { name: /Work laptop/ })).toBeTruthy();
  });

  it("puts the server's name error on the field and tells a cancelled prompt in words", async () => {
    startRegistration.mockResolvedValueOnce(RESPONSE).mockRejectedValueOnce(Object.assign(new Error('The operation either timed out or was not allowed.'), { name: 'NotAllowedError' }));
    const nameRefused = { errors: [new GraphQLError('Use at most 60 characters for the name.', { extensions: { code: 'BAD_USER_INPUT', field: 'name' } })] };
    renderPanel([listed(), begin, { request: { query: FinishPasskeyRegistrationDocument, variables: () => true }, result: nameRefused }, begin]);
    const form = await screen.findByRole('form', { name: 'Add a passkey' });
    fireEvent.change(within(form).getByLabelText(/Name for the new passkey/), { target: { value: 'Laptop' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a passkey' }));
    expect(await within(form).findByText('Use at most 60 characters for the name.')).toBeTruthy();

    fireEvent.click(within(form).getByRole('button', { name: 'Add a passkey' }));
    expect(await screen.findByText(/The passkey request was cancelled or timed out/)).toBeTruthy();
  });

  it('offers adding a passkey in a session that must first enroll a second factor', async () => {
    const restricted = { request: { query: PasskeysDocument }, result: { errors: [new GraphQLError('Set up a second factor.', { extensions: { code: 'MFA_ENROLLMENT_REQUIRED' } })] } };
    renderPanel([restricted]);
    expect(await screen.findByRole('form', { name: 'Add a passkey' })).toBeTruthy();
    await pause(50);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('You have no passkeys yet.')).toBeNull();
  });
});
