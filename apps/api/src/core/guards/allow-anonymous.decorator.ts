import { SetMetadata } from '@nestjs/common';

export const ALLOW_ANONYMOUS = 'jointops:allowAnonymous';

/** The operation works without a session (sign-in). The guard still runs and still records who called. */
export const AllowAnonymous = () => SetMetadata(ALLOW_ANONYMOUS, true);
