import { Alert } from '@trussworks/react-uswds';

/** A slim error alert, announced at once (role="alert"); nothing when there is no message. */
export function ErrorAlert({ message, className }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <Alert type="error" slim role="alert" className={className}>
      <p className="usa-alert__text">{message}</p>
    </Alert>
  );
}
