import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useApolloClient, useFragment } from '@apollo/client/react';
import { AddObjectiveDocument, AddResourceDocument, ObjectiveFieldsFragmentDoc, UpdateObjectiveDocument, type ObjectiveFieldsFragment } from '@jointops/web-data';
import { useState } from 'react';
import { GraphQLError } from 'graphql';
import { ObjectiveForm } from '../objectives/ObjectiveForm';
import type { WorkspacePlan } from '../plans/workspace-types';
import { ResourceForm } from '../resources/ResourceForm';
import { renderWithProviders } from '../test/render';
import { pause } from '../test/pause';

const OBJECTIVE = { __typename: 'Objective', id: 'o1', version: 3, position: 0, title: 'Secure the perimeter', description: '', successCriteria: 'Fence closed', priority: 'HIGH' } as ObjectiveFieldsFragment;
const PLAN = { id: 'p1', agencies: [{ __typename: 'Agency', id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP' }] } as unknown as WorkspacePlan;
const wait = () => pause(30);

/** The edit form over the cached objective, as a section shows it: "Keep theirs" and live events rewrite it. */
function CachedObjectiveForm({ onDone }: { onDone: (message?: string) => void }) {
  const client = useApolloClient();
  useState(() => client.cache.writeFragment({ fragment: ObjectiveFieldsFragmentDoc, data: OBJECTIVE }));
  const { data, complete } = useFragment({ fragment: ObjectiveFieldsFragmentDoc, from: OBJECTIVE });
  return complete ? <ObjectiveForm planId="p1" objective={data as ObjectiveFieldsFragment} onDone={onDone} /> : null;
}
const badInput = (violations: Array<{ field: string; message: string }>) =>
  new GraphQLError(violations.map((v) => v.message).join(' '), { extensions: { code: 'BAD_USER_INPUT', field: violations[0]!.field, violations } });

describe('PlanItemForm (the frame of every plan part form), through the objective and resource forms', () => {
  it('checks with the shared schema before sending: error summary, the field marked, focus on it, nothing sent', async () => {
    const result = jest.fn(() => ({ data: { addObjective: OBJECTIVE } }));
    renderWithProviders(<ObjectiveForm planId="p1" onDone={jest.fn()} />, { mocks: [{ request: { query: AddObjectiveDocument, variables: () => true }, result }] });
    const form = screen.getByRole('form', { name: 'Add an objective' });
    fireEvent.change(within(form).getByLabelText('Description'), { target: { value: 'No title on purpose.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add objective' }));

    const summary = within(form).getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Title is required.' }).getAttribute('href')).toBe('#objective-new-title');
    const title = within(form).getByLabelText(/^Title/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title);
    await wait();
    expect(result).not.toHaveBeenCalled();

    // Editing the field takes its error away; the summary goes with it.
    fireEvent.change(title, { target: { value: 'Secure the perimeter' } });
    expect(title.getAttribute('aria-invalid')).toBeNull();
    expect(within(form).queryByRole('alert', { name: 'There is a problem' })).toBeNull();
  });

  it('adds, announces it and starts over with an empty form', async () => {
    const onDone = jest.fn();
    const input = { title: 'Secure the perimeter', description: '', successCriteria: 'Fence closed', priority: 'HIGH' };
    renderWithProviders(<ObjectiveForm planId="p1" onDone={onDone} />, { mocks: [{ request: { query: AddObjectiveDocument, variables: { planId: 'p1', input } }, result: { data: { addObjective: OBJECTIVE } } }] });
    const form = screen.getByRole('form', { name: 'Add an objective' });
    fireEvent.change(within(form).getByLabelText(/^Title/), { target: { value: '  Secure the perimeter ' } });
    fireEvent.change(within(form).getByLabelText('Success criteria'), { target: { value: 'Fence closed' } });
    fireEvent.change(within(form).getByLabelText('Priority'), { target: { value: 'HIGH' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add objective' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Objective added.'));
    await waitFor(() => expect((within(form).getByLabelText(/^Title/) as HTMLInputElement).value).toBe(''));
    expect((within(form).getByLabelText('Priority') as HTMLSelectElement).value).toBe('MEDIUM');
  });

  it('keeps what was typed while the add was saving when it starts over, and leaves focus there', async () => {
    const onDone = jest.fn();
    renderWithProviders(<ObjectiveForm planId="p1" onDone={onDone} />, { mocks: [{ request: { query: AddObjectiveDocument, variables: () => true }, delay: 50, result: { data: { addObjective: OBJECTIVE } } }] });
    const form = screen.getByRole('form', { name: 'Add an objective' });
    const title = within(form).getByLabelText(/^Title/) as HTMLInputElement;
    const description = within(form).getByLabelText('Description') as HTMLTextAreaElement;
    fireEvent.change(title, { target: { value: 'Secure the perimeter' } });
    fireEvent.change(description, { target: { value: 'The first one.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add objective' }));
    // The next objective is begun before the first is saved.
    await waitFor(() => expect(within(form).getByRole('button', { name: 'Saving…' })).toBeTruthy());
    description.focus();
    fireEvent.change(description, { target: { value: 'The next one.' } });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Objective added.'));
    await waitFor(() => expect(title.value).toBe(''));
    expect(description.value).toBe('The next one.');
    expect(document.activeElement).toBe(description);
  });

  it("puts the server's field errors on their fields and the rest in one sentence", async () => {
    const error = badInput([
      { field: 'input.title', message: 'Title is already used.' },
      { field: 'input.somethingElse', message: 'Something else is wrong.' },
    ]);
    renderWithProviders(<ObjectiveForm planId="p1" onDone={jest.fn()} />, { mocks: [{ request: { query: AddObjectiveDocument, variables: () => true }, result: { errors: [error] } }] });
    const form = screen.getByRole('form', { name: 'Add an objective' });
    fireEvent.change(within(form).getByLabelText(/^Title/), { target: { value: 'Secure the perimeter' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add objective' }));
    const summary = await within(form).findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByText('Title is already used.')).toBeTruthy();
    expect(within(form).getByText('Something else is wrong.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/^Title/)));
  });

  it('meets a stale save with the conflict notice, keeps what was typed, and applies it on top of the current version', async () => {
    const onDone = jest.fn();
    const patch = { title: 'Secure the perimeter', description: '', successCriteria: 'Fence and gate closed', priority: 'HIGH' };
    // They changed the criteria (as this user did) and the description (which this user did not
    // touch); their save's live event has not arrived.
    const theirs = { ...OBJECTIVE, version: 4, successCriteria: 'Gate closed', description: 'CBP staging at the north gate.' };
    const conflict = new GraphQLError('Changed by someone else.', { extensions: { code: 'CONFLICT', currentVersion: 4, current: theirs } });
    const onTop = { ...patch, description: theirs.description };
    const applied = jest.fn(() => ({ data: { updateObjective: { ...OBJECTIVE, ...onTop, version: 5 } } }));
    renderWithProviders(<CachedObjectiveForm onDone={onDone} />, {
      mocks: [
        { request: { query: UpdateObjectiveDocument, variables: { id: 'o1', expectedVersion: 3, patch } }, result: { errors: [conflict] } },
        // Their description goes back as they saved it, not the empty one this form opened with.
        { request: { query: UpdateObjectiveDocument, variables: { id: 'o1', expectedVersion: 4, patch: onTop } }, result: applied },
      ],
    });
    const form = screen.getByRole('form', { name: 'Edit objective Secure the perimeter' });
    fireEvent.change(within(form).getByLabelText('Success criteria'), { target: { value: 'Fence and gate closed' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save objective' }));

    const notice = await within(form).findByRole('alert', { name: 'Someone saved a newer version while you were editing' });
    const rows = within(within(notice).getByRole('table', { name: 'Fields that differ' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Success criteriaGate closedFence and gate closed']);
    expect((within(form).getByLabelText('Success criteria') as HTMLTextAreaElement).value).toBe('Fence and gate closed');
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.click(within(notice).getByRole('button', { name: 'Apply mine on top' }));
    // At once, not after the wait for an item the cache lacks.
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Objective saved.'), { timeout: 500 });
    expect(applied).toHaveBeenCalledTimes(1);
    expect((within(form).getByLabelText('Description') as HTMLTextAreaElement).value).toBe('CBP staging at the north gate.');
    expect((within(form).getByLabelText('Success criteria') as HTMLTextAreaElement).value).toBe('Fence and gate closed');
  });

  it('asks before the page is left with unsaved edits, and not before', () => {
    renderWithProviders(<ObjectiveForm planId="p1" objective={OBJECTIVE} onDone={jest.fn()} />);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'Edited' } });
    expect(leave()).toBe(true);
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: '' } });
    expect(leave()).toBe(false);
  });

  it('wants an agency and a whole quantity for a resource, the agency first', async () => {
    const result = jest.fn(() => ({ data: { addResource: { id: 'r1' } } }));
    renderWithProviders(<ResourceForm plan={PLAN} onDone={jest.fn()} />, { mocks: [{ request: { query: AddResourceDocument, variables: () => true }, result }] });
    const form = screen.getByRole('form', { name: 'Add a resource' });
    fireEvent.change(within(form).getByLabelText(/^Kind/), { target: { value: 'Officers' } });
    fireEvent.change(within(form).getByLabelText(/^Quantity/), { target: { value: '-2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add resource' }));

    const summary = within(form).getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Choose the agency that commits this resource.', 'Quantity must be a whole number, 0 or more.']);
    expect(document.activeElement).toBe(within(form).getByLabelText(/^Agency/));
    await wait();
    expect(result).not.toHaveBeenCalled();
  });
});
