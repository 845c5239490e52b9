import { LoadingStatus, PageHeading } from '@jointops/ui';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { OVERSIGHT_EFFECTIVENESS_PATH } from '../effectiveness/effectiveness-model';
import { useMe } from '../plans/useMe';
import { OVERSIGHT_COMPLAINTS_PATH } from '../complaints/complaint-paths';
import { oversightAccess, type OversightAccess } from './oversight-access';

const tabClass = ({ isActive }: { isActive: boolean }) => `usa-button ${isActive ? '' : 'usa-button--outline'} margin-right-1`;

/** `/oversight/*`: only for oversight staff; anyone else is told so, and nothing is asked of the server. */
export function OversightArea() {
  const { me, loading } = useMe();
  const location = useLocation();
  if (!me) {
    return loading ? <LoadingStatus /> : null;
  }
  const access = oversightAccess(me.roles);
  if (!access.plans && !access.transparency) return <NotForYou />;
  const transparencyPath = location.pathname.startsWith('/oversight/transparency');
  if (transparencyPath && !access.transparency) return <NotForYou />;
  if (location.pathname.startsWith(OVERSIGHT_COMPLAINTS_PATH) && !access.complaints) return <NotForYou />;
  if (!access.plans && !transparencyPath) return <Navigate to="/oversight/transparency" replace />;
  return (
    <>
      <OversightTabs access={access} />
      <Outlet />
    </>
  );
}

function NotForYou() {
  return (
    <>
      <PageHeading>Oversight</PageHeading>
      <p>This area is for oversight staff.</p>
    </>
  );
}

function OversightTabs({ access }: { access: OversightAccess }) {
  if (!access.plans) return null;
  return (
    <nav aria-label="Oversight" className="margin-bottom-3">
      <NavLink to="/oversight" end className={tabClass}>
        Plans and logs
      </NavLink>
      {access.transparency ? (
        <NavLink to="/oversight/transparency" className={tabClass}>
          Transparency report
        </NavLink>
      ) : null}
      {access.effectiveness ? (
        <NavLink to={OVERSIGHT_EFFECTIVENESS_PATH} className={tabClass}>
          Effectiveness
        </NavLink>
      ) : null}
      {access.complaints ? (
        <NavLink to={OVERSIGHT_COMPLAINTS_PATH} className={tabClass}>
          Complaints
        </NavLink>
      ) : null}
    </nav>
  );
}
