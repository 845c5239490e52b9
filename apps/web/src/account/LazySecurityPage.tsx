import { LoadingStatus } from '@jointops/ui';
import { lazy, Suspense } from 'react';

/** Loaded on demand: few visit it, and only now and then. */
const SecurityPage = lazy(() => import('./SecurityPage').then((m) => ({ default: m.SecurityPage })));

export function LazySecurityPage() {
  return (
    <Suspense fallback={<LoadingStatus />}>
      <SecurityPage />
    </Suspense>
  );
}
