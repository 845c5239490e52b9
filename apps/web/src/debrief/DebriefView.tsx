import type { DebriefFieldsFragment } from '@jointops/web-data';
import { formatDateTime } from '../timeline/time';
import { INCIDENT_LABELS, OUTCOME_LABELS } from './debrief-model';

/** A debrief read-only (submitted, or someone else's). */
export function DebriefView({ debrief }: { debrief: DebriefFieldsFragment }) {
  return (
    <div className="jointops-debrief-view">
      <p className="font-body-xs text-base-dark">
        {debrief.author.displayName} · {debrief.agency.shortName} ·{' '}
        {debrief.status === 'SUBMITTED' && debrief.submittedAt ? (
          <>
            submitted <time dateTime={debrief.submittedAt}>{formatDateTime(debrief.submittedAt)}</time>
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
      {debrief.incidents.length ? (
        <ul className="usa-list">
          {debrief.incidents.map((i, n) => (
            <li key={n}>
              <span className="text-bold">{INCIDENT_LABELS[i.type]}</span>, <time dateTime={i.occurredAt}>{formatDateTime(i.occurredAt)}</time>: {i.description}
              {i.reportedTo ? ` (reported to ${i.reportedTo})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
      <h4>Strengths</h4>
      {debrief.strengths.length ? (
        <ul className="usa-list">
          {debrief.strengths.map((s, n) => (
            <li key={n}>{s}</li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
      <h4>Improvements</h4>
      {debrief.improvements.length ? (
        <ul className="usa-list">
          {debrief.improvements.map((s, n) => (
            <li key={n}>{s}</li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
      <h4>Narrative</h4>
      <p style={{ whiteSpace: 'pre-wrap' }}>{debrief.narrative || 'None.'}</p>
    </div>
  );
}
