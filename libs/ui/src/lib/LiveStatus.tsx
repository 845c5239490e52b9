export interface LiveStatusProps {
  message: string | null;
  className?: string;
}

/** Politely announces short confirmations ("Objective added.") without moving focus. */
export function LiveStatus({ message, className }: LiveStatusProps) {
  return (
    <div role="status" aria-live="polite" className={className ?? 'text-success-dark margin-y-1'}>
      {message}
    </div>
  );
}
