import { checkEmail, checkRequiredText, checkRoles, collectViolations, LIMITS, type FieldViolation } from '@jointops/domain';
import { checkPassword } from '@jointops/domain/passwords';

export interface AccountValues {
  email: string;
  displayName: string;
  agencyId: string;
  roles: readonly string[];
  password: string;
}

/**
 * The API's own checks (libs/domain), role combinations and the password policy included, so
 * the form says inline what the server would refuse. Only the lazily loaded account form imports
 * this module: the password policy brings a large dictionary of common passwords.
 */
export function validateAccount(values: AccountValues): FieldViolation[] {
  return collectViolations(
    checkEmail('input.email', values.email),
    checkRequiredText('input.displayName', values.displayName, LIMITS.titleMax),
    values.agencyId ? null : { field: 'input.agencyId', message: 'Choose an agency.' },
    checkRoles('input.roles', values.roles),
    checkPassword('input.password', values.password),
  );
}
