import type { Phase } from '@jointops/web-data';

/** The contract's enum order, which is also the order of an operation. */
export const PHASES: readonly Phase[] = ['PREPARATION', 'BRIEFING', 'EXECUTION', 'DEMOBILIZATION', 'DEBRIEF'];

/** The words are libs/domain's, so the screen and the PDF export say the same. */
export { PHASE_LABELS } from '@jointops/domain';
