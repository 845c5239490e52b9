import { checkDate, checkEmail, checkList, checkRequiredText, checkTitle, collectViolations, labelOf, LIMITS } from './limits';
import { checkPassword } from './password-policy';

describe('input limits', () => {
  it('requires a title of at most 200 characters and names the field', () => {
    expect(checkTitle('input.title', 'x'.repeat(200))).toBeNull();
    expect(checkTitle('input.title', 'x'.repeat(201))).toEqual({ field: 'input.title', message: 'Title must be at most 200 characters.' });
    expect(checkTitle('input.title', '   ')).toEqual({ field: 'input.title', message: 'Title is required.' });
    expect(checkTitle('input.title', undefined)?.field).toBe('input.title');
  });

  it('caps texts at 20,000 characters', () => {
    expect(checkRequiredText('input.summary', 'y'.repeat(LIMITS.textMax), LIMITS.textMax)).toBeNull();
    expect(checkRequiredText('input.summary', 'y'.repeat(LIMITS.textMax + 1), LIMITS.textMax)?.message).toBe('Summary must be at most 20,000 characters.');
  });

  it('caps lists at 500 items', () => {
    expect(checkList('input.agencyIds', new Array(500).fill('a'))).toBeNull();
    expect(checkList('input.agencyIds', new Array(501).fill('a'))?.message).toBe('Agency ids may hold at most 500 items.');
    expect(checkList('input.agencyIds', null)).toBeNull();
  });

  it('keeps dates in a sane range', () => {
    expect(checkDate('input.startsAt', '2027-03-01T14:00:00Z')).toBeNull();
    expect(checkDate('input.startsAt', '1999-12-31T23:59:59Z')?.message).toMatch(/between 2000 and 2099/);
    expect(checkDate('input.startsAt', '2100-01-01T00:00:00Z')).not.toBeNull();
    expect(checkDate('input.startsAt', 'not a date')?.message).toBe('Starts at is not a valid date.');
  });

  it('checks email shape', () => {
    expect(checkEmail('email', 'dana@ncshp.example')).toBeNull();
    expect(checkEmail('email', 'dana')).not.toBeNull();
    expect(checkEmail('email', '')?.message).toBe('Email is required.');
  });

  it('wants passwords of at least 12 characters that are not on the banned list', () => {
    expect(checkPassword('password', 'eleven-char')?.message).toBe('Password must be at least 12 characters.');
    expect(checkPassword('password', 'Password1234')?.message).toBe('This password is too common. Choose another.');
    expect(checkPassword('password', 'a-good-long-passphrase')).toBeNull();
  });

  it('collects only real violations and labels fields for people', () => {
    expect(collectViolations(null, undefined, { field: 'a', message: 'b' })).toEqual([{ field: 'a', message: 'b' }]);
    expect(labelOf('input.successCriteria')).toBe('Success criteria');
    expect(labelOf('patch.objectiveIds[3]')).toBe('Objective ids');
  });
});
