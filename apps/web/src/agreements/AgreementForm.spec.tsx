import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AgreementEditForm } from './AgreementEditForm';
import { AgreementForm } from './AgreementForm';

const AGENCIES = [
  { id: 'a-ncshp', shortName: 'NCSHP', name: 'North Carolina State Highway Patrol' },
  { id: 'a-cbp', shortName: 'CBP', name: 'U.S. Customs and Border Protection' },
];

const renderForm = (onCreate = jest.fn(async () => undefined)) => {
  render(
    <MemoryRouter>
      <AgreementForm agencies={AGENCIES} onCreate={onCreate} />
    </MemoryRouter>,
  );
  return { onCreate, form: screen.getByRole('form', { name: 'New agreement' }) };
};

/** Fills the form validly but for the number of parties chosen. */
function fill(form: HTMLElement, { parties }: { parties: number }) {
  fireEvent.change(within(form).getByLabelText(/^Title/), { target: { value: '  I-40 MOU ' } });
  fireEvent.change(within(form).getByLabelText(/^Kind/), { target: { value: 'MOU' } });
  for (const agency of AGENCIES.slice(0, parties)) fireEvent.click(within(form).getByLabelText(new RegExp(agency.name)));
  fireEvent.click(within(form).getByLabelText('Checkpoint'));
  fireEvent.change(within(form).getByLabelText(/^Data-sharing terms/), { target: { value: 'Plates only. ' } });
  fireEvent.change(within(form).getByLabelText(/^Reporting requirements/), { target: { value: 'Monthly.' } });
  fireEvent.change(within(form).getByLabelText(/^Effective from/), { target: { value: '2027-01-01' } });
  fireEvent.change(within(form).getByLabelText(/^Expires on/), { target: { value: '2027-12-31' } });
}

const problems = (form: HTMLElement) => within(within(form).getByRole('alert', { name: 'There is a problem' })).getAllByRole('link').map((link) => link.textContent);

describe('AgreementForm', () => {
  it('wants every required field before sending, in the words of the shared schema', () => {
    const { onCreate, form } = renderForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Create agreement' }));
    const summary = within(form).getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Title is required.',
      'Choose the kind of agreement.',
      'An agreement needs at least two different agencies as parties.',
      'Choose at least one operation type the agreement allows.',
      'Data-sharing terms are required.',
      'Reporting requirements are required.',
      'Effective from is required.',
    ]);
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('refuses one party, and an expiry before the start', () => {
    const { onCreate, form } = renderForm();
    fill(form, { parties: 1 });
    fireEvent.click(within(form).getByRole('button', { name: 'Create agreement' }));
    expect(problems(form)).toEqual(['An agreement needs at least two different agencies as parties.']);
    fireEvent.click(within(form).getByLabelText(/U.S. Customs and Border Protection/));
    fireEvent.change(within(form).getByLabelText(/^Expires on/), { target: { value: '2026-12-31' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create agreement' }));
    expect(problems(form)).toEqual(['Expires on must not be before effective from.']);
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('sends the days as instants where the task force works (the expiry is the last instant of its day) and trimmed texts', async () => {
    const { onCreate, form } = renderForm();
    fill(form, { parties: 2 });
    fireEvent.click(within(form).getByRole('button', { name: 'Create agreement' }));
    await waitFor(() =>
      expect(onCreate).toHaveBeenCalledWith({
        title: 'I-40 MOU',
        kind: 'MOU',
        agencyIds: ['a-ncshp', 'a-cbp'],
        scope: ['CHECKPOINT'],
        dataSharingTerms: 'Plates only.',
        reportingRequirements: 'Monthly.',
        // The days where the task force works (America/New_York): from its first instant to its last.
        effectiveFrom: '2027-01-01T05:00:00.000Z',
        expiresOn: '2028-01-01T04:59:59.999Z',
      }),
    );
  });
});

describe('AgreementEditForm', () => {
  const agreement = {
    __typename: 'Agreement',
    id: 'ag1',
    version: 3,
    title: 'I-40 MOU',
    kind: 'MOU',
    scope: ['CHECKPOINT'],
    effectiveFrom: '2027-01-01T05:00:00.000Z',
    expiresOn: '2028-01-01T04:59:59.999Z',
    terminatedAt: null,
    agencies: [],
    dataSharingTerms: 'Plates only.',
    reportingRequirements: 'Monthly.',
    documentName: null,
    createdAt: '2026-12-01T00:00:00.000Z',
    history: [],
  } as never;

  it('opens on the stored days, and lets an agreement expire on the day it takes effect', async () => {
    const onSave = jest.fn(async () => undefined);
    render(<AgreementEditForm agreement={agreement} onSave={onSave} onCancel={jest.fn()} onUnchanged={jest.fn()} />);
    const form = screen.getByRole('form', { name: 'Edit agreement I-40 MOU' });
    expect((within(form).getByLabelText(/^Expires on/) as HTMLInputElement).value).toBe('2027-12-31');
    fireEvent.change(within(form).getByLabelText(/^Expires on/), { target: { value: '2027-01-01' } });
    fireEvent.change(within(form).getByLabelText(/^Reason for the change/), { target: { value: 'One day only' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ expiresOn: '2027-01-02T04:59:59.999Z' }), 'One day only', 3));
  });

  it('sends nothing when only a reason was typed: the terms are as they were', async () => {
    const onSave = jest.fn(async () => undefined);
    const onUnchanged = jest.fn();
    render(<AgreementEditForm agreement={agreement} onSave={onSave} onCancel={jest.fn()} onUnchanged={onUnchanged} />);
    const form = screen.getByRole('form', { name: 'Edit agreement I-40 MOU' });
    fireEvent.change(within(form).getByLabelText(/^Reason for the change/), { target: { value: 'Checked, nothing to change' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onUnchanged).toHaveBeenCalled());
    expect(onSave).not.toHaveBeenCalled();
  });

  it('wants a reason, holds the expiry against the effective date, and sends the patch with the version it opened on', async () => {
    const onSave = jest.fn(async () => undefined);
    render(<AgreementEditForm agreement={agreement} onSave={onSave} onCancel={jest.fn()} onUnchanged={jest.fn()} />);
    const form = screen.getByRole('form', { name: 'Edit agreement I-40 MOU' });
    fireEvent.change(within(form).getByLabelText(/^Expires on/), { target: { value: '2026-12-31' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(problems(form)).toEqual(['Expires on must not be before effective from.', 'Say why; the agreement history keeps it for oversight.']);
    fireEvent.change(within(form).getByLabelText(/^Expires on/), { target: { value: '2028-06-30' } });
    fireEvent.change(within(form).getByLabelText(/^Reason for the change/), { target: { value: ' Extended by both chiefs ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(
        { title: 'I-40 MOU', scope: ['CHECKPOINT'], dataSharingTerms: 'Plates only.', reportingRequirements: 'Monthly.', expiresOn: '2028-07-01T03:59:59.999Z' },
        'Extended by both chiefs',
        3,
      ),
    );
  });

  it('leaves the expiry out of the patch when its day did not change, so an expiry at another time of that day stays put', async () => {
    const atNoon = { ...(agreement as object), expiresOn: '2027-04-17T16:00:00.000Z' } as never;
    const onSave = jest.fn(async () => undefined);
    render(<AgreementEditForm agreement={atNoon} onSave={onSave} onCancel={jest.fn()} onUnchanged={jest.fn()} />);
    const form = screen.getByRole('form', { name: 'Edit agreement I-40 MOU' });
    expect((within(form).getByLabelText(/^Expires on/) as HTMLInputElement).value).toBe('2027-04-17');
    fireEvent.change(within(form).getByLabelText(/^Reporting requirements/), { target: { value: 'Weekly.' } });
    fireEvent.change(within(form).getByLabelText(/^Reason for the change/), { target: { value: 'Board asked' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ reportingRequirements: 'Weekly.', expiresOn: null }), 'Board asked', 3));
  });
});
