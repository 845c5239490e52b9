import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PublicComplaintStatusDocument } from '@jointops/web-data';
import { PUBLIC_LANGUAGE_KEY } from '../shared/public-language';
import { NO_SESSION_ME, renderWithProviders } from '../test/render';
import { ComplaintStatusPage } from './ComplaintStatusPage';

const CODE = 'K7QM4XTA9RCPHW2N3FJD';
const status = (view: Record<string, unknown> | null) => ({
  request: { query: PublicComplaintStatusDocument, variables: { trackingCode: CODE } },
  result: { data: { complaintStatus: view && { __typename: 'ComplaintStatusView', receivedAt: '2026-05-03T12:00:00.000Z', updatedAt: '2026-05-20T15:00:00.000Z', outcome: null, ...view } } },
});

const check = (typed: string, button = 'Check status') => {
  fireEvent.change(screen.getByLabelText(/^Tracking code|^Código de seguimiento/), { target: { value: typed } });
  fireEvent.click(screen.getByRole('button', { name: button }));
};

describe('ComplaintStatusPage (no sign-in)', () => {
  beforeEach(() => window.localStorage.clear());

  it('wants a code before asking', () => {
    renderWithProviders(<ComplaintStatusPage />, { route: '/complaints/status', mocks: [NO_SESSION_ME] });
    fireEvent.click(screen.getByRole('button', { name: 'Check status' }));
    expect(screen.getByText('Enter your tracking code.')).toBeTruthy();
  });

  it('shows the status and the outcome once closed, for a code typed in lower case with spaces', async () => {
    renderWithProviders(<ComplaintStatusPage />, { route: '/complaints/status', mocks: [NO_SESSION_ME, status({ status: 'CLOSED', outcome: 'Sustained; the officer was retrained.' })] });
    check('k7qm 4xta 9rcp hw2n 3fjd');
    const result = await screen.findByTestId('complaint-status');
    expect(within(result).getByText('Closed')).toBeTruthy();
    expect(within(result).getByTestId('complaint-outcome').textContent).toBe('Sustained; the officer was retrained.');
    // Times name their zone: North Carolina's, as oversight reads them.
    expect(within(result).getByText('May 3, 2026 at 8:00 AM EDT')).toBeTruthy();
    expect(within(result).getByText('May 20, 2026 at 11:00 AM EDT')).toBeTruthy();
    // The button was disabled while it looked: focus is on the answer, not on <body>.
    await waitFor(() => expect(document.activeElement).toBe(result.closest('[aria-live]')));
  });

  it('says what the status means and what happens next, in Spanish when chosen', async () => {
    window.localStorage.setItem(PUBLIC_LANGUAGE_KEY, 'es');
    renderWithProviders(<ComplaintStatusPage />, { route: '/complaints/status', mocks: [NO_SESSION_ME, status({ status: 'REFERRED' })] });
    check(CODE, 'Consultar estado');
    const result = await screen.findByTestId('complaint-status');
    expect(within(result).getByText('Remitida a la agencia')).toBeTruthy();
    expect(within(result).getByText(/Supervisión envió su queja a la agencia involucrada/)).toBeTruthy();
    expect(within(result).getByText(/Normalmente respondemos en un plazo de 30 días/)).toBeTruthy();
    expect(within(result).queryByTestId('complaint-outcome')).toBeNull();
    expect(within(result).getByText('3 de mayo de 2026 a las 8:00 a.m. EDT')).toBeTruthy();
  });

  it('answers an unknown code plainly', async () => {
    renderWithProviders(<ComplaintStatusPage />, { route: '/complaints/status', mocks: [NO_SESSION_ME, status(null)] });
    check(CODE);
    expect(await screen.findByText('We found no complaint with this code. Check that you typed it as you received it.')).toBeTruthy();
  });

  it('drops the answer about the last code when the field is sent empty', async () => {
    renderWithProviders(<ComplaintStatusPage />, { route: '/complaints/status', mocks: [NO_SESSION_ME, status(null)] });
    check(CODE);
    await screen.findByText(/We found no complaint with this code/);
    check('');
    expect(screen.getByText('Enter your tracking code.')).toBeTruthy();
    expect(screen.queryByText(/We found no complaint with this code/)).toBeNull();
  });

  it('says what is wrong with something that cannot be a code, on the field, without asking', () => {
    const asked = jest.fn(() => status(null).result);
    renderWithProviders(<ComplaintStatusPage />, { route: '/complaints/status', mocks: [NO_SESSION_ME, { ...status(null), result: asked }] });
    const field = () => screen.getByLabelText(/^Tracking code|^Código de seguimiento/);
    check('K7QM-4XTA-9RCP-HW2N');
    expect(screen.getByText('A tracking code has 20 letters and numbers; this has 16. Check that you typed all of it.')).toBeTruthy();
    expect(document.activeElement).toBe(field());
    check('K7QM-4XTA-9RCP-HW2N-3FJ0');
    expect(screen.getByText('A tracking code has only letters and numbers, and no 0, O, 1, I, L or U. Check what you typed.')).toBeTruthy();
    // Said again in Spanish when the page is switched.
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    expect(screen.getByText('Un código de seguimiento tiene solo letras y números, sin 0, O, 1, I, L ni U. Revise lo que escribió.')).toBeTruthy();
    expect(asked).not.toHaveBeenCalled();
  });
});
