import { findGraphQLError } from '@jointops/web-data';
import { startAuthentication, startRegistration, type PublicKeyCredentialCreationOptionsJSON, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { errorMessage } from '../shared/errors';

/**
 * The browser's side of a passkey ceremony (@simplewebauthn/browser): the server's options (JSON)
 * in, the credential's response (JSON, as the server's mutations take it) out.
 */
export async function createPasskey(optionsJson: string): Promise<string> {
  const optionsJSON = JSON.parse(optionsJson) as PublicKeyCredentialCreationOptionsJSON;
  return JSON.stringify(await startRegistration({ optionsJSON }));
}

export async function assertPasskey(optionsJson: string): Promise<string> {
  const optionsJSON = JSON.parse(optionsJson) as PublicKeyCredentialRequestOptionsJSON;
  return JSON.stringify(await startAuthentication({ optionsJSON }));
}

export const PASSKEY_CANCELLED_MESSAGE = 'The passkey request was cancelled or timed out. Try again when you are ready.';
export const PASSKEY_UNAVAILABLE_MESSAGE = 'This browser or device could not use a passkey here. Try another browser or device, or use a code.';

/** What went wrong in a ceremony, in words: the browser's refusal, or the server's answer (its field message for bad input). */
export function passkeyErrorMessage(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'NotAllowedError' || error.name === 'AbortError') return PASSKEY_CANCELLED_MESSAGE;
    if (error.name === 'InvalidStateError') return 'This device already holds a passkey for your account. Use another device, or remove the old passkey first.';
    if (['SecurityError', 'NotSupportedError', 'ConstraintError', 'UnknownError', 'TypeError'].includes(error.name)) return PASSKEY_UNAVAILABLE_MESSAGE;
  }
  const badInput = findGraphQLError(error, 'BAD_USER_INPUT');
  if (badInput) return badInput.message;
  return errorMessage(error);
}
