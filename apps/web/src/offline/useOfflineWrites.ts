import type { ActivityEntryFieldsFragment, DebriefFieldsFragment, DebriefInput, TimelineEventFieldsFragment } from '@jointops/web-data';
import { useCallback, useRef } from 'react';
import { useOffline } from './OfflineProvider';
import type { SendOutcome } from './store/types';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function signedOut(): never {
  throw new Error('Sign in again to send this: you are signed out.');
}

/**
 * The officer's three writes, through the queue (issue 19): sent at once when the connection is up
 * and nothing older waits, otherwise kept on this device and sent in order later, each with its own
 * client key. A direct send's error (validation, CONFLICT) is thrown as before, so forms show it.
 */
export function useOfflineWrites(planId: string) {
  const { sender, userId, debriefVersions } = useOffline();

  /** `at` null means now: the time it was written, kept when it is sent later. */
  const logActivity = useCallback(
    (text: string, at: string | null): Promise<SendOutcome<{ logActivity: ActivityEntryFieldsFragment }>> => {
      if (!sender || !userId) signedOut();
      const written = at ?? new Date().toISOString();
      return sender.submit({ kind: 'logActivity', userId, planId, summary: `Log entry “${short(text)}”`, variables: { planId, text, at: written } });
    },
    [sender, userId, planId],
  );

  const recordActuals = useCallback(
    (event: Pick<TimelineEventFieldsFragment, 'id' | 'title'>, expectedVersion: number, actualStartsAt: string | null, actualEndsAt: string | null) => {
      if (!sender || !userId) signedOut();
      return sender.submit<{ recordTimelineActuals: TimelineEventFieldsFragment }>({
        kind: 'recordTimelineActuals',
        userId,
        planId,
        summary: `Actual times of “${short(event.title)}”`,
        variables: { id: event.id, expectedVersion, actualStartsAt, actualEndsAt },
      });
    },
    [sender, userId, planId],
  );

  // After a save that waited in the queue the wizard holds a stand-in: its next save continues from
  // the version the queued one produced once it went, or joins the waiting one.
  const queuedDraft = useRef(false);
  const saveDebrief = useCallback(
    async (input: DebriefInput, expectedVersion: number | undefined, draft: DebriefFieldsFragment | null): Promise<{ debrief: DebriefFieldsFragment; queued: boolean }> => {
      if (!sender || !userId) signedOut();
      const base = queuedDraft.current ? (debriefVersions.get(planId) ?? expectedVersion) : expectedVersion;
      const outcome = await sender.submit<{ saveDebrief: DebriefFieldsFragment }>({
        kind: 'saveDebrief',
        userId,
        planId,
        summary: 'Your debrief draft',
        variables: { planId, input, ...(base !== undefined ? { expectedVersion: base } : {}) },
      });
      if (outcome.status === 'sent') {
        queuedDraft.current = false;
        return { debrief: outcome.result.saveDebrief, queued: false };
      }
      queuedDraft.current = true;
      const standIn = { ...(draft ?? ({} as DebriefFieldsFragment)), id: draft?.id ?? `queued-${planId}`, version: base ?? 0, status: 'DRAFT' } as DebriefFieldsFragment;
      return { debrief: standIn, queued: true };
    },
    [sender, userId, planId, debriefVersions],
  );

  return { logActivity, recordActuals, saveDebrief, ready: Boolean(sender) };
}
