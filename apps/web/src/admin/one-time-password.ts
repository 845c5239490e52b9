import { ONE_TIME_PASSWORD_ALPHABET as ALPHABET, ONE_TIME_PASSWORD_GROUP_LENGTH as GROUP_LENGTH, ONE_TIME_PASSWORD_GROUPS as GROUPS } from '@jointops/domain';
import { checkPassword } from '@jointops/domain/passwords';

/**
 * A one-time password for an administrator's reset (its form: `@jointops/domain`'s
 * one-time-password): 16 random characters (about 79 bits) in groups of four,
 * "k7qm-x2pd-9fha-t4wn", held to the same password policy as any other.
 */
export function oneTimePassword(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  for (;;) {
    const groups: string[] = [];
    for (let g = 0; g < GROUPS; g++) {
      let group = '';
      while (group.length < GROUP_LENGTH) {
        const [byte] = random(new Uint8Array(1));
        // Rejection sampling keeps every character equally likely.
        if (byte! < ALPHABET.length * Math.floor(256 / ALPHABET.length)) group += ALPHABET[byte! % ALPHABET.length];
      }
      groups.push(group);
    }
    const password = groups.join('-');
    if (checkPassword('temporaryPassword', password) === null) return password;
  }
}
