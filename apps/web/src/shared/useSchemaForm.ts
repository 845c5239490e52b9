import { zodResolver } from '@hookform/resolvers/zod';
import { violationsOf } from '@jointops/domain';
import { useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type ResolverOptions, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { fieldKeyOf } from './errors';

export type SchemaForm<V extends FieldValues> = UseFormReturn<V> & {
  /**
   * Checks the values now, in the submit event itself, so the error summary and the focus move
   * come with the press of the button (react-hook-form's own check answers a moment later).
   * Shows the errors and answers true when there are none.
   */
  check: () => boolean;
};

/**
 * A react-hook-form form checked by a zod schema (from `@jointops/domain`, the one the API
 * checks with). The schema may change between renders (e.g. the timeline's, which knows the
 * other events); the latest one checks. It may also be a function, asked each time it checks. Values reach the submit handler as typed (the schemas
 * only check), errors show after a submit and a field's error goes when it is edited.
 */
export function useSchemaForm<V extends FieldValues>(schema: z.ZodType | (() => z.ZodType), defaultValues: DefaultValues<V>): SchemaForm<V> {
  const latest = useRef(schema);
  latest.current = schema;
  // A factory is asked at the moment of checking (e.g. a schema that knows what "now" is).
  const current = () => (typeof latest.current === 'function' ? latest.current() : latest.current);
  const [resolver] = useState<Resolver<V>>(
    () => ((values: V, context: unknown, options: ResolverOptions<V>) => zodResolver(current() as never, undefined, { raw: true })(values as never, context, options as never)) as Resolver<V>,
  );
  const form = useForm<V>({ resolver, defaultValues, mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: false });
  const check = () => {
    const violations = violationsOf(current(), form.getValues());
    form.clearErrors();
    for (const violation of violations) form.setError(fieldKeyOf(violation.field) as Path<V>, { type: 'schema', message: violation.message });
    return violations.length === 0;
  };
  return { ...form, check };
}
