import { ErrorCode } from '@jointops/domain';
import { ModuleException } from '../../core/errors/app-exception';

/** The complaints module's codes, grouped by what they answer in the contract's `extensions.code`. */
export class ComplaintException extends ModuleException({
  [ErrorCode.NOT_FOUND]: ['COMPLAINT_NOT_FOUND'],
  [ErrorCode.INVALID_STATE]: ['COMPLAINT_MOVE_REFUSED'],
  [ErrorCode.RATE_LIMITED]: ['COMPLAINT_RATE_LIMITED'],
}) {
  static notFound(): ComplaintException {
    return new ComplaintException('COMPLAINT_NOT_FOUND', 'Complaint not found.', { entity: 'Complaint' });
  }

  static move(message: string, status: string): ComplaintException {
    return new ComplaintException('COMPLAINT_MOVE_REFUSED', message, { status, field: 'patch.status' });
  }

  static rateLimited(retryAfterSeconds: number): ComplaintException {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    return new ComplaintException('COMPLAINT_RATE_LIMITED', `Too many complaints from this connection. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, { retryAfterSeconds });
  }
}
