import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { PageHeading } from '@jointops/ui';
import { LessonsDocument } from '@jointops/web-data';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage as generalErrorMessage } from '../shared/errors';

export const LESSON_KIND_LABELS: Record<string, string> = { STRENGTH: 'Strength', IMPROVEMENT: 'Improvement', SUMMARY: 'Summary' };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with the searched words (and words starting with them) in <mark>. */
export function highlight(text: string, search: string): ReactNode[] {
  const words = search
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
  if (words.length === 0) return [text];
  // Stems: "interpreters" should also mark "interpreter" and "interpreting".
  const stems = words.map((w) => escape(w.length > 5 ? w.slice(0, w.length - 2) : w));
  const pattern = new RegExp(`(\\b(?:${stems.join('|')})[\\p{L}\\p{N}]*)`, 'giu');
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}

/** `/lessons`: full-text search over strengths, improvements and summaries of closed operations. */
export function LessonsPage() {
  const [params, setParams] = useSearchParams();
  const searched = params.get('q') ?? '';
  const [text, setText] = useState(searched);
  const [run, { data, loading, error, called }] = useLazyQuery(LessonsDocument);

  useEffect(() => {
    if (searched.trim()) void run({ variables: { search: searched.trim() } }).catch(() => undefined);
  }, [searched, run]);

  // An emptied search shows nothing, not the answer to the one before.
  const hits = searched.trim() ? (data?.lessons ?? []) : [];
  return (
    <>
      <title>Lessons · JointOps</title>
      <PageHeading lead="Strengths, improvements and report summaries from closed operations you can see, best match first.">Lessons</PageHeading>
      <form
        className="usa-search usa-search--big margin-bottom-3"
        role="search"
        aria-label="Search lessons"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(text.trim() ? { q: text.trim() } : {});
        }}
      >
        <label className="usa-sr-only" htmlFor="lessons-search">
          Search lessons
        </label>
        <input className="usa-input" id="lessons-search" type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. interpreters, radio, staging" />
        <Button type="submit" aria-label="Search">
          <span className="usa-search__submit-text">Search</span>
        </Button>
      </form>
      {error ? (
        <Alert type="error" slim role="alert">
          The search failed. {generalErrorMessage(error)}
        </Alert>
      ) : null}
      <div role="status" aria-live="polite" className="margin-bottom-1">
        {loading ? 'Searching…' : called && searched ? `${hits.length} lesson${hits.length === 1 ? '' : 's'} for “${searched}”.` : ''}
      </div>
      {hits.length ? (
        <ol className="usa-list usa-list--unstyled" aria-label="Lessons, best match first">
          {hits.map((hit, i) => (
            <li key={`${hit.plan.id}-${hit.kind}-${i}`} className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2" data-testid="lesson">
              <span className={`usa-tag ${hit.kind === 'STRENGTH' ? 'bg-green' : hit.kind === 'IMPROVEMENT' ? 'bg-gold text-ink' : 'bg-primary'}`}>{LESSON_KIND_LABELS[hit.kind] ?? hit.kind}</span>
              <p className="margin-y-1" style={{ whiteSpace: 'pre-wrap' }}>
                {highlight(hit.text, searched)}
              </p>
              <Link to={`/plans/${hit.plan.id}/report`}>
                {hit.plan.title} — after-action report<span className="usa-sr-only"> ({LESSON_KIND_LABELS[hit.kind] ?? hit.kind} {i + 1})</span>
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
