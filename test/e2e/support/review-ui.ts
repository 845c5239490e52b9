import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, newContext, signedInPage } from './browser';

/** A GraphQL client over plain fetch, signed in as one demo account (the API's own login). */
export interface Api {
  <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

async function post(body: unknown, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (json.errors?.length) throw new Error(`GraphQL: ${json.errors.map((error) => error.message).join('; ')}`);
  if (!json.data) throw new Error(`GraphQL: HTTP ${response.status} without data`);
  return json.data;
}

export async function apiAs(email: string, password = DEMO_PASSWORD): Promise<Api> {
  const data = await post({
    query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    variables: { email, password },
  });
  const token = (data.login as { token: string }).token;
  return (<T>(query: string, variables?: Record<string, unknown>) => post({ query, variables }, token) as Promise<T>) as Api;
}

export async function agencyIdsByShortName(api: Api): Promise<Record<string, string>> {
  const { agencies } = await api<{ agencies: Array<{ id: string; shortName: string }> }>('{ agencies { id shortName } }');
  return Object.fromEntries(agencies.map((agency) => [agency.shortName, agency.id]));
}

export interface CreatedPlan {
  id: string;
  title: string;
}

export interface PlanWindow {
  startsAt: string;
  endsAt: string;
}

/** 06:00 to 18:00 UTC, `daysAhead` days from now: submission and approval need a window that has not started. */
export function futureWindow(daysAhead = 30): PlanWindow {
  const day = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
  return { startsAt: `${day}T06:00:00.000Z`, endsAt: `${day}T18:00:00.000Z` };
}

/**
 * What e2e plans are unless a spec says otherwise: investigation support, which the seeded
 * agreements of NCSHP with CBP, WCSO and ICE HSI all allow and for which every seeded member holds
 * the one course it requires (CJIS security awareness).
 */
export const E2E_OPERATION_TYPE = 'INVESTIGATION_SUPPORT';

/** Creates a plan through the API; in a future window (futureWindow()) unless the input gives one. */
export async function createPlan(
  api: Api,
  input: { title: string; agencyIds: string[]; checklistTemplateId?: string; summary?: string; operationType?: string | null } & Partial<PlanWindow>,
): Promise<CreatedPlan & PlanWindow> {
  const { createPlan: plan } = await api<{ createPlan: CreatedPlan & PlanWindow }>('mutation Create($input: CreatePlanInput!) { createPlan(input: $input) { id title startsAt endsAt } }', {
    input: { ...futureWindow(), operationType: E2E_OPERATION_TYPE, ...input },
  });
  return plan;
}

/** A member of the agency (the first listed who is neither an administrator nor oversight), to hold one of its roles. */
export async function someoneOf(api: Api, agencyId: string): Promise<string> {
  const { users } = await api<{ users: Array<{ id: string; roles: string[] }> }>('query Users($a: ID) { users(agencyId: $a) { id roles } }', { a: agencyId });
  const member = users.find((user) => !user.roles.includes('ADMIN') && !user.roles.includes('OVERSIGHT'));
  if (!member) throw new Error(`no member of agency ${agencyId} to assign`);
  return member.id;
}

/**
 * What readiness asks of a plan besides objectives, roles and the checklist: a resource committed
 * by each agency, a timeline event at the start of the window, a comms channel and a command post.
 */
export async function addOperationBasics(api: Api, plan: { id: string } & PlanWindow, agencyIds: readonly string[]): Promise<void> {
  for (const agencyId of agencyIds) {
    await api('mutation Resource($p: ID!, $a: ID!) { addResource(planId: $p, input: { agencyId: $a, kind: "Officers", quantity: 2 }) { id } }', { p: plan.id, a: agencyId });
  }
  const end = new Date(Math.min(Date.parse(plan.startsAt) + 3_600_000, Date.parse(plan.endsAt))).toISOString();
  await api('mutation Event($p: ID!, $s: DateTime!, $e: DateTime!) { addTimelineEvent(planId: $p, input: { title: "Joint briefing", phase: BRIEFING, startsAt: $s, endsAt: $e }) { id } }', {
    p: plan.id,
    s: plan.startsAt,
    e: end,
  });
  await api('mutation Channel($p: ID!) { addCommsChannel(planId: $p, input: { name: "Command net", details: "VIPER talkgroup CMD-1" }) { id } }', { p: plan.id });
  // Every operation type but a training exercise needs a command post (NO_COMMAND_POST).
  await api('mutation CommandPost($p: ID!) { addPlace(planId: $p, input: { name: "Command post", kind: COMMAND_POST, coordinates: [[-78.5486, 35.3821]] }) { id } }', { p: plan.id });
}

/** A signed-in person in a browser context of their own. */
export interface Person {
  context: BrowserContext;
  page: Page;
}

/** Signs in through the form in a fresh context and opens a plan's section by its URL. */
export async function openPlanAs(browser: Browser, email: string, planId: string, sectionPath: string, title: string): Promise<Person> {
  const context = await newContext(browser);
  const page = await signedInPage(context, email);
  await page.goto(`/plans/${planId}/${sectionPath}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return { context, page };
}

/** Follows the side nav to Approvals and waits for the cards. */
export async function openApprovals(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: /^Approvals/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Approvals', exact: true }).waitFor();
  await page.getByRole('list', { name: 'Approvals by agency' }).waitFor();
}

/** An agency's approval card; its heading is the agency's short name (plus "(your agency)" for the own one). */
export function approvalCard(page: Page, shortName: string): Locator {
  return page
    .getByRole('list', { name: 'Approvals by agency' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${shortName}\\b`) }) });
}

/** The plan's status tag in the workspace header, as text ("Approved", "In review", …). */
export function planStatus(page: Page, status: string): Locator {
  return page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) }).getByText(status, { exact: true });
}

/** Approves the current revision on the lead's own card and waits for the notice. */
export async function approveCurrent(page: Page, shortName: string, revision: number): Promise<void> {
  const form = page.getByRole('form', { name: `Decide for ${shortName}` });
  await form.getByRole('button', { name: `Approve revision ${revision}` }).click();
  await page.getByText(`You approved revision ${revision} for ${shortName}.`).waitFor();
}

const ROLE_TITLES: Record<string, string> = { NCSHP: 'Operation Commander', CBP: 'Federal Liaison Officer', WCSO: 'Traffic Control Supervisor' };

/**
 * NCSHP-led with the partner agencies in a window a month ahead, one objective, an assigned role
 * and a resource per agency, a timeline event, a comms channel, every required NC checklist item
 * satisfied: ready for review. Built through the API by whoever `api` signed in as (a planner).
 */
export async function buildReadyPlan(
  api: Api,
  { title, partners, objective }: { title: string; partners: string[]; objective: { title: string; successCriteria: string } },
): Promise<CreatedPlan & { revision: number }> {
  const agencies = await agencyIdsByShortName(api);
  const { checklistTemplates } = await api<{ checklistTemplates: Array<{ id: string; name: string; jurisdiction: string }> }>('{ checklistTemplates { id name jurisdiction } }');
  const template = checklistTemplates.find((t) => /North Carolina/i.test(t.name) || t.jurisdiction === 'NC');
  if (!template) throw new Error(`no North Carolina checklist template among ${checklistTemplates.map((t) => t.name).join(', ')}`);

  const plan = await createPlan(api, {
    title,
    summary: `Commercial vehicle inspections on I-95 with ${partners.join(' and ')} support.`,
    agencyIds: partners.map((shortName) => agencies[shortName]!),
    checklistTemplateId: template.id,
  });
  await api('mutation Objective($planId: ID!, $input: ObjectiveInput!) { addObjective(planId: $planId, input: $input) { id } }', {
    planId: plan.id,
    input: { ...objective, priority: 'HIGH' },
  });
  const everyone = ['NCSHP', ...partners];
  for (const shortName of everyone) {
    await api('mutation Role($planId: ID!, $input: RoleAssignmentInput!) { addRole(planId: $planId, input: $input) { id } }', {
      planId: plan.id,
      input: { agencyId: agencies[shortName]!, title: ROLE_TITLES[shortName] ?? `${shortName} liaison`, assigneeId: await someoneOf(api, agencies[shortName]!) },
    });
  }
  await addOperationBasics(api, plan, everyone.map((shortName) => agencies[shortName]!));
  const { plan: withChecklist } = await api<{ plan: { checklist: Array<{ id: string; version: number; required: boolean }> } }>(
    'query Checklist($id: ID!) { plan(id: $id) { checklist { id version required } } }',
    { id: plan.id },
  );
  const required = withChecklist.checklist.filter((item) => item.required);
  if (required.length === 0) throw new Error('the North Carolina template has no required items');
  for (const item of required) {
    await api('mutation Resolve($id: ID!, $v: Int!, $note: String!) { resolveChecklistItem(id: $id, expectedVersion: $v, note: $note, status: SATISFIED) { id } }', {
      id: item.id,
      v: item.version,
      note: 'Reviewed by counsel on 2027-05-20; memo filed with the plan.',
    });
  }
  const { plan: ready } = await api<{ plan: { revision: number } }>('query Revision($id: ID!) { plan(id: $id) { revision } }', { id: plan.id });
  return { ...plan, revision: ready.revision };
}
