/**
 * Kept for the pages that still import from here; the one error wording lives in
 * `shared/errors.ts`.
 */
export { errorMessage as generalErrorMessage, fieldKeyOf, serverFormErrors, splitViolations, type ServerFormErrors } from '../shared/errors';
