import { useApolloClient, useSubscription } from '@apollo/client/react';
import { PlanPresenceDocument, UpdatePresenceDocument, useConnectionStore, WS_TRANSPORT } from '@jointops/web-data';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { onePerPerson, type PresenceContextValue } from './presence-context';

/** The server drops an entry 60 s after it was last seen. */
export const PRESENCE_HEARTBEAT_MS = 20_000;

/**
 * Who is in the plan (planPresence subscription), and what this user is doing: `sectionFocus`
 * (e.g. `section:objectives`) unless a form reported something more specific. Sent with
 * updatePresence over the WebSocket, so the server ties it to this socket, on every change,
 * every 20 s, and again after a reconnect (a new socket starts without presence).
 */
export function usePlanPresence(planId: string, meId: string | null, sectionFocus: string | null): PresenceContextValue {
  const client = useApolloClient();
  const connection = useConnectionStore();
  const { data } = useSubscription(PlanPresenceDocument, { variables: { planId }, fetchPolicy: 'no-cache', skip: !planId });
  const [override, setOverride] = useState<string | null>(null);
  const focus = override ?? sectionFocus;
  const focusRef = useRef(focus);
  focusRef.current = focus;

  const send = useCallback(
    (value: string | null) => {
      if (!planId) return;
      client.mutate({ mutation: UpdatePresenceDocument, variables: { planId, focus: value }, context: WS_TRANSPORT, fetchPolicy: 'no-cache' }).catch(() => {
        /* presence is best effort; the next heartbeat tries again */
      });
    },
    [client, planId],
  );

  useEffect(() => {
    send(focus);
    const timer = setInterval(() => send(focusRef.current), PRESENCE_HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [focus, send]);

  useEffect(() => connection.onReconnect(() => send(focusRef.current)), [connection, send]);

  const reportFocus = useCallback((key: string) => {
    setOverride(key);
    return () => setOverride((current) => (current === key ? null : current));
  }, []);

  const entries = data?.planPresence;
  const people = useMemo(() => onePerPerson(entries ?? []), [entries]);
  return useMemo(() => ({ people, meId, reportFocus, ownFocus: focus }), [people, meId, reportFocus, focus]);
}
