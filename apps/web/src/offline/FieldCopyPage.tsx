import { LoadingStatus, PageHeading } from '@jointops/ui';
import { isUnreachableError } from '@jointops/web-data';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useOffline } from './OfflineProvider';
import type { OfflineCopy } from './store/types';
// The page frame's markup, not the kit: this module is in the first-load bundle (routes, sign-in page).
import { SlimAlert } from '../shared/uswds-markup';

// The copy's page brings the log, timeline and debrief forms: out of the first-load bundle (the
// service worker keeps every chunk, so it opens offline all the same).
const FieldCopyView = lazy(() => import('./FieldCopyView').then((m) => ({ default: m.FieldCopyView })));

function CopyView({ copy }: { copy: OfflineCopy }) {
  return (
    <Suspense fallback={<LoadingStatus>Opening the offline copy…</LoadingStatus>}>
      <FieldCopyView copy={copy} />
    </Suspense>
  );
}

export const FIELD_COPY_PATH = '/field';
export const fieldCopyPath = (planId: string) => `${FIELD_COPY_PATH}/${planId}`;

/** The copy of one plan this device holds for the person it knows, or null (also once it expired). */
export function useOfflineCopy(planId: string | null): { copy: OfflineCopy | null; loading: boolean } {
  const { store, identity } = useOffline();
  const [state, setState] = useState<{ copy: OfflineCopy | null; loading: boolean }>({ copy: null, loading: true });
  useEffect(() => {
    if (!planId || !identity) {
      setState({ copy: null, loading: !identity && Boolean(planId) });
      return;
    }
    let alive = true;
    void store.copies.read(identity.userId, planId).then(
      (copy) => alive && setState({ copy, loading: false }),
      () => alive && setState({ copy: null, loading: false }),
    );
    return () => {
      alive = false;
    };
  }, [store, identity, planId]);
  return state;
}

/**
 * Where the plan workspace could not load because the server is out of reach: the offline copy
 * when this device holds one, otherwise `otherwise`.
 */
export function OfflineFallback({ planId, error, otherwise }: { planId: string; error: unknown; otherwise: ReactNode }) {
  const unreachable = isUnreachableError(error);
  const { copy, loading } = useOfflineCopy(unreachable ? planId : null);
  if (!unreachable) return <>{otherwise}</>;
  if (loading) return <LoadingStatus>Looking for an offline copy…</LoadingStatus>;
  return copy ? <CopyView copy={copy} /> : <>{otherwise}</>;
}

/** `/field/:planId`: the offline copy, reachable without a live session (until the session's absolute end). */
export function FieldCopyPage() {
  const { planId = '' } = useParams();
  const { copy, loading } = useOfflineCopy(planId);
  if (loading) return <LoadingStatus>Opening the offline copy…</LoadingStatus>;
  if (!copy) {
    return (
      <>
        <PageHeading>Offline copy</PageHeading>
        <SlimAlert type="info">
          <span className="usa-alert__text">
            This device holds no offline copy of this plan. Copies are kept for active plans you are assigned to, until your session ends. <Link to="/">Go to My work</Link>
          </span>
        </SlimAlert>
      </>
    );
  }
  return <CopyView copy={copy} />;
}

/** On the sign-in page while offline: the copies this device still holds, to read and write without signing in. */
export function OfflineCopiesList() {
  const { store, identity } = useOffline();
  const [copies, setCopies] = useState<OfflineCopy[]>([]);
  useEffect(() => {
    if (!identity) return;
    let alive = true;
    void store.copies.list(identity.userId).then(
      (list) => alive && setCopies(list),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [store, identity]);
  if (!identity || copies.length === 0) return null;
  return (
    <section aria-labelledby="offline-copies-heading" className="margin-bottom-3">
      <h2 id="offline-copies-heading">Offline copies on this device</h2>
      <p className="margin-top-0">Signed out or without a connection, {identity.displayName} can still open:</p>
      <ul className="usa-list">
        {copies.map((copy) => (
          <li key={copy.planId}>
            <Link to={fieldCopyPath(copy.planId)}>{copy.plan.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
