import { Clock } from '../src/core/clock/clock';
import { JobsService } from '../src/core/jobs/jobs.service';
import { REMINDERS_QUEUE } from '../src/modules/notifications/reminders/reminders.job';
import { RemindersService, type ReminderRun } from '../src/modules/notifications/reminders/reminders.service';
import { asAt } from './support/clock';
import { activePlan, closeOperation, saveDebrief, submitDebrief } from './support/operation';
import { gqlData, recordAgreement, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The scheduled reminders, judged by moving the server's Clock (never by waiting). Every date lies
 * years from the real one, so the reminder job's own 5-minute slots, which run at the real time
 * unless a test has set the Clock, find nothing of these specs' data due.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (base: string, offset: number) => new Date(Date.parse(base) + offset).toISOString();

const ADD_ACTION = `mutation($r: ID!, $a: ID!, $title: String!, $due: DateTime!) { addCorrectiveAction(reportId: $r, input: { title: $title, ownerAgencyId: $a, dueDate: $due }) { id } }`;
const BELL = `{ notifications(first: 200) { nodes { id kind text link plan { id } } } }`;
const MY_WORK = `{ myWork { debriefsOwed { plan { id } } correctiveActions { overdue action { id } } } }`;

interface Row {
  user_id: string;
  dedupe_key: string;
  text: string;
  link: string;
}

describe('scheduled reminders (pg-boss job, Clock-driven)', () => {
  let t: TestApp;
  let force: TaskForce;

  /** Runs the reminders once with the Clock at `time`. */
  const runAt = (time: string, app: TestApp = t): Promise<ReminderRun> => asAt(app, time, () => app.app.get(RemindersService).run());
  /** The notifications of a kind whose dedupe key starts with `prefix`, by key then user. */
  const sent = (kind: string, prefix: string): Promise<Row[]> =>
    t.db.query(`SELECT user_id, dedupe_key, text, link FROM notifications WHERE kind = $1 AND dedupe_key LIKE $2 || '%' ORDER BY dedupe_key, user_id`, [kind, prefix]);
  const users = (rows: Row[]) => [...new Set(rows.map((row) => row.user_id))].sort();
  const keys = (rows: Row[]) => [...new Set(rows.map((row) => row.dedupe_key))].sort();
  const sorted = (ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    t = await startTestApp({ jobs: true });
    force = await seedTaskForce(t);
  }, 60_000);
  afterAll(async () => {
    t.app.get(Clock).reset();
    await t.close();
  });

  describe('DEBRIEF_DUE', () => {
    const completed = '2031-01-05T12:00:00.000Z';
    let planId: string;
    let closedPlanId: string;
    let disabledOfficer: string;

    beforeAll(async () => {
      disabledOfficer = await t.createUser('gone@ncshp.example', force.agencies.ncshp, ['OFFICER']);
      await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [disabledOfficer]);
      let objectiveId: string;
      ({ planId, objectiveId } = await activePlan(t, force, { title: 'Debrief reminders' }));
      await asAt(t, completed, () => gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { status } }`, { p: planId }, force.tokens.ncshpLead));
      // NCSHP's planner, named by a role, submits; the CBP planner (also named) and NCSHP's officer do not.
      await asAt(t, at(completed, 2 * HOUR), async () => submitDebrief(t, await saveDebrief(t, planId, objectiveId, force.tokens.ncshpPlanner, 'Filed'), force.tokens.ncshpPlanner));
      // A second operation completed at the same time and closed: its report is final.
      closedPlanId = (await activePlan(t, force, { title: 'Closed at once' })).planId;
      await asAt(t, completed, () => closeOperation(t, force, closedPlanId));
    }, 120_000);

    it('reminds each active member who owes a debrief and has not submitted it, first 24 hours after completion', async () => {
      await runAt(at(completed, 24 * HOUR - 60_000));
      expect(await sent('DEBRIEF_DUE', `DEBRIEF_DUE:${planId}:`)).toEqual([]);

      await runAt(at(completed, 24 * HOUR));
      const first = await sent('DEBRIEF_DUE', `DEBRIEF_DUE:${planId}:`);
      // The OFFICER (every operation) and the CBP planner (a role names them); not the one who
      // submitted, not the leads (no role names them), not the disabled officer.
      expect(users(first)).toEqual(sorted([force.users.ncshpOfficer, force.users.cbpPlanner]));
      expect(keys(first)).toEqual([`DEBRIEF_DUE:${planId}:1`]);
      expect(first[0].text).toBe('Your debrief for “Debrief reminders” is due: submit it (reminder 1 of 7).');
      expect(first[0].link).toBe(`/plans/${planId}/debrief`);
      expect(await sent('DEBRIEF_DUE', `DEBRIEF_DUE:${closedPlanId}:`)).toEqual([]);
    });

    it('then once a day, seven in all, and none after the seventh day', async () => {
      // A second run the same day writes nothing.
      expect((await sent('DEBRIEF_DUE', `DEBRIEF_DUE:${planId}:`)).length).toBe(2);
      await runAt(at(completed, 30 * HOUR));
      expect((await sent('DEBRIEF_DUE', `DEBRIEF_DUE:${planId}:`)).length).toBe(2);

      for (let day = 1; day <= 7; day += 1) await runAt(at(completed, 24 * HOUR + day * DAY + HOUR));
      const all = await sent('DEBRIEF_DUE', `DEBRIEF_DUE:${planId}:`);
      expect(keys(all)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `DEBRIEF_DUE:${planId}:${n}`));
      expect(all.length).toBe(14);
      expect(all.find((row) => row.dedupe_key.endsWith(':7'))!.text).toContain('reminder 7 of 7');
      expect(await sent('DEBRIEF_DUE', `DEBRIEF_DUE:${closedPlanId}:`)).toEqual([]);
    });

    it('stops for someone once they submit', async () => {
      const plan = await activePlan(t, force, { title: 'Submitted late' });
      const done = '2031-02-01T08:00:00.000Z';
      await asAt(t, done, () => gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { status } }`, { p: plan.planId }, force.tokens.ncshpLead));
      await runAt(at(done, DAY));
      expect(users(await sent('DEBRIEF_DUE', `DEBRIEF_DUE:${plan.planId}:`))).toContain(force.users.ncshpOfficer);

      await asAt(t, at(done, DAY + HOUR), async () => submitDebrief(t, await saveDebrief(t, plan.planId, plan.objectiveId, force.tokens.ncshpOfficer, 'Late'), force.tokens.ncshpOfficer));
      await runAt(at(done, 2 * DAY));
      const rows = await sent('DEBRIEF_DUE', `DEBRIEF_DUE:${plan.planId}:`);
      expect(rows.filter((row) => row.user_id === force.users.ncshpOfficer).map((row) => row.dedupe_key)).toEqual([`DEBRIEF_DUE:${plan.planId}:1`]);
      expect(rows.filter((row) => row.user_id === force.users.cbpPlanner).map((row) => row.dedupe_key)).toEqual([1, 2].map((n) => `DEBRIEF_DUE:${plan.planId}:${n}`));
    }, 60_000);
  });

  describe('corrective actions', () => {
    const due = '2031-03-01T00:00:00.000Z';
    let planId: string;
    let reportId: string;
    let actionId: string;
    let doneId: string;
    const addAction = (title: string, dueDate: string, agencyId = force.agencies.cbp) =>
      asAt(t, '2031-01-10T00:00:00Z', async () => (await gqlData(t, ADD_ACTION, { r: reportId, a: agencyId, title, due: dueDate }, force.tokens.ncshpPlanner)).addCorrectiveAction.id as string);

    beforeAll(async () => {
      ({ planId } = await activePlan(t, force, { title: 'Action reminders' }));
      ({ reportId } = await asAt(t, '2031-01-09T00:00:00Z', () => closeOperation(t, force, planId)));
      actionId = await addAction('Train the interpreters', due);
      doneId = await addAction('Already done', due);
      await t.db.query(`UPDATE corrective_actions SET status = 'DONE' WHERE id = $1`, [doneId]);
    }, 120_000);

    it("tells the owning agency's leads once, 7 days before the due date", async () => {
      await runAt(at(due, -7 * DAY - HOUR));
      expect(await sent('CORRECTIVE_ACTION_DUE_SOON', `CORRECTIVE_ACTION_DUE_SOON:${actionId}:`)).toEqual([]);

      await runAt(at(due, -7 * DAY + HOUR));
      await runAt(at(due, -3 * DAY));
      await runAt(at(due, -HOUR));
      const rows = await sent('CORRECTIVE_ACTION_DUE_SOON', `CORRECTIVE_ACTION_DUE_SOON:${actionId}:`);
      expect(rows.map((row) => [row.user_id, row.dedupe_key])).toEqual([[force.users.cbpLead, `CORRECTIVE_ACTION_DUE_SOON:${actionId}:${due}`]]);
      expect(rows[0].text).toBe('The corrective action “Train the interpreters” of “Action reminders” is due Mar 1, 2031: close it or update its status.');
      expect(rows[0].link).toBe(`/plans/${planId}/report`);
      expect(await sent('CORRECTIVE_ACTION_OVERDUE', `CORRECTIVE_ACTION_OVERDUE:${actionId}:`)).toEqual([]);
    });

    it('then once per day it is overdue, from the day after its due day', async () => {
      // The due date is a calendar day where the task force works: all of it is still on time,
      // up to 11:59 PM EST on 1 March (04:59 UTC on the 2nd).
      await runAt(at(due, HOUR));
      await runAt(at(due, DAY - HOUR));
      await runAt(at(due, DAY + 4 * HOUR + 59 * 60_000));
      expect(await sent('CORRECTIVE_ACTION_OVERDUE', `CORRECTIVE_ACTION_OVERDUE:${actionId}:`)).toEqual([]);

      await runAt(at(due, DAY + 6 * HOUR));
      await runAt(at(due, DAY + 10 * HOUR));
      expect(keys(await sent('CORRECTIVE_ACTION_OVERDUE', `CORRECTIVE_ACTION_OVERDUE:${actionId}:`))).toEqual([`CORRECTIVE_ACTION_OVERDUE:${actionId}:${due}:1`]);

      await runAt(at(due, 2 * DAY + 6 * HOUR));
      await runAt(at(due, 3 * DAY + 6 * HOUR));
      const rows = await sent('CORRECTIVE_ACTION_OVERDUE', `CORRECTIVE_ACTION_OVERDUE:${actionId}:`);
      expect(rows.map((row) => [row.user_id, row.dedupe_key])).toEqual([1, 2, 3].map((n) => [force.users.cbpLead, `CORRECTIVE_ACTION_OVERDUE:${actionId}:${due}:${n}`]));
      expect(rows[0].text).toContain('is overdue: it was due Mar 1, 2031.');
    });

    it('never reminds of a DONE action', async () => {
      expect(await t.db.query(`SELECT kind FROM notifications WHERE dedupe_key LIKE '%' || $1 || '%'`, [doneId])).toEqual([]);
    });

    it('reminds again when the due date moves, and stops once the action is DONE', async () => {
      const moved = '2031-04-15T00:00:00.000Z';
      await t.db.query(`UPDATE corrective_actions SET due_date = $2 WHERE id = $1`, [actionId, moved]);
      await runAt(at(moved, -6 * DAY));
      expect(keys(await sent('CORRECTIVE_ACTION_DUE_SOON', `CORRECTIVE_ACTION_DUE_SOON:${actionId}:`))).toEqual([
        `CORRECTIVE_ACTION_DUE_SOON:${actionId}:${due}`,
        `CORRECTIVE_ACTION_DUE_SOON:${actionId}:${moved}`,
      ]);

      await t.db.query(`UPDATE corrective_actions SET status = 'DONE' WHERE id = $1`, [actionId]);
      await runAt(at(moved, 2 * DAY));
      expect(await sent('CORRECTIVE_ACTION_OVERDUE', `CORRECTIVE_ACTION_OVERDUE:${actionId}:${moved}`)).toEqual([]);
    });
  });

  describe('TRAINING_EXPIRING', () => {
    // The last instant of 1 May 2031 in the task force's zone (EDT), as recordTraining stores it.
    const expires = '2031-05-02T03:59:59.999Z';
    let officerRecord: string;
    let renewedRecord: string;

    beforeAll(async () => {
      const [course] = await t.db.query(`INSERT INTO courses (code, title, validity_months) VALUES ('FA-101', 'First aid', 24) RETURNING id`);
      const record = async (userId: string, completedOn: string, expiresOn: string) =>
        (
          await t.db.query(
            `INSERT INTO training_records (user_id, course_id, completed_on, expires_on, evidence, recorded_by_id) VALUES ($1, $2, $3, $4, 'Certificate', $5) RETURNING id`,
            [userId, course.id, completedOn, expiresOn, force.users.ncshpAdmin],
          )
        )[0].id as string;
      officerRecord = await record(force.users.ncshpOfficer, '2029-05-01T00:00:00Z', expires);
      // The CBP planner renewed before the reminder was due: the newer record lasts until 2033.
      renewedRecord = await record(force.users.cbpPlanner, '2029-05-01T00:00:00Z', expires);
      await record(force.users.cbpPlanner, '2031-03-01T00:00:00Z', '2033-03-01T00:00:00Z');
    });

    it('tells the person and their agency’s leads once, 30 days before it lapses; a renewed record not at all', async () => {
      await runAt(at(expires, -31 * DAY));
      expect(await sent('TRAINING_EXPIRING', `TRAINING_EXPIRING:${officerRecord}`)).toEqual([]);

      await runAt(at(expires, -29 * DAY));
      await runAt(at(expires, -DAY));
      const rows = await sent('TRAINING_EXPIRING', `TRAINING_EXPIRING:${officerRecord}`);
      expect(rows.map((row) => row.user_id).sort()).toEqual(sorted([force.users.ncshpOfficer, force.users.ncshpLead]));
      const own = rows.find((row) => row.user_id === force.users.ncshpOfficer)!;
      expect(own).toMatchObject({ text: 'Your FA-101 training expires May 1, 2031: renew it.', link: '/training' });
      const lead = rows.find((row) => row.user_id === force.users.ncshpLead)!;
      expect(lead).toMatchObject({ text: 'officer’s FA-101 training expires May 1, 2031: arrange renewal.', link: `/training/people/${force.users.ncshpOfficer}` });

      expect(await sent('TRAINING_EXPIRING', `TRAINING_EXPIRING:${renewedRecord}`)).toEqual([]);
      expect(await t.db.query(`SELECT 1 FROM notifications WHERE kind = 'TRAINING_EXPIRING' AND user_id = ANY($1::uuid[])`, [[force.users.cbpPlanner, force.users.cbpLead]])).toEqual([]);
    });
  });

  describe('AGREEMENT_EXPIRING', () => {
    const expires = '2031-09-30T23:59:59.999Z';
    let agreementId: string;
    let terminatedId: string;

    beforeAll(async () => {
      agreementId = await recordAgreement(t, [force.agencies.ncshp, force.agencies.cbp], force.users.ncshpAdmin, { title: 'Corridor MOU', expiresOn: expires });
      terminatedId = await recordAgreement(t, [force.agencies.ncshp, force.agencies.cbp], force.users.ncshpAdmin, {
        title: 'Ended MOU',
        expiresOn: expires,
        terminatedAt: '2030-01-01T00:00:00Z',
      });
    });

    it("tells the admins and the parties' leads at 90, then at 30 days before it expires; a terminated one never", async () => {
      await runAt(at(expires, -91 * DAY));
      expect(await sent('AGREEMENT_EXPIRING', `AGREEMENT_EXPIRING:${agreementId}:`)).toEqual([]);

      await runAt(at(expires, -89 * DAY));
      await runAt(at(expires, -60 * DAY));
      let rows = await sent('AGREEMENT_EXPIRING', `AGREEMENT_EXPIRING:${agreementId}:`);
      expect(keys(rows)).toEqual([`AGREEMENT_EXPIRING:${agreementId}:${expires}:90`]);
      expect(users(rows)).toEqual(sorted([force.users.ncshpAdmin, force.users.ncshpLead, force.users.cbpLead]));
      expect(rows[0]).toMatchObject({ text: 'The agreement “Corridor MOU” expires Sep 30, 2031 (90 days): renew it or plan without it.', link: `/agreements/${agreementId}` });

      await runAt(at(expires, -29 * DAY));
      await runAt(at(expires, -HOUR));
      rows = await sent('AGREEMENT_EXPIRING', `AGREEMENT_EXPIRING:${agreementId}:`);
      expect(keys(rows)).toEqual([`AGREEMENT_EXPIRING:${agreementId}:${expires}:30`, `AGREEMENT_EXPIRING:${agreementId}:${expires}:90`]);
      expect(rows.length).toBe(6);
      expect(await sent('AGREEMENT_EXPIRING', `AGREEMENT_EXPIRING:${terminatedId}:`)).toEqual([]);
    });
  });

  describe('My work and the bell agree', () => {
    it("an overdue corrective action on the lead's My work is a CORRECTIVE_ACTION_OVERDUE in their bell after a run", async () => {
      const { planId } = await activePlan(t, force, { title: 'Both places' });
      const { reportId } = await asAt(t, '2031-06-01T00:00:00Z', () => closeOperation(t, force, planId));
      const due = '2031-07-01T00:00:00.000Z';
      const actionId = await asAt(
        t,
        '2031-06-01T00:00:00Z',
        async () => (await gqlData(t, ADD_ACTION, { r: reportId, a: force.agencies.cbp, title: 'Late everywhere', due }, force.tokens.ncshpPlanner)).addCorrectiveAction.id as string,
      );

      // On its due day (until midnight EDT, 04:00 UTC) neither calls it overdue; two hours into the next day both do.
      const onItsDay = await asAt(t, at(due, 2 * HOUR), async () => {
        await t.app.get(RemindersService).run();
        return gqlData(t, MY_WORK, {}, force.tokens.cbpLead);
      });
      expect(onItsDay.myWork.correctiveActions.find((item: { action: { id: string } }) => item.action.id === actionId)).toMatchObject({ overdue: false });
      expect(await sent('CORRECTIVE_ACTION_OVERDUE', `CORRECTIVE_ACTION_OVERDUE:${actionId}:`)).toEqual([]);

      const now = at(due, DAY + 6 * HOUR);
      const [work, bell] = await asAt(t, now, async () => {
        await t.app.get(RemindersService).run();
        return Promise.all([gqlData(t, MY_WORK, {}, force.tokens.cbpLead), gqlData(t, BELL, {}, force.tokens.cbpLead)]);
      });
      const overdue: string[] = work.myWork.correctiveActions.filter((item: { overdue: boolean }) => item.overdue).map((item: { action: { id: string } }) => item.action.id);
      expect(overdue).toContain(actionId);
      const told: Array<{ id: string }> = await t.db.query(
        `SELECT DISTINCT ON (split_part(dedupe_key, ':', 2)) id, split_part(dedupe_key, ':', 2) AS action_id FROM notifications
          WHERE user_id = $1 AND kind = 'CORRECTIVE_ACTION_OVERDUE' AND split_part(dedupe_key, ':', 2) = ANY($2::text[])`,
        [force.users.cbpLead, overdue],
      );
      // Every overdue action on My work has its reminder, and the bell shows each.
      expect(told.length).toBe(overdue.length);
      const bellIds = new Set(bell.notifications.nodes.map((node: { id: string }) => node.id));
      expect(told.every((row) => bellIds.has(row.id))).toBe(true);
      expect(bell.notifications.nodes).toContainEqual(
        expect.objectContaining({ kind: 'CORRECTIVE_ACTION_OVERDUE', plan: { id: planId }, text: expect.stringContaining('Late everywhere') }),
      );
    }, 120_000);
  });

  describe('across replicas', () => {
    let second: TestApp;
    beforeAll(async () => {
      second = await startTestApp({ jobs: true }, { sameDatabaseAs: t });
    }, 60_000);
    afterAll(async () => {
      second.app.get(Clock).reset();
      await second.close();
    });

    it('two instances running the reminders at the same moment write each reminder once', async () => {
      const expires = '2032-03-31T00:00:00.000Z';
      const agreementId = await recordAgreement(t, [force.agencies.ncshp, force.agencies.cbp, force.agencies.wcso], force.users.ncshpAdmin, { title: 'Two replicas', expiresOn: expires });
      const time = at(expires, -80 * DAY);
      const runs = await Promise.all([runAt(time, t), runAt(time, second)]);

      const rows = await sent('AGREEMENT_EXPIRING', `AGREEMENT_EXPIRING:${agreementId}:`);
      expect(users(rows)).toEqual(sorted([force.users.ncshpAdmin, force.users.ncshpLead, force.users.cbpLead]));
      expect(rows.length).toBe(3);
      // Under the advisory lock one run waits for the other and then finds nothing left to write.
      expect(Math.min(...runs.map((run) => run.written))).toBe(0);
      expect(Math.max(...runs.map((run) => run.written))).toBeGreaterThanOrEqual(3);
    }, 60_000);

    it('runs as the pg-boss job: jobs sent on both instances write each reminder once', async () => {
      const expires = '2032-06-30T00:00:00.000Z';
      const agreementId = await recordAgreement(t, [force.agencies.ncshp, force.agencies.cbp], force.users.ncshpAdmin, { title: 'Through the queue', expiresOn: expires });
      const time = at(expires, -20 * DAY);
      t.app.get(Clock).setTo(time);
      second.app.get(Clock).setTo(time);
      try {
        const jobIds = [await t.app.get(JobsService).send(REMINDERS_QUEUE), await second.app.get(JobsService).send(REMINDERS_QUEUE)];
        expect(jobIds.every((id) => typeof id === 'string')).toBe(true);
        // Bounded: pg-boss workers poll every 2 s.
        const states = async () => Promise.all(jobIds.map(async (id) => (await t.app.get(JobsService).job(REMINDERS_QUEUE, id!))?.state));
        for (let attempt = 0; attempt < 150 && !(await states()).every((state) => state === 'completed'); attempt += 1) {
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        expect(await states()).toEqual(['completed', 'completed']);
      } finally {
        t.app.get(Clock).reset();
        second.app.get(Clock).reset();
      }
      const rows = await sent('AGREEMENT_EXPIRING', `AGREEMENT_EXPIRING:${agreementId}:`);
      expect(keys(rows)).toEqual([`AGREEMENT_EXPIRING:${agreementId}:${expires}:30`]);
      expect(users(rows)).toEqual(sorted([force.users.ncshpAdmin, force.users.ncshpLead, force.users.cbpLead]));
      expect(rows.length).toBe(3);
    }, 60_000);
  });
});
