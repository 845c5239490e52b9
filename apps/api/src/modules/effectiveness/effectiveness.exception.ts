import { ErrorCode } from '@jointops/domain';
import { ModuleException } from '../../core/errors/app-exception';

/** The effectiveness module's codes, grouped by what they answer in the contract's `extensions.code`. */
export class EffectivenessException extends ModuleException({ [ErrorCode.FORBIDDEN]: ['EFFECTIVENESS_FORBIDDEN'] }) {
  static forbidden(message: string): EffectivenessException {
    return new EffectivenessException('EFFECTIVENESS_FORBIDDEN', message);
  }
}
