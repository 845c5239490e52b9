import { JobsService } from '../src/core/jobs/jobs.service';
import { NotificationEmailWorker } from '../src/modules/notifications/email/notification-email.worker';
import { NOTIFICATION_EMAIL_QUEUE } from '../src/modules/notifications/notification-writer';
import { activePlan } from './support/operation';
import { SmtpSink, waitUntil, type ReceivedMail } from './support/smtp-sink';
import { gqlData, readyPlan, seedTaskForce, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'http://jointops.test';
const PREFERENCES_URL = `${PUBLIC_URL}/account/notifications`;

interface Row {
  id: string;
  email_state: string;
  email_attempts: number;
  emailed_at: Date | null;
}

/** The notification of `kind` about the plan for the user, as the table holds it. */
async function notificationOf(t: Pick<TestApp, 'db'>, userId: string, planId: string, kind: string): Promise<Row> {
  const rows: Row[] = await t.db.query(`SELECT id, email_state, email_attempts, emailed_at FROM notifications WHERE user_id = $1 AND plan_id = $2 AND kind = $3`, [userId, planId, kind]);
  if (rows.length !== 1) throw new Error(`expected one ${kind} for ${userId}, found ${rows.length}`);
  return rows[0];
}

/** The email job of a notification, as pg-boss holds it (its id is the notification's). */
async function jobState(t: Pick<TestApp, 'db'>, notificationId: string): Promise<string | null> {
  const rows: Array<{ state: string }> = await t.db.query(`SELECT state FROM pgboss.job WHERE name = $1 AND id = $2`, [NOTIFICATION_EMAIL_QUEUE, notificationId]);
  return rows[0]?.state ?? null;
}

/**
 * pg-boss runs a failed job again after its backoff (30 s, then about 60 s …); the spec makes the
 * retry due now instead of waiting it out. The retry itself is pg-boss's, worked by the app's worker.
 */
async function retryNow(t: Pick<TestApp, 'db'>, notificationIds: readonly string[]): Promise<void> {
  await t.db.query(`UPDATE pgboss.job SET start_after = now() WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'retry'`, [NOTIFICATION_EMAIL_QUEUE, [...notificationIds]]);
}

/** A counter of this instance, as GET /metrics tells it. */
async function counted(t: TestApp, name: string): Promise<number> {
  const text = await (await fetch(`${t.url}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
}

const failuresCounted = (t: TestApp) => counted(t, 'jointops_notification_email_failures_total');

const about = (title: string, to: string) => (mail: ReceivedMail) => mail.to.includes(to) && mail.subject.includes(title);

describe('notification emails', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    await smtp.start();
    t = await startTestApp({ jobs: true, smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    force = await seedTaskForce(t);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('emails each agency lead a review request: subject, link, preferences footer and header, text and HTML, and nothing of the plan but its title', async () => {
    const sentBefore = await counted(t, 'jointops_notification_emails_sent_total');
    const plan = await readyPlan(t, force, { title: 'Operation Harbor Light', summary: 'Checkpoint at the <pier> gate & dock 4.' });
    await submitPlan(t, force, plan.id);
    for (const [userId, address] of [
      [force.users.ncshpLead, 'lead@ncshp.example'],
      [force.users.cbpLead, 'lead@cbp.example'],
    ]) {
      const [mail] = await smtp.waitFor(about('Operation Harbor Light', address));
      const row = await waitUntil(async () => {
        const current = await notificationOf(t, userId, plan.id, 'REVIEW_REQUESTED');
        return current.email_state === 'SENT' ? current : null;
      });
      const link = `${PUBLIC_URL}/plans/${plan.id}/approvals`;
      expect(mail.subject).toBe('JointOps: Review requested: “Operation Harbor Light”');
      expect(mail.headers.from).toContain('no-reply@jointops.invalid');
      expect(mail.headers['list-unsubscribe']).toBe(`<${PREFERENCES_URL}>`);
      expect(mail.messageId).toBe(`<${row.id}@jointops>`);
      expect(mail.text).toContain(`Open it in JointOps: ${link}`);
      expect(mail.text).toContain(PREFERENCES_URL);
      expect(mail.html).toContain(`<a href="${link}">${link}</a>`);
      expect(mail.html).toContain(`<a href="${PREFERENCES_URL}">`);
      expect(mail.html).toContain('“Operation Harbor Light” was submitted for review.');
      for (const body of [mail.text, mail.html, mail.subject]) {
        expect(body).not.toContain('pier');
        expect(body).not.toContain('dock 4');
        expect(body).not.toContain('Keep the corridor open');
      }
      expect(row).toMatchObject({ email_state: 'SENT', email_attempts: 1 });
      expect(row.emailed_at).not.toBeNull();
    }
    expect(await counted(t, 'jointops_notification_emails_sent_total')).toBe(sentBefore + 2);
  });

  it('never emails a rejection’s comment, which the app shows', async () => {
    const plan = await readyPlan(t, force, { title: 'Operation Quiet Bay' });
    const revision = await submitPlan(t, force, plan.id);
    const comment = 'Interpreters from <Durham> & Co are missing';
    await gqlData(t, `mutation($p: ID!, $r: Int!, $c: String!) { decideApproval(planId: $p, revision: $r, decision: REJECT, comment: $c) { id } }`, { p: plan.id, r: revision, c: comment }, force.tokens.cbpLead);
    const [mail] = await smtp.waitFor((m) => about('Operation Quiet Bay', 'planner@ncshp.example')(m) && m.subject.startsWith('JointOps: Plan rejected'));
    expect(mail.text).toContain('Open it in JointOps to read the comment');
    for (const body of [mail.text, mail.html, mail.subject, mail.raw]) {
      expect(body).not.toContain('Interpreters');
      expect(body).not.toContain('Durham');
    }
    const [inApp] = await t.db.query(`SELECT text FROM notifications WHERE plan_id = $1 AND kind = 'PLAN_REJECTED' AND user_id = $2`, [plan.id, force.users.ncshpPlanner]);
    expect(inApp.text).toContain(comment);
  });

  it('follows preferences: email off or a muted kind is not emailed, but a review request is emailed even with email off', async () => {
    const prefs = `mutation($email: Boolean!, $muted: [NotificationKind!]!) { updateNotificationPreferences(input: { email: $email, muted: $muted }) { email } }`;
    await gqlData(t, prefs, { email: false, muted: [] }, force.tokens.ncshpPlanner);
    await gqlData(t, prefs, { email: false, muted: [] }, force.tokens.cbpLead);
    await gqlData(t, prefs, { email: true, muted: ['PLAN_APPROVED'] }, force.tokens.ncshpLead);
    try {
      // Submitted (review requests), approved by NCSHP then CBP (PLAN_APPROVED), activated by NCSHP's lead (PLAN_ACTIVATED).
      const { planId } = await activePlan(t, force, { title: 'Operation Dry Creek' });
      await smtp.waitFor(about('Operation Dry Creek', 'lead@cbp.example'));
      // Those still wanting email are told the operation began: once their emails are in, nothing else is on its way.
      await smtp.waitFor((m) => about('Operation Dry Creek', 'officer@ncshp.example')(m) && m.subject.includes('Operation active'));
      await smtp.waitFor((m) => about('Operation Dry Creek', 'planner@cbp.example')(m) && m.subject.includes('Operation active'));
      const notEmailed: Array<[string, string]> = [
        [force.users.ncshpPlanner, 'PLAN_APPROVED'],
        [force.users.ncshpLead, 'PLAN_APPROVED'],
        [force.users.ncshpPlanner, 'PLAN_ACTIVATED'],
        [force.users.cbpLead, 'PLAN_ACTIVATED'],
      ];
      for (const [userId, kind] of notEmailed) {
        const row = await notificationOf(t, userId, planId, kind);
        expect({ kind, state: row.email_state, job: await jobState(t, row.id) }).toEqual({ kind, state: 'NONE', job: null });
      }
      expect(smtp.find((m) => m.subject.includes('Operation Dry Creek') && ['planner@ncshp.example', 'lead@cbp.example'].some((a) => m.to.includes(a)) && !m.subject.includes('Review requested'))).toEqual([]);
      expect(smtp.find((m) => about('Operation Dry Creek', 'lead@ncshp.example')(m) && m.subject.includes('Plan approved'))).toEqual([]);
      expect((await notificationOf(t, force.users.cbpLead, planId, 'REVIEW_REQUESTED')).email_state).toBe('SENT');
    } finally {
      for (const key of ['ncshpPlanner', 'cbpLead', 'ncshpLead'] as const) await gqlData(t, prefs, { email: true, muted: [] }, force.tokens[key]);
    }
  });

  it('keeps retrying while the SMTP server refuses or is down, counts the failures, and emails once when it is back', async () => {
    const before = await failuresCounted(t);
    smtp.refusing = 'Mailbox busy, try again later';
    try {
      const plan = await readyPlan(t, force, { title: 'Operation Low Tide' });
      await submitPlan(t, force, plan.id);
      const ids = [(await notificationOf(t, force.users.ncshpLead, plan.id, 'REVIEW_REQUESTED')).id, (await notificationOf(t, force.users.cbpLead, plan.id, 'REVIEW_REQUESTED')).id];
      const failedTimes = (attempts: number) =>
        waitUntil(async () => {
          const rows: Row[] = await t.db.query(`SELECT email_state, email_attempts FROM notifications WHERE id = ANY($1::uuid[])`, [ids]);
          const states = await Promise.all(ids.map((id) => jobState(t, id)));
          return rows.every((row) => row.email_attempts === attempts && row.email_state === 'PENDING') && states.every((state) => state === 'retry');
        });
      await failedTimes(1);
      expect(await failuresCounted(t)).toBe(before + 2);

      // Now the server is gone altogether.
      smtp.refusing = null;
      await smtp.stop();
      await retryNow(t, ids);
      await failedTimes(2);
      expect(await failuresCounted(t)).toBe(before + 4);
      // The notification itself is in the app all along.
      const page = await gqlData(t, `{ notifications { nodes { kind plan { id } } } }`, {}, force.tokens.cbpLead);
      expect(page.notifications.nodes).toContainEqual({ kind: 'REVIEW_REQUESTED', plan: { id: plan.id } });

      await smtp.start();
      await retryNow(t, ids);
      for (const address of ['lead@ncshp.example', 'lead@cbp.example']) await smtp.waitFor(about('Operation Low Tide', address));
      const sent = await waitUntil(async () => {
        const rows: Row[] = await t.db.query(`SELECT email_state, email_attempts FROM notifications WHERE id = ANY($1::uuid[])`, [ids]);
        return rows.every((row) => row.email_state === 'SENT') ? rows : null;
      });
      expect(sent.map((row) => row.email_attempts)).toEqual([3, 3]);
      await waitUntil(async () => (await Promise.all(ids.map((id) => jobState(t, id)))).every((state) => state === 'completed'));
      expect(smtp.find((m) => m.subject.includes('Operation Low Tide')).map((m) => m.to).sort()).toEqual([['lead@cbp.example'], ['lead@ncshp.example']]);
    } finally {
      smtp.refusing = null;
    }
  });

  it('sends nothing when a job runs again for an email already sent (a replica stopped before pg-boss recorded it done)', async () => {
    const plan = await readyPlan(t, force, { title: 'Operation Second Wind' });
    await submitPlan(t, force, plan.id);
    const [mail] = await smtp.waitFor(about('Operation Second Wind', 'lead@cbp.example'));
    const row = await waitUntil(async () => {
      const current = await notificationOf(t, force.users.cbpLead, plan.id, 'REVIEW_REQUESTED');
      return current.email_state === 'SENT' ? current : null;
    });
    const worker = t.app.get(NotificationEmailWorker);
    await worker.deliver(row.id);
    await worker.deliver(row.id);
    expect(smtp.find((m) => m.messageId === mail.messageId)).toHaveLength(1);
    expect(await notificationOf(t, force.users.cbpLead, plan.id, 'REVIEW_REQUESTED')).toEqual(row);

    // Stopped between the SMTP server's acceptance and the row's update: the email goes again,
    // under the same Message-ID, so the receiving side can tell it is the same message.
    await t.db.query(`UPDATE notifications SET email_state = 'PENDING', emailed_at = NULL WHERE id = $1`, [row.id]);
    await worker.deliver(row.id);
    expect(smtp.find((m) => m.messageId === `<${row.id}@jointops>`)).toHaveLength(2);
    expect((await notificationOf(t, force.users.cbpLead, plan.id, 'REVIEW_REQUESTED')).email_state).toBe('SENT');
  });

  it('sends to the address the user has now, and not to a disabled user', async () => {
    const insert = async (userId: string): Promise<string> => {
      const [row] = await t.db.query(
        `INSERT INTO notifications (user_id, kind, text, link, created_at, email_state, email_subject, email_text)
         VALUES ($1, 'TRAINING_EXPIRING', 'Your ICS-100 training expires 2027-01-01: renew it.', '/training', now(), 'PENDING', 'JointOps: Training expiring', $2) RETURNING id`,
        [userId, `Your ICS-100 training expires 2027-01-01: renew it.\n\nOpen it in JointOps: ${PUBLIC_URL}/training`],
      );
      return row.id;
    };
    const worker = t.app.get(NotificationEmailWorker);
    const moved = await insert(force.users.wcsoPlanner);
    await t.db.query(`UPDATE users SET email = 'moved.planner@wcso.example' WHERE id = $1`, [force.users.wcsoPlanner]);
    await worker.deliver(moved);
    expect(smtp.find((m) => m.messageId === `<${moved}@jointops>`).map((m) => m.to)).toEqual([['moved.planner@wcso.example']]);

    const gone = await insert(force.users.wcsoPlanner);
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [force.users.wcsoPlanner]);
    try {
      await worker.deliver(gone);
      expect(smtp.find((m) => m.messageId === `<${gone}@jointops>`)).toEqual([]);
      expect((await t.db.query(`SELECT email_state, email_attempts FROM notifications WHERE id = $1`, [gone]))[0]).toEqual({ email_state: 'NONE', email_attempts: 0 });
    } finally {
      await t.db.query(`UPDATE users SET disabled_at = NULL, email = 'planner@wcso.example' WHERE id = $1`, [force.users.wcsoPlanner]);
    }
  });
});

describe('notification emails without SMTP_URL', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp({ jobs: true, publicUrl: PUBLIC_URL });
    force = await seedTaskForce(t);
  });
  afterAll(() => t?.close());

  it('owes no email and sends no job, and says so on the preferences', async () => {
    expect((await gqlData(t, `{ notificationPreferences { emailConfigured } }`, {}, force.tokens.cbpLead)).notificationPreferences).toEqual({ emailConfigured: false });
    const plan = await readyPlan(t, force, { title: 'Operation No Post' });
    await submitPlan(t, force, plan.id);
    const rows = await t.db.query(`SELECT email_state, email_subject FROM notifications WHERE plan_id = $1`, [plan.id]);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((row: { email_state: string; email_subject: string | null }) => row.email_state === 'NONE' && row.email_subject === null)).toBe(true);
    expect(Number((await t.db.query(`SELECT count(*) FROM pgboss.job WHERE name = $1`, [NOTIFICATION_EMAIL_QUEUE]))[0].count)).toBe(0);
    expect(t.app.get(JobsService).enabled).toBe(true);
  });
});

describe('notification emails when a replica stops mid-send', () => {
  const smtp = new SmtpSink();
  let owner: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    await smtp.start();
    // The database's owner runs no jobs: only the replicas below work the email queue.
    owner = await startTestApp({ jobs: false });
    force = await seedTaskForce(owner);
  });
  afterAll(async () => {
    await owner?.close();
    await smtp.stop();
  });

  it('leaves the job to another replica, which emails once', async () => {
    const config = { jobs: true, smtpUrl: smtp.url, publicUrl: PUBLIC_URL };
    const dying = await startTestApp(config, { sameDatabaseAs: owner });
    let survivor: TestApp | null = null;
    try {
      smtp.holding = true;
      const plan = await readyPlan(dying, force, { title: 'Operation Night Shift' });
      await submitPlan(dying, force, plan.id);
      // The dying replica is in the middle of an email: the SMTP server has its message, unanswered.
      await waitUntil(() => smtp.heldCount === 1);
      const [active] = await owner.db.query(`SELECT id FROM pgboss.job WHERE name = $1 AND state = 'active'`, [NOTIFICATION_EMAIL_QUEUE]);
      await dying.close();
      // Its connection ends without the message being accepted.
      smtp.holding = false;
      smtp.releaseHeld(false);
      await waitUntil(async () => (await jobState(owner, active.id)) === 'retry');

      survivor = await startTestApp(config, { sameDatabaseAs: owner });
      await retryNow(owner, [active.id]);
      for (const address of ['lead@ncshp.example', 'lead@cbp.example']) await smtp.waitFor(about('Operation Night Shift', address));
      const rows: Row[] = await waitUntil(async () => {
        const current: Row[] = await owner.db.query(`SELECT id, email_state, email_attempts FROM notifications WHERE plan_id = $1 AND kind = 'REVIEW_REQUESTED'`, [plan.id]);
        return current.every((row) => row.email_state === 'SENT') ? current : null;
      });
      expect(rows.find((row) => row.id === active.id)?.email_attempts).toBe(2);
      expect(smtp.find((m) => m.subject.includes('Operation Night Shift')).map((m) => m.to).sort()).toEqual([['lead@cbp.example'], ['lead@ncshp.example']]);
    } finally {
      smtp.holding = false;
      smtp.releaseHeld(false);
      await survivor?.close();
    }
  });
});
