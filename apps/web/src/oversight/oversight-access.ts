import { Role } from '@jointops/domain';

export interface OversightAccess {
  /** Every plan, its log, verification and access log: OVERSIGHT. */
  plans: boolean;
  /** The aggregate transparency report: OVERSIGHT and agency leads. */
  transparency: boolean;
}

/** Who sees the Oversight area (docs/architecture.md#permissions): oversight everything, agency leads the transparency report. */
export function oversightAccess(roles: readonly string[]): OversightAccess {
  const oversight = roles.includes(Role.OVERSIGHT);
  return { plans: oversight, transparency: oversight || roles.includes(Role.AGENCY_LEAD) };
}

/** Where the primary "Oversight" link goes, or null when it is not shown. */
export function oversightHome(roles: readonly string[]): string | null {
  const access = oversightAccess(roles);
  if (access.plans) return '/oversight';
  return access.transparency ? '/oversight/transparency' : null;
}
