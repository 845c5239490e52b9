import { ErrorCode } from '@jointops/domain';
import { ModuleException } from '../../core/errors/app-exception';

/** The module's codes, grouped by what they answer in the contract's `extensions.code`. */
export class AgencyException extends ModuleException({ [ErrorCode.NOT_FOUND]: ['AGENCY_NOT_FOUND'] }) {}

export const AgencyExceptionCode = AgencyException.codes;
export type AgencyExceptionCode = keyof typeof AgencyExceptionCode;
