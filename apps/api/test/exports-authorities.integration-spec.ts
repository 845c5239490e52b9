import { createPlan, gqlData, readyPlan, recordAgreement, seedTaskForce, signInWcsoLead, type TaskForce } from './support/task-force';
import { pdfPages } from './support/pdf-read';
import { startTestApp, type TestApp } from './support/test-app';

const flat = (pdf: ArrayBuffer) => pdfPages(pdf).join('\n').replace(/\s+/g, ' ');

/**
 * Issue 16, item 5: the plan PDF prints, per participating agency, the agreement with the lead
 * agency that covers the operation with its data-sharing terms in full, and a training statement
 * per role.
 */
describe('plan PDF: authorities and agreements, training per role', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    // A ready plan here has WCSO taking part: it needs an agency lead to sign (AGENCY_WITHOUT_LEAD).
    await signInWcsoLead(t, force);
    // Only what the tests below record.
    await t.db.query(`DELETE FROM agreements`);
  });
  afterAll(() => t.close());

  const pdf = async (planId: string) => {
    const response = await fetch(`${t.url}/export/plans/${planId}/plan.pdf`, { headers: { authorization: `Bearer ${force.tokens.ncshpPlanner}` } });
    expect(response.status).toBe(200);
    return flat(await response.arrayBuffer());
  };

  it('prints the covering agreement with its terms, says which agency none covers, and each role training statement', async () => {
    await recordAgreement(t, [force.agencies.ncshp, force.agencies.cbp], force.users.ncshpAdmin, { title: 'I-40 corridor MOU', scope: ['CHECKPOINT'] });
    // Another agreement between the two that has ended is not the one printed.
    await recordAgreement(t, [force.agencies.ncshp, force.agencies.cbp], force.users.ncshpAdmin, { title: 'Old corridor MOU', effectiveFrom: '2020-01-01T00:00:00Z', expiresOn: '2021-01-01T00:00:00Z' });
    const cover = await recordAgreement(t, [force.agencies.ncshp, force.agencies.cbp, force.agencies.wcso], force.users.ncshpAdmin, { title: 'Temporary cover' });
    const plan = await readyPlan(t, force, { agencyIds: [force.agencies.cbp, force.agencies.wcso] });
    await t.db.query(`DELETE FROM agreements WHERE id = $1`, [cover]);
    const [course] = await t.db.query(`INSERT INTO courses (code, title, validity_months, required_for) VALUES ('SS-101', 'Search and seizure', 12, '{CHECKPOINT}') RETURNING id`);
    const { plan: roles } = await gqlData(t, `query($id: ID!) { plan(id: $id) { roles { assignee { id } agency { shortName } } } }`, { id: plan.id }, force.tokens.ncshpPlanner);
    const ncshpAssignee = roles.roles.find((role: { agency: { shortName: string } }) => role.agency.shortName === 'NCSHP').assignee.id;
    await t.db.query(`INSERT INTO training_records (user_id, course_id, completed_on, expires_on, evidence, recorded_by_id) VALUES ($1, $2, '2026-06-01', NULL, 'Cert', $3)`, [ncshpAssignee, course.id, force.users.ncshpAdmin]);

    const text = await pdf(plan.id);
    expect(text).toContain('Authorities and agreements Operation type: Checkpoint.');
    expect(text).toContain('CBP with NCSHP');
    expect(text).toContain('I-40 corridor MOU Task-force agreement CBP, NCSHP 2000-01-01 to open-ended Checkpoint');
    expect(text).toContain('Data-sharing terms: Case data shared through the task-force system only.');
    expect(text).toContain('Reporting requirements: Quarterly to the board.');
    expect(text).not.toContain('Old corridor MOU');
    expect(text).toContain('WCSO with NCSHP No agreement covers this agency for this operation');
    expect(text).toContain('Holds SS-101, current through the end of the operation.');
    expect(text).toContain('Lacks SS-101 (Search and seizure) current through the end of the operation.');
  });

  it('says so when the lead agency acts alone or no type is chosen', async () => {
    const alone = await createPlan(t, force, { agencyIds: [], operationType: null });
    const text = await pdf(alone.id);
    expect(text).toContain('Operation type: not chosen.');
    expect(text).toContain('NCSHP acts alone: no agreement between agencies is needed.');
  });
});
