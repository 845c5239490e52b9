import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import { createCache, PlanWorkspaceDocument, type PresenceFieldsFragment } from '@jointops/web-data';
import type { WorkspacePlan } from '../plans/workspace-types';
import { EditingBadgeFor } from './EditingBadgeFor';
import { cachedPlan, CBP, NCSHP, writeWholePlan } from './live-fixtures';
import { onePerPerson, PresenceProvider, type PresenceContextValue } from './presence-context';
import { useReportFocus } from './useReportFocus';
import { WorkspacePresence } from './WorkspacePresence';

const entry = (id: string, name: string, agency: typeof CBP | typeof NCSHP, focus: string | null): PresenceFieldsFragment => ({
  focus,
  lastSeenAt: '2027-03-03T10:00:00Z',
  user: { id, displayName: name, agency },
});

const MARIA = entry('u-maria', 'Maria Lopez', CBP, 'objective:o2');
const DANA = entry('u-dana', 'Dana Whitfield', NCSHP, 'section:objectives');

/** A client whose cache holds the plan with every section's content (each section opened once). */
function clientWithWholePlan(): ApolloClient {
  const client = new ApolloClient({ cache: createCache(), link: ApolloLink.empty() });
  writeWholePlan(client.cache, cachedPlan());
  return client;
}

function withPresence(ui: React.ReactNode, value: Partial<PresenceContextValue> = {}, client = clientWithWholePlan()) {
  const context: PresenceContextValue = { people: [MARIA, DANA], meId: 'u-dana', reportFocus: () => () => undefined, ...value };
  return render(
    <ApolloProvider client={client}>
      <PresenceProvider value={context}>{ui}</PresenceProvider>
    </ApolloProvider>,
  );
}

describe('presence', () => {
  it('shows "… is editing" on the item someone else edits, not on others', () => {
    withPresence(
      <>
        <EditingBadgeFor entityKey="objective:o2" />
        <EditingBadgeFor entityKey="objective:o1" />
      </>,
    );
    expect(screen.getAllByTestId('editing-badge').map((b) => b.textContent)).toEqual(['Maria Lopez is editing']);
  });

  it('never badges your own focus', () => {
    withPresence(<EditingBadgeFor entityKey="objective:o2" />, { meId: 'u-maria' });
    expect(screen.queryByTestId('editing-badge')).toBeNull();
  });

  it('lists the others in the header with agency and what they do, you marked last', () => {
    withPresence(<WorkspacePresence plan={cachedPlan() as unknown as WorkspacePlan} />);
    const strip = screen.getByTestId('workspace-presence');
    expect(strip.textContent).toContain('1 other person in this plan with you:');
    const items = screen.getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('title'))).toEqual(['Maria Lopez (CBP) — editing Objective 2 "Objective o2"', 'Dana Whitfield (NCSHP), you — viewing Objectives']);
  });

  it('names the item by its kind while this browser has not loaded its section (the workspace holds only ids)', () => {
    const client = new ApolloClient({ cache: createCache(), link: ApolloLink.empty() });
    const ids = (list: readonly { id: string }[]) => list.map(({ id }) => ({ __typename: 'Objective', id }));
    const shell = { ...cachedPlan(), objectives: ids(cachedPlan().objectives) };
    client.cache.writeQuery({ query: PlanWorkspaceDocument, variables: { id: 'p1' }, data: { plan: shell } as never });
    withPresence(<WorkspacePresence plan={shell as unknown as WorkspacePlan} />, {}, client);
    expect(screen.getAllByRole('listitem')[0]!.getAttribute('title')).toBe('Maria Lopez (CBP) — editing an objective');
  });

  it('shows nothing when you are alone', () => {
    withPresence(<WorkspacePresence plan={cachedPlan() as unknown as WorkspacePlan} />, { people: [DANA] });
    expect(screen.queryByTestId('workspace-presence')).toBeNull();
  });

  it('reports focus while a form is open and releases it on close', () => {
    const release = jest.fn();
    const reportFocus = jest.fn(() => release);
    function Form({ open }: { open: boolean }) {
      useReportFocus(open ? 'role:r1' : null);
      return null;
    }
    const { rerender } = withPresence(<Form open />, { reportFocus });
    expect(reportFocus).toHaveBeenCalledWith('role:r1');
    rerender(
      <PresenceProvider value={{ people: [], meId: 'u-dana', reportFocus }}>
        <Form open={false} />
      </PresenceProvider>,
    );
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('keeps one entry per person, the most specific focus', () => {
    const tabs = [entry('u-maria', 'Maria Lopez', CBP, 'section:roles'), MARIA, entry('u-maria', 'Maria Lopez', CBP, null)];
    expect(onePerPerson(tabs)).toEqual([MARIA]);
  });
});
