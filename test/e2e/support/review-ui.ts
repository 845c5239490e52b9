import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, newContext, signIn, waitForLanding } from './browser';

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

export async function createPlan(api: Api, input: { title: string; agencyIds: string[]; checklistTemplateId?: string; summary?: string }): Promise<CreatedPlan> {
  const { createPlan: plan } = await api<{ createPlan: CreatedPlan }>('mutation Create($input: CreatePlanInput!) { createPlan(input: $input) { id title } }', { input });
  return plan;
}

/** A signed-in person in a browser context of their own. */
export interface Person {
  context: BrowserContext;
  page: Page;
}

/** Signs in through the form in a fresh context and opens a plan's section by its URL. */
export async function openPlanAs(browser: Browser, email: string, planId: string, sectionPath: string, title: string): Promise<Person> {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signIn(page, email);
  await waitForLanding(page);
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
