import { render, screen, within } from '@testing-library/react';
import { BLOCKER_FIX_LABELS } from '@jointops/domain';
import { MemoryRouter } from 'react-router';
import { ReadinessPanel, type ReadinessPanelProps } from './ReadinessPanel';

const CBP = { id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' as const };
const WCSO = { id: 'a-wcso', name: "Wake County Sheriff's Office", shortName: 'WCSO', level: 'LOCAL' as const };

function plan(overrides: Partial<ReadinessPanelProps['plan']> = {}): ReadinessPanelProps['plan'] {
  return {
    id: 'p1',
    status: 'DRAFT',
    startsAt: '2027-03-01T08:00:00Z',
    endsAt: '2027-03-01T20:00:00Z',
    operationType: 'CHECKPOINT',
    leadAgency: { id: 'a-cbp' },
    agencies: [CBP, WCSO],
    objectives: [{ id: 'o1', title: 'Secure the perimeter', successCriteria: '' }],
    roles: [{ id: 'r1', title: 'Liaison', agency: { id: 'a-cbp' }, assignee: { id: 'u1' } }],
    resources: [{ id: 'res1', quantity: 2, agency: { id: 'a-cbp' } }, { id: 'res2', quantity: 4, agency: { id: 'a-wcso' } }],
    comms: [{ id: 'k1' }],
    places: [{ id: 'pl1', version: 1, name: 'Command post', kind: 'COMMAND_POST', coordinates: [[-78.6382, 35.7796]], address: '', notes: '', createdAt: '2027-01-01T00:00:00Z', namedBy: [] }],
    checklist: [
      { id: 'c1', text: 'Legal counsel has reviewed the plan.', required: true, status: 'OPEN' },
      { id: 'c2', text: 'Body-worn cameras', required: false, status: 'OPEN' },
    ],
    timeline: [
      { id: 't1', title: 'Briefing', startsAt: '2027-03-01T08:00:00Z', endsAt: '2027-03-01T10:00:00Z', dependsOnIds: [] },
      { id: 't2', title: 'Execution', startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-01T21:00:00Z', dependsOnIds: ['t1'] },
    ],
    revision: 7,
    contentHash: 'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789',
    readiness: { ready: false, blockerCount: 0, accountabilityBlockers: [], warnings: [] },
    ...overrides,
  };
}

const renderPanel = (p: ReadinessPanelProps['plan']) =>
  render(
    <MemoryRouter>
      <ReadinessPanel plan={p} />
    </MemoryRouter>,
  );

describe('ReadinessPanel', () => {
  it('lists the blockers the shared rules find, each linking to its item', () => {
    renderPanel(plan());
    const list = screen.getByRole('list', { name: 'Readiness blockers' });
    const links = within(list).getAllByRole('link');
    const hrefs = Object.fromEntries(links.map((link) => [link.textContent, link.getAttribute('href')]));
    expect(hrefs).toEqual({
      'Objective "Secure the perimeter" has no success criteria.': '/plans/p1/objectives#objective-o1',
      'WCSO holds no role.': '/plans/p1/roles#agency-a-wcso',
      'Required checklist item is open: Legal counsel has reviewed the plan.': '/plans/p1/checklist#checklist-c1',
      '"Execution" starts before "Briefing" ends.': '/plans/p1/timeline#timeline-t2',
      '"Execution" falls outside the plan\'s window.': '/plans/p1/timeline#timeline-t2',
    });
    expect(screen.getByText('5 things block', { exact: false })).toBeTruthy();
    expect(screen.queryByText(/Ready for review/)).toBeNull();
  });

  it('takes agreement and training blockers from the server, and judges the operation type itself', () => {
    renderPanel(
      plan({
        operationType: null,
        readiness: {
          ready: false,
          // The server counted a content blocker too (NO_COMMS, now stale): content blockers are judged here.
          blockerCount: 4,
          accountabilityBlockers: [
            { code: 'AGENCY_WITHOUT_LEAD', message: 'WCSO has no agency lead to sign the plan.', entityId: 'a-wcso' },
            { code: 'AGREEMENT_MISSING', message: 'WCSO has no agreement with CBP in force for the whole operation window.', entityId: 'a-wcso' },
            { code: 'TRAINING_MISSING', message: 'Maria Lopez (Liaison) lacks Search and seizure (SS-101), current through the end of the operation.', entityId: 'r1' },
          ],
        },
      }),
    );
    const list = screen.getByRole('list', { name: 'Readiness blockers' });
    const hrefs = Object.fromEntries(within(list).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]));
    expect(hrefs['The plan has no operation type: agreements and training are matched on it.']).toBe('/plans/p1/overview#plan-details-heading');
    expect(hrefs['WCSO has no agency lead to sign the plan.']).toBe('/plans/p1/overview#plan-agencies-heading');
    expect(hrefs['WCSO has no agreement with CBP in force for the whole operation window.']).toBe('/plans/p1/overview#plan-agreements-heading');
    expect(hrefs['Maria Lopez (Liaison) lacks Search and seizure (SS-101), current through the end of the operation.']).toBe('/plans/p1/roles#role-r1');
    expect(hrefs['The plan has no communications channel.']).toBeUndefined();
    expect(within(list).getByText(BLOCKER_FIX_LABELS.TRAINING_MISSING)).toBeTruthy();
  });

  it('links "no objectives" to the objectives section', () => {
    renderPanel(plan({ objectives: [] }));
    expect(screen.getByRole('link', { name: 'The plan has no objectives.' }).getAttribute('href')).toBe('/plans/p1/objectives');
  });

  it('says "Ready for review" with a success alert when nothing blocks', () => {
    renderPanel(
      plan({
        objectives: [{ id: 'o1', title: 'Secure the perimeter', successCriteria: 'No breach' }],
        roles: [
          { id: 'r1', title: 'Liaison', agency: { id: 'a-cbp' }, assignee: { id: 'u1' } },
          { id: 'r2', title: 'Traffic', agency: { id: 'a-wcso' }, assignee: { id: 'u2' } },
        ],
        checklist: [],
        timeline: [{ id: 't1', title: 'Briefing', startsAt: '2027-03-01T08:00:00Z', endsAt: '2027-03-01T10:00:00Z', dependsOnIds: [] }],
        readiness: { ready: true, blockerCount: 0, accountabilityBlockers: [] },
      }),
    );
    const ready = screen.getByText(/Ready for review/);
    expect(ready.closest('.usa-alert--success')).not.toBeNull();
    expect(screen.queryByRole('list', { name: 'Readiness blockers' })).toBeNull();
  });

  it('links each new blocker to where it is fixed, with what to do there', () => {
    renderPanel(
      plan({
        startsAt: null,
        endsAt: null,
        roles: [{ id: 'r1', title: 'Liaison', agency: { id: 'a-cbp' }, assignee: null }],
        resources: [{ id: 'res3', quantity: 1, agency: { id: 'a-cbp' } }],
        comms: [],
        timeline: [],
      }),
    );
    const list = screen.getByRole('list', { name: 'Readiness blockers' });
    const items = within(list).getAllByRole('listitem');
    const byCode = Object.fromEntries(items.map((item) => [item.getAttribute('data-code'), { href: within(item).getByRole('link').getAttribute('href'), text: item.textContent }]));
    expect(byCode['NO_WINDOW'].href).toBe('/plans/p1/overview#plan-details-heading');
    expect(byCode['NO_WINDOW'].text).toContain(BLOCKER_FIX_LABELS.NO_WINDOW);
    expect(byCode['AGENCY_WITHOUT_RESOURCE']).toEqual({ href: '/plans/p1/resources#resources-agency-a-wcso', text: `WCSO commits no resources.${BLOCKER_FIX_LABELS.AGENCY_WITHOUT_RESOURCE}` });
    expect(byCode['ROLE_WITHOUT_ASSIGNEE']).toEqual({ href: '/plans/p1/roles#role-r1', text: `Role "Liaison" has no assignee.${BLOCKER_FIX_LABELS.ROLE_WITHOUT_ASSIGNEE}` });
    expect(byCode['NO_TIMELINE'].href).toBe('/plans/p1/timeline');
    expect(byCode['NO_COMMS'].href).toBe('/plans/p1/comms');
  });

  it('says the window has started (judged by the browser clock) and links to the plan details', () => {
    jest.useFakeTimers({ now: new Date('2027-03-01T09:00:00Z'), doNotFake: ['setTimeout', 'setInterval', 'queueMicrotask'] });
    try {
      renderPanel(plan());
      const started = screen.getByRole('link', { name: /window has already started/ });
      expect(started.getAttribute('href')).toBe('/plans/p1/overview#plan-details-heading');
    } finally {
      jest.useRealTimers();
    }
  });

  it('in review, counts what blocks approval', () => {
    renderPanel(plan({ status: 'IN_REVIEW' }));
    expect(screen.getByText('5 things block approval', { exact: false })).toBeTruthy();
    expect(screen.queryByText(/submission/)).toBeNull();
  });

  it.each([
    ['APPROVED', /can be activated/],
    ['ACTIVE', /under way/],
    ['COMPLETED', /operation is complete/],
    ['CLOSED', /operation is closed/],
    ['CANCELLED', /was cancelled/],
  ])('a %s plan says where it stands, never "Ready for review", and lists no blockers', (status, text) => {
    // Even with content the rules would flag (a past plan made before a rule existed).
    renderPanel(plan({ status: status as ReadinessPanelProps['plan']['status'], comms: [], readiness: { ready: false, blockerCount: 1, accountabilityBlockers: [] } }));
    expect(screen.getByTestId('readiness-status').textContent).toMatch(text);
    expect(screen.queryByText(/Ready for review/)).toBeNull();
    expect(screen.queryByRole('list', { name: 'Readiness blockers' })).toBeNull();
    expect(screen.queryByTestId('readiness-server-note')).toBeNull();
  });

  it("says when the server's count (blockerCount) differs from what the rules find in the cached plan", () => {
    renderPanel(plan({ readiness: { ready: false, blockerCount: 9, accountabilityBlockers: [], warnings: [] } }));
    expect(within(screen.getByRole('list', { name: 'Readiness blockers' })).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByTestId('readiness-server-note').textContent).toBe('The server counted 9 at revision 7; it re-checks after each save.');
  });

  it('shows the revision and a short content hash', () => {
    renderPanel(plan());
    expect(screen.getByText('abcdef012345').getAttribute('title')).toBe(plan().contentHash);
    expect(screen.getByText(/Revision 7/)).toBeTruthy();
  });

  it('blocks without a command post, linking to Places; warns (without blocking) of a place outside the region, linking to it', () => {
    const places = [
      { id: 'pl2', version: 1, name: 'Staging at Atlanta', kind: 'STAGING_AREA' as const, coordinates: [[-84.39, 33.75]], address: '', notes: '', createdAt: '2027-01-01T00:00:00Z', namedBy: [] },
      { id: 'pl3', version: 1, name: 'Typo in Ohio', kind: 'CHECKPOINT' as const, coordinates: [[-82.99, 39.96]], address: '', notes: '', createdAt: '2027-01-01T00:00:00Z', namedBy: [] },
    ];
    renderPanel(plan({ places }));
    const blocker = within(screen.getByRole('list', { name: 'Readiness blockers' })).getByRole('link', { name: 'The plan has no command post: add one under Places.' });
    expect(blocker.getAttribute('href')).toBe('/plans/p1/places');
    expect(blocker.closest('li')?.textContent).toContain(BLOCKER_FIX_LABELS.NO_COMMAND_POST);
    const warnings = screen.getByTestId('readiness-warnings');
    expect(warnings.className).toContain('usa-alert--warning');
    expect(warnings.textContent).toContain('Worth a look, not blocking');
    const links = within(screen.getByRole('list', { name: 'Readiness warnings' })).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['"Typo in Ohio" lies outside North Carolina and its neighbouring states: check its coordinates.', '/plans/p1/places#place-pl3']]);
  });

  it('shows no warnings when every place is in the region', () => {
    renderPanel(plan());
    expect(screen.queryByTestId('readiness-warnings')).toBeNull();
  });
});
