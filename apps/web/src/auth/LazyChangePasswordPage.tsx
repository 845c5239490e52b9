import { LoadingStatus } from '@jointops/ui';
import { lazy, Suspense } from 'react';

/** Loaded on demand: the form checks passwords against a large dictionary of common passwords. */
const ChangePasswordPage = lazy(() => import('./ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })));

export function LazyChangePasswordPage() {
  return (
    <Suspense fallback={<LoadingStatus />}>
      <ChangePasswordPage />
    </Suspense>
  );
}
