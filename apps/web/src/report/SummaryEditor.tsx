import { reportSummarySchema } from '@jointops/domain';
import type { AfterActionReportFieldsFragment } from '@jointops/web-data';
import { useSnapshot } from '../plans/useSnapshot';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';

/** The summary's field, for focus from elsewhere on the page. */
export const SUMMARY_FIELD_ID = 'report-summary';
const IDS = { summary: SUMMARY_FIELD_ID };

export interface SummaryEditorProps {
  report: AfterActionReportFieldsFragment;
  /** Saves with the version the editor was opened on. */
  onSave: (summary: string, expectedVersion: number) => Promise<void>;
  onCancel: () => void;
}

/** The report's summary, the text the Lessons page searches once the report is final. */
export function SummaryEditor({ report, onSave, onCancel }: SummaryEditorProps) {
  const opened = useSnapshot(report);
  const form = useSchemaForm<{ summary: string }>(reportSummarySchema, { summary: opened.summary });
  return (
    <PlanItemForm form={form} ids={IDS} label="Edit the summary" headingLevel="h4" autoFocus="summary" submitLabel="Save summary" onSave={({ summary }) => onSave(summary, opened.version)} onCancel={onCancel}>
      <FormTextField name="summary" label="Summary" multiline hint="Key findings and lessons: this text is searchable on the Lessons page once the report is final." />
    </PlanItemForm>
  );
}
