import { fireEvent, screen, within } from '@testing-library/react';
import { canNow, PAGE_SIZES, type PermissionAction, type PermissionSubject } from '@jointops/domain';
import { AgreementAccessLogDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { permissionUser } from '../shared/permissions/useCan';
import { MARIA, renderWithProviders } from '../test/render';
import { AgreementAccessLog, mayReadAgreementAccessLog } from './AgreementAccessLog';

const CBP = { __typename: 'Agency' as const, id: 'a-cbp', shortName: 'CBP', name: 'U.S. Customs and Border Protection' };
const WCSO = { __typename: 'Agency' as const, id: 'a-wcso', shortName: 'WCSO', name: 'Wake County Sheriff' };
const maria = { __typename: 'User' as const, id: 'u-maria', displayName: 'Maria Lopez', agency: CBP };
const tom = { __typename: 'User' as const, id: 'u-tom', displayName: 'Tom Hargrove', agency: WCSO };
const record = (at: string, user: typeof maria, action: string, kind: string | null = 'document') => ({ __typename: 'AccessRecord' as const, at, action, count: 1, kind, user });

const page = (before: string | null, result: object) => ({
  request: { query: AgreementAccessLogDocument, variables: { agreementId: 'ag1', before, first: PAGE_SIZES.accessLog } },
  result,
});
const nodes = (list: object[], nextCursor: string | null) => ({ data: { agreementAccessLog: { __typename: 'AccessRecordPage', nodes: list, nextCursor } } });

const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('AgreementAccessLog', () => {
  it('shows who downloaded the signed document and who was refused, newest first, then older pages on request', async () => {
    renderWithProviders(<AgreementAccessLog agreementId="ag1" />, {
      mocks: [
        page(null, nodes([record('2027-03-01T10:05:00Z', tom, 'DENIED'), record('2027-03-01T10:00:00Z', maria, 'EXPORT')], '7')),
        page('7', nodes([record('2027-02-01T09:00:00Z', maria, 'DENIED', 'accessLog')], null)),
      ],
    });
    await screen.findByRole('table', { name: 'Access log of the agreement, newest first' });
    // In UTC, as the agreement's history: an agreement has no plan zone.
    expect(rows()).toEqual([
      ['Mar 1, 2027, 10:05 AM UTC', 'Tom Hargrove', 'WCSO', 'Denied', 'Signed agreement (PDF)'],
      ['Mar 1, 2027, 10:00 AM UTC', 'Maria Lopez', 'CBP', 'Export', 'Signed agreement (PDF)'],
    ]);
    expect(screen.getByText('Showing the 2 newest records; older ones can be loaded.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load older' }));
    expect(await screen.findByText('Reading the access log')).toBeTruthy();
    expect(rows()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load older' })).toBeNull();
    expect(screen.getByText('Showing the 3 newest records.')).toBeTruthy();
  });

  it('says so when nobody has downloaded it yet', async () => {
    renderWithProviders(<AgreementAccessLog agreementId="ag1" />, { mocks: [page(null, nodes([], null))] });
    expect(await screen.findByText('Nobody has downloaded the signed document yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it("shows the server's refusal in the app's words, not raw", async () => {
    const refused = new GraphQLError("An agreement's access log is for oversight and the agency leads of its parties.", { extensions: { code: 'FORBIDDEN' } });
    renderWithProviders(<AgreementAccessLog agreementId="ag1" />, { mocks: [page(null, { errors: [refused] })] });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The access log could not be loaded.');
    expect(alert.textContent).toContain('You do not have permission to do this.');
  });
});

describe('mayReadAgreementAccessLog', () => {
  const canFor = (roles: string[], agencyId: string) => (action: PermissionAction, _plan?: unknown, subject?: PermissionSubject) =>
    canNow(permissionUser({ ...MARIA, roles, agency: { ...MARIA.agency, id: agencyId } }), action, null, subject);
  const parties = [{ id: 'a-cbp' }, { id: 'a-ncshp' }];

  it('is for oversight and the agency leads of the parties: the rule the API applies', () => {
    expect(mayReadAgreementAccessLog(canFor(['OVERSIGHT'], 'a-oig'), parties)).toBe(true);
    expect(mayReadAgreementAccessLog(canFor(['AGENCY_LEAD'], 'a-cbp'), parties)).toBe(true);
    expect(mayReadAgreementAccessLog(canFor(['AGENCY_LEAD'], 'a-wcso'), parties)).toBe(false);
    expect(mayReadAgreementAccessLog(canFor(['PLANNER'], 'a-cbp'), parties)).toBe(false);
    expect(mayReadAgreementAccessLog(canFor(['ADMIN'], 'a-cbp'), parties)).toBe(false);
  });
});
