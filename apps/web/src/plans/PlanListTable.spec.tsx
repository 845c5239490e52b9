import { render, screen, within } from '@testing-library/react';
import type { PlanListItemFragment } from '@jointops/web-data';
import { MemoryRouter } from 'react-router';
import { PlanListTable } from './PlanListTable';

const CBP = { __typename: 'Agency', id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' };

const plan = (id: string, title: string, startsAt: string, endsAt: string, timeZone: string) =>
  ({ __typename: 'Plan', id, version: 1, title, status: 'DRAFT', startsAt, endsAt, timeZone, updatedAt: startsAt, leadAgency: CBP, agencies: [CBP] }) as unknown as PlanListItemFragment;

// These hold whatever TZ the test process runs in: every time is shown in its plan's zone.
describe('PlanListTable', () => {
  it("shows each plan's window in the plan's zone with that date's abbreviation, and names the zone", () => {
    render(
      <MemoryRouter>
        <PlanListTable
          plans={[
            plan('p1', 'Operation Dawn Briefing', '2027-04-17T10:00:00Z', '2027-04-17T22:00:00Z', 'America/New_York'),
            plan('p2', 'Operation Lakeshore', '2027-01-17T12:00:00Z', '2027-01-17T20:00:00Z', 'America/Chicago'),
          ]}
        />
      </MemoryRouter>,
    );
    const row = (title: string) => screen.getByRole('link', { name: title }).closest('tr')!;
    const window = (title: string) => within(row(title)).getAllByRole('cell')[2]!.textContent;
    expect(window('Operation Dawn Briefing')).toBe('Apr 17, 2027, 6:00 AM EDT – Apr 17, 2027, 6:00 PM EDTEastern (America/New_York)');
    expect(window('Operation Lakeshore')).toBe('Jan 17, 2027, 6:00 AM CST – Jan 17, 2027, 2:00 PM CSTCentral (America/Chicago)');
  });
});
