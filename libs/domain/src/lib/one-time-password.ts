/**
 * The one-time password an administrator's reset gives a user: 16 characters in four groups of
 * four, "k7qm-x2pd-9fha-t4wn", from letters and digits that cannot be mistaken for one another
 * when read aloud or copied by hand. The web makes it; the API stores and checks it in its
 * canonical form, so the user may type it in capitals, without the dashes or with spaces.
 */
export const ONE_TIME_PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const ONE_TIME_PASSWORD_GROUPS = 4;
export const ONE_TIME_PASSWORD_GROUP_LENGTH = 4;

const LENGTH = ONE_TIME_PASSWORD_GROUPS * ONE_TIME_PASSWORD_GROUP_LENGTH;
const ONLY_ALPHABET = new RegExp(`^[${ONE_TIME_PASSWORD_ALPHABET}]{${LENGTH}}$`);

/**
 * What was typed, as the one-time password it stands for: lower case, in dashed groups of four,
 * when it is one typed another way (capitals, no dashes, spaces); anything else unchanged.
 */
export function canonicalOneTimePassword(typed: string): string {
  const characters = typed.replace(/[\s-]/g, '').toLowerCase();
  if (!ONLY_ALPHABET.test(characters)) return typed;
  const groups: string[] = [];
  for (let at = 0; at < LENGTH; at += ONE_TIME_PASSWORD_GROUP_LENGTH) groups.push(characters.slice(at, at + ONE_TIME_PASSWORD_GROUP_LENGTH));
  return groups.join('-');
}
