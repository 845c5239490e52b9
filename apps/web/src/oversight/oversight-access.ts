import { mayReadTransparencyReport, Role } from '@jointops/domain';

export interface OversightAccess {
  /** Every plan, its log, verification and access log: OVERSIGHT. */
  plans: boolean;
  /** The transparency report's exact figures: the API's rule (OVERSIGHT only), from libs/domain. */
  transparency: boolean;
}

/** Who sees the Oversight area: oversight staff. Agency leads no longer read the exact figures. */
export function oversightAccess(roles: readonly string[]): OversightAccess {
  return { plans: roles.includes(Role.OVERSIGHT), transparency: mayReadTransparencyReport(roles) };
}

/** Where the primary "Oversight" link goes, or null when it is not shown. */
export function oversightHome(roles: readonly string[]): string | null {
  const access = oversightAccess(roles);
  if (access.plans) return '/oversight';
  return access.transparency ? '/oversight/transparency' : null;
}
