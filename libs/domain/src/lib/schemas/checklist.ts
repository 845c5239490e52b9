import { z } from './zod';
import { checkChangeReason, isRequirementChange, type ChecklistRequirement } from '../checklist-rules';
import { ChecklistCategory, ChecklistStatus } from '../plan-content';
import { checkedBy, optionalText, patchOf, requiredText } from './fields';

/**
 * The input rules of a plan's legal and policy checklist. The web's checklist forms check with
 * these before sending; the API checks every add, update, resolution and reason with the same ones.
 * Who may change a required item stays in `checklist-rules` and the API's service.
 */

const itemFields = {
  category: z.enum(ChecklistCategory, { error: 'Choose a category.' }),
  text: requiredText('Text'),
  required: z.boolean().nullish(),
  citation: optionalText('Citation'),
};
export const checklistItemSchema = z.object(itemFields);
export const checklistItemPatchSchema = z.object(patchOf(itemFields));

/** The reason a required item's removal or requirement change carries (the `reason` argument). */
export const changeReasonSchema = z.object({ reason: checkedBy(z.string().nullish(), checkChangeReason) });

/**
 * An item as the edit form holds it, with the reason: needed when the edit changes the requirement
 * of `current` (a required item's text, category or citation).
 */
export function checklistItemEditSchema(current?: ChecklistRequirement) {
  return checklistItemSchema.extend({ reason: z.string().nullish() }).superRefine((value, ctx) => {
    if (!current || !isRequirementChange(current, value)) return;
    const violation = checkChangeReason('reason', value.reason);
    if (violation) ctx.addIssue({ code: 'custom', path: ['reason'], message: violation.message });
  });
}

/**
 * A resolution's note: evidence for SATISFIED, a justification for NOT_APPLICABLE, free (and
 * optional) when reopening. `noteLabel` names the note as the form labels it ("Evidence is
 * required."); without it the messages say what is missing in a sentence of their own.
 */
export function checklistResolutionSchema(status: string, noteLabel?: string) {
  const missing = noteLabel ? undefined : status === ChecklistStatus.SATISFIED ? 'Give the evidence that satisfies this item.' : 'Say why this item does not apply.';
  const note = status === ChecklistStatus.OPEN ? optionalText('Note') : requiredText(noteLabel ?? 'Note', undefined, missing);
  return z.object({ note });
}
