import { createHash } from 'node:crypto';

export const BASELINE_CHANNEL = 'bench_baseline';

/**
 * The baselines' write: the path of an objective update (docs/architecture.md#the-path-of-a-change), in plain node-pg.
 * Look up the plan, then in one transaction: lock the plan row, `UPDATE … WHERE version = $2`
 * (zero rows = conflict), append the event to the hash chain, bump the plan's revision/seq,
 * NOTIFY {planId, seq} (delivered at commit). Returns { objective, seq } or { conflict: version }.
 */
export async function updateObjectiveTx(pool, { id, expectedVersion, title, actorId }) {
  const { rows: found } = await pool.query('SELECT plan_id FROM objectives WHERE id = $1', [id]);
  if (!found[0]) throw new Error('objective not found');
  const planId = found[0].plan_id;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: plans } = await client.query('SELECT id, revision, last_seq, last_hash FROM plans WHERE id = $1 FOR UPDATE', [planId]);
    const plan = plans[0];
    const { rows } = await client.query(
      `UPDATE objectives SET title = $3, version = version + 1 WHERE id = $1 AND version = $2 AND plan_id = $4
       RETURNING id, plan_id, version, position, title, description, success_criteria, priority, created_at`,
      [id, expectedVersion, title, planId],
    );
    if (!rows[0]) {
      const { rows: current } = await client.query('SELECT version FROM objectives WHERE id = $1', [id]);
      await client.query('ROLLBACK');
      return { conflict: current[0]?.version ?? null };
    }
    const row = rows[0];
    const objective = {
      id: row.id,
      planId: row.plan_id,
      version: row.version,
      position: row.position,
      title: row.title,
      description: row.description,
      successCriteria: row.success_criteria,
      priority: row.priority,
      createdAt: row.created_at,
    };
    const at = new Date();
    const seq = plan.last_seq + 1;
    const revision = plan.revision + 1;
    const event = { seq, planId, at, actorId, type: 'OBJECTIVE_UPDATED', entityType: 'OBJECTIVE', entityId: id, data: JSON.parse(JSON.stringify(objective)) };
    const hash = createHash('sha256').update(plan.last_hash + canonicalJson(event)).digest('hex');
    await client.query(
      `INSERT INTO plan_events (plan_id, seq, at, actor_id, type, entity_type, entity_id, data, revision, hash, prev_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [planId, seq, at, actorId, event.type, event.entityType, id, event.data, revision, hash, plan.last_hash],
    );
    await client.query('UPDATE plans SET revision = $2, last_seq = $3, last_hash = $4, last_changed_by = $5, updated_at = $6 WHERE id = $1', [
      planId,
      revision,
      seq,
      hash,
      actorId,
      at,
    ]);
    await client.query('SELECT pg_notify($1, $2)', [BASELINE_CHANNEL, JSON.stringify({ planId, seq })]);
    await client.query('COMMIT');
    return { objective, seq };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** JSON with sorted keys, dates as ISO strings: the same canonical form as @jointops/domain. */
export function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value) {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted = {};
    for (const key of Object.keys(value).sort()) if (value[key] !== undefined) sorted[key] = sortKeys(value[key]);
    return sorted;
  }
  return value;
}
