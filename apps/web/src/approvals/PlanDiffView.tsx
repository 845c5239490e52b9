import { groupChanges, type DiffChange, type DiffPlan } from './plan-diff';

const KIND_TAGS = {
  ADDED: { label: 'Added', className: 'bg-success-lighter text-ink' },
  REMOVED: { label: 'Removed', className: 'bg-error-lighter text-ink' },
  UPDATED: { label: 'Changed', className: 'bg-base-lighter text-ink' },
} as const;

/**
 * A readable diff, one list per section. Added and removed items show their label, changed
 * fields their before (struck) and after value; each is named in words ("Before:", "After:")
 * and marked up as <del>/<ins>, so colour is never the only cue. A required checklist item that
 * an agency lead removed or changed says so, with the lead's reason.
 */
export function PlanDiffView({ changes, plan, headingLevel = 'h4' }: { changes: readonly DiffChange[]; plan: DiffPlan; headingLevel?: 'h3' | 'h4' | 'h6' }) {
  const sections = groupChanges(changes, plan);
  const Heading = headingLevel;
  if (sections.length === 0) return <p data-testid="diff-empty">No content changed (only status or approvals).</p>;
  return (
    <div data-testid="plan-diff">
      {sections.map((section) => (
        <section key={section.entityType} aria-label={`Changes to ${section.title}`} className="margin-bottom-2">
          <Heading className="margin-bottom-1 margin-top-2">{section.title}</Heading>
          <ul className="usa-list usa-list--unstyled">
            {section.lines.map((line) => {
              const tag = KIND_TAGS[line.kind];
              return (
                <li key={line.key} className="border-left-05 border-base-lighter padding-left-1 margin-bottom-1 maxw-none" data-kind={line.kind}>
                  <span className={`usa-tag ${tag.className} margin-right-1`}>{tag.label}</span>
                  {line.reason !== null ? (
                    <>
                      {line.kind === 'REMOVED' ? <del className="bg-error-lighter">{line.subject}</del> : <span className="text-bold">{line.subject}</span>}
                      <span data-testid="change-reason"> — {line.reason}</span>
                    </>
                  ) : line.kind === 'ADDED' ? (
                    <ins className="bg-success-lighter text-no-underline">{line.subject}</ins>
                  ) : line.kind === 'REMOVED' ? (
                    <del className="bg-error-lighter">{line.subject}</del>
                  ) : (
                    <>
                      <span className="text-bold">{line.subject}</span>
                      {line.field ? <span> — {line.field}</span> : null}
                      <div className="margin-top-05">
                        <span className="text-italic">Before: </span>
                        <del className="bg-error-lighter">{line.before}</del>
                      </div>
                      <div>
                        <span className="text-italic">After: </span>
                        <ins className="bg-success-lighter text-no-underline">{line.after}</ins>
                      </div>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
