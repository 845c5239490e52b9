import type { TaskForce } from './task-force';
import { gqlData } from './task-force';
import type { TestApp } from './test-app';

/** Helpers of the agreements specs. */

export const AGREEMENT_FIELDS = `id title kind version scope dataSharingTerms reportingRequirements effectiveFrom expiresOn terminatedAt documentName createdAt
  activeOn agencies { id shortName } history { at kind field before after reason by { id } }`;

export const CREATE_AGREEMENT = `mutation($input: AgreementInput!) { createAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const UPDATE_AGREEMENT = `mutation($id: ID!, $v: Int!, $patch: AgreementPatch!, $reason: String!) { updateAgreement(id: $id, expectedVersion: $v, patch: $patch, reason: $reason) { ${AGREEMENT_FIELDS} } }`;
export const TERMINATE_AGREEMENT = `mutation($id: ID!, $v: Int!, $reason: String!) { terminateAgreement(id: $id, expectedVersion: $v, reason: $reason) { ${AGREEMENT_FIELDS} } }`;
export const AGREEMENT = `query($id: ID!) { agreement(id: $id) { ${AGREEMENT_FIELDS} } }`;
export const AGREEMENTS = `query($agencyId: ID, $activeOn: DateTime) { agreements(agencyId: $agencyId, activeOn: $activeOn) { id title } }`;

/** A valid createAgreement input between NCSHP and CBP, with `overrides`. */
export function agreementInput(force: TaskForce, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'I-40 corridor task-force MOU',
    kind: 'MOU',
    agencyIds: [force.agencies.ncshp, force.agencies.cbp],
    scope: ['CHECKPOINT', 'CARGO_INSPECTION'],
    dataSharingTerms: 'Plate reads may be shared between the parties for 30 days, encrypted at rest, never with third parties.',
    reportingRequirements: 'Each party reports stops and seizures to the task-force lead within 7 days.',
    effectiveFrom: '2026-01-01T00:00:00.000Z',
    expiresOn: '2028-12-31T23:59:59.999Z',
    ...overrides,
  };
}

/** Creates an agreement as the administrator and returns it. */
export async function createAgreement(t: TestApp, force: TaskForce, overrides: Record<string, unknown> = {}): Promise<Record<string, any>> {
  return (await gqlData(t, CREATE_AGREEMENT, { input: agreementInput(force, overrides) }, force.tokens.ncshpAdmin)).createAgreement;
}

/** Every agreements table, counted and digested: equal before and after means nothing was written. */
export async function agreementsFootprint(t: Pick<TestApp, 'db'>): Promise<Record<string, unknown>> {
  const footprint: Record<string, unknown> = {};
  for (const table of ['agreements', 'agreement_agencies', 'agreement_changes', 'agreement_documents']) {
    const [row] = await t.db.query(`SELECT count(*)::int AS count, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS digest FROM ${table} x`);
    footprint[table] = row;
  }
  return footprint;
}

/** A small, real PDF (one empty page). */
export function tinyPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
