import type { DebriefFieldsFragment } from '@jointops/web-data';
import { usePlanTime } from '../shared/plan-time';
import { OUTCOME_LABELS } from './debrief-model';
import { IncidentList, TextList } from './FindingLists';

/** A debrief read-only (submitted, or someone else's). */
export function DebriefView({ debrief }: { debrief: DebriefFieldsFragment }) {
  const time = usePlanTime();
  return (
    <div className="jointops-debrief-view jo-user-text">
      <p className="font-body-xs text-base-dark">
        {debrief.author.displayName} · {debrief.agency.shortName} ·{' '}
        {debrief.status === 'SUBMITTED' && debrief.submittedAt ? (
          <>
            submitted <time dateTime={debrief.submittedAt}>{time.format(debrief.submittedAt)}</time>
          </>
        ) : (
          'draft'
        )}
      </p>
      <h4>Objective outcomes</h4>
      <ul className="usa-list">
        {debrief.outcomes.map((o) => (
          <li key={o.objective.id}>
            <span className="text-bold">{o.objective.title}:</span> {OUTCOME_LABELS[o.outcome]}
            {o.notes ? ` — ${o.notes}` : ''}
          </li>
        ))}
      </ul>
      <h4>Incidents</h4>
      <IncidentList incidents={debrief.incidents} />
      <h4>Strengths</h4>
      <TextList items={debrief.strengths} />
      <h4>Improvements</h4>
      <TextList items={debrief.improvements} />
      <h4>Narrative</h4>
      <p>{debrief.narrative || 'None.'}</p>
    </div>
  );
}
