import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphQLError } from 'graphql';
import { RecordTrainingForm } from './RecordTrainingForm';

const COURSES = [{ id: 'c-fa', code: 'FA-101', title: 'First aid' }];
const NOW = () => Date.parse('2026-06-15T12:00:00Z');

function setup(onSave = jest.fn(async () => undefined)) {
  render(<RecordTrainingForm userId="u-officer" courses={COURSES} onSave={onSave} now={NOW} />);
  const form = screen.getByRole('form', { name: 'Record training' });
  const fill = (completedOn: string, evidence = 'Certificate 4411') => {
    fireEvent.change(within(form).getByLabelText(/^Course/), { target: { value: 'c-fa' } });
    fireEvent.change(within(form).getByLabelText(/^Completed on/), { target: { value: completedOn } });
    fireEvent.change(within(form).getByLabelText(/^Evidence/), { target: { value: evidence } });
  };
  return { form, fill, onSave };
}

describe('RecordTrainingForm', () => {
  it('wants a course, a date and evidence before sending, in the words of the shared schema', () => {
    const { form, onSave } = setup();
    fireEvent.click(within(form).getByRole('button', { name: 'Record training' }));
    const summary = within(form).getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Choose a course.', 'Completed on is required.', 'Evidence is required.']);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a completion in the future', () => {
    const { form, fill, onSave } = setup();
    fill('2026-06-16');
    fireEvent.click(within(form).getByRole('button', { name: 'Record training' }));
    expect(within(within(form).getByRole('alert', { name: 'There is a problem' })).getByRole('link').textContent).toBe('Completed on cannot be in the future.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends the calendar date as midnight UTC and the trimmed evidence, then says what was recorded', async () => {
    const { form, fill, onSave } = setup();
    fill('2026-06-15', '  Certificate 4411 ');
    fireEvent.click(within(form).getByRole('button', { name: 'Record training' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ userId: 'u-officer', courseId: 'c-fa', completedOn: '2026-06-15T00:00:00.000Z', evidence: 'Certificate 4411' }));
    expect((await screen.findByRole('status')).textContent).toBe('Recorded FA-101 First aid, completed Jun 15, 2026.');
    // The pressed button was disabled while saving: focus goes to what happened, not to <body>.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
  });

  it("shows the server's refusal of the person, which the form has no field for", async () => {
    const onSave = jest.fn(async () => {
      throw new CombinedGraphQLErrors({
        errors: [new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT', field: 'userId', violations: [{ field: 'userId', message: 'Choose a person of your own agency.' }] } })],
      });
    });
    const { form, fill } = setup(onSave);
    fill('2026-06-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Record training' }));
    expect((await within(form).findByText('Choose a person of your own agency.')).textContent).toBe('Choose a person of your own agency.');
  });
});
