import { render, screen, within } from '@testing-library/react';
import { fieldName, formatValue } from './plan-diff';
import { PlanDiffView } from './PlanDiffView';
import { reviewPlan } from './test-plan';

const CHANGES = [
  { entityType: 'OBJECTIVE', entityId: 'o9', kind: 'ADDED', field: null, before: null, after: 'Keep lanes open' },
  { entityType: 'OBJECTIVE', entityId: 'o1', kind: 'UPDATED', field: 'successCriteria', before: 'Held', after: 'Perimeter held' },
  { entityType: 'CHECKLIST_ITEM', entityId: 'c7', kind: 'REMOVED', field: null, before: 'Body-worn cameras on', after: null },
  { entityType: 'ROLE', entityId: 'r2', kind: 'UPDATED', field: 'agencyId', before: 'a-cbp', after: 'a-wcso' },
  { entityType: 'PLAN', entityId: 'p1', kind: 'UPDATED', field: 'summary', before: '', after: 'Escort' },
];

describe('PlanDiffView', () => {
  it('groups changes per section in workspace order', () => {
    render(<PlanDiffView changes={CHANGES} plan={reviewPlan()} />);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Plan', 'Objectives', 'Roles', 'Checklist']);
  });

  it('shows an added item with its label, as inserted', () => {
    render(<PlanDiffView changes={CHANGES} plan={reviewPlan()} />);
    const objectives = screen.getByRole('region', { name: 'Changes to Objectives' });
    const added = within(objectives).getByText('Objective “Keep lanes open”');
    expect(added.tagName).toBe('INS');
    expect(added.closest('li')?.textContent).toContain('Added');
  });

  it('shows an update with the field, before struck and after inserted, named in words', () => {
    render(<PlanDiffView changes={CHANGES} plan={reviewPlan()} />);
    const line = screen.getByText('Objective “Secure the perimeter”').closest('li')!;
    expect(line.textContent).toContain('Success criteria');
    expect(within(line).getByText('Held').tagName).toBe('DEL');
    expect(within(line).getByText('Perimeter held').tagName).toBe('INS');
    expect(line.textContent).toContain('Before:');
    expect(line.textContent).toContain('After:');
  });

  it('shows a removed item with its label, struck', () => {
    render(<PlanDiffView changes={CHANGES} plan={reviewPlan()} />);
    const removed = screen.getByText('Checklist item “Body-worn cameras on”');
    expect(removed.tagName).toBe('DEL');
    expect(removed.closest('li')?.textContent).toContain('Removed');
  });

  it('names agencies instead of ids and empty values in words', () => {
    render(<PlanDiffView changes={CHANGES} plan={reviewPlan()} />);
    const role = screen.getByText('Role “Liaison (WCSO)”').closest('li')!;
    expect(within(role).getByText('CBP').tagName).toBe('DEL');
    expect(within(role).getByText('WCSO').tagName).toBe('INS');
    expect(screen.getByText('(empty)').tagName).toBe('DEL');
  });

  it('shows a required item an agency lead removed, with the reason, as removed', () => {
    const changes = [{ entityType: 'CHECKLIST_ITEM', entityId: 'c3', kind: 'REMOVED', field: 'reason', before: 'A judicial warrant is in hand', after: 'Vehicle stops only' }];
    render(<PlanDiffView changes={changes} plan={reviewPlan()} />);
    const line = screen.getByRole('region', { name: 'Changes to Checklist' }).querySelector('li')!;
    expect(line.getAttribute('data-kind')).toBe('REMOVED');
    expect(line.textContent).toBe('RemovedRequired item removed: A judicial warrant is in hand — Vehicle stops only');
    expect(within(line).getByText('Required item removed: A judicial warrant is in hand').tagName).toBe('DEL');
  });

  it('shows a required item an agency lead changed: the fields, then the reason', () => {
    const plan = reviewPlan({ checklist: [{ __typename: 'ChecklistItem', id: 'c4', text: 'Counsel of each agency reviewed the plan' }] } as never);
    const changes = [
      { entityType: 'CHECKLIST_ITEM', entityId: 'c4', kind: 'UPDATED', field: 'text', before: 'Counsel reviewed the plan', after: 'Counsel of each agency reviewed the plan' },
      { entityType: 'CHECKLIST_ITEM', entityId: 'c4', kind: 'UPDATED', field: 'reason', before: null, after: 'Counsel asked for the agreement wording' },
    ];
    render(<PlanDiffView changes={changes} plan={plan} />);
    const lines = [...screen.getByRole('region', { name: 'Changes to Checklist' }).querySelectorAll('li')];
    expect(lines).toHaveLength(2);
    expect(within(lines[0]).getByText('Counsel reviewed the plan').tagName).toBe('DEL');
    expect(lines[1].textContent).toBe('ChangedRequired item changed: Counsel of each agency reviewed the plan — Counsel asked for the agreement wording');
    expect(lines[1].textContent).not.toContain('Before:');
  });

  it('says so when nothing in the content changed', () => {
    render(<PlanDiffView changes={[]} plan={reviewPlan()} />);
    expect(screen.getByTestId('diff-empty')).toBeTruthy();
  });

  it('names fields and formats values', () => {
    expect(fieldName('successCriteria')).toBe('Success criteria');
    expect(fieldName('fooBarIds')).toBe('Foo bar');
    expect(formatValue('["o1"]', new Map([['o1', 'Secure the perimeter']]))).toBe('Secure the perimeter');
    expect(formatValue('2027-03-01T08:00:00.000Z', new Map())).toBe('Mar 1, 2027, 8:00 AM UTC');
    // In the plan's zone, with that date's abbreviation.
    expect(formatValue('2027-03-01T08:00:00.000Z', new Map(), 'America/New_York')).toBe('Mar 1, 2027, 3:00 AM EST');
    expect(formatValue('2027-06-01T08:00:00.000Z', new Map(), 'America/New_York')).toBe('Jun 1, 2027, 4:00 AM EDT');
    // A place's location: GeoJSON [longitude, latitude], read latitude first; a place a role names, by its name.
    expect(fieldName('coordinates')).toBe('Location');
    expect(formatValue('[[-78.63818,35.77961],[-78.9,35.99]]', new Map())).toBe('35.77961, -78.63818; 35.99000, -78.90000');
    expect(fieldName('placeId')).toBe('Place');
    expect(formatValue('pl1', new Map([['pl1', 'Raleigh command post']]))).toBe('Raleigh command post');
  });
});
