import { useEffect } from 'react';
import { usePresenceContext } from './presence-context';

/** While mounted with a non-null `focus` (an open edit form), tells the others what you are editing. */
export function useReportFocus(focus: string | null): void {
  const { reportFocus } = usePresenceContext();
  useEffect(() => (focus ? reportFocus(focus) : undefined), [focus, reportFocus]);
}
