import { amrShowsSecondFactor, isSsoFailure } from './single-sign-on';

describe('amrShowsSecondFactor', () => {
  it.each([
    [['pwd', 'mfa'], true],
    [['pwd', 'otp'], true],
    [['hwk'], true],
    [['MFA'], true],
    [['pwd'], false],
    [['pwd', 'pin', 'kba'], false],
    [['pwd', 'sms'], false],
    [[], false],
    [undefined, false],
    ['mfa', false],
    [[1, null], false],
  ])('%j -> %s', (amr, expected) => {
    expect(amrShowsSecondFactor(amr)).toBe(expected);
  });
});

describe('isSsoFailure', () => {
  it('knows the keys the sign-in page explains, and nothing else', () => {
    expect(isSsoFailure('unverified-email')).toBe(true);
    expect(isSsoFailure('no-account')).toBe(true);
    expect(isSsoFailure('something')).toBe(false);
    expect(isSsoFailure(null)).toBe(false);
  });
});
