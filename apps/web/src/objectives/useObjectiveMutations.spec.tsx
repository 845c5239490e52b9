import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createCache, PlanObjectivesDocument } from '@jointops/web-data';
import type { ReactNode } from 'react';
import { NEVER, Observable } from 'rxjs';
import { useObjectiveMutations } from './useObjectiveMutations';

const objective = (id: string, position: number, title: string) => ({ __typename: 'Objective' as const, id, version: 1, position, title, description: '', successCriteria: 'Done', priority: 'MEDIUM' as const });

describe('useObjectiveMutations: Undo of a removal', () => {
  it('shows the restored objective in its place at once, before the order is read again', async () => {
    // The server answers the re-add; the reads that follow it (order, plan revision) stay unanswered,
    // so what the list shows comes from the restore alone.
    const sent: string[] = [];
    const link = new ApolloLink((operation) => {
      sent.push(operation.operationName ?? '');
      if (operation.operationName !== 'AddObjective') return NEVER;
      return new Observable((observer) => {
        observer.next({ data: { addObjective: objective('o9', 1, 'Screen vehicles') } });
        observer.complete();
      });
    });
    const client = new ApolloClient({ cache: createCache(), link });
    // After "Screen vehicles" (position 1) was removed, the server moved "Reopen the lanes" up to 1.
    client.writeQuery({ query: PlanObjectivesDocument, variables: { id: 'p1' }, data: { plan: { __typename: 'Plan', id: 'p1', objectives: [objective('o1', 0, 'Secure the perimeter'), objective('o3', 1, 'Reopen the lanes')] } } as never });
    const wrapper = ({ children }: { children: ReactNode }) => <ApolloProvider client={client}>{children}</ApolloProvider>;
    const { result } = renderHook(() => useObjectiveMutations('p1'), { wrapper });

    void act(() => void result.current.restoreObjective({ title: 'Screen vehicles', description: '', successCriteria: 'Done', priority: 'MEDIUM', position: 1, roleIds: [] }));
    await waitFor(() => expect(sent).toContain('PlanObjectivesAfterRestore'));
    const objectives = client.readQuery({ query: PlanObjectivesDocument, variables: { id: 'p1' } })!.plan!.objectives;
    expect([...objectives].sort((a, b) => a.position - b.position).map((o) => [o.title, o.position])).toEqual([
      ['Secure the perimeter', 0],
      ['Screen vehicles', 1],
      ['Reopen the lanes', 2],
    ]);
  });
});
