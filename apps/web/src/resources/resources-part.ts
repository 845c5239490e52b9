import { RESOURCES_PART } from '@jointops/domain';
import { ResourceFieldsFragmentDoc, type ResourceFieldsFragment } from '@jointops/web-data';
import { webPlanPart } from '../plans/web-plan-part';

export const resourcesWebPart = webPlanPart({
  part: RESOURCES_PART,
  fragment: ResourceFieldsFragmentDoc,
  fragmentName: 'ResourceFields',
  fieldLabels: { kind: 'kind', quantity: 'quantity', notes: 'notes', agency: 'agency' },
  subject: (resource: ResourceFieldsFragment) => `the resource commitment ${resource.quantity} × ${resource.kind} for ${resource.agency.shortName}`,
  diffName: (resource) => `${resource.kind} (${resource.agency.shortName})`,
  focus: {
    kind: 'resource',
    describe: (resources, id) => {
      const resource = resources.find((r) => r.id === id);
      return resource ? `editing the resource ${resource.kind} (${resource.agency.shortName})` : 'editing a resource';
    },
  },
});
