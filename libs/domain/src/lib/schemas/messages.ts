/** One formatter for every limit: `toLocaleString` builds a formatter per call, and the schemas word hundreds of limits as they load. */
const COUNT = new Intl.NumberFormat('en-US');

/**
 * The words of the input rules, in one place: the zod schemas and the older `check*` functions
 * both build their messages here, so the web and the API say the same thing for the same rule.
 */
export const MESSAGES = {
  required: (label: string) => `${label} is required.`,
  tooLong: (label: string, max: number) => `${label} must be at most ${COUNT.format(max)} characters.`,
  tooMany: (label: string, max: number) => `${label} may hold at most ${max} items.`,
  invalidDate: (label: string) => `${label} is not a valid date.`,
  invalidTimeZone: 'Time zone must be an IANA time zone, e.g. America/New_York.',
  dateOutOfRange: (label: string) => `${label} must fall between 2000 and 2099.`,
} as const;
