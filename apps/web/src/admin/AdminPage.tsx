import { LoadingStatus, PageHeading } from '@jointops/ui';
import { Suspense } from 'react';
import { useMe } from '../plans/useMe';
import { isAdmin } from './admin-model';
import { AgenciesSection } from './AgenciesSection';
import { LazyAccountsSection } from './LazyAccountsSection';

/** `/admin`: agencies and accounts, for administrators only. */
export function AdminPage() {
  const { me, loading } = useMe();
  if (!me) {
    return loading ? <LoadingStatus /> : null;
  }
  if (!isAdmin(me.roles)) {
    return (
      <>
        <title>Administration · JointOps</title>
        <PageHeading>Administration</PageHeading>
        <p>You need the administrator role to manage agencies and accounts.</p>
      </>
    );
  }
  return (
    <>
      <title>Administration · JointOps</title>
      <PageHeading lead="Add the agencies that take part in operations and create their people's accounts.">Administration</PageHeading>
      <AgenciesSection />
      <Suspense fallback={<LoadingStatus>Loading accounts…</LoadingStatus>}>
        <LazyAccountsSection />
      </Suspense>
    </>
  );
}
