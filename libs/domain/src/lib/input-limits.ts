/**
 * Input limits (docs/architecture.md#security-baseline). The API enforces them; the web app uses the same
 * functions to validate inline so both sides say the same thing.
 */
export const LIMITS = {
  titleMax: 200,
  textMax: 20_000,
  listMax: 500,
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 256,
  presenceFocusMax: 200,
  /** Dates outside this window are typing mistakes, not operations. */
  earliestDate: Date.UTC(2000, 0, 1),
  latestDate: Date.UTC(2100, 0, 1),
} as const;

export interface FieldViolation {
  /** Dotted path of the offending input field, e.g. `input.title`. */
  field: string;
  message: string;
}
