import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AddObjectiveDocument, type ObjectiveFieldsFragment } from '@jointops/web-data';
import { createMemoryRouter, Link, RouterProvider, useLocation } from 'react-router';
import { ObjectiveForm } from '../objectives/ObjectiveForm';
import { UnsavedChangesProvider } from './UnsavedChangesProvider';

const OBJECTIVE = { __typename: 'Objective', id: 'o1', version: 1, position: 0, title: 'Secure the perimeter', description: '', successCriteria: '', priority: 'MEDIUM' } as ObjectiveFieldsFragment;
const ADD = { request: { query: AddObjectiveDocument, variables: () => true }, result: { data: { addObjective: OBJECTIVE } } };

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

function renderSection() {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <UnsavedChangesProvider>
            <Link to="/plans/p1/roles">Roles</Link>
            <Where />
            <ObjectiveForm planId="p1" onDone={jest.fn()} />
          </UnsavedChangesProvider>
        ),
      },
    ],
    { initialEntries: ['/plans/p1/objectives'] },
  );
  render(
    <MockedProvider mocks={[ADD]} showWarnings={false}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

const title = () => within(screen.getByRole('form', { name: 'Add an objective' })).getByLabelText(/^Title/) as HTMLInputElement;

describe('UnsavedChangesProvider with an Add form (the guard every plan part form shares)', () => {
  it('asks before switching section with typed text; "Stay" keeps the text and the section', async () => {
    renderSection();
    fireEvent.change(title(), { target: { value: 'Half-typed objective' } });
    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Roles' })));

    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(within(dialog).getByText(/will be lost/)).toBeTruthy();
    const stay = within(dialog).getByRole('button', { name: 'Stay and keep my text' });
    expect(document.activeElement).toBe(stay);
    await act(async () => fireEvent.click(stay));

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByTestId('where').textContent).toBe('/plans/p1/objectives');
    expect(title().value).toBe('Half-typed objective');
  });

  it('Escape stays; "Leave and discard" goes', async () => {
    renderSection();
    fireEvent.change(title(), { target: { value: 'Half-typed objective' } });
    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Roles' })));
    fireEvent.keyDown(await screen.findByRole('alertdialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByTestId('where').textContent).toBe('/plans/p1/objectives');

    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Roles' })));
    await act(async () => fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave and discard' })));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/plans/p1/roles'));
  });

  it('guards page unload while there is typed text, and nothing once it is added', async () => {
    renderSection();
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    fireEvent.change(title(), { target: { value: 'Secure the perimeter' } });
    await waitFor(() => expect(unload()).toBe(true));

    fireEvent.click(screen.getByRole('button', { name: 'Add objective' }));
    await waitFor(() => expect(title().value).toBe(''));
    await waitFor(() => expect(unload()).toBe(false));
    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Roles' })));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByTestId('where').textContent).toBe('/plans/p1/roles');
  });

  it('does not ask without typed text', async () => {
    renderSection();
    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Roles' })));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByTestId('where').textContent).toBe('/plans/p1/roles');
  });
});
