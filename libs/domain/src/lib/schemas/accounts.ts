import { z } from './zod';
import { checkEmail } from '../limits';
import { AgencyLevel } from '../roles';
import { checkRoles } from '../role-combinations';
import { checkedBy, patchOf, requiredChoice, requiredText, titleText } from './fields';

/**
 * The input rules of agencies and accounts, for the administrator's forms and the API. The
 * password rule is apart, in `@jointops/domain/passwords` (its dictionary is large): `accountSchema`
 * there adds it to these fields.
 */

/** The longest short name of an agency ("WCSO"). */
export const AGENCY_SHORT_NAME_MAX = 32;

export const agencySchema = z.object({
  name: titleText('Name'),
  shortName: requiredText('Short name', AGENCY_SHORT_NAME_MAX),
  level: z.enum(AgencyLevel, { error: 'Choose a level.' }),
});

/** An account's fields but its password, in the order the API names its refusals. */
export const accountFields = {
  email: checkedBy(z.string().nullish(), checkEmail),
  displayName: titleText('Display name'),
  roles: checkedBy(z.array(z.string()).nullish(), checkRoles),
  agencyId: requiredChoice('Choose an agency.'),
};

/** An administrator's edit of an account (the web form: every field as it should be). */
export const accountEditSchema = z.object({
  displayName: accountFields.displayName,
  agencyId: accountFields.agencyId,
  roles: accountFields.roles,
});

/** `updateUser`'s patch: a field left out or null stays as it is; fields given follow the same rules. */
export const accountPatchSchema = z.object(patchOf({ displayName: accountFields.displayName, roles: accountFields.roles, agencyId: accountFields.agencyId }));
