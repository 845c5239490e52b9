import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { COMPLAINT_LIMITS } from '@jointops/domain';
import { FileComplaintDocument, PublicAgenciesDocument } from '@jointops/web-data';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MemoryRouter } from 'react-router';
import { PUBLIC_LANGUAGE_KEY, PublicLanguageRoot } from '../shared/public-language';
import { NO_SESSION_ME, renderWithProviders } from '../test/render';
import { ComplaintForm } from './ComplaintForm';
import { NewComplaintPage } from './NewComplaintPage';

const AGENCIES = [{ __typename: 'Agency' as const, id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP' }];

const renderForm = (onFile = jest.fn(async () => undefined)) => {
  render(
    <MemoryRouter>
      <PublicLanguageRoot>
        <ComplaintForm agencies={AGENCIES} onFile={onFile} />
      </PublicLanguageRoot>
    </MemoryRouter>,
  );
  return { onFile, form: screen.getByRole('form') };
};

const problems = (heading: string) => within(screen.getByRole('alert', { name: heading })).getAllByRole('link').map((link) => link.textContent);

/** A valid complaint, in whichever language the labels are. */
function fill(form: HTMLElement, { when = '2026-05-02T17:30' }: { when?: string } = {}) {
  const controls = (id: string) => form.querySelector<HTMLInputElement>(`#${id}`)!;
  fireEvent.change(controls('complaint-category'), { target: { value: 'LANGUAGE_ACCESS' } });
  fireEvent.change(controls('complaint-occurred-at'), { target: { value: when } });
  fireEvent.change(controls('complaint-location'), { target: { value: '  Exit 289, I-40  ' } });
  fireEvent.change(controls('complaint-description'), { target: { value: 'No interpreter was offered. ' } });
}

describe('the public complaint form', () => {
  beforeEach(() => window.localStorage.clear());

  it('opens in English (the browser’s language here) and names each missing answer', () => {
    const { onFile, form } = renderForm();
    expect(screen.getByTestId('public-page').getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(form).getByRole('button', { name: 'Send complaint' }));
    expect(problems('There is a problem')).toEqual(['Choose what the complaint is about.', 'Say when it happened.', 'Say where it happened.', 'Describe what happened.']);
    expect(document.activeElement?.id).toBe('complaint-category');
    expect(onFile).not.toHaveBeenCalled();
  });

  it('switches to Spanish with the visible switch: lang on the root, labels, and the errors already shown, remembered for next time', () => {
    const { form } = renderForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Send complaint' }));
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    expect(screen.getByTestId('public-page').getAttribute('lang')).toBe('es');
    expect(screen.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByLabelText('¿De qué trata la queja?')).toBeTruthy();
    expect(within(screen.getByLabelText('¿De qué trata la queja?')).getByRole('option', { name: 'Acceso lingüístico (sin intérprete ni traducción)' })).toBeTruthy();
    expect(problems('Hay un problema')).toEqual(['Elija de qué trata la queja.', 'Indique cuándo ocurrió.', 'Indique dónde ocurrió.', 'Describa lo que ocurrió.']);
    expect(window.localStorage.getItem(PUBLIC_LANGUAGE_KEY)).toBe('es');
  });

  it('opens in the language chosen before', () => {
    window.localStorage.setItem(PUBLIC_LANGUAGE_KEY, 'es');
    const { form } = renderForm();
    expect(screen.getByTestId('public-page').getAttribute('lang')).toBe('es');
    expect(within(form).getByRole('button', { name: 'Enviar queja' })).toBeTruthy();
  });

  it('counts what is left of "What happened?" as one types (USWDS character count), in the language shown', async () => {
    const { form } = renderForm();
    const field = form.querySelector<HTMLTextAreaElement>('#complaint-description')!;
    const count = within(form).getByTestId('character-count');
    expect(count.textContent).toBe(`${COMPLAINT_LIMITS.description.toLocaleString('en-US')} characters allowed`);
    expect(count.getAttribute('aria-hidden')).toBe('true');
    // The limit is read with the field; the count is told politely once typing pauses.
    const info = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(info.textContent).toBe('You can enter up to 5,000 characters');
    fireEvent.change(field, { target: { value: 'x'.repeat(10) } });
    expect(count.textContent).toBe('4,990 characters left');
    const live = form.querySelector('.usa-character-count__sr-status')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(live.textContent).toBe('4,990 characters left'), { timeout: 2000 });
    fireEvent.change(field, { target: { value: 'x'.repeat(COMPLAINT_LIMITS.description + 3) } });
    expect(count.textContent).toBe('3 characters over limit');
    expect(count.className).toContain('usa-character-count__status--invalid');
    expect(field.className).toContain('usa-input--error');
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    expect(within(form).getByTestId('character-count').textContent).toBe('3 caracteres por encima del límite');
    fireEvent.change(field, { target: { value: 'x' } });
    expect(within(form).getByTestId('character-count').textContent).toBe('Quedan 4999 caracteres');
  });

  it('refuses a time in the future and an over-long description, in the language shown', () => {
    window.localStorage.setItem(PUBLIC_LANGUAGE_KEY, 'es');
    const { onFile, form } = renderForm();
    fill(form, { when: '2999-01-01T10:00' });
    fireEvent.change(form.querySelector('#complaint-description')!, { target: { value: 'x'.repeat(5001) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enviar queja' }));
    expect(problems('Hay un problema')).toEqual(['La fecha de cuándo ocurrió no puede estar en el futuro.', 'Lo que ocurrió debe tener como máximo 5000 caracteres.']);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(problems('There is a problem')).toEqual(['When it happened cannot be in the future.', 'What happened must be at most 5,000 characters.']);
    expect(onFile).not.toHaveBeenCalled();
  });

  it('sends the time typed as an instant read on North Carolina clocks (5:30 PM EDT, whatever the device zone), the texts trimmed, empty optional answers as null, and the language', async () => {
    const { onFile, form } = renderForm();
    fill(form);
    // An agency not among the task force's is "not listed", sent as none: the description names it.
    const agency = form.querySelector<HTMLSelectElement>('#complaint-agency')!;
    expect(agency.options[0]!.textContent).toBe('I do not know or it is not listed');
    expect(agency.value).toBe('');
    fireEvent.click(within(form).getByRole('button', { name: 'Send complaint' }));
    await waitFor(() =>
      expect(onFile).toHaveBeenCalledWith({
        language: 'en',
        category: 'LANGUAGE_ACCESS',
        occurredAt: '2026-05-02T21:30:00.000Z',
        location: 'Exit 289, I-40',
        description: 'No interpreter was offered.',
        contact: null,
        agencyId: null,
      }),
    );
  });

  it('sends the language the form was filled in, so oversight can answer in it', async () => {
    window.localStorage.setItem(PUBLIC_LANGUAGE_KEY, 'es');
    const { onFile, form } = renderForm();
    fill(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Enviar queja' }));
    await waitFor(() => expect(onFile).toHaveBeenCalledWith(expect.objectContaining({ language: 'es', category: 'LANGUAGE_ACCESS' })));
  });

  it('tells a rate-limited visitor when to try again, in Spanish', async () => {
    window.localStorage.setItem(PUBLIC_LANGUAGE_KEY, 'es');
    const limited = new CombinedGraphQLErrors({ errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 125 } }] });
    const { form } = renderForm(jest.fn(async () => Promise.reject(limited)));
    fill(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Enviar queja' }));
    expect(await screen.findByText('Se enviaron demasiadas quejas desde esta conexión en la última hora. Inténtelo de nuevo en 3 minutos.')).toBeTruthy();
  });
});

describe('NewComplaintPage', () => {
  beforeEach(() => window.localStorage.clear());

  it('needs no session: files, then shows the tracking code with a copy button and what happens next', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const input = { language: 'en', category: 'LANGUAGE_ACCESS', occurredAt: '2026-05-02T21:30:00.000Z', location: 'Exit 289, I-40', description: 'No interpreter was offered.', contact: null, agencyId: 'a-cbp' };
    const mocks = [
      NO_SESSION_ME,
      { request: { query: PublicAgenciesDocument }, result: { data: { publicAgencies: AGENCIES } } },
      { request: { query: FileComplaintDocument, variables: { input } }, result: { data: { fileComplaint: { __typename: 'ComplaintReceipt', trackingCode: 'K7QM-4XTA-9RCP-HW2N-3FJD', receivedAt: '2026-05-03T12:00:00.000Z' } } } },
    ];
    renderWithProviders(<NewComplaintPage />, { route: '/complaints/new', mocks });
    expect(screen.getByText(/We do not ask about immigration status, nationality or ethnicity/)).toBeTruthy();
    expect(screen.getAllByText(/We usually respond within 30 days/).length).toBeGreaterThan(0);
    const form = screen.getByRole('form', { name: 'Complaint' });
    await within(form).findByRole('option', { name: 'U.S. Customs and Border Protection (CBP)' });
    fill(form);
    fireEvent.change(form.querySelector('#complaint-agency')!, { target: { value: 'a-cbp' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send complaint' }));
    expect((await screen.findByTestId('tracking-code')).textContent).toBe('K7QM-4XTA-9RCP-HW2N-3FJD');
    expect(screen.getByRole('heading', { name: 'Your complaint was sent' })).toBeTruthy();
    // On North Carolina's clocks, as oversight reads it, with the zone named; one full stop.
    expect(screen.getByText('Received May 3, 2026 at 8:00 AM EDT.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('K7QM-4XTA-9RCP-HW2N-3FJD'));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Check the status of your complaint' }).getAttribute('href')).toBe('/complaints/status');
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    expect(screen.getByRole('heading', { name: 'Su queja fue enviada' })).toBeTruthy();
    expect(screen.getByText('Recibida el 3 de mayo de 2026 a las 8:00 a.m. EDT.')).toBeTruthy();
    expect(screen.getByText(/Normalmente respondemos en un plazo de 30 días/)).toBeTruthy();
  });

  it('is in Spanish throughout when Spanish was chosen: the note on what is not asked included', async () => {
    window.localStorage.setItem(PUBLIC_LANGUAGE_KEY, 'es');
    renderWithProviders(<NewComplaintPage />, { route: '/complaints/new', mocks: [NO_SESSION_ME, { request: { query: PublicAgenciesDocument }, result: { data: { publicAgencies: [] } } }] });
    expect(screen.getByRole('heading', { level: 1, name: 'Presentar una queja' })).toBeTruthy();
    expect(screen.getByText(/No preguntamos por su situación migratoria, nacionalidad ni origen étnico/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '¿Ya presentó una queja? Consulte su estado' })).toBeTruthy();
  });
});
