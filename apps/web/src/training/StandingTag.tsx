import type { TrainingStanding } from '@jointops/domain';
import { STANDING_LABELS, STANDING_TAG_CLASSES } from './training-model';

/** A standing as a USWDS tag: the word carries it, the colour only repeats it. */
export function StandingTag({ standing }: { standing: TrainingStanding }) {
  return (
    <span className={`usa-tag ${STANDING_TAG_CLASSES[standing]}`} data-standing={standing}>
      {STANDING_LABELS[standing]}
    </span>
  );
}
