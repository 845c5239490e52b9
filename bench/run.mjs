/**
 * npm run bench [-- --quick] [-- --only <scenario>[,<scenario>]] [-- --cpu-prof]
 * Runs the scenarios in bench/scenarios on one PostgreSQL (embedded, or BENCH_DATABASE_URL),
 * each on a fresh database with its own API processes; prints the table and writes it to
 * bench/results/latest.json (and bench/results/<timestamp>.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { startServer } from './lib/postgres.mjs';
import { createProgress } from './lib/progress.mjs';
import { formatMarkdown, formatTable } from './lib/table.mjs';
import fanout from './scenarios/1-fanout.mjs';
import edits from './scenarios/2-concurrent-edits.mjs';
import conflicts from './scenarios/3-conflict-storm.mjs';
import planRead from './scenarios/4-plan-read.mjs';
import web from './scenarios/5-web.mjs';

const SCENARIOS = [fanout, edits, conflicts, planRead, web];

function parseArgs(argv) {
  const args = { quick: false, only: null, cpuProf: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') args.quick = true;
    else if (arg === '--cpu-prof') args.cpuProf = true;
    else if (arg === '--only') args.only = argv[++i];
    else if (arg.startsWith('--only=')) args.only = arg.slice('--only='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`usage: npm run bench -- [--quick] [--only ${SCENARIOS.map((s) => s.id).join('|')}|1..5[,…]] [--cpu-prof]\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

function selected(only) {
  if (!only) return SCENARIOS;
  const wanted = only.split(',').map((name) => name.trim().toLowerCase());
  const picked = SCENARIOS.filter((scenario, index) => wanted.includes(scenario.id) || wanted.includes(String(index + 1)));
  if (picked.length === 0) throw new Error(`--only ${only}: no such scenario (${SCENARIOS.map((s, i) => `${i + 1}/${s.id}`).join(', ')})`);
  return picked;
}

function machine() {
  let git = null;
  try {
    git = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    /* not a checkout */
  }
  return {
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    commit: git,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const scenarios = selected(args.only);
  const progress = createProgress();
  const started = Date.now();
  const profileDir = join(import.meta.dirname, 'results', 'profiles');
  if (args.cpuProf) mkdirSync(profileDir, { recursive: true });
  const server = await startServer();
  const ctx = { server, quick: args.quick, progress, nodeOptions: args.cpuProf ? `--cpu-prof --cpu-prof-dir=${profileDir}` : '' };
  const rows = [];
  const details = {};
  const timings = {};
  try {
    for (const scenario of scenarios) {
      progress.scenario(scenario.title);
      const t0 = Date.now();
      try {
        const result = await scenario.run(ctx);
        rows.push(...result.rows);
        details[scenario.id] = result.details;
      } catch (error) {
        progress.log(`${scenario.title} failed: ${error.stack ?? error}`);
        rows.push({ scenario: scenario.title, figure: 'FAILED', jointops: String(error.message ?? error).slice(0, 80), met: false });
        details[scenario.id] = { error: String(error.stack ?? error) };
      }
      timings[scenario.id] = Number(((Date.now() - t0) / 1000).toFixed(1));
    }
  } finally {
    progress.stop();
    await server.stop();
  }
  const result = {
    date: new Date().toISOString(),
    mode: args.quick ? 'quick' : 'full',
    machine: machine(),
    durationSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
    scenarioSeconds: timings,
    rows,
    markdown: formatMarkdown(rows),
    details,
  };
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(join(dir, 'latest.json'), json);
  writeFileSync(join(dir, `${result.date.replace(/[:.]/g, '-')}-${result.mode}.json`), json);
  process.stdout.write(`\n${formatTable(rows)}\n\n${result.mode} run, ${result.durationSeconds} s (${Object.entries(timings).map(([id, s]) => `${id} ${s} s`).join(', ')}); written to bench/results/latest.json\n`);
  const missed = rows.filter((row) => row.met === false).length;
  if (missed > 0) process.stdout.write(`${missed} target(s) missed.\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
