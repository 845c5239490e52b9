import type { ApolloClient } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ApprovalsSectionDocument,
  ChecklistSectionDocument,
  CommsSectionDocument,
  DebriefSectionDocument,
  ObjectivesSectionDocument,
  OperationSectionDocument,
  OverviewSectionDocument,
  PlacesSectionDocument,
  PlanWorkspaceDocument,
  PlanWorkspaceWithApprovalsDocument,
  PlanWorkspaceWithChecklistDocument,
  PlanWorkspaceWithCommsDocument,
  PlanWorkspaceWithObjectivesDocument,
  PlanWorkspaceWithOverviewDocument,
  PlanWorkspaceWithPlacesDocument,
  PlanWorkspaceWithResourcesDocument,
  PlanWorkspaceWithRolesDocument,
  PlanWorkspaceWithTimelineDocument,
  ReportSectionDocument,
  ResourcesSectionDocument,
  RolesSectionDocument,
  TimelineSectionDocument,
} from '@jointops/web-data';
import { cached, fetchIntoCache, inFlightFor, preloadPlanQuery, track } from './plan-preload';
import { SECTION_CODE } from './section-code';
import type { WorkspaceSection } from './workspace-sections';

/**
 * The query each section loads its content with (the workspace's own query loads only the header,
 * the nav's counts and the log position). Sections not listed read only the workspace plan, or
 * page their own data (activity).
 */
export const SECTION_QUERIES: Partial<Record<WorkspaceSection, TypedDocumentNode<unknown, { id: string }>>> = {
  overview: OverviewSectionDocument,
  objectives: ObjectivesSectionDocument,
  roles: RolesSectionDocument,
  checklist: ChecklistSectionDocument,
  timeline: TimelineSectionDocument,
  resources: ResourcesSectionDocument,
  comms: CommsSectionDocument,
  places: PlacesSectionDocument,
  approvals: ApprovalsSectionDocument,
  operation: OperationSectionDocument,
  debrief: DebriefSectionDocument,
  report: ReportSectionDocument,
};

/** The query that brings the shell along with a section's content, when entering the workspace there. */
const ENTRY_QUERIES: Partial<Record<WorkspaceSection, TypedDocumentNode<unknown, { id: string }>>> = {
  overview: PlanWorkspaceWithOverviewDocument,
  objectives: PlanWorkspaceWithObjectivesDocument,
  roles: PlanWorkspaceWithRolesDocument,
  checklist: PlanWorkspaceWithChecklistDocument,
  timeline: PlanWorkspaceWithTimelineDocument,
  resources: PlanWorkspaceWithResourcesDocument,
  comms: PlanWorkspaceWithCommsDocument,
  places: PlanWorkspaceWithPlacesDocument,
  approvals: PlanWorkspaceWithApprovalsDocument,
};

/**
 * As a workspace route is entered or its section changes: starts the data not cached yet and, at
 * once, the section's code. The first time, the shell and the section's content come in one
 * request (`PlanWorkspaceWith<Section>`: the server reads the plan once); later, the section's own
 * query. The workspace and the section wait for these requests (`useAwaitPreload`) instead of
 * repeating them. The request goes first: asking for code appends a link per chunk, which would
 * otherwise hold the request back.
 */
export function preloadWorkspace(client: ApolloClient, planId: string, section: WorkspaceSection | null): void {
  if (!planId) return;
  preloadWorkspaceData(client, planId, section);
  if (section) void SECTION_CODE[section]().catch(() => undefined);
}

function preloadWorkspaceData(client: ApolloClient, planId: string, section: WorkspaceSection | null): void {
  const query = section ? SECTION_QUERIES[section] : undefined;
  const shellKnown = inFlightFor(PlanWorkspaceDocument, planId) !== undefined || cached(client, PlanWorkspaceDocument, planId);
  const entry = section ? ENTRY_QUERIES[section] : undefined;
  if (!shellKnown && query && entry && !cached(client, query, planId)) {
    track(fetchIntoCache(client, entry, { id: planId }), [PlanWorkspaceDocument, query], planId);
    return;
  }
  if (!shellKnown) preloadPlanQuery(client, PlanWorkspaceDocument, planId);
  if (query) preloadPlanQuery(client, query, planId);
}
