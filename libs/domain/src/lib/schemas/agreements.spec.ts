import { AGREEMENT_MESSAGES, agreementPatchSchema, agreementReasonSchema, agreementSchema } from './agreements';
import { violationsOf } from './violations';

const valid = {
  title: 'I-40 MOU',
  kind: 'MOU',
  agencyIds: ['a1', 'a2'],
  scope: ['CHECKPOINT'],
  dataSharingTerms: 'Plates only.',
  reportingRequirements: 'Monthly.',
  effectiveFrom: new Date('2027-01-01T00:00:00Z'),
  expiresOn: null,
};

describe('agreement schemas (the create form and createAgreement, the edit form and updateAgreement)', () => {
  it('accepts a valid agreement, open-ended or with an expiry on its first instant', () => {
    expect(violationsOf(agreementSchema, valid, 'input')).toEqual([]);
    expect(violationsOf(agreementSchema, { ...valid, expiresOn: valid.effectiveFrom }, 'input')).toEqual([]);
  });

  it('names each refused field under input', () => {
    const field = (overrides: Record<string, unknown>) => violationsOf(agreementSchema, { ...valid, ...overrides }, 'input').map((v) => v.field);
    expect(field({ agencyIds: ['a1'] })).toEqual(['input.agencyIds']);
    expect(field({ agencyIds: ['a1', 'a1'] })).toEqual(['input.agencyIds']);
    expect(field({ scope: [] })).toEqual(['input.scope']);
    expect(field({ scope: ['PARADE'] })).toEqual(['input.scope[0]']);
    expect(field({ kind: 'LETTER' })).toEqual(['input.kind']);
    expect(field({ title: ' ', dataSharingTerms: '', reportingRequirements: 'x'.repeat(20_001) })).toEqual(['input.title', 'input.dataSharingTerms', 'input.reportingRequirements']);
    expect(violationsOf(agreementSchema, { ...valid, expiresOn: new Date('2026-12-31T23:59:59Z') }, 'input')).toEqual([{ field: 'input.expiresOn', message: AGREEMENT_MESSAGES.expiry }]);
  });

  it('leaves out of a patch what is not given, and wants a reason that is not blank', () => {
    expect(violationsOf(agreementPatchSchema, { title: null, expiresOn: null }, 'patch')).toEqual([]);
    expect(violationsOf(agreementPatchSchema, { scope: [] }, 'patch')).toEqual([{ field: 'patch.scope', message: AGREEMENT_MESSAGES.scope }]);
    expect(violationsOf(agreementReasonSchema, { reason: '  ' })).toEqual([{ field: 'reason', message: AGREEMENT_MESSAGES.reason }]);
  });
});
