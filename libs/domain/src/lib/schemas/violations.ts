import type { z } from 'zod';
import type { FieldViolation } from '../input-limits';

/** `['dependsOnIds', 2]` under `input` -> `input.dependsOnIds[2]`. */
function fieldPath(prefix: string | undefined, path: ReadonlyArray<PropertyKey>): string {
  let field = prefix ?? '';
  for (const part of path) {
    if (typeof part === 'number') field += `[${part}]`;
    else field += field ? `.${String(part)}` : String(part);
  }
  return field;
}

/**
 * The violations of a value against a schema, one per field (the first), each naming its field
 * under `prefix` the way the API names it (`input.title`, `patch.endsAt`).
 */
export function violationsOf(schema: z.ZodType, value: unknown, prefix?: string): FieldViolation[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  const violations: FieldViolation[] = [];
  for (const issue of result.error.issues) {
    const field = fieldPath(prefix, issue.path);
    if (!violations.some((violation) => violation.field === field)) violations.push({ field, message: issue.message });
  }
  return violations;
}
