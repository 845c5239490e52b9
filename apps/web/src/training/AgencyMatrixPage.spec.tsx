import { fireEvent, screen, within } from '@testing-library/react';
import { AgencyTrainingDocument, MeDocument } from '@jointops/web-data';
import { Route, Routes } from 'react-router';
import { downloadFile } from '../shared/csv';
import { MARIA, renderWithProviders, signedInStore } from '../test/render';
import { TrainingArea } from './TrainingArea';

jest.mock('../shared/csv', () => ({ ...jest.requireActual('../shared/csv'), downloadFile: jest.fn() }));

const LEAD = { ...MARIA, id: 'u-lead', displayName: 'Lee Lead', roles: ['AGENCY_LEAD' as const] };
const person = (id: string, displayName: string, active = true) => ({ __typename: 'User', id, displayName, active, agency: { __typename: 'Agency', id: 'a-cbp', name: MARIA.agency.name, shortName: 'CBP' } });
const COURSES = [
  { __typename: 'Course', id: 'c-fa', code: 'FA-101', title: 'First aid', validityMonths: 24, requiredFor: ['CHECKPOINT'] },
  { __typename: 'Course', id: 'c-opt', code: 'OPT', title: 'Optional', validityMonths: null, requiredFor: [] },
];
const RECORDS = [
  {
    __typename: 'TrainingRecord',
    id: 'r1',
    completedOn: '2025-01-10T00:00:00.000Z',
    expiresOn: '2027-01-11T04:59:59.999Z',
    evidence: 'Cert 1',
    user: { __typename: 'User', id: 'u-maria', displayName: 'Maria Lopez' },
    course: { __typename: 'Course', id: 'c-fa' },
    recordedBy: { __typename: 'User', id: 'u-lead', displayName: 'Lee Lead' },
  },
];

describe('the agency training matrix page', () => {
  it("opens on the lead's own agency, shows each standing in words and downloads the same as CSV", async () => {
    renderWithProviders(
      <Routes>
        <Route path="/training/*" element={<TrainingArea />} />
      </Routes>,
      {
        route: '/training',
        store: signedInStore(),
        mocks: [
          { request: { query: MeDocument }, result: { data: { me: LEAD } }, maxUsageCount: 5 },
          {
            request: { query: AgencyTrainingDocument, variables: { agencyId: 'a-cbp' } },
            result: { data: { courses: COURSES, users: [person('u-maria', 'Maria Lopez'), person('u-bo', 'Bo Smith'), person('u-old', 'Old Account', false)], trainingRecords: RECORDS } },
          },
        ] as never,
      },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Training matrix: CBP' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/training/agencies/a-cbp');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Bo Smith', 'Maria Lopez']);
    expect(rows.map((row) => within(row).getByRole('cell').querySelector('.usa-tag')?.textContent)).toEqual(['Missing', expect.stringMatching(/^(Current|Expiring|Expired)$/)]);

    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const [filename, csv] = (downloadFile as jest.Mock).mock.calls[0];
    expect(filename).toBe('training-cbp.csv');
    expect((csv as string).split('\r\n').slice(0, 3)).toEqual(['Person,FA-101 First aid', 'Bo Smith,Missing', expect.stringMatching(/^Maria Lopez,\w+ \(expires 2027-01-10\)$/)]);
  });

  it('tells a planner, who reads no matrix, whose it is and where their own training is, instead of a blank page', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/training/*" element={<TrainingArea />} />
      </Routes>,
      { route: '/training/agencies', store: signedInStore(), mocks: [{ request: { query: MeDocument }, result: { data: { me: MARIA } }, maxUsageCount: 5 }] as never },
    );
    const note = await screen.findByTestId('matrix-not-yours');
    expect(note.textContent).toContain('for its agency lead, administrators and oversight');
    expect(within(note).getByRole('link', { name: 'My training' }).getAttribute('href')).toBe('/training');
  });
});
