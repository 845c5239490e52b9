import { LoadingStatus } from '@jointops/ui';
import { Navigate } from 'react-router';
import { useMe } from '../plans/useMe';
import { landingPath } from './landing';

/** `/`: sends the signed-in user to their landing page once `me` is known (cached right after sign-in). */
export function LandingRedirect() {
  const { me, loading } = useMe();
  // Without `me` (it failed to load), the plan list is a safe place to start.
  if (!me) return loading ? <LoadingStatus>Loading…</LoadingStatus> : <Navigate to="/plans" replace />;
  return <Navigate to={landingPath(me)} replace />;
}
