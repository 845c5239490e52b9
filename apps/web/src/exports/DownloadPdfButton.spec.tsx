import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { DownloadPdfButton } from './DownloadPdfButton';

describe('DownloadPdfButton', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('keeps focus on the button while the PDF is made, ignores a second press, and says so when it fails', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchPdf = jest.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    globalThis.fetch = fetchPdf as unknown as typeof fetch;
    renderWithProviders(<DownloadPdfButton href="/export/plans/p1/plan.pdf" label="Download plan PDF" />);
    const button = screen.getByRole('button', { name: 'Download plan PDF' });
    button.focus();
    fireEvent.click(button);

    const working = await screen.findByRole('button', { name: 'Preparing PDF…' });
    expect(working.getAttribute('aria-disabled')).toBe('true');
    expect(working.hasAttribute('disabled')).toBe(false);
    expect(document.activeElement).toBe(working);
    fireEvent.click(working);
    expect(fetchPdf).toHaveBeenCalledTimes(1);
    expect(fetchPdf).toHaveBeenCalledWith('/export/plans/p1/plan.pdf', { credentials: 'same-origin' });

    await act(async () => answer({ status: 500, ok: false } as Response));
    expect(await screen.findByText('The PDF could not be made. Try again.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Download plan PDF' }));
  });
});
