import { Button } from '@trussworks/react-uswds';
import { usePlanTime } from '../shared/plan-time';
import { incidentPlace, reportedToText } from './FindingLists';
import { INCIDENT_LABELS, inputOf, OUTCOME_LABELS, type DebriefObjective, type DebriefValues } from './debrief-model';

/** The review step: every answer, each with a "Change" link back to its step. */
export function DebriefReviewList({ values, objectives, onEdit }: { values: DebriefValues; objectives: readonly DebriefObjective[]; onEdit: (step: number) => void }) {
  const time = usePlanTime();
  const input = inputOf(values, objectives, time.zone);
  const base = objectives.length;
  return (
    <dl className="jointops-review jo-user-text">
      {objectives.map((o, i) => {
        const chosen = values.outcomes[o.id];
        return (
          <div key={o.id} className="margin-bottom-2">
            <dt className="text-bold">{o.title}</dt>
            <dd className="margin-left-0">
              {chosen?.outcome ? OUTCOME_LABELS[chosen.outcome] : <span className="text-secondary-dark">No outcome yet</span>}
              {chosen?.notes ? ` — ${chosen.notes}` : ''}{' '}
              <Button type="button" unstyled onClick={() => onEdit(i)} aria-label={`Change the outcome of ${o.title}`}>
                Change
              </Button>
            </dd>
          </div>
        );
      })}
      {(
        [
          ['Incidents', input.incidents?.map((i) => `${INCIDENT_LABELS[i.type]}, ${time.format(i.occurredAt)}${incidentPlace(i.location)}: ${i.description}${reportedToText(i.reportedTo)}`) ?? [], base],
          ['Strengths', input.strengths ?? [], base + 1],
          ['Improvements', input.improvements ?? [], base + 2],
          ['Narrative', input.narrative ? [input.narrative] : [], base + 3],
        ] as const
      ).map(([label, items, stepIndex]) => (
        <div key={label} className="margin-bottom-2">
          <dt className="text-bold">
            {label}{' '}
            <Button type="button" unstyled className="text-normal" onClick={() => onEdit(stepIndex)} aria-label={`Change ${label.toLowerCase()}`}>
              Change
            </Button>
          </dt>
          <dd className="margin-left-0">{items.length ? items.map((item, i) => <div key={i}>{item}</div>) : <span className="text-base-dark">None</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
