import { z } from './zod';
import { LIMITS } from '../input-limits';
import { Phase, Priority, RESOURCE_QUANTITY_MAX } from '../plan-content';
import { OperationType } from '../accountability';
import { endNotBeforeStart, idList, instant, optionalText, patchOf, requiredChoice, requiredText, timeZoneName, titleText, wholeNumber } from './fields';

/**
 * The input rules of a plan's parts. The web's forms check with these before sending, and the
 * API checks every `input` (add) and `patch` (update) with the same ones. Rules that need the
 * database (is the agency taking part, does the assignee work for it, would a dependency make a
 * cycle) stay in the API's services.
 */

const objectiveFields = {
  title: titleText(),
  description: optionalText('Description'),
  successCriteria: optionalText('Success criteria'),
  priority: z.enum(Priority, { error: 'Choose a priority.' }).nullish(),
};
export const objectiveSchema = z.object(objectiveFields);
export const objectivePatchSchema = z.object(patchOf(objectiveFields));

const roleFields = {
  agencyId: requiredChoice('Choose the agency that holds this role.'),
  title: titleText(),
  responsibilities: optionalText('Responsibilities'),
  assigneeId: z.string().nullish(),
  objectiveIds: idList('Objectives'),
};
export const roleSchema = z.object(roleFields);
export const rolePatchSchema = z.object(patchOf(roleFields));

const resourceFields = {
  kind: titleText('Kind'),
  quantity: wholeNumber(
    { notWhole: 'Quantity must be a whole number, 0 or more.', tooLarge: `Quantity must be at most ${RESOURCE_QUANTITY_MAX.toLocaleString('en-US')}.` },
    0,
    RESOURCE_QUANTITY_MAX,
  ),
  notes: optionalText('Notes'),
};
export const resourceSchema = z.object({ agencyId: requiredChoice('Choose the agency that commits this resource.'), ...resourceFields });
/** A commitment stays with its agency: an update changes kind, quantity and notes. */
export const resourcePatchSchema = z.object(patchOf(resourceFields));

const commsFields = {
  name: titleText('Name'),
  details: requiredText('Details'),
  purpose: optionalText('Purpose'),
  agencyId: z.string().nullish(),
};
export const commsChannelSchema = z.object(commsFields);
export const commsChannelPatchSchema = z.object(patchOf(commsFields));

/**
 * A timeline event. An update is checked as the event would stand after it (the patch over the
 * current event), so a new end is held against the start it already has.
 */
export const timelineEventSchema = z
  .object({
    title: titleText(),
    phase: z.enum(Phase, { error: 'Choose a phase.' }),
    startsAt: instant('Start', { required: true }),
    endsAt: instant('End', { required: true }),
    agencyId: z.string().nullish(),
    dependsOnIds: idList('Depends on', LIMITS.listMax, `Depends on may hold at most ${LIMITS.listMax} events.`),
    notes: optionalText('Notes'),
  })
  .superRefine(endNotBeforeStart('startsAt', 'endsAt', 'End must not be before start.'));

const planFields = {
  title: titleText(),
  summary: optionalText('Summary'),
  startsAt: instant('Starts at'),
  endsAt: instant('Ends at'),
  /** Left out on create: America/New_York. */
  timeZone: timeZoneName(),
  /** Readiness blocks while it is missing; a form sends '' for "not chosen yet". */
  operationType: z.union([z.enum(OperationType, { error: 'Choose an operation type.' }), z.literal('')]).nullish(),
};
const windowOrder = endNotBeforeStart('startsAt', 'endsAt', 'The window end must not be before the window start.');
export const createPlanSchema = z.object({ ...planFields, agencyIds: idList('Agency ids') }).superRefine(windowOrder);
/** The plan's fields as they would stand after an update. */
export const planFieldsSchema = z.object(planFields).superRefine(windowOrder);
