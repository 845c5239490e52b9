/**
 * Baseline for scenario 4: a bare HTTP server that answers GET /plan?id=… with the JSON of one
 * hand-written SQL query (json_build_object / json_agg), shaped like the GraphQL response of
 * bench/scenarios/4-plan-read.mjs. Env: DATABASE_URL, PORT.
 */
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });

const agencyRef = (a) => `json_build_object('id', ${a}.id, 'shortName', ${a}.short_name)`;
const userRef = (u) => `CASE WHEN ${u}.id IS NULL THEN NULL ELSE json_build_object('id', ${u}.id, 'displayName', ${u}.display_name) END`;

export const PLAN_SQL = `
SELECT json_build_object('data', json_build_object('plan', json_build_object(
  'id', p.id, 'title', p.title, 'summary', p.summary, 'status', p.status, 'version', p.version, 'revision', p.revision,
  'lastSeq', p.last_seq, 'startsAt', p.starts_at, 'endsAt', p.ends_at, 'timeZone', p.time_zone, 'createdAt', p.created_at, 'updatedAt', p.updated_at,
  'leadAgency', (SELECT json_build_object('id', a.id, 'name', a.name, 'shortName', a.short_name, 'level', a.level) FROM agencies a WHERE a.id = p.lead_agency_id),
  'agencies', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.name, 'shortName', a.short_name, 'level', a.level) ORDER BY pa.added_at, pa.agency_id), '[]')
                 FROM plan_agencies pa JOIN agencies a ON a.id = pa.agency_id WHERE pa.plan_id = p.id),
  'objectives', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'version', o.version, 'position', o.position, 'title', o.title,
                   'description', o.description, 'successCriteria', o.success_criteria, 'priority', o.priority) ORDER BY o.position, o.id), '[]')
                   FROM objectives o WHERE o.plan_id = p.id),
  'roles', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'version', r.version, 'title', r.title, 'responsibilities', r.responsibilities,
              'agency', ${agencyRef('a')}, 'assignee', ${userRef('u')},
              'objectives', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'title', o.title) ORDER BY array_position(r.objective_ids, o.id)), '[]')
                               FROM objectives o WHERE o.id = ANY (r.objective_ids))) ORDER BY r.created_at, r.id), '[]')
              FROM role_assignments r JOIN agencies a ON a.id = r.agency_id LEFT JOIN users u ON u.id = r.assignee_id WHERE r.plan_id = p.id),
  'checklist', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'version', c.version, 'category', c.category, 'text', c.text,
                  'required', c.required, 'citation', c.citation, 'status', c.status, 'note', c.note, 'reviewedAt', c.reviewed_at,
                  'reviewedBy', ${userRef('u')}) ORDER BY c.position, c.id), '[]')
                  FROM checklist_items c LEFT JOIN users u ON u.id = c.reviewed_by WHERE c.plan_id = p.id),
  'timeline', (SELECT coalesce(json_agg(json_build_object('id', t.id, 'version', t.version, 'title', t.title, 'phase', t.phase,
                 'startsAt', t.starts_at, 'endsAt', t.ends_at, 'notes', t.notes,
                 'agency', CASE WHEN a.id IS NULL THEN NULL ELSE ${agencyRef('a')} END,
                 'dependsOn', (SELECT coalesce(json_agg(json_build_object('id', d.id, 'title', d.title) ORDER BY array_position(t.depends_on_ids, d.id)), '[]')
                                 FROM timeline_events d WHERE d.id = ANY (t.depends_on_ids))) ORDER BY t.starts_at, t.ends_at, t.id), '[]')
                 FROM timeline_events t LEFT JOIN agencies a ON a.id = t.agency_id WHERE t.plan_id = p.id),
  'resources', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'version', r.version, 'kind', r.kind, 'quantity', r.quantity, 'notes', r.notes,
                  'agency', ${agencyRef('a')}) ORDER BY r.created_at, r.id), '[]')
                  FROM resource_commitments r JOIN agencies a ON a.id = r.agency_id WHERE r.plan_id = p.id),
  'comms', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'version', c.version, 'name', c.name, 'details', c.details, 'purpose', c.purpose,
              'agency', CASE WHEN a.id IS NULL THEN NULL ELSE ${agencyRef('a')} END) ORDER BY c.created_at, c.id), '[]')
              FROM comms_channels c LEFT JOIN agencies a ON a.id = c.agency_id WHERE c.plan_id = p.id),
  'events', (SELECT coalesce(json_agg(json_build_object('seq', e.seq, 'type', e.type, 'at', e.at, 'actor', ${userRef('u')}) ORDER BY e.seq), '[]')
               FROM (SELECT * FROM plan_events WHERE plan_id = p.id ORDER BY seq LIMIT 50) e JOIN users u ON u.id = e.actor_id)
)))::text AS body
FROM plans p WHERE p.id = $1`;

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/health/ready') return res.writeHead(200).end();
  try {
    const { rows } = await pool.query(PLAN_SQL, [url.searchParams.get('id')]);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(rows[0].body) }).end(rows[0].body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
