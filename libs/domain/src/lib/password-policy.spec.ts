import { checkPassword, DEMO_PASSWORD, isRepetition, isSequence, PASSWORD_MESSAGES } from './password-policy';

const message = (value: string, options = {}) => checkPassword('input.password', value, options)?.message ?? null;

describe('password policy (NIST SP 800-63B)', () => {
  it('wants 12 to 256 characters and names the field', () => {
    expect(checkPassword('input.password', 'eleven-char')).toEqual({ field: 'input.password', message: PASSWORD_MESSAGES.tooShort });
    expect(message('')).toBe(PASSWORD_MESSAGES.tooShort);
    expect(checkPassword('input.password', null)?.message).toBe(PASSWORD_MESSAGES.tooShort);
    expect(message('x7'.repeat(129))).toBe(PASSWORD_MESSAGES.tooLong);
  });

  it.each([
    'correct-horse-battery-staple',
    'a-good-long-passphrase',
    'a-long-enough-passphrase',
    'a-long-enough-password',
    'a-long-production-passphrase',
    'long enough passphrase',
    'it-admin-passphrase',
    'Tr0ub4dor&3-horse-staple',
    'my cat eats 3 lemons',
    'Kx9#mQ2$vL7!',
    'zaq1-quiet-otter-lamp',
  ])('accepts %j, with no composition rules', (value) => {
    expect(message(value)).toBeNull();
  });

  it.each(['111111111111', ' '.repeat(12), '\t'.repeat(6) + ' '.repeat(6), 'aaaaaaaaaaaa', 'passwordpassword', 'abcabcabcabc', 'qwertyqwertyq', 'letmeinletmein'])(
    'refuses the repetition %j',
    (value) => {
      expect(message(value)).toBe(PASSWORD_MESSAGES.pattern);
    },
  );

  it.each(['123456789012', '234567890123', '987654321098', 'abcdefghijkl', 'zyxwvutsrqpo', 'qwertyuiopas', 'asdfghjklzxc', '1qaz2wsx3edc4rfv', 'acegikmoqsuw', 'QWERTYUIOPAS'])(
    'refuses the sequence %j',
    (value) => {
      expect(message(value)).toBe(PASSWORD_MESSAGES.pattern);
    },
  );

  it.each([
    'Password1234',
    'password12345678',
    'P@ssw0rd1234',
    'football2024!',
    '1234sunshine',
    'administrator',
    'iloveyou1234',
    'monkeydragon',
    'dragon123456789',
    'jointops1234',
    'Jointops2026',
    'letmein123456',
    'superman12345',
    'Trustno1!2024',
    '!!Shadow2023',
    'qwerty123456',
  ])('refuses the common or breached password %j', (value) => {
    expect(message(value)).toBe(PASSWORD_MESSAGES.common);
  });

  it('refuses the public demo password and its variants unless the demo seed asks for it', () => {
    expect(message(DEMO_PASSWORD)).toBe(PASSWORD_MESSAGES.demo);
    expect(message('JointOps-Demo-2026')).toBe(PASSWORD_MESSAGES.demo);
    expect(message('jointops demo 2026!')).toBe(PASSWORD_MESSAGES.demo);
    expect(message(DEMO_PASSWORD, { allowDemoPassword: true })).toBeNull();
    expect(message('JointOps-Demo-2026', { allowDemoPassword: true })).toBe(PASSWORD_MESSAGES.demo);
  });

  it('tells repetitions and sequences apart from ordinary text', () => {
    expect(isRepetition('abab')).toBe(true);
    expect(isRepetition('abcabca')).toBe(true);
    expect(isRepetition('abcab')).toBe(false);
    expect(isRepetition('abcd')).toBe(false);
    expect(isSequence('7890123')).toBe(true);
    expect(isSequence('ba')).toBe(false);
    expect(isSequence('horse')).toBe(false);
  });
});
