import { SetMetadata } from '@nestjs/common';
import type { Role } from '@jointops/domain';

export const REQUIRED_ROLES = 'jointops:requiredRoles';

/** The caller must hold at least one of these roles (checked by SessionGuard). */
export const RequireRoles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
