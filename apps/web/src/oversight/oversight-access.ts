import { can } from '@jointops/domain';

export interface OversightAccess {
  /** Every plan, its log, verification and access log. */
  plans: boolean;
  /** The transparency report's exact figures. */
  transparency: boolean;
  /** The effectiveness dashboard over every operation (agency leads read theirs at /effectiveness). */
  effectiveness: boolean;
  /** Complaints from the public: read and handle them. */
  complaints: boolean;
}

/** Who sees the Oversight area, from `can` in libs/domain (the API's rules): oversight staff. */
export function oversightAccess(roles: readonly string[]): OversightAccess {
  return {
    plans: can({ roles }, 'plan.readAll'),
    transparency: can({ roles }, 'transparency.read'),
    effectiveness: can({ roles }, 'effectiveness.read'),
    complaints: can({ roles }, 'complaint.handle'),
  };
}

/** Where the primary "Oversight" link goes, or null when it is not shown. */
export function oversightHome(roles: readonly string[]): string | null {
  const access = oversightAccess(roles);
  if (access.plans) return '/oversight';
  return access.transparency ? '/oversight/transparency' : null;
}
