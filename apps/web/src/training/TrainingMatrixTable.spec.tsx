import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { buildMatrix } from './training-model';
import { TrainingMatrixTable } from './TrainingMatrixTable';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const COURSES = [
  { id: 'c-fa', code: 'FA-101', title: 'First aid', validityMonths: 12, requiredFor: ['CHECKPOINT'] },
  { id: 'c-eth', code: 'ETH', title: 'Ethics', validityMonths: null, requiredFor: ['OTHER'] },
] as never;
const PEOPLE = [{ id: 'u-al', displayName: 'Al Diaz', active: true }];
const RECORDS = [{ user: { id: 'u-al' }, course: { id: 'c-fa' }, expiresOn: '2026-07-02T03:59:59.999Z' }] as never;

describe('TrainingMatrixTable', () => {
  it('says each standing in words (a tag), with the expiry, and links each person to their training', () => {
    render(
      <MemoryRouter>
        <TrainingMatrixTable matrix={buildMatrix(PEOPLE, COURSES, RECORDS, NOW)} caption="Training matrix: NCSHP" />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'Training matrix: NCSHP' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Person', 'ETH Ethics', 'FA-101 First aid']);
    const row = within(table).getByRole('row', { name: /Al Diaz/ });
    expect(within(row).getByRole('link', { name: 'Al Diaz' }).getAttribute('href')).toBe('/training/people/u-al');
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['Missing', expect.stringMatching(/^ExpiringUntil Jul 1, 2026$/)]);
    expect(cells.map((cell) => cell.querySelector('.usa-tag')?.getAttribute('data-standing'))).toEqual(['MISSING', 'EXPIRING']);
  });
});
