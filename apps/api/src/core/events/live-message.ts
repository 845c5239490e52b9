/** What instances tell each other. Only wake-ups and small facts: events themselves stay in the table. */
export type LiveMessage =
  /** A plan's log grew up to `seq` (committed). */
  | { kind: 'plan-log'; planId: string; seq: number }
  /** Who takes part in a plan changed: streams re-check their subscriber's access. */
  | { kind: 'plan-members'; planId: string; agencyIds: string[] }
  /** A session ended (logout, account disabled or reset, password changed elsewhere): every instance closes its sockets. */
  | { kind: 'session-revoked'; sessionId: string }
  /**
   * What a session's user may do changed (agency or roles): every instance closes its sockets with
   * a code the client retries, so it reconnects and resubscribes under the new access.
   */
  | { kind: 'session-access-changed'; sessionId: string }
  /** A notification for `userId` was committed: its `notificationAdded` streams read it from the table. */
  | { kind: 'notification'; userId: string; id: string }
  /** One presence entry of one instance, upserted (entry) or gone (null). */
  | { kind: 'presence'; instanceId: string; planId: string; key: string; entry: SharedPresence | null };

export interface SharedPresence {
  userId: string;
  focus: string | null;
  lastSeenAt: string;
}

/** A message on the wire between instances: stamped with the instance that published it. */
export type TransportMessage = LiveMessage & { origin?: string };

export const LIVE_CHANNEL = 'jointops_live';
