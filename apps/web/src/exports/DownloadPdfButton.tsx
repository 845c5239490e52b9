import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useSession } from '../auth/session';

export interface DownloadPdfButtonProps {
  /** e.g. `/export/plans/<id>/plan.pdf` */
  href: string;
  label: string;
}

/**
 * Exports need the bearer token, so the PDF is fetched rather than linked, then handed to the
 * browser as a download. Shows progress while the server builds it.
 */
export function DownloadPdfButton({ href, label }: DownloadPdfButtonProps) {
  const { getToken, endSession } = useSession();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');

  const download = async () => {
    setState('working');
    try {
      const response = await fetch(href, { headers: { authorization: `Bearer ${getToken() ?? ''}` } });
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
      <Button type="button" outline onClick={() => void download()} disabled={state === 'working'} aria-busy={state === 'working'}>
        {state === 'working' ? 'Preparing PDF…' : label}
      </Button>
      <span role="status" className="margin-left-1 font-body-2xs">
        {state === 'failed' ? 'The PDF could not be made. Try again.' : ''}
      </span>
    </span>
  );
}
