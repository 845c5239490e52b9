import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ComplaintHandlingForm, type ComplaintHandlingFormProps } from './ComplaintHandlingForm';
import { describeComplaintChange } from './ComplaintHistory';

const OPERATIONS = [
  { value: 'p-corridor', label: 'Operation Safe Corridor' },
  { value: 'p-port', label: 'Port sweep' },
];
const AGENCIES = [{ value: 'a-cbp', label: 'U.S. Customs and Border Protection (CBP)' }];

const renderForm = (complaint: Partial<ComplaintHandlingFormProps['complaint']> = {}, onSave = jest.fn(async () => undefined)) => {
  const onUnchanged = jest.fn();
  render(
    <MemoryRouter>
      <ComplaintHandlingForm complaint={{ status: 'REFERRED', outcome: null, plan: null, agency: null, ...complaint }} operations={OPERATIONS} agencies={AGENCIES} onSave={onSave} onUnchanged={onUnchanged} />
    </MemoryRouter>,
  );
  return { onSave, onUnchanged, form: screen.getByRole('form', { name: 'Handle this complaint' }) };
};

describe('ComplaintHandlingForm (oversight)', () => {
  it('offers only the moves the rules allow', () => {
    const { form } = renderForm();
    expect(within(within(form).getByLabelText(/^Status/)).getAllByRole('option').map((option) => option.textContent)).toEqual(['Referred to the agency', 'Under review', 'Closed']);
  });

  it('wants an outcome to close, and sends nothing without one', () => {
    const { form, onSave } = renderForm();
    fireEvent.change(within(form).getByLabelText(/^Status/), { target: { value: 'CLOSED' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const summary = within(form).getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link').textContent).toBe('Say what the outcome is before you close the complaint: the complainant reads it with their tracking code.');
    expect(document.activeElement?.id).toBe('complaint-handling-outcome');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('links an operation and an agency and closes with an outcome, sending every field', async () => {
    const { form, onSave } = renderForm();
    fireEvent.change(within(form).getByLabelText(/^Status/), { target: { value: 'CLOSED' } });
    fireEvent.change(within(form).getByLabelText(/^Operation/), { target: { value: 'p-port' } });
    fireEvent.change(within(form).getByLabelText(/^Agency/), { target: { value: 'a-cbp' } });
    fireEvent.change(within(form).getByLabelText(/^Outcome/), { target: { value: 'Sustained; the officer was retrained.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ status: 'CLOSED', planId: 'p-port', agencyId: 'a-cbp', outcome: 'Sustained; the officer was retrained.' }));
  });

  it('sends nothing when Save is pressed with every field as it was (spaces after the outcome included)', async () => {
    const { form, onSave, onUnchanged } = renderForm({ status: 'CLOSED', outcome: 'Sustained.', plan: { id: 'p-port', title: 'Port sweep' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onUnchanged).toHaveBeenCalledTimes(1));
    fireEvent.change(within(form).getByLabelText(/^Outcome/), { target: { value: 'Sustained. ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onUnchanged).toHaveBeenCalledTimes(2));
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(within(form).getByLabelText(/^Outcome/), { target: { value: 'Sustained; corrected.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ status: 'CLOSED', planId: 'p-port', agencyId: '', outcome: 'Sustained; corrected.' }));
    expect(onUnchanged).toHaveBeenCalledTimes(2);
  });

  it('says that a closed complaint keeps its outcome when the outcome is cleared (not "before you close")', () => {
    const { form, onSave } = renderForm({ status: 'CLOSED', outcome: 'Sustained.' });
    fireEvent.change(within(form).getByLabelText(/^Outcome/), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const summary = within(form).getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link').textContent).toBe('A closed complaint keeps its outcome; correct it instead of clearing it.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps an operation that is not in the list as a choice, and allows no operation', () => {
    const { form } = renderForm({ plan: { id: 'p-old', title: 'An older operation' } });
    const options = within(within(form).getByLabelText(/^Operation/)).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['- None -', 'An older operation', 'Operation Safe Corridor', 'Port sweep']);
  });

  it('says so when someone else saved first (CONFLICT)', async () => {
    const conflict = new CombinedGraphQLErrors({ errors: [{ message: 'Someone changed this complaint first.', extensions: { code: 'CONFLICT', currentVersion: 3, current: {} } }] });
    const { form } = renderForm({}, jest.fn(async () => Promise.reject(conflict)));
    fireEvent.change(within(form).getByLabelText(/^Status/), { target: { value: 'UNDER_REVIEW' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Someone else changed this complaint while you were editing/)).toBeTruthy();
  });
});

describe('a complaint history entry, in words', () => {
  it('names the filing, and each field from and to', () => {
    expect(describeComplaintChange({ changes: [] })).toBe('Filed by the public');
    const nameOf = (field: string, id: string) => (field === 'planId' && id === 'p-port' ? 'Port sweep' : undefined);
    expect(
      describeComplaintChange(
        {
          changes: [
            { field: 'status', from: 'RECEIVED', to: 'UNDER_REVIEW' },
            { field: 'planId', from: null, to: 'p-port' },
          ],
        },
        nameOf,
      ),
    ).toBe('Status: Received → Under review\nOperation: — → Port sweep');
  });
});
