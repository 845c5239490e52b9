import { z } from './zod';
import { checkEmail } from '../limits';
import { AgencyLevel } from '../roles';
import { checkRoles } from '../role-combinations';
import { checkedBy, requiredChoice, requiredText, titleText } from './fields';

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
