import type { Priority } from '@jointops/web-data';

export const PRIORITIES: readonly Priority[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

export const PRIORITY_LABELS: Record<Priority, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' };

export const PRIORITY_CLASSES: Record<Priority, string> = {
  LOW: 'bg-base-lighter text-ink',
  MEDIUM: 'bg-accent-cool-light text-ink',
  HIGH: 'bg-accent-warm-dark',
  CRITICAL: 'bg-secondary-dark',
};
