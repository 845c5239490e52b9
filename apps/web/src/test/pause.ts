import { act } from '@testing-library/react';

/**
 * Waits `ms` inside act, so that whatever answers meanwhile (a mocked request, the session's
 * start-up check) renders as it would in the browser. For specs that show nothing was sent.
 */
export function pause(ms: number): Promise<void> {
  return act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}
