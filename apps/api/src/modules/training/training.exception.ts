import { ErrorCode } from '@jointops/domain';
import { ModuleException } from '../../core/errors/app-exception';

/** The module's codes, grouped by what they answer in the contract's `extensions.code`. */
export class TrainingException extends ModuleException({ [ErrorCode.FORBIDDEN]: ['TRAINING_RECORD_FORBIDDEN', 'TRAINING_READ_FORBIDDEN'] }) {}

export const TrainingExceptionCode = TrainingException.codes;
export type TrainingExceptionCode = keyof typeof TrainingExceptionCode;
