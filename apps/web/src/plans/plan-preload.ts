import type { ApolloClient } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useReducer } from 'react';

/*
 * Plan queries sent ahead of the components that show them (section-data.ts), remembered until they
 * answer so those components wait for them instead of sending them again.
 */
const inFlight = new Map<string, Promise<unknown>>();
const keyOf = (query: TypedDocumentNode<unknown, { id: string }>, planId: string) => `${query.definitions.map((d) => ('name' in d ? d.name?.value : '')).join()}:${planId}`;

/**
 * Sends a plan query now (cache-first) and remembers it until it answers, so the component that
 * needs it can wait for this request (`useAwaitPreload`) instead of sending the same one again and
 * writing the same result into the cache twice.
 */
export function preloadPlanQuery(client: ApolloClient, query: TypedDocumentNode<unknown, { id: string }>, planId: string): void {
  if (inFlight.has(keyOf(query, planId)) || cached(client, query, planId)) return;
  track(fetchIntoCache(client, query, { id: planId }), [query], planId);
}

/**
 * Sends the query and writes its answer into the cache, without reading it back: nothing shows
 * this answer itself, the components that wait for it read their own queries from the cache (a
 * 500-event timeline is not read from the normalized cache once more for nobody).
 */
export function fetchIntoCache<V extends Record<string, unknown>>(client: ApolloClient, query: TypedDocumentNode<unknown, V>, variables: V): Promise<void> {
  return client.query({ query, variables, fetchPolicy: 'no-cache' }).then(({ data }) => {
    if (data) client.cache.writeQuery({ query, variables, data });
  });
}

/** Remembers `request` as the answer to each of `queries` for the plan until it settles. */
export function track(request: Promise<unknown>, queries: readonly TypedDocumentNode<unknown, { id: string }>[], planId: string): void {
  const keys = queries.map((query) => keyOf(query, planId));
  const settled = request.catch(() => undefined).finally(() => keys.forEach((key) => inFlight.delete(key)));
  keys.forEach((key) => inFlight.set(key, settled));
}

/** Whether the cache already answers this plan query in full. */
export function cached(client: ApolloClient, query: TypedDocumentNode<unknown, { id: string }>, planId: string): boolean {
  // A plan the cache has never seen (every first load) is answered without reading the query: the
  // first read of a large document costs tens of milliseconds that would hold the request back.
  const ref = client.cache.identify({ __typename: 'Plan', id: planId });
  if (!ref || !Object.hasOwn(client.cache.extract() as Record<string, unknown>, ref)) return false;
  try {
    return client.readQuery({ query, variables: { id: planId } }) !== null;
  } catch {
    return false;
  }
}

/**
 * Whether a preload of this query and plan is still in flight: the caller skips its own `useQuery`
 * meanwhile (showing that it is loading) and reads the cache once the preload has answered, instead
 * of sending the same request and writing the same result twice. Re-renders when it answers.
 */
export function useAwaitPreload(query: TypedDocumentNode<unknown, { id: string }>, planId: string): boolean {
  const pending = inFlightFor(query, planId);
  const [, answered] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!pending) return;
    let mounted = true;
    void pending.then(() => mounted && answered());
    return () => {
      mounted = false;
    };
  }, [pending]);
  return pending !== undefined;
}

/** The preload of this query and plan still in flight, if any. */
export function inFlightFor(query: TypedDocumentNode<unknown, { id: string }>, planId: string): Promise<unknown> | undefined {
  return inFlight.get(keyOf(query, planId));
}
