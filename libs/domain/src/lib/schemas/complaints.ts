import { z } from './zod';
import { COMPLAINT_LIMITS, ComplaintCategory, ComplaintStatus } from '../complaints';
import { CLOCK_SKEW_MS } from './after-action';
import { inDateRange, timeOf } from './fields';

/**
 * The input rules of complaints (docs/architecture.md#the-public-side): the public form and
 * fileComplaint's `input` check with complaintSchema, oversight's handling form and
 * updateComplaint's `patch` with complaintHandlingSchema and complaintPatchSchema. The public
 * form speaks English or Spanish, so its messages come in both; the API answers in English.
 * "Now" is passed in, so the form and the API judge "in the future" at their own moment. Rules
 * that need the database (an unknown agency or operation, a move the status does not allow) are
 * the API's; their words are here.
 */

export const PublicLanguage = { en: 'en', es: 'es' } as const;
export type PublicLanguage = (typeof PublicLanguage)[keyof typeof PublicLanguage];
export const PUBLIC_LANGUAGES: readonly PublicLanguage[] = ['en', 'es'];
/** The public languages named in English, as oversight reads which one a complaint was filed in. */
export const PUBLIC_LANGUAGE_NAMES: Readonly<Record<PublicLanguage, string>> = { en: 'English', es: 'Spanish' };

export interface ComplaintMessages {
  category: string;
  occurredAt: string;
  occurredAtInvalid: string;
  occurredAtRange: string;
  occurredAtFuture: string;
  location: string;
  locationTooLong: string;
  description: string;
  descriptionTooLong: string;
  contactTooLong: string;
  unknownAgency: string;
  language: string;
}

export const COMPLAINT_MESSAGES: Readonly<Record<PublicLanguage, ComplaintMessages>> = {
  en: {
    category: 'Choose what the complaint is about.',
    occurredAt: 'Say when it happened.',
    occurredAtInvalid: 'When it happened is not a valid date and time.',
    occurredAtRange: 'When it happened must be a date from the year 2000 on.',
    occurredAtFuture: 'When it happened cannot be in the future.',
    location: 'Say where it happened.',
    locationTooLong: `Where it happened must be at most ${COMPLAINT_LIMITS.location.toLocaleString('en-US')} characters.`,
    description: 'Describe what happened.',
    descriptionTooLong: `What happened must be at most ${COMPLAINT_LIMITS.description.toLocaleString('en-US')} characters.`,
    contactTooLong: `Contact must be at most ${COMPLAINT_LIMITS.contact.toLocaleString('en-US')} characters.`,
    unknownAgency: 'Choose an agency from the list, or leave it empty.',
    language: 'The language must be English (en) or Spanish (es).',
  },
  es: {
    category: 'Elija de qué trata la queja.',
    occurredAt: 'Indique cuándo ocurrió.',
    occurredAtInvalid: 'La fecha y hora de cuándo ocurrió no son válidas.',
    occurredAtRange: 'La fecha de cuándo ocurrió debe ser del año 2000 en adelante.',
    occurredAtFuture: 'La fecha de cuándo ocurrió no puede estar en el futuro.',
    location: 'Indique dónde ocurrió.',
    locationTooLong: `El lugar debe tener como máximo ${COMPLAINT_LIMITS.location} caracteres.`,
    description: 'Describa lo que ocurrió.',
    descriptionTooLong: `Lo que ocurrió debe tener como máximo ${COMPLAINT_LIMITS.description} caracteres.`,
    contactTooLong: `El contacto debe tener como máximo ${COMPLAINT_LIMITS.contact} caracteres.`,
    unknownAgency: 'Elija una agencia de la lista o déjela en blanco.',
    language: 'El idioma debe ser inglés (en) o español (es).',
  },
};

/** Text that must not be blank; at most `max` characters once trimmed. */
function requiredCapped(missing: string, tooLong: string, max: number) {
  return z.string({ error: missing }).superRefine((value, ctx) => {
    const trimmed = value.trim();
    if (trimmed.length === 0) ctx.addIssue({ code: 'custom', message: missing });
    else if (trimmed.length > max) ctx.addIssue({ code: 'custom', message: tooLong });
  });
}

/** When it happened: required, a real date from 2000 on, not ahead of `now` (a minute of clock skew allowed). */
function occurredAt(messages: ComplaintMessages, now: number | undefined) {
  return z
    .union([z.date(), z.string()], { error: messages.occurredAtInvalid })
    .nullish()
    .superRefine((value, ctx) => {
      const time = timeOf(value);
      if (time === null) ctx.addIssue({ code: 'custom', message: messages.occurredAt });
      else if (Number.isNaN(time)) ctx.addIssue({ code: 'custom', message: messages.occurredAtInvalid });
      else if (now !== undefined && time > now + CLOCK_SKEW_MS) ctx.addIssue({ code: 'custom', message: messages.occurredAtFuture });
      else if (!inDateRange(time)) ctx.addIssue({ code: 'custom', message: messages.occurredAtRange });
    });
}

/**
 * fileComplaint's input and the public form, in the complainant's language, judged at `now`
 * (milliseconds; the API's Clock, the browser's time). Nothing asks about immigration status,
 * nationality or ethnicity, and nothing may: the form says so.
 */
export function complaintSchema({ language = 'en', now }: { language?: PublicLanguage; now?: number } = {}) {
  const messages = COMPLAINT_MESSAGES[language];
  return z.object({
    category: z.enum(ComplaintCategory, { error: messages.category }),
    occurredAt: occurredAt(messages, now),
    location: requiredCapped(messages.location, messages.locationTooLong, COMPLAINT_LIMITS.location),
    description: requiredCapped(messages.description, messages.descriptionTooLong, COMPLAINT_LIMITS.description),
    contact: z.string({ error: messages.contactTooLong }).max(COMPLAINT_LIMITS.contact, messages.contactTooLong).nullish(),
    agencyId: z.string({ error: messages.unknownAgency }).max(64, messages.unknownAgency).nullish(),
    language: z.enum(PUBLIC_LANGUAGES, { error: messages.language }).nullish(),
  });
}

export const COMPLAINT_HANDLING_MESSAGES = {
  status: 'Choose a status.',
  outcomeToClose: 'Say what the outcome is before you close the complaint: the complainant reads it with their tracking code.',
  outcomeTooLong: `Outcome must be at most ${COMPLAINT_LIMITS.outcome.toLocaleString('en-US')} characters.`,
  keepOutcome: 'A closed complaint keeps its outcome; correct it instead of clearing it.',
  unknownPlan: 'No operation has this id.',
  unknownAgency: 'No agency has this id.',
  move: (from: string, to: string) => `A complaint cannot move from ${from} to ${to}.`,
} as const;

/**
 * Why a complaint cannot be left closed without an outcome, said for where it stands: one being
 * closed needs an outcome; one already closed keeps it (its outcome may be corrected, not cleared).
 */
export function missingOutcomeMessage(current: ComplaintStatus): string {
  return current === ComplaintStatus.CLOSED ? COMPLAINT_HANDLING_MESSAGES.keepOutcome : COMPLAINT_HANDLING_MESSAGES.outcomeToClose;
}

const reference = (message: string) => z.string({ error: message }).max(64, message).nullish();
const outcome = z.string({ error: COMPLAINT_HANDLING_MESSAGES.outcomeTooLong }).max(COMPLAINT_LIMITS.outcome, COMPLAINT_HANDLING_MESSAGES.outcomeTooLong).nullish();

/**
 * updateComplaint's patch: a field left out or null stays as it is; an empty planId or agencyId
 * removes the link, an empty outcome clears it. That a closing complaint has an outcome is judged
 * by the API on the complaint as it would be (the outcome may already be there).
 */
export const complaintPatchSchema = z.object({
  status: z.enum(ComplaintStatus, { error: COMPLAINT_HANDLING_MESSAGES.status }).nullish(),
  planId: reference(COMPLAINT_HANDLING_MESSAGES.unknownPlan),
  agencyId: reference(COMPLAINT_HANDLING_MESSAGES.unknownAgency),
  outcome,
});

/** Oversight's handling form for a complaint now at `current`, which holds every field: a status, and an outcome to close. */
export function complaintHandlingSchema(current: ComplaintStatus) {
  return z
    .object({
      status: z.enum(ComplaintStatus, { error: COMPLAINT_HANDLING_MESSAGES.status }),
      planId: reference(COMPLAINT_HANDLING_MESSAGES.unknownPlan),
      agencyId: reference(COMPLAINT_HANDLING_MESSAGES.unknownAgency),
      outcome,
    })
    .superRefine((value, ctx) => {
      if (value.status === ComplaintStatus.CLOSED && !(value.outcome ?? '').trim()) ctx.addIssue({ code: 'custom', path: ['outcome'], message: missingOutcomeMessage(current) });
    });
}
