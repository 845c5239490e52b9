import { CHECKLIST_CATEGORY_LABELS, CHECKLIST_PART, CHECKLIST_STATUS_LABELS } from '@jointops/domain';
import { ChecklistItemFieldsFragmentDoc, type ChecklistItemFieldsFragment } from '@jointops/web-data';
import { quoted, webPlanPart } from '../plans/web-plan-part';

export const checklistWebPart = webPlanPart({
  part: CHECKLIST_PART,
  fragment: ChecklistItemFieldsFragmentDoc,
  fragmentName: 'ChecklistItemFields',
  fieldLabels: { text: 'text', category: 'category', required: 'required flag', citation: 'citation', note: 'note', status: 'status' },
  valueLabels: { category: CHECKLIST_CATEGORY_LABELS, status: CHECKLIST_STATUS_LABELS },
  subject: (item: ChecklistItemFieldsFragment, max) => `the checklist item ${quoted(item.text, max)}`,
  diffName: (item) => item.text,
  focus: {
    kind: 'checklist',
    describe: (items, id) => {
      const item = items.find((c) => c.id === id);
      return item ? `editing the checklist item ${quoted(item.text, 60)}` : 'editing a checklist item';
    },
  },
});
