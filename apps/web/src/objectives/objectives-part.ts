import { OBJECTIVES_PART, PRIORITY_LABELS } from '@jointops/domain';
import { ObjectiveFieldsFragmentDoc, type ObjectiveFieldsFragment } from '@jointops/web-data';
import { quoted, webPlanPart } from '../plans/web-plan-part';

export const objectivesWebPart = webPlanPart({
  part: OBJECTIVES_PART,
  fragment: ObjectiveFieldsFragmentDoc,
  fragmentName: 'ObjectiveFields',
  sortBy: 'position',
  fieldLabels: { title: 'title', description: 'description', successCriteria: 'success criteria', priority: 'priority' },
  valueLabels: { priority: PRIORITY_LABELS },
  subject: (objective: ObjectiveFieldsFragment, max) => `Objective ${objective.position + 1} ${quoted(objective.title, max)}`,
  diffName: (objective) => objective.title,
  focus: {
    kind: 'objective',
    describe: (objectives, id) => {
      const ordered = [...objectives].sort((a, b) => a.position - b.position);
      const index = ordered.findIndex((o) => o.id === id);
      return index < 0 ? 'editing an objective' : `editing Objective ${index + 1} ${quoted(ordered[index]!.title, 60)}`;
    },
  },
});
