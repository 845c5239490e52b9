import { Alert } from '@trussworks/react-uswds';
import { useId, type MouseEvent } from 'react';

export interface FieldError {
  /** The `id` of the input the error is about. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: readonly FieldError[];
  heading?: string;
  headingLevel?: 'h2' | 'h3' | 'h4';
}

/**
 * Lists a form's field errors at its top and announces them (role="alert"). Each entry links to
 * its field; following the link focuses the field. Renders nothing when there are no errors.
 */
export function ErrorSummary({ errors, heading = 'There is a problem', headingLevel = 'h2' }: ErrorSummaryProps) {
  const headingId = useId();
  if (errors.length === 0) return null;
  const Heading = headingLevel;
  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
  };
  return (
    <Alert type="error" role="alert" aria-labelledby={headingId} className="margin-bottom-3">
      <Heading id={headingId} className="usa-alert__heading">
        {heading}
      </Heading>
      <ul className="usa-list margin-top-1">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
