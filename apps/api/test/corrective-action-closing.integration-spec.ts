import { CorrectiveActionClosedAt1765020000000 } from '../src/database/migrations/1765020000000-corrective-action-closed-at';
import { DataSource } from 'typeorm';
import { asAt } from './support/clock';
import { closedOperation } from './support/effectiveness';
import { gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const ACTIONS = `{ correctiveActions { id title status closedAt } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: CorrectiveActionPatch!) { updateCorrectiveAction(id: $id, expectedVersion: $v, patch: $patch) { version status closedAt } }`;

describe('corrective actions: when each was closed', () => {
  let t: TestApp;
  let force: TaskForce;
  let actionIds: string[];

  const closedAtByTitle = async (token: string) => {
    const { correctiveActions } = await gqlData(t, ACTIONS, {}, token);
    return Object.fromEntries((correctiveActions as Array<{ title: string; status: string; closedAt: string | null }>).map((action) => [action.title, [action.status, action.closedAt]]));
  };

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    ({ actionIds } = await closedOperation(t, force, {
      title: 'Closing',
      startsAt: '2026-03-01T06:00:00Z',
      endsAt: '2026-03-01T18:00:00Z',
      withCbp: true,
      actions: [
        { title: 'Closed once', dueDate: '2026-04-01T00:00:00Z', changes: [{ at: '2026-03-20T12:00:00Z', status: 'DONE' }] },
        {
          title: 'Reopened and closed again',
          dueDate: '2026-05-01T00:00:00Z',
          changes: [
            { at: '2026-04-20T12:00:00Z', status: 'DONE' },
            { at: '2026-04-25T12:00:00Z', status: 'IN_PROGRESS' },
            { at: '2026-05-10T12:00:00Z', status: 'DONE' },
          ],
        },
        { title: 'Reopened', dueDate: '2026-05-01T00:00:00Z', changes: [{ at: '2026-04-20T12:00:00Z', status: 'DONE' }, { at: '2026-04-21T09:00:00Z', status: 'OPEN' }] },
        { title: 'Never closed', dueDate: '2026-06-01T00:00:00Z', changes: [{ at: '2026-04-20T12:00:00Z', status: 'IN_PROGRESS' }] },
      ],
    }));
  }, 180_000);

  afterAll(() => t.close());

  it('records the server-clock time it was made DONE, the last closing after a reopening, and nothing while not DONE; oversight reads it', async () => {
    expect(await closedAtByTitle(force.tokens.oversight)).toEqual({
      'Closed once': ['DONE', '2026-03-20T12:00:00.000Z'],
      'Reopened and closed again': ['DONE', '2026-05-10T12:00:00.000Z'],
      Reopened: ['OPEN', null],
      'Never closed': ['IN_PROGRESS', null],
    });
  });

  it('keeps the closing time through later edits that leave it DONE, a DONE sent again included', async () => {
    const [closedOnce] = actionIds;
    const { version } = (await t.db.query(`SELECT version FROM corrective_actions WHERE id = $1`, [closedOnce]))[0];
    const edited = await asAt(t, '2026-06-01T08:00:00Z', () => gqlData(t, UPDATE, { id: closedOnce, v: version, patch: { notes: 'Checked by the auditor.', status: 'DONE' } }, force.tokens.ncshpPlanner));
    expect(edited.updateCorrectiveAction).toEqual({ version: version + 1, status: 'DONE', closedAt: '2026-03-20T12:00:00.000Z' });
  });

  it('takes existing closings from the plan log when the column is added (the migration)', async () => {
    const before = await t.db.query(`SELECT id, closed_at FROM corrective_actions ORDER BY id`);
    const dataSource = t.app.get(DataSource);
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query(`ALTER TABLE corrective_actions DROP COLUMN closed_at`);
      await new CorrectiveActionClosedAt1765020000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await t.db.query(`SELECT id, closed_at FROM corrective_actions ORDER BY id`)).toEqual(before);
    expect(before.filter((row: { closed_at: Date | null }) => row.closed_at !== null)).toHaveLength(2);
  });
});
