import { signatureMeaning, type SignatureAct } from '@jointops/domain';
import { Agency } from '../agencies/agency.entity';
import type { PlanChange } from './plan-change.types';

/** A signature as stored with an approval and logged with an activation or a finalization. */
export interface Signature {
  /** What was signed, in libs/domain's words: `Approved revision 38 (content hash 3f2a91c0…) on behalf of CBP`. */
  meaning: string;
  /** Whether the session's sign-in or latest re-authentication used a second factor. */
  secondFactor: boolean;
}

/**
 * The caller's signature on the locked plan at its current revision, for the agency they sign
 * for (their own). Whether the signer proved presence recently enough is checked before any
 * service runs (SessionGuard); this only records what was signed and how.
 */
export async function signatureOf(change: PlanChange, act: SignatureAct, contentHash: string): Promise<Signature> {
  const agency = await change.manager.findOne(Agency, { where: { id: change.user.agencyId }, select: { id: true, shortName: true } });
  return {
    meaning: signatureMeaning({ act, revision: change.plan.revision, contentHash, agency: agency?.shortName ?? 'their agency' }),
    secondFactor: Boolean(change.user.secondFactor),
  };
}
