import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CorrectiveActionForm } from './CorrectiveActionForm';

const AGENCIES = [{ id: 'a-wcso', shortName: 'WCSO', name: "Wake County Sheriff's Office" }];

describe('CorrectiveActionForm', () => {
  it('wants a title, an owner and a due date before sending, in the words of the shared schema', async () => {
    const onSave = jest.fn(async () => undefined);
    render(<CorrectiveActionForm idPrefix="action-new" agencies={AGENCIES} onSave={onSave} onCancel={jest.fn()} />);
    const form = screen.getByRole('form', { name: 'Add a corrective action' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add corrective action' }));
    const summary = within(form).getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Title is required.', 'Choose the agency that owns it.', 'Due date is required.']);
    expect(document.activeElement).toBe(within(form).getByLabelText(/^Title/));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('opens with focus on its first field, Title', () => {
    render(<CorrectiveActionForm idPrefix="action-new" agencies={AGENCIES} onSave={jest.fn()} onCancel={jest.fn()} />);
    expect(document.activeElement).toBe(screen.getByLabelText(/^Title/));
  });

  it('sends the calendar date as midnight UTC and the trimmed texts', async () => {
    const onSave = jest.fn(async () => undefined);
    render(<CorrectiveActionForm idPrefix="action-new" agencies={AGENCIES} onSave={onSave} onCancel={jest.fn()} />);
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: '  Stage a second tow truck ' } });
    fireEvent.change(screen.getByLabelText(/^Owner agency/), { target: { value: 'a-wcso' } });
    fireEvent.change(screen.getByLabelText(/^Due date/), { target: { value: '2027-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add corrective action' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'Stage a second tow truck', ownerAgencyId: 'a-wcso', dueDateIso: '2027-06-30T00:00:00.000Z', notes: '' }), null),
    );
  });

  it('says in its own words that someone else changed the action', async () => {
    const onSave = jest.fn(async () => {
      throw new CombinedGraphQLErrors({ errors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT', currentVersion: 2, current: {} } })] });
    });
    const action = { __typename: 'CorrectiveAction', id: 'ca1', version: 1, title: 'Fix radios', dueDate: '2027-06-30T00:00:00.000Z', status: 'OPEN', notes: '', ownerAgency: { __typename: 'Agency', id: 'a-wcso', shortName: 'WCSO', name: 'Wake' } } as never;
    render(<CorrectiveActionForm idPrefix="action-ca1" agencies={AGENCIES} action={action} onSave={onSave} onCancel={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save corrective action' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Someone else changed this corrective action in the meantime. The list shows their version now; try again.');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ status: 'OPEN' }), 1);
  });
});
