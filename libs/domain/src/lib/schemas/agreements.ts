import { z } from './zod';
import { AgreementKind, OperationType } from '../accountability';
import { LIMITS } from '../input-limits';
import { endNotBeforeStart, instant, patchOf, requiredText, titleText } from './fields';

/**
 * The input rules of agreements between agencies (createAgreement's `input`, updateAgreement's
 * `patch`, the reason of an update or a termination). The administrator's forms check with these
 * before sending and the API checks with the same ones. That a party exists is the API's to say.
 */

export const AGREEMENT_MESSAGES = {
  kind: 'Choose the kind of agreement.',
  parties: 'An agreement needs at least two different agencies as parties.',
  scope: 'Choose at least one operation type the agreement allows.',
  expiry: 'Expires on must not be before effective from.',
  reason: 'Say why; the agreement history keeps it for oversight.',
  unknownParty: 'No agency has this id.',
} as const;

/** At least two distinct agency ids, at most the list limit. */
const parties = z.array(z.string(), { error: AGREEMENT_MESSAGES.parties }).superRefine((ids, ctx) => {
  const distinct = new Set(ids.filter((id) => id.trim() !== ''));
  if (distinct.size < 2) ctx.addIssue({ code: 'custom', message: AGREEMENT_MESSAGES.parties });
  else if (ids.length > LIMITS.listMax) ctx.addIssue({ code: 'custom', message: `Parties may hold at most ${LIMITS.listMax} agencies.` });
});

/** One or more operation types, each known. */
const scope = z.array(z.enum(OperationType, { error: AGREEMENT_MESSAGES.scope }), { error: AGREEMENT_MESSAGES.scope }).min(1, AGREEMENT_MESSAGES.scope).max(Object.keys(OperationType).length, AGREEMENT_MESSAGES.scope);

const editableFields = {
  title: titleText(),
  scope,
  dataSharingTerms: requiredText('Data-sharing terms', undefined, 'Data-sharing terms are required.'),
  reportingRequirements: requiredText('Reporting requirements', undefined, 'Reporting requirements are required.'),
  expiresOn: instant('Expires on'),
};

/** createAgreement's input (and the create form). */
export const agreementSchema = z
  .object({
    title: editableFields.title,
    kind: z.enum(AgreementKind, { error: AGREEMENT_MESSAGES.kind }),
    agencyIds: parties,
    scope,
    dataSharingTerms: editableFields.dataSharingTerms,
    reportingRequirements: editableFields.reportingRequirements,
    effectiveFrom: instant('Effective from', { required: true }),
    expiresOn: editableFields.expiresOn,
  })
  .superRefine(endNotBeforeStart('effectiveFrom', 'expiresOn', AGREEMENT_MESSAGES.expiry));

/**
 * updateAgreement's patch: a field left out or null stays as it is. The API also holds a new
 * expiry against the agreement's effective date.
 */
export const agreementPatchSchema = z.object(patchOf(editableFields));

/** The reason an update or a termination carries: not blank, at most 20,000 characters. */
export const agreementReasonSchema = z.object({ reason: requiredText('Reason', LIMITS.textMax, AGREEMENT_MESSAGES.reason) });

/** The edit form: the editable fields as they should be, and the reason; a new expiry is held against the agreement's effective date. */
export const agreementEditSchema = (effectiveFrom: string | Date) =>
  z.object({ ...editableFields, reason: agreementReasonSchema.shape.reason }).superRefine((value, ctx) => endNotBeforeStart('effectiveFrom', 'expiresOn', AGREEMENT_MESSAGES.expiry)({ ...value, effectiveFrom }, ctx));
