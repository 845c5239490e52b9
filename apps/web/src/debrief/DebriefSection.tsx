import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { SubmitDebriefDocument, type DebriefFieldsFragment, type DebriefInput } from '@jointops/web-data';
import { DebriefSectionDocument } from '@jointops/web-data';
import { canReadDebrief } from '@jointops/domain';
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../shared/errors';
import { useWorkspace } from '../plans/workspace-context';
import { afterActionAccess } from '../shared/after-action-access';
import { DebriefView } from './DebriefView';
import { debriefSteps, resumeStep, stepLabel } from './debrief-model';
import { DebriefWizard } from './DebriefWizard';
import { useDebriefLiveRefresh } from './useDebriefLiveRefresh';
import { QueuePanel } from '../offline/QueuePanel';
import { useOfflineQueue } from '../offline/useOfflineQueue';
import { useOfflineWrites } from '../offline/useOfflineWrites';

/** `/plans/:id/debrief`: the caller's own debrief (wizard, or read-only once submitted) and everyone else's status. */
export function DebriefSection() {
  const { plan, me } = useWorkspace();
  const access = afterActionAccess(plan, me);
  const { data, loading, error, refetch } = useQuery(DebriefSectionDocument, { variables: { id: plan.id } });
  const [submitMutation] = useMutation(SubmitDebriefDocument);

  const writes = useOfflineWrites(plan.id);
  // What waits on this device for the plan (a refused draft shows its comparison here too).
  const queue = useOfflineQueue(plan.id, me.id);
  const client = useApolloClient();
  const save = useCallback(
    async (input: DebriefInput, expectedVersion: number | undefined): Promise<DebriefFieldsFragment> => {
      const mineNow = (data?.plan?.debriefs ?? []).find((d) => d.author.id === me.id) ?? null;
      const { debrief, queued } = await writes.saveDebrief(input, expectedVersion, mineNow);
      if (!queued) addDebriefToCache(client.cache, plan.id, debrief);
      return debrief;
    },
    [writes, client, data, me.id, plan.id],
  );

  // The wizard disappears once the debrief is submitted: say so here, and keep focus in place.
  const [justSubmitted, setJustSubmitted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const submit = useCallback(
    async (id: string, expectedVersion: number) => {
      const { data: result } = await submitMutation({ variables: { id, expectedVersion } });
      if (!result) throw new Error('No answer from the server.');
      setJustSubmitted(true);
      requestAnimationFrame(() => headingRef.current?.focus());
      return result.submitDebrief;
    },
    [submitMutation],
  );

  const debriefs = data?.plan?.debriefs ?? [];
  const mine = debriefs.find((d) => d.author.id === me.id) ?? null;
  // The draft as it was when the section opened: "Resuming…" says where a saved draft picks up,
  // not where each save of this visit has got to.
  const [openedWith, setOpenedWith] = useState<{ draft: typeof mine } | null>(null);
  if (data && !openedWith) setOpenedWith({ draft: mine });
  const resumed = openedWith?.draft ?? null;
  // Others' debriefs change while this page is open: follow them live.
  useDebriefLiveRefresh(plan.id, mine?.id ?? null, refetch);

  const heading = (
    <h2 id="debrief-heading" ref={headingRef} tabIndex={-1} className="margin-top-0">
      Debrief
    </h2>
  );
  if (!data && loading) {
    return (
      <section aria-labelledby="debrief-heading">
        {heading}
        <p role="status">Loading debriefs…</p>
      </section>
    );
  }
  if (error && !data) {
    return (
      <section aria-labelledby="debrief-heading">
        {heading}
        <Alert type="error" slim role="alert">
          Debriefs could not be loaded. {errorMessage(error)}
        </Alert>
      </section>
    );
  }
  const objectives = [...(data?.plan?.objectives ?? [])].sort((a, b) => a.position - b.position);
  const others = debriefs.filter((d) => d !== mine);
  // Others' drafts are their own until submitted (oversight reads them): say only what this reader can know.
  const seesDrafts = canReadDebrief(me, { status: 'DRAFT', authorId: '' });
  const steps = debriefSteps(objectives);

  return (
    <section aria-labelledby="debrief-heading">
      {heading}
      <QueuePanel writes={queue} />
      {mine?.status === 'SUBMITTED' ? (
        <>
          {/* Said once: as news right after submitting, as a heading line on a later visit. */}
          {justSubmitted ? (
            <p className="usa-alert usa-alert--success usa-alert--slim padding-2" role="status">
              Debrief submitted. It can no longer be changed.
            </p>
          ) : (
            <p className="usa-intro margin-top-0">Your debrief, submitted. It can no longer be changed.</p>
          )}
          <DebriefView debrief={mine} />
        </>
      ) : access.canDebrief ? (
        <>
          {/* The form comes first (on a phone it starts in the first screen); what saving does is said beside the buttons. */}
          {resumed ? (
            <p className="margin-top-0 font-body-xs text-base-dark" data-testid="resuming">
              Resuming your saved draft at {stepLabel(steps[resumeStep(resumed, steps.length)]!)}.
            </p>
          ) : null}
          <DebriefWizard objectives={objectives} window={{ ...plan, activatedAt: data?.plan?.activatedAt, completedAt: data?.plan?.completedAt }} draft={mine} onSave={save} onSubmit={submit} />
          <p className="font-body-xs text-base-dark">One step per objective, then incidents, strengths, improvements and a narrative. Your draft is saved at every step; come back to it any time before you submit.</p>
        </>
      ) : mine?.status === 'DRAFT' ? (
        <>
          {/* Filing has ended (the plan is closed) with this draft never submitted: say so rather than let it vanish. */}
          <p className="margin-top-0" data-testid="draft-not-filed">
            Your draft debrief was never submitted, and debriefs can no longer be filed: the after-action report leaves it out. It stays here for you to read.
          </p>
          <DebriefView debrief={mine} />
        </>
      ) : (
        <p className="margin-top-0">
          {access.member ? 'Debriefs are filed while the plan is active or completed.' : 'Members of participating agencies file debriefs. You can read the submitted ones below.'}
        </p>
      )}

      <h3>Debriefs filed</h3>
      {others.length === 0 ? (
        <p data-testid="no-other-debriefs">{seesDrafts ? 'No one else has started a debrief yet.' : 'No one else has submitted a debrief yet. Until submitted, a draft is read only by its author and oversight.'}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {others.map((d) => (
            <li key={d.id} className="margin-bottom-1">
              {d.status === 'SUBMITTED' ? (
                <details>
                  <summary>
                    {d.author.displayName} · {d.agency.shortName} · Submitted
                  </summary>
                  <DebriefView debrief={d} />
                </details>
              ) : (
                <span>
                  {d.author.displayName} · {d.agency.shortName} · Draft
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Lists a saved draft among the plan's cached debriefs, once. */
function addDebriefToCache(cache: ApolloCache, planId: string, debrief: DebriefFieldsFragment): void {
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: {
      debriefs: (existing: readonly Reference[] = [], { toReference }) => {
        const ref = toReference({ __typename: 'Debrief', id: debrief.id });
        return !ref || existing.some((r) => r.__ref === ref.__ref) ? existing : [...existing, ref];
      },
    },
  });
}
