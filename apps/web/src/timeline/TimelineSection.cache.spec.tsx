import { toZonedInput } from '@jointops/domain';
import { useQuery } from '@apollo/client/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddTimelineEventDocument, SectionPlanAfterEditDocument, TimelineSectionDocument } from '@jointops/web-data';
import { renderWithProviders } from '../test/render';
import { TimelineSection } from './TimelineSection';

jest.mock('./TimelineGantt', () => ({ TimelineGantt: () => null }));

const ev = (id: string, title: string, startsAt: string, endsAt: string) => ({
  __typename: 'TimelineEvent',
  id,
  version: 1,
  title,
  phase: 'EXECUTION',
  startsAt,
  endsAt,
  agency: null,
  dependsOnIds: [],
  notes: '',
  actualStartsAt: null,
  actualEndsAt: null,
  place: null,
});

const plan = {
  __typename: 'Plan',
  id: 'p1',
  version: 1,
  revision: 1,
  status: 'DRAFT',
  startsAt: null,
  endsAt: null,
  agencies: [],
  places: [],
  timeline: [ev('e1', 'First', '2027-03-01T10:00:00Z', '2027-03-01T11:00:00Z'), ev('e3', 'Last', '2027-03-01T20:00:00Z', '2027-03-01T21:00:00Z')],
};

/** Reads the plan from the cache the way the workspace does, so cache updates re-render the section. */
function Harness() {
  const { data } = useQuery(TimelineSectionDocument, { variables: { id: 'p1' } });
  return data?.plan ? <TimelineSection plan={data.plan} canEdit me={{ id: 'u', roles: ['PLANNER'], agencyId: 'a' }} /> : null;
}

it('adds an event into the cached timeline in start order, then refreshes readiness', async () => {
  const start = new Date('2027-03-01T15:00:00Z');
  // The form reads times on the plan zone's clocks (New York when no plan provides one).
  const local = (d: Date) => toZonedInput(d, 'America/New_York');
  const added = ev('e2', 'Middle', start.toISOString(), '2027-03-01T16:00:00.000Z');
  const refresh = jest.fn(() => ({ data: { plan: { __typename: 'Plan', id: 'p1', revision: 2, contentHash: 'h', version: 1, status: 'DRAFT', readiness: { __typename: 'Readiness', ready: false, blockerCount: 0, accountabilityBlockers: [], warnings: [] } } } }));
  renderWithProviders(<Harness />, {
    mocks: [
      { request: { query: TimelineSectionDocument, variables: { id: 'p1' } }, result: { data: { plan } } },
      {
        request: {
          query: AddTimelineEventDocument,
          variables: { planId: 'p1', input: { title: 'Middle', phase: 'EXECUTION', startsAt: start.toISOString(), endsAt: '2027-03-01T16:00:00.000Z', agencyId: null, dependsOnIds: [], notes: '' } },
        },
        result: { data: { addTimelineEvent: added } },
      },
      { request: { query: SectionPlanAfterEditDocument, variables: { id: 'p1' } }, result: refresh },
    ],
  });
  fireEvent.click(await screen.findByRole('button', { name: 'Add an event' }));
  const form = await screen.findByRole('form', { name: 'Add a timeline event' });
  fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Middle' } });
  fireEvent.change(within(form).getByLabelText('Phase'), { target: { value: 'EXECUTION' } });
  fireEvent.change(within(form).getByLabelText('Start'), { target: { value: local(start) } });
  fireEvent.change(within(form).getByLabelText('End'), { target: { value: local(new Date('2027-03-01T16:00:00Z')) } });
  fireEvent.click(within(form).getByRole('button', { name: 'Add event' }));

  expect(await screen.findByText('Saved: timeline event added.')).toBeTruthy();
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  expect(rows.map((r) => r.id)).toEqual(['timeline-e1', 'timeline-e2', 'timeline-e3']);
  await waitFor(() => expect(document.activeElement?.id).toBe('timeline-e2'));
  await waitFor(() => expect(refresh).toHaveBeenCalled());
});
