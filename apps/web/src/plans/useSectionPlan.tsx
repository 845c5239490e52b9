import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Alert } from '@trussworks/react-uswds';
import { LoadingStatus } from '@jointops/ui';
import { useMemo, type ReactElement } from 'react';
import { errorMessage } from '../shared/errors';
import { useAwaitPreload } from './plan-preload';
import { useWorkspace } from './workspace-context';
import type { WorkspacePlan } from './workspace-types';

/** The workspace plan with a section's own content laid over it. */
export type SectionPlan<P> = Omit<WorkspacePlan, keyof P> & P;

export type SectionPlanState<P> = { plan: SectionPlan<P>; fallback: null } | { plan: null; fallback: ReactElement };

/**
 * A section's content, from its own query (see section-data.ts), over the workspace plan (header
 * fields, agencies, approvals). Until it has arrived, `fallback` says so. Live events keep both
 * current: they write into the same normalized entities.
 */
export function useSectionPlan<P extends object>(document: TypedDocumentNode<{ plan?: P | null }, { id: string }>, what: string): SectionPlanState<P> {
  const { plan: shell } = useWorkspace();
  // The route sent this query as the section was entered (section-data.ts): wait for that answer.
  const waiting = useAwaitPreload(document as TypedDocumentNode<unknown, { id: string }>, shell.id);
  const { data, error } = useQuery(document, { variables: { id: shell.id }, skip: waiting });
  const content = data?.plan ?? null;
  const plan = useMemo(() => (content ? ({ ...shell, ...content } as SectionPlan<P>) : null), [shell, content]);
  if (plan) return { plan, fallback: null };
  if (error || data) {
    return {
      plan: null,
      fallback: (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">The {what} could not be loaded. {error ? errorMessage(error) : ''}</p>
        </Alert>
      ),
    };
  }
  return { plan: null, fallback: <LoadingStatus>Loading {what}…</LoadingStatus> };
}
