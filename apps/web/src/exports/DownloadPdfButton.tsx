import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useSession } from '../auth/session';

export interface DownloadPdfButtonProps {
  /** e.g. `/export/plans/<id>/plan.pdf` */
  href: string;
  label: string;
}

/**
 * The PDF is fetched (with the session cookie, same origin) rather than linked, so the page can
 * show progress while the server builds it and say so when it fails, then handed to the browser
 * as a download.
 */
export function DownloadPdfButton({ href, label }: DownloadPdfButtonProps) {
  const { endSession } = useSession();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');

  const download = async () => {
    if (state === 'working') return;
    setState('working');
    try {
      const response = await fetch(href, { credentials: 'same-origin' });
      if (response.status === 401) return void endSession('expired');
      if (!response.ok) throw new Error(String(response.status));
      const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'jointops.pdf';
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className="display-inline-flex flex-align-center">
      {/* aria-disabled, not disabled: a disabled button loses focus, and the person would land on the page's start. */}
      <Button type="button" outline onClick={() => void download()} aria-disabled={state === 'working'} aria-busy={state === 'working'}>
        {state === 'working' ? 'Preparing PDF…' : label}
      </Button>
      <span role="status" className="margin-left-1 font-body-2xs">
        {state === 'failed' ? 'The PDF could not be made. Try again.' : ''}
      </span>
    </span>
  );
}
