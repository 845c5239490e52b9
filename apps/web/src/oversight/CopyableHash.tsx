import { useState } from 'react';

/**
 * A SHA-256 shown short (the first 12 characters) so the table keeps its width, with the full value
 * in the tooltip, for screen readers, and one click away on the clipboard.
 */
export function CopyableHash({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard
      ?.writeText(value)
      .then(() => {
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      })
      .catch(() => undefined);
  };
  return (
    <span className="display-inline-flex flex-align-center text-no-wrap">
      <code title={value} data-hash={value}>
        <span aria-hidden="true">{value.slice(0, 12)}…</span>
        <span className="usa-sr-only">{value}</span>
      </code>
      <button type="button" className="usa-button usa-button--unstyled margin-left-1 font-body-3xs" onClick={copy} aria-label={`Copy ${label}`}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </span>
  );
}
