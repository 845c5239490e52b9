import type { Phase } from '@jointops/web-data';

/** The contract's enum order, which is also the order of an operation. */
export const PHASES: readonly Phase[] = ['PREPARATION', 'BRIEFING', 'EXECUTION', 'DEMOBILIZATION', 'DEBRIEF'];

export const PHASE_LABELS: Record<Phase, string> = {
  PREPARATION: 'Preparation',
  BRIEFING: 'Briefing',
  EXECUTION: 'Execution',
  DEMOBILIZATION: 'Demobilization',
  DEBRIEF: 'Debrief',
};
