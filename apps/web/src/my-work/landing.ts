import { myWorkLists } from '@jointops/domain';
import { isAdmin } from '../admin/admin-model';
import { oversightHome } from '../oversight/oversight-access';

/** The My work page. `/` sends each user to their landing page (landingPath). */
export const MY_WORK_PATH = '/home';

export interface LandingUser {
  id: string;
  roles: readonly string[];
  agency: { id: string };
}

/** What the My work page can list for this user (the API's rule, libs/domain my-work.ts). */
export function myWorkListsOf(user: LandingUser) {
  return myWorkLists({ id: user.id, roles: user.roles, agencyId: user.agency.id });
}

/** Whether the user has a My work page at all: ADMIN alone and OVERSIGHT have nothing to do on plans. */
export function hasMyWork(user: LandingUser): boolean {
  return Object.values(myWorkListsOf(user)).some(Boolean);
}

/** Where a user lands after signing in and on `/`: administration, the oversight area, or My work. */
export function landingPath(user: LandingUser): string {
  if (isAdmin(user.roles)) return '/admin';
  const oversight = oversightHome(user.roles);
  if (oversight && !hasMyWork(user)) return oversight;
  return hasMyWork(user) ? MY_WORK_PATH : '/plans';
}
