import { PHASE_LABELS, TIMELINE_PART } from '@jointops/domain';
import { TimelineEventFieldsFragmentDoc, type TimelineEventFieldsFragment } from '@jointops/web-data';
import { quoted, webPlanPart } from '../plans/web-plan-part';

export const timelineWebPart = webPlanPart({
  part: TIMELINE_PART,
  fragment: TimelineEventFieldsFragmentDoc,
  fragmentName: 'TimelineEventFields',
  sortBy: 'startsAt',
  fieldLabels: {
    title: 'title',
    phase: 'phase',
    startsAt: 'start',
    endsAt: 'end',
    agency: 'agency',
    place: 'place',
    dependsOnIds: 'dependencies',
    notes: 'notes',
    actualStartsAt: 'actual start',
    actualEndsAt: 'actual end',
  },
  valueLabels: { phase: PHASE_LABELS },
  subject: (event: TimelineEventFieldsFragment, max) => `the timeline event ${quoted(event.title, max)}`,
  diffName: (event) => event.title,
  focus: {
    kind: 'timeline',
    describe: (events, id) => {
      const event = events.find((t) => t.id === id);
      return event ? `editing the timeline event ${quoted(event.title, 60)}` : 'editing a timeline event';
    },
  },
});
