const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * A coordinate typed into a form field, as a number: decimal degrees with a decimal point or, as
 * many phones and European keyboards write them, a decimal comma ("35,77961"), and a typographic
 * minus ("−78.6"). NaN when empty or not one decimal number; the schema then names the field.
 */
export function degreesOf(text: string): number {
  const typed = text.trim().replace(/^−/, '-').replace(/^([-+]?\d+),(\d+)$/, '$1.$2');
  return DECIMAL.test(typed) ? Number(typed) : Number.NaN;
}
