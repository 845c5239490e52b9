/**
 * npm run bench [-- --quick] [-- --only <scenario>[,<scenario>]] [-- --runs N] [-- --cpu-prof]
 * Runs the scenarios in bench/scenarios on one PostgreSQL (embedded, or BENCH_DATABASE_URL),
 * each on a fresh database with its own API processes; prints the table and writes it to
 * bench/results/latest.json (and bench/results/<timestamp>.json). With --runs N the selected
 * scenarios run N times over (1..N, each time in the same order) and every figure is the median of
 * the N runs; the JSON keeps each run's values under rows[].runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { startServer } from './lib/postgres.mjs';
import { createProgress } from './lib/progress.mjs';
import { combineRuns, settle } from './lib/runs.mjs';
import { formatMarkdown, formatTable } from './lib/table.mjs';
import fanout from './scenarios/1-fanout.mjs';
import edits from './scenarios/2-concurrent-edits.mjs';
import conflicts from './scenarios/3-conflict-storm.mjs';
import planRead from './scenarios/4-plan-read.mjs';
import web from './scenarios/5-web.mjs';
import storm from './scenarios/6-resubscribe.mjs';

const SCENARIOS = [fanout, edits, conflicts, planRead, web, storm];

function parseArgs(argv) {
  const args = { quick: false, only: null, cpuProf: false, runs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') args.quick = true;
    else if (arg === '--cpu-prof') args.cpuProf = true;
    else if (arg === '--only') args.only = argv[++i];
    else if (arg.startsWith('--only=')) args.only = arg.slice('--only='.length);
    else if (arg === '--runs') args.runs = Number(argv[++i]);
    else if (arg.startsWith('--runs=')) args.runs = Number(arg.slice('--runs='.length));
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`usage: npm run bench -- [--quick] [--only ${SCENARIOS.map((s) => s.id).join('|')}|1..${SCENARIOS.length}[,…]] [--runs N] [--cpu-prof]\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs takes a whole number, 1 or more');
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
  const runRows = [];
  const details = {};
  const timings = {};
  try {
    for (let run = 1; run <= args.runs; run++) {
      const rows = [];
      runRows.push(rows);
      for (const scenario of scenarios) {
        progress.scenario(args.runs > 1 ? `${scenario.title} (run ${run}/${args.runs})` : scenario.title);
        const t0 = Date.now();
        let scenarioDetails;
        try {
          const result = await scenario.run(ctx);
          rows.push(...result.rows);
          scenarioDetails = result.details;
        } catch (error) {
          progress.log(`${scenario.title} failed: ${error.stack ?? error}`);
          rows.push({ scenario: scenario.title, figure: 'FAILED', jointops: String(error.message ?? error).slice(0, 80), met: false });
          scenarioDetails = { error: String(error.stack ?? error) };
        }
        const seconds = Number(((Date.now() - t0) / 1000).toFixed(1));
        if (args.runs === 1) {
          details[scenario.id] = scenarioDetails;
          timings[scenario.id] = seconds;
        } else {
          (details[scenario.id] ??= []).push(scenarioDetails);
          (timings[scenario.id] ??= []).push(seconds);
        }
      }
    }
  } finally {
    progress.stop();
    await server.stop();
  }
  const rows = args.runs === 1 ? runRows[0].map(settle) : combineRuns(runRows);
  const result = {
    date: new Date().toISOString(),
    mode: args.quick ? 'quick' : 'full',
    runs: args.runs,
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
  const perScenario = Object.entries(timings).map(([id, s]) => `${id} ${Array.isArray(s) ? s.join(' + ') : s} s`).join(', ');
  const mode = args.runs > 1 ? `${result.mode} runs x ${args.runs}, medians shown` : `${result.mode} run`;
  process.stdout.write(`\n${formatTable(rows)}\n\n${mode}, ${result.durationSeconds} s (${perScenario}); written to bench/results/latest.json\n`);
  const missed = rows.filter((row) => row.met === false).length;
  if (missed > 0) process.stdout.write(`${missed} target(s) missed.\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
