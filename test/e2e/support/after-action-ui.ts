import type { Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD } from './browser';
import { E2E_OPERATION_TYPE } from './review-ui';

/** Runs a GraphQL operation against the e2e server; throws with the errors unless it succeeded. */
export async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}\n${query}`);
  return body.data;
}

/** Signs in through the API and returns the bearer token. */
export async function apiLogin(email: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: DEMO_PASSWORD });
  return data.login.token;
}

/** The id of the first plan the caller sees whose title contains `search`. */
export async function findPlanId(token: string, search: string): Promise<string> {
  const data = await gql(`query($s: String) { plans(search: $s) { edges { node { id title } } } }`, { s: search }, token);
  const node = data.plans.edges.map((e: { node: { id: string; title: string } }) => e.node).find((n: { title: string }) => n.title.includes(search));
  if (!node) throw new Error(`no plan titled like ${search}`);
  return node.id;
}

export interface ActivePlan {
  id: string;
  title: string;
  objectives: Array<{ id: string; title: string }>;
  eventTitle: string;
  /** Planned start and end of the event, epoch ms. */
  eventStartsAt: number;
  eventEndsAt: number;
  agencies: Record<'NCSHP' | 'WCSO' | 'ICE HSI', string>;
}

/**
 * Builds an ACTIVE plan through the API, as the task force would: NCSHP (Dana) leads with WCSO
 * and ICE HSI, two objectives with success criteria, a role per agency held by its lead, a
 * resource per agency, a comms channel, the NC checklist with every required item SATISFIED, and
 * a window that opens at the next full minute at least 45 seconds away (submission and approval
 * need a window that has not started) with one one-minute event at its start; submitted, approved
 * by the three leads on the current revision and activated by Marcus. The event is under way or
 * over within about two minutes: `waitForEventStart` waits for it before actuals are recorded.
 */
export async function createActivePlan(title: string): Promise<ActivePlan> {
  const [dana, marcus, renee, priya] = await Promise.all(
    ['dana.whitfield@ncshp.example', 'marcus.bell@ncshp.example', 'renee.jacobs@wcso.example', 'priya.natarajan@hsi.example'].map(apiLogin),
  );
  const { agencies: all, checklistTemplates } = await gql(`{ agencies { id shortName } checklistTemplates { id jurisdiction name } }`, {}, dana);
  const agencyId = (shortName: string) => {
    const found = all.find((a: { shortName: string }) => a.shortName === shortName);
    if (!found) throw new Error(`no agency ${shortName}`);
    return found.id as string;
  };
  const agencies = { NCSHP: agencyId('NCSHP'), WCSO: agencyId('WCSO'), 'ICE HSI': agencyId('ICE HSI') };
  const template = checklistTemplates.find((t: { jurisdiction: string; name: string }) => /\bNC\b|North Carolina/i.test(`${t.jurisdiction} ${t.name}`));
  if (!template) throw new Error(`no NC checklist template in ${JSON.stringify(checklistTemplates)}`);

  const minute = 60_000;
  const hour = 60 * minute;
  const start = Math.ceil((Date.now() + 45_000) / minute) * minute;
  const iso = (ms: number) => new Date(ms).toISOString();
  const created = await gql(
    `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id checklist { id version required } } }`,
    {
      input: {
        title,
        summary: 'End-to-end after-action run.',
        agencyIds: [agencies.WCSO, agencies['ICE HSI']],
        checklistTemplateId: template.id,
        operationType: E2E_OPERATION_TYPE,
        startsAt: iso(start),
        endsAt: iso(start + 8 * hour),
      },
    },
    dana,
  );
  const planId: string = created.createPlan.id;
  const objectives: ActivePlan['objectives'] = [];
  for (const [objectiveTitle, criteria] of [
    ['Screen commercial vehicles', 'Every stopped vehicle inspected'],
    ['Keep stops lawful', 'Every stop documented'],
  ]) {
    const added = await gql(`mutation($p: ID!, $i: ObjectiveInput!) { addObjective(planId: $p, input: $i) { id title } }`, { p: planId, i: { title: objectiveTitle, successCriteria: criteria } }, dana);
    objectives.push(added.addObjective);
  }
  // Every operation type but a training exercise needs a command post (NO_COMMAND_POST); WCSO's traffic control works from it.
  const commandPost = await gql(`mutation($p: ID!, $i: PlaceInput!) { addPlace(planId: $p, input: $i) { id } }`, { p: planId, i: { name: 'Command post', kind: 'COMMAND_POST', coordinates: [[-78.5486, 35.3821]], address: 'I-40 weigh station, Benson, NC' } }, dana);
  for (const [shortName, roleTitle, lead] of [
    ['NCSHP', 'Operation Commander', marcus],
    ['WCSO', 'Traffic Control', renee],
    ['ICE HSI', 'Cargo Liaison', priya],
  ] as const) {
    const { me } = await gql(`{ me { id } }`, {}, lead);
    const placeId = shortName === 'WCSO' ? commandPost.addPlace.id : null;
    await gql(`mutation($p: ID!, $i: RoleAssignmentInput!) { addRole(planId: $p, input: $i) { id } }`, { p: planId, i: { agencyId: agencies[shortName], title: roleTitle, assigneeId: me.id, placeId } }, dana);
    await gql(`mutation($p: ID!, $i: ResourceCommitmentInput!) { addResource(planId: $p, input: $i) { id } }`, { p: planId, i: { agencyId: agencies[shortName], kind: 'Officers', quantity: 3 } }, dana);
  }
  await gql(`mutation($p: ID!, $i: CommsChannelInput!) { addCommsChannel(planId: $p, input: $i) { id } }`, { p: planId, i: { name: 'Tactical 1', details: 'VIPER talkgroup CHK-1' } }, dana);
  for (const item of created.createPlan.checklist.filter((i: { required: boolean }) => i.required)) {
    await gql(`mutation($id: ID!, $v: Int!) { resolveChecklistItem(id: $id, expectedVersion: $v, status: SATISFIED, note: "Verified by counsel") { id } }`, { id: item.id, v: item.version }, dana);
  }
  const eventTitle = 'Checkpoint sweep';
  await gql(
    `mutation($p: ID!, $i: TimelineEventInput!) { addTimelineEvent(planId: $p, input: $i) { id } }`,
    { p: planId, i: { title: eventTitle, phase: 'EXECUTION', startsAt: iso(start), endsAt: iso(start + minute) } },
    dana,
  );
  if (Date.now() >= start) throw new Error('createActivePlan: the window opened before the plan could be submitted; the server is too slow for a 45-second margin');
  const submitted = await gql(`mutation($p: ID!) { submitPlanForReview(planId: $p) { revision readiness { ready blockers { message } } } }`, { p: planId }, dana);
  const revision = submitted.submitPlanForReview.revision;
  for (const lead of [marcus, renee, priya]) {
    await gql(`mutation($p: ID!, $r: Int!) { decideApproval(planId: $p, revision: $r, decision: APPROVE) { status } }`, { p: planId, r: revision }, lead);
  }
  const activated = await gql(`mutation($p: ID!) { activatePlan(planId: $p) { status } }`, { p: planId }, marcus);
  if (activated.activatePlan.status !== 'ACTIVE') throw new Error(`plan is ${activated.activatePlan.status}`);
  return { id: planId, title, objectives, eventTitle, eventStartsAt: start, eventEndsAt: start + minute, agencies };
}

/** Waits until `ms` (epoch) has passed: actual times may not lie in the future. */
export async function waitUntil(ms: number): Promise<void> {
  const left = ms - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

/** Opens a workspace section by URL and waits for its h2. */
export async function openPlanSection(page: Page, planId: string, path: string, heading: string): Promise<void> {
  await page.goto(`/plans/${planId}/${path}`);
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
}

/**
 * Files the signed-in member's debrief through the wizard: "Met" for every objective, no
 * incidents, one strength, one improvement, no narrative, then submit.
 */
export async function fileDebrief(page: Page, plan: ActivePlan, strength: string, improvement: string): Promise<void> {
  const next = page.getByRole('button', { name: 'Save and continue' });
  const step = (name: string) => page.getByRole('heading', { level: 4, name, exact: true }).waitFor();
  for (const objective of plan.objectives) {
    await step(objective.title);
    // USWDS tile radios: the input sits off-screen, a person clicks the label.
    await page.locator(`label[for="outcome-${objective.id}-MET"]`).click();
    await next.click();
  }
  await step('Incidents');
  await next.click();
  await step('Strengths');
  await page.getByRole('button', { name: 'Add a strength' }).click();
  await page.getByLabel('Strength 1', { exact: true }).fill(strength);
  await next.click();
  await step('Improvements');
  await page.getByRole('button', { name: /^Add an? improvement$/ }).click();
  await page.getByLabel('Improvement 1', { exact: true }).fill(improvement);
  await next.click();
  await step('Narrative');
  await next.click();
  await step('Review and submit');
  await page.getByText(strength, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Submit debrief' }).click();
  // The section swaps the wizard for the read-only view once the cache holds the submitted debrief.
  await page.getByText(/^(Debrief submitted|Your debrief, submitted)\. It can no longer be changed\.$/).first().waitFor();
  await page.getByRole('button', { name: 'Submit debrief' }).waitFor({ state: 'detached' });
}

/** `YYYY-MM-DDTHH:mm` on the plan zone's clocks, as the plan's datetime-local inputs read it (New York unless the plan chose another zone). */
export function toLocalInputValue(ms: number, zone = 'America/New_York'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
