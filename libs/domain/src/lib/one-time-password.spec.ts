import { canonicalOneTimePassword } from './one-time-password';

describe('canonicalOneTimePassword', () => {
  it('reads a one-time password typed in capitals, without dashes or with spaces as the one it stands for', () => {
    for (const typed of ['k7qm-x2pd-9fha-t4wn', 'K7QM-X2PD-9FHA-T4WN', 'k7qmx2pd9fhat4wn', ' k7qm x2pd 9fha t4wn ', 'K7qm-x2Pd 9fhaT4WN']) {
      expect(canonicalOneTimePassword(typed)).toBe('k7qm-x2pd-9fha-t4wn');
    }
  });

  it('leaves anything else as typed: other lengths, characters outside the alphabet, ordinary passwords', () => {
    for (const typed of ['k7qm-x2pd-9fha-t4w', 'k7qm-x2pd-9fha-t4wnx', 'k7qm-x2pd-9fha-t4w1', 'k7qm-x2pd-9fha-t4wO', 'amber-falcon-tide-4821', 'Correct Horse Battery', '']) {
      expect(canonicalOneTimePassword(typed)).toBe(typed);
    }
  });
});
