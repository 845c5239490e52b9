import { SIGNATURE_OPERATIONS, signatureFresh } from './session-policy';
import { signatureFactorLabel, signatureMeaning } from './signatures';

describe('signatures', () => {
  const contentHash = '3f2a91c0' + 'e'.repeat(56);

  it('says what each signature means, quoting the revision, the start of the content hash and the agency', () => {
    expect(signatureMeaning({ act: 'APPROVE', revision: 38, contentHash, agency: 'CBP' })).toBe('Approved revision 38 (content hash 3f2a91c0…) on behalf of CBP');
    expect(signatureMeaning({ act: 'REJECT', revision: 38, contentHash, agency: 'CBP' })).toBe('Rejected revision 38 (content hash 3f2a91c0…) on behalf of CBP');
    expect(signatureMeaning({ act: 'ACTIVATE', revision: 7, contentHash, agency: 'NCSHP' })).toBe('Activated revision 7 (content hash 3f2a91c0…) on behalf of NCSHP');
    expect(signatureMeaning({ act: 'FINALIZE', revision: 7, contentHash, agency: 'NCSHP' })).toBe(
      'Finalized the after-action report of revision 7 (content hash 3f2a91c0…) on behalf of NCSHP',
    );
  });

  it('says whether a second factor was used; nothing for a signature from before it was recorded', () => {
    expect(signatureFactorLabel(true)).toBe('with a second factor');
    expect(signatureFactorLabel(false)).toBe('password only');
    expect(signatureFactorLabel(null)).toBeNull();
    expect(signatureFactorLabel(undefined)).toBeNull();
  });

  it('names the three signing mutations', () => {
    expect([...SIGNATURE_OPERATIONS].sort()).toEqual(['activatePlan', 'decideApproval', 'finalizeAfterActionReport']);
  });

  it('is fresh within the window only (a few seconds of clock skew forgiven)', () => {
    const signedIn = new Date('2026-12-01T10:00:00Z');
    const after = (seconds: number) => new Date(signedIn.getTime() + seconds * 1000);
    expect(signatureFresh(signedIn, after(0), 300)).toBe(true);
    expect(signatureFresh(signedIn, after(300), 300)).toBe(true);
    expect(signatureFresh(signedIn, after(301), 300)).toBe(false);
    expect(signatureFresh(signedIn, after(-4), 300)).toBe(true);
    expect(signatureFresh(signedIn, after(-60), 300)).toBe(false);
  });
});
