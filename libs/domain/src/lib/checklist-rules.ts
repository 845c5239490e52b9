import { LIMITS, type FieldViolation } from './limits';

/**
 * A required checklist item is a legal or policy requirement. Its wording (text), where it is
 * filed (category) and where it comes from (citation) are the requirement itself: only an agency
 * lead may change them or remove the item (`can(user, 'checklist.alterRequired', plan)`), and must
 * say why, so that the leads who sign the plan see it in "what changed since you decided". The API
 * enforces this; the web app uses the same functions to disable the actions and to ask for the reason.
 */
export const REQUIREMENT_FIELDS = ['text', 'category', 'citation'] as const;
export type RequirementField = (typeof REQUIREMENT_FIELDS)[number];

export interface ChecklistRequirement {
  required: boolean;
  text: string;
  category: string;
  citation: string;
}

export type RequirementPatch = Partial<Record<RequirementField, string | null | undefined>>;

/** The requirement fields a patch really changes (text and citation compared without surrounding spaces). */
export function changedRequirementFields(current: ChecklistRequirement, patch: RequirementPatch): RequirementField[] {
  return REQUIREMENT_FIELDS.filter((field) => {
    const next = patch[field];
    if (next == null) return false;
    return field === 'category' ? next !== current[field] : next.trim() !== current[field].trim();
  });
}

/** A patch that changes the requirement of a required item: lead only, with a reason. */
export function isRequirementChange(current: ChecklistRequirement, patch: RequirementPatch): boolean {
  return current.required && changedRequirementFields(current, patch).length > 0;
}

export const REQUIRED_ITEM_MESSAGES = {
  editForbidden: "Only an agency lead may change a required item's text, category or citation.",
  removeForbidden: 'Only an agency lead may remove a required item.',
  reasonMissing: 'Say why this required item is changed or removed; the agency leads who sign the plan will see it.',
  /** What the web shows beside the disabled Edit and Remove of a required item. */
  leadOnly: 'Only an agency lead may change or remove a required item, and must give a reason.',
} as const;

/** The reason a required item's removal or requirement change must carry (`field` is the argument's name). */
export function checkChangeReason(field: string, reason: string | null | undefined): FieldViolation | null {
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') return { field, message: REQUIRED_ITEM_MESSAGES.reasonMissing };
  if (trimmed.length > LIMITS.textMax) return { field, message: `The reason must be at most ${LIMITS.textMax.toLocaleString('en-US')} characters.` };
  return null;
}

/**
 * Where the reason goes in the plan event's data: beside the item's snapshot on an update, alone
 * on a removal. Item fields never use this name, so the diff can tell it apart.
 */
export const CHANGE_REASON_KEY = 'changeReason';
