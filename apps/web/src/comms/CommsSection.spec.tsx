import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CommsSectionDocument, UpdateCommsChannelDocument } from '@jointops/web-data';
import { InWorkspace, renderWithProviders } from '../test/render';
import { CommsSection } from './CommsSection';

const NCSHP = { __typename: 'Agency' as const, id: 'a-nc', shortName: 'NCSHP', name: 'North Carolina State Highway Patrol' };
const channel = { __typename: 'CommsChannel' as const, id: 'c1', version: 1, name: 'Tactical 1', details: 'TG 4410', purpose: 'Command net', agency: null };
const sectionQuery = { request: { query: CommsSectionDocument, variables: { id: 'p1' } }, result: { data: { plan: { __typename: 'Plan', id: 'p1', comms: [channel] } } } };

function renderSection(mocks: object[] = []) {
  const plan = { id: 'p1', status: 'DRAFT', approvals: [], agencies: [NCSHP] };
  return renderWithProviders(
    <InWorkspace context={{ plan, canEdit: true }}>
      <CommsSection />
    </InWorkspace>,
    { mocks: [sectionQuery, ...mocks] as never },
  );
}

const editButton = () => screen.getByRole('button', { name: `Edit channel ${channel.name}` });

describe('CommsSection: focus around an edit (the form opens below the table)', () => {
  it('Edit puts focus in the name; Cancel brings it back to the Edit button, not <body>', async () => {
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: `Edit channel ${channel.name}` }));
    const form = screen.getByRole('form', { name: /Edit channel/ });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/^Name/)));
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(editButton()));
  });

  it('after a save, focus is on the Edit button of the saved channel and the status says so', async () => {
    const saved = { ...channel, version: 2, details: 'TG 4411' };
    renderSection([{ request: { query: UpdateCommsChannelDocument, variables: () => true }, result: { data: { updateCommsChannel: saved } } }]);
    fireEvent.click(await screen.findByRole('button', { name: `Edit channel ${channel.name}` }));
    const form = screen.getByRole('form', { name: /Edit channel/ });
    fireEvent.change(within(form).getByLabelText(/^Details/), { target: { value: 'TG 4411' } });
    fireEvent.submit(form);
    expect(await screen.findByText('Channel saved.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(editButton()));
  });
});
