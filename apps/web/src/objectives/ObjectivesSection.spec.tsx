import { useQuery } from '@apollo/client/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddObjectiveDocument, ObjectivesSectionDocument, PlanObjectivesDocument, UpdateObjectiveDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { InWorkspace, renderWithProviders } from '../test/render';
import { ObjectivesSection } from './ObjectivesSection';

const objective = (id: string, position: number, title: string) => ({ __typename: 'Objective' as const, id, version: 1, position, title, description: '', successCriteria: 'Done', priority: 'MEDIUM' as const });
const planQuery = { request: { query: PlanObjectivesDocument, variables: { id: 'p1' } }, result: { data: { plan: { __typename: 'Plan', id: 'p1', objectives: [objective('o1', 0, 'Secure the perimeter')] } } } };
// The section's own query: its objectives and which roles serve each.
const sectionQuery = { request: { query: ObjectivesSectionDocument, variables: { id: 'p1' } }, result: { data: { plan: { __typename: 'Plan', id: 'p1', objectives: [objective('o1', 0, 'Secure the perimeter')], roles: [] } } } };

function Harness() {
  const { data } = useQuery(PlanObjectivesDocument, { variables: { id: 'p1' } });
  if (!data?.plan) return null;
  return (
    <InWorkspace context={{ plan: { id: data.plan.id }, canEdit: true }}>
      <ObjectivesSection />
    </InWorkspace>
  );
}

const addForm = () => screen.getByRole('form', { name: 'Add an objective' });

describe('ObjectivesSection: keyboard path to and from the add form (shared AddPanel and editor)', () => {
  it('leaves focus where it was when the section opens: the add form below the list takes none', async () => {
    renderWithProviders(<Harness />, { mocks: [planQuery, sectionQuery] });
    await screen.findByRole('heading', { name: /Secure the perimeter/ });
    expect(addForm().contains(document.activeElement)).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });

  it('puts focus on the new objective after Enter in the add form, not on <body>', async () => {
    const add = { request: { query: AddObjectiveDocument, variables: () => true }, result: { data: { addObjective: objective('o2', 1, 'Screen vehicles') } } };
    renderWithProviders(<Harness />, { mocks: [planQuery, sectionQuery, add] });
    await screen.findByRole('heading', { name: /Secure the perimeter/ });
    const title = within(addForm()).getByLabelText(/^Title/);
    fireEvent.change(title, { target: { value: 'Screen vehicles' } });
    fireEvent.submit(addForm());

    const added = await waitFor(() => {
      const element = document.getElementById('objective-o2');
      expect(element).not.toBeNull();
      return element!;
    });
    await waitFor(() => expect(document.activeElement).toBe(added));
    expect(within(added).getByRole('heading', { name: /Screen vehicles/ })).toBeTruthy();
  });

  it('keeps focus on the moved objective\'s buttons: the other one once it reached the end of the list', async () => {
    const first = objective('o1', 0, 'Secure the perimeter');
    const second = objective('o2', 1, 'Screen vehicles');
    const plan = (objectives: unknown[]) => ({ data: { plan: { __typename: 'Plan', id: 'p1', objectives } } });
    const moved = { ...first, position: 1, version: 2 };
    renderWithProviders(<Harness />, {
      mocks: [
        { request: { query: PlanObjectivesDocument, variables: { id: 'p1' } }, result: plan([first, second]) },
        { request: { query: ObjectivesSectionDocument, variables: { id: 'p1' } }, result: { data: { plan: { __typename: 'Plan', id: 'p1', objectives: [first, second], roles: [] } } } },
        { request: { query: UpdateObjectiveDocument, variables: { id: 'o1', expectedVersion: 1, patch: { position: 1 } } }, result: { data: { updateObjective: moved } } },
        // The others shift on the server: the section reads the new order once.
        { request: { query: PlanObjectivesDocument, variables: { id: 'p1' } }, result: plan([{ ...second, position: 0, version: 2 }, moved]) },
      ],
    });
    const down = await screen.findByRole('button', { name: 'Move down: Secure the perimeter' });
    down.focus();
    fireEvent.click(down);
    const up = screen.getByRole('button', { name: 'Move up: Secure the perimeter' });
    await waitFor(() => expect(document.activeElement).toBe(up));
    expect((screen.getByRole('button', { name: 'Move down: Secure the perimeter' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Moved "Secure the perimeter" to position 2.')).toBeTruthy();
  });

  it('Edit puts focus in the title; saving or cancelling brings it back to the Edit button, not <body>', async () => {
    const saved = { ...objective('o1', 0, 'Secure the outer perimeter'), version: 2 };
    const update = { request: { query: UpdateObjectiveDocument, variables: () => true }, result: { data: { updateObjective: saved } } };
    renderWithProviders(<Harness />, { mocks: [planQuery, sectionQuery, update] });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Secure the perimeter' }));
    const form = screen.getByRole('form', { name: /Edit/ });
    const title = within(form).getByLabelText(/^Title/);
    await waitFor(() => expect(document.activeElement).toBe(title));
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Secure the perimeter' })));

    fireEvent.click(screen.getByRole('button', { name: 'Edit Secure the perimeter' }));
    fireEvent.change(within(screen.getByRole('form', { name: /Edit/ })).getByLabelText(/^Title/), { target: { value: 'Secure the outer perimeter' } });
    fireEvent.submit(screen.getByRole('form', { name: /Edit/ }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Secure the outer perimeter' })));
  });

  it('on CONFLICT, names the priority in words in the table of what differs, and takes focus to the notice', async () => {
    const conflict = new GraphQLError('Changed', { extensions: { code: 'CONFLICT', currentVersion: 2, current: { ...objective('o1', 0, 'Secure the perimeter'), version: 2, priority: 'HIGH' } } });
    renderWithProviders(<Harness />, { mocks: [planQuery, sectionQuery, { request: { query: UpdateObjectiveDocument, variables: () => true }, result: { errors: [conflict] } }] });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Secure the perimeter' }));
    const form = screen.getByRole('form', { name: /Edit/ });
    fireEvent.change(within(form).getByLabelText(/^Priority/), { target: { value: 'LOW' } });
    fireEvent.submit(form);
    const notice = await within(form).findByRole('alert', { name: /saved a newer version/ });
    const row = within(notice).getByRole('row', { name: /Priority/ });
    expect(within(row).getByText('High')).toBeTruthy();
    expect(within(row).getByText('Low')).toBeTruthy();
    expect(within(notice).queryByText('HIGH')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(notice).getByRole('heading', { name: /saved a newer version/ })));
  });

  it('on CONFLICT with a save that holds exactly what was sent, offers no choice: the form closes saying so', async () => {
    const current = { ...objective('o1', 0, 'Secure the outer perimeter'), version: 2 };
    const conflict = new GraphQLError('Changed', { extensions: { code: 'CONFLICT', currentVersion: 2, current } });
    renderWithProviders(<Harness />, { mocks: [planQuery, sectionQuery, { request: { query: UpdateObjectiveDocument, variables: () => true }, result: { errors: [conflict] } }] });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Secure the perimeter' }));
    const form = screen.getByRole('form', { name: /Edit/ });
    fireEvent.change(within(form).getByLabelText(/^Title/), { target: { value: 'Secure the outer perimeter' } });
    fireEvent.submit(form);
    expect(await screen.findByText('Someone else had already saved the same; nothing more to save.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: /Edit/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Keep theirs' })).toBeNull();
  });

  it('saving an edit that changed nothing sends nothing (in review it would void every sign-off)', async () => {
    const update = jest.fn(() => ({ data: { updateObjective: { ...objective('o1', 0, 'Secure the perimeter'), version: 2 } } }));
    renderWithProviders(<Harness />, { mocks: [planQuery, sectionQuery, { request: { query: UpdateObjectiveDocument, variables: () => true }, result: update }] });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Secure the perimeter' }));
    fireEvent.submit(screen.getByRole('form', { name: /Edit/ }));
    expect(await screen.findByText('Nothing changed, so nothing was saved.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: /Edit/ })).toBeNull();
    expect(update).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Secure the perimeter' })));
  });

  it('on a refusal that names no field, focus goes to the error sentence', async () => {
    const add = { request: { query: AddObjectiveDocument, variables: () => true }, result: { errors: [new GraphQLError('nope', { extensions: { code: 'FORBIDDEN' } })] } };
    renderWithProviders(<Harness />, { mocks: [planQuery, sectionQuery, add] });
    await screen.findByRole('heading', { name: /Secure the perimeter/ });
    fireEvent.change(within(addForm()).getByLabelText(/^Title/), { target: { value: 'Screen vehicles' } });
    fireEvent.submit(addForm());
    const alert = await within(addForm()).findByRole('alert');
    await waitFor(() => expect(document.activeElement?.contains(alert)).toBe(true));
  });

  it('offers "Skip to add form" first in the section; it puts focus in the form\'s first field', async () => {
    renderWithProviders(<Harness />, { mocks: [planQuery, sectionQuery] });
    await screen.findByRole('heading', { name: /Secure the perimeter/ });
    const section = screen.getByRole('region', { name: 'Objectives' });
    const skip = within(section).getByRole('link', { name: 'Skip to add form' });
    // The first control of the section, before every item's buttons.
    expect(section.querySelector('a, button, input, select, textarea')).toBe(skip);
    expect(skip.className).toContain('jo-skip-link');
    fireEvent.click(skip);
    expect(document.activeElement).toBe(within(addForm()).getByLabelText(/^Title/));
  });
});
