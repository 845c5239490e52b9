import { useQuery } from '@apollo/client/react';
import { ReportDebriefsOutstandingDocument } from '@jointops/web-data';

/**
 * How many debriefs the plan's report is still without: members who owe one and have not
 * submitted it, and drafts (AfterActionReport.debriefsOutstanding). Null until known, or without a
 * report. A live debrief event drops the cached count, and this reads it again. `skip` while the
 * report cannot take debriefs any more (or not yet): it asks nothing then.
 */
export function useDebriefsOutstanding(planId: string, { skip = false }: { skip?: boolean } = {}): number | null {
  const { data } = useQuery(ReportDebriefsOutstandingDocument, { variables: { id: planId }, skip });
  return data?.plan?.afterActionReport?.debriefsOutstanding ?? null;
}

/**
 * "1 debrief is not submitted yet …" / "3 debriefs are not submitted yet …", drafts included; with
 * `finalizing`, for the question before finalizing, what finalizing does to them.
 */
export function debriefsOutstandingSentence(count: number, { finalizing = false }: { finalizing?: boolean } = {}): string {
  const [they, are] = count === 1 ? ['it', 'is'] : ['they', 'are'];
  const sentence = `${count} ${count === 1 ? 'debrief' : 'debriefs'} ${are} not submitted yet (drafts included), so ${they} ${are} not in this report.`;
  return finalizing ? `${sentence} After finalizing, ${they} can no longer be submitted.` : sentence;
}
