import { violationsOf } from '@jointops/domain';
import { ValidationException } from './app-exception';

/**
 * Checks an input with the schema the web's form checks with (from `@jointops/domain`) and
 * throws BAD_USER_INPUT naming every refused field (under `prefix`: `input.title`), before
 * anything is written.
 */
export function assertValid(schema: Parameters<typeof violationsOf>[0], value: unknown, prefix?: 'input' | 'patch'): void {
  ValidationException.throwIfAny(violationsOf(schema, value, prefix));
}
