import { ComplaintCategory, ComplaintStatus, PUBLIC_LANGUAGE_NAMES, PUBLIC_LANGUAGES, type PublicLanguage } from '@jointops/domain';
import type { Dictionary } from '../shared/public-language';

export const COMPLAINT_CATEGORIES = Object.values(ComplaintCategory);
export const COMPLAINT_STATUSES = Object.values(ComplaintStatus);

/** The words for categories and statuses, in both languages, are the domain's (the published figures use the English). */
export { COMPLAINT_CATEGORY_WORDS, COMPLAINT_STATUS_WORDS } from '@jointops/domain';

/** Which language a complaint was filed in, for oversight; complaints filed before it was recorded say so. */
export function complaintLanguageName(language: string | null | undefined): string {
  return language && PUBLIC_LANGUAGES.includes(language as PublicLanguage) ? PUBLIC_LANGUAGE_NAMES[language as PublicLanguage] : 'Not recorded (filed before the language was kept)';
}

/** What each status means for the complainant. */
export const COMPLAINT_STATUS_MEANINGS: Dictionary<Record<ComplaintStatus, string>> = {
  en: {
    RECEIVED: 'We have your complaint. An oversight reviewer will look at it soon.',
    UNDER_REVIEW: 'An oversight reviewer is looking into what happened.',
    REFERRED: 'Oversight has sent your complaint to the agency involved for action, and follows it there.',
    CLOSED: 'The review is finished. The outcome is below.',
  },
  es: {
    RECEIVED: 'Tenemos su queja. Un revisor de supervisión la examinará pronto.',
    UNDER_REVIEW: 'Un revisor de supervisión está investigando lo que ocurrió.',
    REFERRED: 'Supervisión envió su queja a la agencia involucrada para que actúe, y le da seguimiento.',
    CLOSED: 'La revisión terminó. El resultado aparece abajo.',
  },
};

/** What happens after filing and how long it takes, shown on the form, after filing, and on the status page. */
export const WHAT_HAPPENS_NEXT: Dictionary<string> = {
  en: 'An independent oversight office reads every complaint. We usually respond within 30 days. With your tracking code you can see your complaint move from received to under review, referred to the agency involved, and closed with an outcome.',
  es: 'Una oficina de supervisión independiente lee cada queja. Normalmente respondemos en un plazo de 30 días. Con su código de seguimiento puede ver cómo su queja pasa de recibida a en revisión, remitida a la agencia involucrada y cerrada con un resultado.',
};

/** USWDS utility classes per status, as the plan status tags. */
export const COMPLAINT_STATUS_CLASSES: Record<ComplaintStatus, string> = {
  RECEIVED: 'bg-gold text-ink',
  UNDER_REVIEW: 'bg-primary',
  REFERRED: 'bg-accent-cool-darker',
  CLOSED: 'bg-base-darkest',
};
