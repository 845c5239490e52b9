import type { Priority } from '@jointops/web-data';

export const PRIORITIES: readonly Priority[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** The words are libs/domain's, so the screen and the PDF export say the same. */
export { PRIORITY_LABELS } from '@jointops/domain';

export const PRIORITY_CLASSES: Record<Priority, string> = {
  LOW: 'bg-base-lighter text-ink',
  MEDIUM: 'bg-accent-cool-light text-ink',
  HIGH: 'bg-accent-warm-dark',
  CRITICAL: 'bg-secondary-dark',
};
