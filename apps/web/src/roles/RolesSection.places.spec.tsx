import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddRoleDocument, AgencyUsersDocument, RolesSectionDocument, UpdateRoleDocument } from '@jointops/web-data';
import { InWorkspace, renderWithProviders } from '../test/render';
import { RolesSection } from './RolesSection';

const CBP = { __typename: 'Agency' as const, id: 'a-cbp', shortName: 'CBP', name: 'U.S. Customs and Border Protection' };
const PLACES = [
  { __typename: 'Place' as const, id: 'pl-cp', name: 'Main CP', kind: 'COMMAND_POST' as const },
  { __typename: 'Place' as const, id: 'pl-check', name: 'Exit 42 checkpoint', kind: 'CHECKPOINT' as const },
];
const role = (id: string, title: string, placeId: string | null) => ({
  __typename: 'RoleAssignment' as const,
  ...{ id, version: 2, title, responsibilities: '', agency: CBP, assignee: null, objectives: [] },
  place: placeId ? { __typename: 'Place' as const, id: placeId } : null,
});
const section = {
  request: { query: RolesSectionDocument, variables: { id: 'p1' } },
  result: { data: { plan: { __typename: 'Plan', id: 'p1', roles: [role('r-liaison', 'Liaison', 'pl-cp'), role('r-driver', 'Driver', null)], objectives: [], places: PLACES } } },
};
const users = { request: { query: AgencyUsersDocument, variables: { agencyId: 'a-cbp' } }, result: { data: { users: [] } }, maxUsageCount: 10 };

function Harness() {
  return (
    <InWorkspace context={{ plan: { id: 'p1', agencies: [CBP] }, canEdit: true }}>
      <RolesSection />
    </InWorkspace>
  );
}

describe('RolesSection: a role names a place of the plan', () => {
  it('shows the place with its kind on the role, linking to the Places section', async () => {
    renderWithProviders(<Harness />, { mocks: [section, users] });
    const liaison = (await screen.findByRole('heading', { name: 'Liaison' })).closest('li') as HTMLElement;
    expect(within(liaison).getByTestId('role-place').textContent).toBe('Place: Main CP (Command post)');
    expect(within(liaison).getByRole('link', { name: 'Main CP' }).getAttribute('href')).toBe('/plans/p1/places');
    const driver = screen.getByRole('heading', { name: 'Driver' }).closest('li') as HTMLElement;
    expect(within(driver).queryByTestId('role-place')).toBeNull();
  });

  it('sends the chosen place as placeId when adding a role', async () => {
    const result = jest.fn(() => ({ data: { addRole: role('r-new', 'Inspector', 'pl-check') } }));
    renderWithProviders(<Harness />, { mocks: [section, users, { request: { query: AddRoleDocument, variables: () => true }, result }] });
    const form = await screen.findByRole('form', { name: 'Add a role' });
    const select = within(form).getByRole('combobox', { name: 'Place (optional)' }) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual(['— None —', 'Main CP (Command post)', 'Exit 42 checkpoint (Checkpoint)']);
    fireEvent.change(within(form).getByRole('combobox', { name: /^Agency/ }), { target: { value: 'a-cbp' } });
    fireEvent.change(within(form).getByLabelText(/^Role title/), { target: { value: 'Inspector' } });
    fireEvent.change(select, { target: { value: 'pl-check' } });
    fireEvent.submit(form);
    await waitFor(() => expect(result).toHaveBeenCalled());
    expect((result.mock.calls[0] as unknown as [{ input: Record<string, unknown> }])[0].input).toMatchObject({ agencyId: 'a-cbp', title: 'Inspector', placeId: 'pl-check' });
  });

  it('clears the place with placeId: null when "— None —" is chosen', async () => {
    const result = jest.fn(() => ({ data: { updateRole: role('r-liaison', 'Liaison', null) } }));
    renderWithProviders(<Harness />, { mocks: [section, users, { request: { query: UpdateRoleDocument, variables: () => true }, result }] });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit role Liaison' }));
    const form = await screen.findByRole('form', { name: 'Edit role Liaison' });
    const select = within(form).getByRole('combobox', { name: 'Place (optional)' }) as HTMLSelectElement;
    expect(select.value).toBe('pl-cp');
    fireEvent.change(select, { target: { value: '' } });
    fireEvent.submit(form);
    await waitFor(() => expect(result).toHaveBeenCalled());
    const [{ id, patch }] = result.mock.calls[0] as unknown as [{ id: string; patch: Record<string, unknown> }];
    expect(id).toBe('r-liaison');
    expect(patch['placeId']).toBeNull();
    expect('placeId' in patch).toBe(true);
  });

  it('offers as assignees only the planners, leads and officers of the agency, not its oversight staff or administrators', async () => {
    const person = (id: string, displayName: string, roles: string[]) => ({ __typename: 'User' as const, id, displayName, roles, agency: { __typename: 'Agency' as const, id: 'a-cbp' } });
    const staff = {
      request: { query: AgencyUsersDocument, variables: { agencyId: 'a-cbp' } },
      result: { data: { users: [person('u-maria', 'Maria Lopez', ['PLANNER']), person('u-eve', 'Evelyn Brooks', ['OVERSIGHT']), person('u-sam', 'Sam Reyes', ['ADMIN']), person('u-james', 'James Okafor', ['AGENCY_LEAD'])] } },
      maxUsageCount: 10,
    };
    renderWithProviders(<Harness />, { mocks: [section, staff] });
    const form = await screen.findByRole('form', { name: 'Add a role' });
    fireEvent.change(within(form).getByRole('combobox', { name: /^Agency/ }), { target: { value: 'a-cbp' } });
    const assignee = within(form).getByRole('combobox', { name: 'Assignee (optional)' }) as HTMLSelectElement;
    await waitFor(() => expect([...assignee.options].map((option) => option.textContent)).toEqual(['Not assigned', 'Maria Lopez', 'James Okafor']));
  });
});
