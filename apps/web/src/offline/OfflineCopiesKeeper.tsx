import { useOffline } from './OfflineProvider';
import { useFieldCopySaver } from './useFieldCopySaver';

interface AssignedOperation {
  id: string;
  title: string;
  status: string;
  lastSeq: number;
}

function CopySaver({ plan }: { plan: AssignedOperation }) {
  useFieldCopySaver(plan);
  return null;
}

/**
 * On My work, where an officer starts a shift: an offline copy of every operation they hold a role
 * in (ACTIVE, or completed within 24 hours; the server's `assignedOperations`), so it opens without
 * signal even if they never opened it here, and a line saying so.
 */
export function OfflineCopiesKeeper({ plans }: { plans: readonly AssignedOperation[] }) {
  const { identity, userId } = useOffline();
  if (plans.length === 0) return null;
  const keeping = Boolean(identity && identity.userId === userId);
  return (
    <>
      {plans.map((plan) => (
        <CopySaver key={plan.id} plan={plan} />
      ))}
      {keeping ? (
        <p className="font-body-xs text-base-dark" data-testid="offline-kept">
          {plans.length === 1 ? `“${plans[0]!.title}” is kept on this device` : `Your ${plans.length} operations are kept on this device`} for use without signal, until you sign out.
        </p>
      ) : null}
    </>
  );
}
