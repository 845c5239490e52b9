import { Alert } from '@trussworks/react-uswds';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { focusOn } from './focus';
import { PlanItemForm } from './PlanItemForm';
import { useSchemaForm } from './useSchemaForm';

export interface CreateFormProps<V extends FieldValues> {
  /** The form's heading and accessible name ("Add agency"). */
  heading: string;
  headingId: string;
  /** The heading's level (the form's own summary goes one below). Default h3: a form under a list. */
  headingLevel?: 'h2' | 'h3';
  /** From `@jointops/domain`: the API checks with the same one (a factory when it depends on "now"). */
  schema: z.ZodType | (() => z.ZodType);
  /** The values of an empty form, to start with and after each success. */
  empty: V;
  /** Field key → its control's id, in the order the error summary lists them. */
  ids: Readonly<Record<string, string>>;
  submitLabel: string;
  busyLabel: string;
  /** Creates the thing; answers the success sentence ("Added Durham Police Department (DPD)."). */
  create: (values: V) => Promise<string>;
  children: ReactNode;
}

/**
 * A "create" form (an agency, an account, a course, a training record): heading, the shared form
 * shell checked by a domain schema, and the success notice, which goes once the form is edited again.
 * The notice takes focus (the button that was pressed is disabled while saving, and focus would
 * otherwise fall to the page's start); Tab goes on into the emptied form.
 */
export function CreateForm<V extends FieldValues>({ heading, headingId, headingLevel = 'h3', schema, empty, ids, submitLabel, busyLabel, create, children }: CreateFormProps<V>) {
  const Heading = headingLevel;
  const form = useSchemaForm<V>(schema, empty as DefaultValues<V>);
  const [done, setDone] = useState<string | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done && notice.current) focusOn(notice.current);
  }, [done]);
  useEffect(() => {
    const subscription = form.watch(() => setDone(null));
    return () => subscription.unsubscribe();
  }, [form]);
  return (
    <div className="margin-top-4">
      <Heading id={headingId}>{heading}</Heading>
      <div role="status" aria-live="polite" ref={notice}>
        {done ? (
          <Alert type="success" slim className="margin-bottom-2">
            <p className="usa-alert__text">{done}</p>
          </Alert>
        ) : null}
      </div>
      <PlanItemForm
        form={form}
        ids={ids}
        label={heading}
        submitLabel={submitLabel}
        busyLabel={busyLabel}
        onSave={async (values) => {
          setDone(null);
          const message = await create(values);
          form.reset(empty);
          setDone(message);
        }}
        headingLevel={headingLevel === 'h2' ? 'h3' : 'h4'}
        className="maxw-mobile-lg"
      >
        {children}
      </PlanItemForm>
    </div>
  );
}
