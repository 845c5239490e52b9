/**
 * Signatures (DESIGN.md section 8): approving or rejecting a revision, activating a plan and
 * finalizing its after-action report. What each one means is said in these words only, so the
 * screen, the PDF and the event log agree.
 */
export type SignatureAct = 'APPROVE' | 'REJECT' | 'ACTIVATE' | 'FINALIZE';

export interface SignatureSubject {
  act: SignatureAct;
  /** The plan revision signed. */
  revision: number;
  /** The plan's content hash at that revision (hex SHA-256). */
  contentHash: string;
  /** Short name of the agency the signer signs for (their own). */
  agency: string;
}

/** How many hex characters of the content hash a meaning quotes (the full hash is stored beside it). */
export const MEANING_HASH_CHARS = 8;

const ACTS: Record<SignatureAct, string> = {
  APPROVE: 'Approved revision',
  REJECT: 'Rejected revision',
  ACTIVATE: 'Activated revision',
  FINALIZE: 'Finalized the after-action report of revision',
};

/** What a signer signed, in words: `Approved revision 38 (content hash 3f2a91c0…) on behalf of CBP`. */
export function signatureMeaning({ act, revision, contentHash, agency }: SignatureSubject): string {
  return `${ACTS[act]} ${revision} (content hash ${contentHash.slice(0, MEANING_HASH_CHARS)}…) on behalf of ${agency}`;
}

/** Whether a signature was given with a second factor, in words; null for one signed before this was recorded. */
export function signatureFactorLabel(secondFactor: boolean | null | undefined): string | null {
  if (secondFactor === null || secondFactor === undefined) return null;
  return secondFactor ? 'with a second factor' : 'password only';
}

/** The words of REAUTH_REQUIRED: a signature outside the window asks for the password again. */
export const REAUTH_REQUIRED_MESSAGE = "Confirm it's you to sign: enter your password.";
