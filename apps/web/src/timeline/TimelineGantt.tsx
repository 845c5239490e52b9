import { Gantt, Willow, type IApi } from '@svar-ui/react-gantt';
import '@svar-ui/react-gantt/all.css';
import './timeline.css';
import type { TimelineEventFieldsFragment } from '@jointops/web-data';
import type { PlaceRef } from '../shared/place-ref';
import { useCallback, useMemo, useRef } from 'react';
import { ganttLinks, ganttRange, ganttTasksOnZoneClock, onZoneClock, outsideWindow } from './gantt-data';

export interface TimelineGanttProps {
  events: readonly TimelineEventFieldsFragment[];
  /** The plan's places by id: an event's row names its place. */
  places?: ReadonlyMap<string, PlaceRef>;
  windowStart: string | null;
  windowEnd: string | null;
  /** The plan's IANA zone: the chart's day and hour scales follow its clocks. */
  zone: string;
}

function eventsOnZoneClock(events: readonly TimelineEventFieldsFragment[], zone: string): TimelineEventFieldsFragment[] {
  return events.map((e) => ({
    ...e,
    startsAt: onZoneClock(e.startsAt, zone),
    endsAt: onZoneClock(e.endsAt, zone),
    actualStartsAt: onZoneClock(e.actualStartsAt, zone),
    actualEndsAt: onZoneClock(e.actualEndsAt, zone),
  }));
}

const ROW = 34;
const SCALE = 30;
/** The chart's box is at most this tall (px); a longer timeline scrolls inside it. */
export const GANTT_VIEW_HEIGHT = 600;
const SCROLLBAR = 16;
const GRID_WIDTH = 180;
const COLUMNS = [{ id: 'text', header: 'Event', flexgrow: 1 }];

/**
 * A read-only Gantt chart (SVAR React Gantt) of the timeline: one summary row per phase, planned
 * bars, finish-to-start arrows, and the hours outside the plan window shaded. Hidden from assistive
 * technology: the table beside it carries the same information.
 *
 * The box scrolls both ways (pointer, or arrow keys once focused) over a spacer as large as the
 * whole chart; the chart itself stays in view (sticky) at the box's height and is told where the
 * box scrolled to, so SVAR lays out only the rows in view, not every event of a long timeline.
 */
export function TimelineGantt({ events: planEvents, places, windowStart: planStart, windowEnd: planEnd, zone }: TimelineGanttProps) {
  const events = useMemo(() => eventsOnZoneClock(planEvents, zone), [planEvents, zone]);
  const windowStart = onZoneClock(planStart, zone);
  const windowEnd = onZoneClock(planEnd, zone);
  const tasks = useMemo(() => ganttTasksOnZoneClock(events, zone, places && ((id: string) => places.get(id)?.name)), [events, places, zone]);
  const links = useMemo(() => ganttLinks(events), [events]);
  const range = useMemo(() => ganttRange(events, windowStart, windowEnd), [events, windowStart, windowEnd]);
  const highlight = useMemo(() => outsideWindow(windowStart, windowEnd), [windowStart, windowEnd]);
  // The whole chart's height; the box shows at most GANTT_VIEW_HEIGHT of it, plus its scrollbar.
  const height = tasks.length * ROW + 2 * SCALE + 24;
  const viewHeight = Math.min(height, GANTT_VIEW_HEIGHT);
  const api = useRef<IApi | null>(null);
  const box = useRef<HTMLDivElement>(null);
  // The inert chart cannot scroll itself: it follows the box (SVAR renders the rows in its area).
  const follow = useCallback(() => {
    if (api.current && box.current) void api.current.exec('scroll-chart', { top: box.current.scrollTop });
  }, []);
  const init = useCallback(
    (ganttApi: IApi) => {
      api.current = ganttApi;
      follow();
    },
    [follow],
  );

  return (
    // The box scrolls; the chart inside is inert (no focus stops, hidden from assistive technology).
    <div
      ref={box}
      className="jointops-gantt border-1px border-base-lighter"
      style={{ height: viewHeight + SCROLLBAR, overflow: 'auto' }}
      data-testid="timeline-gantt"
      role="region"
      aria-label="Gantt chart, a picture of the timeline table; scroll it with the arrow keys"
      tabIndex={0}
      onScroll={follow}
    >
      <div style={{ width: '100%', minWidth: range.width + GRID_WIDTH + 4, height }}>
        <div aria-hidden="true" inert className="jointops-gantt__view" style={{ position: 'sticky', top: 0, height: viewHeight }}>
        <Willow fonts={false}>
          <Gantt
            key={`${range.lengthUnit}:${range.scales[1]?.step ?? 1}`}
            tasks={tasks}
            links={links}
            scales={range.scales}
            start={range.start}
            end={range.end}
            lengthUnit={range.lengthUnit}
            durationUnit="hour"
            cellWidth={range.cellWidth}
            cellHeight={ROW}
            scaleHeight={SCALE}
            columns={COLUMNS}
            gridWidth={GRID_WIDTH}
            readonly
            init={init}
            {...(highlight ? { highlightTime: highlight } : {})}
          />
        </Willow>
        </div>
      </div>
    </div>
  );
}
