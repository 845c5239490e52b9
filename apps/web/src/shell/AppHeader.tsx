import { useQuery } from '@apollo/client/react';
import { readsPlans } from '@jointops/domain';
import { MeDocument } from '@jointops/web-data';
import { Link, NavLink, useLocation } from 'react-router';
import { AccountabilityNav } from './AccountabilityNav';
import { useSession } from '../auth/session';
import { isAdmin } from '../admin/admin-model';
import { HelpLink } from '../help/HelpLink';
import { hasMyWork, MY_WORK_PATH } from '../my-work/landing';
import { oversightHome } from '../oversight/oversight-access';
import { NotificationBell } from '../notifications/NotificationBell';
import { useNotificationsLive } from '../notifications/useNotificationsLive';
import { AccountMenu } from './AccountMenu';
import { Header, NavMenuButton, PrimaryNav, Title } from '../shared/uswds-markup';
import { useMobileNav } from './useMobileNav';

const NAV_ID = 'primary-navigation';

const navLinkClass = ({ isActive }: { isActive: boolean }) => `usa-nav__link${isActive ? ' usa-current' : ''}`;

/**
 * The signed-in header: product name, primary navigation, the notifications bell, Help and the
 * account menu. Below the desktop breakpoint it all folds into the Menu button, except the bell,
 * which stays in the bar. A session that must change its password sees no
 * navigation: nothing but that page is open to it.
 */
export function AppHeader() {
  const { data } = useQuery(MeDocument);
  const { mustChangePassword, restricted: mustEnroll } = useSession();
  // A session confined to one page (a new password, or a second factor to set up) has no navigation.
  const confined = mustChangePassword || mustEnroll;
  const nav = useMobileNav(NAV_ID);
  const location = useLocation();
  // The bell's count and any cached notification list stay current while the header is shown.
  useNotificationsLive(!confined);

  const me = data?.me;
  const oversightPath = me ? oversightHome(me.roles) : null;
  const items = confined
    ? []
    : [
        ...(me && hasMyWork(me)
          ? [
              <NavLink key="my-work" to={MY_WORK_PATH} className={navLinkClass}>
                <span>My work</span>
              </NavLink>,
            ]
          : []),
        // An administrator alone is in no plan: no list that could only ever be empty.
        ...(me && readsPlans({ roles: me.roles })
          ? [
              <NavLink key="plans" to="/plans" className={navLinkClass}>
                <span>Plans</span>
              </NavLink>,
            ]
          : []),
        <AccountabilityNav key="accountability" />,
        ...(oversightPath
          ? [
              <NavLink key="oversight" to={oversightPath} className={() => navLinkClass({ isActive: location.pathname.startsWith('/oversight') })}>
                <span>Oversight</span>
              </NavLink>,
            ]
          : []),
        ...(me && isAdmin(me.roles)
          ? [
              <NavLink key="admin" to="/admin" className={navLinkClass}>
                <span>Administration</span>
              </NavLink>,
            ]
          : []),
      ];

  return (
    <Header showMobileOverlay={nav.expanded} onOverlayClick={nav.close}>
      <div className="usa-nav-container">
        <div className="usa-navbar">
          <Title>
            <Link to="/" title="JointOps home" aria-label="JointOps home">
              JointOps
            </Link>
          </Title>
          {confined ? null : <NotificationBell placement="bar" />}
          <NavMenuButton ref={nav.menuButton} onClick={nav.toggle} label="Menu" aria-expanded={nav.expanded} aria-controls={NAV_ID} />
        </div>
        <PrimaryNav
          id={NAV_ID}
          aria-label="Primary navigation"
          mobileExpanded={nav.expanded}
          onToggleMobileNav={nav.close}
          items={items}
        >
          <div className="jo-header-end">
            {confined ? null : <NotificationBell placement="nav" />}
            {mustChangePassword ? null : <HelpLink className="usa-link jo-header-end__help" />}
            <AccountMenu me={me} restricted={confined} />
          </div>
        </PrimaryNav>
      </div>
    </Header>
  );
}
