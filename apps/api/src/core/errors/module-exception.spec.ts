import { ErrorCode } from '@jointops/domain';
import { AppException, ModuleException } from './app-exception';

class SampleException extends ModuleException({
  [ErrorCode.NOT_FOUND]: ['SAMPLE_NOT_FOUND', 'SAMPLE_ITEM_NOT_FOUND'],
  [ErrorCode.FORBIDDEN]: ['SAMPLE_FORBIDDEN'],
}) {}

describe('ModuleException', () => {
  it('answers each code with the contract code it is grouped under', () => {
    expect(new SampleException('SAMPLE_NOT_FOUND', 'x').contractCode).toBe(ErrorCode.NOT_FOUND);
    expect(new SampleException('SAMPLE_ITEM_NOT_FOUND', 'x').contractCode).toBe(ErrorCode.NOT_FOUND);
    expect(new SampleException('SAMPLE_FORBIDDEN', 'x').contractCode).toBe(ErrorCode.FORBIDDEN);
  });

  it('names each code after itself and keeps the class name, code, message and extensions', () => {
    expect(SampleException.codes).toEqual({ SAMPLE_NOT_FOUND: 'SAMPLE_NOT_FOUND', SAMPLE_ITEM_NOT_FOUND: 'SAMPLE_ITEM_NOT_FOUND', SAMPLE_FORBIDDEN: 'SAMPLE_FORBIDDEN' });
    const error = new SampleException(SampleException.codes.SAMPLE_FORBIDDEN, 'No.', { field: 'x' });
    expect(error).toBeInstanceOf(AppException);
    expect(error.name).toBe('SampleException');
    expect(error.code).toBe('SAMPLE_FORBIDDEN');
    expect(error.message).toBe('No.');
    expect(error.extensions).toEqual({ field: 'x' });
  });
});
