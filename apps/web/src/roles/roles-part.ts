import { ROLES_PART } from '@jointops/domain';
import { RoleFieldsFragmentDoc, type RoleFieldsFragment } from '@jointops/web-data';
import { webPlanPart } from '../plans/web-plan-part';

export const rolesWebPart = webPlanPart({
  part: ROLES_PART,
  fragment: RoleFieldsFragmentDoc,
  fragmentName: 'RoleFields',
  fieldLabels: { title: 'title', responsibilities: 'responsibilities', assignee: 'assignee', agency: 'agency', objectives: 'objectives', place: 'place' },
  subject: (role: RoleFieldsFragment) => `the role ${role.title} for ${role.agency.shortName}`,
  diffName: (role) => `${role.title} (${role.agency.shortName})`,
  focus: {
    kind: 'role',
    describe: (roles, id) => {
      const role = roles.find((r) => r.id === id);
      return role ? `editing the role ${role.title} (${role.agency.shortName})` : 'editing a role';
    },
  },
});
