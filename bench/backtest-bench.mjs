#!/usr/bin/env node
// Backtest benchmark (issue 11): a 30-day backtest of the bundled example detections against
// `lakeguard emulator`. The emulator serves 30 days of events built from each detection's own
// test fixtures, replayed once a day (the fixtures' timestamps shifted by whole days). Prints
// the evaluations and queries per detection, the alerts found, and the wall time — once with
// the rate limit lifted (what the engine and client cost) and the time the default limit of
// 45 queries a minute implies (`--with-rate-limit` also runs it so). Run `npm run build` first.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const DAYS = 30;
const DAY_MS = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

// 1. Fixtures: every JSONL fixture of the example detections, by table (the file name's suffix).
const fixtureRoot = path.join(root, 'detections', 'fixtures');
const byTable = new Map();
let latest = 0;
for (const dir of fs.readdirSync(fixtureRoot)) {
  for (const file of fs.readdirSync(path.join(fixtureRoot, dir))) {
    if (!file.endsWith('.jsonl')) continue;
    const table = file.replace(/\.jsonl$/, '').replace(/^[^-]+-/, '');
    const rows = fs
      .readFileSync(path.join(fixtureRoot, dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line));
    for (const row of rows)
      for (const value of Object.values(row))
        if (typeof value === 'string' && ISO.test(value)) latest = Math.max(latest, Date.parse(value));
    if (!byTable.has(table)) byTable.set(table, []);
    byTable.get(table).push(...rows);
  }
}

// 2. Thirty days of them: day k moves every timestamp back by k days from the latest fixture day.
const to = new Date(Math.ceil((latest + 1) / DAY_MS) * DAY_MS);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-backtest-bench-'));
let events = 0;
for (const [table, rows] of byTable) {
  const out = [];
  for (let day = 0; day < DAYS; day++) {
    for (const row of rows) {
      const shifted = {};
      for (const [key, value] of Object.entries(row)) {
        shifted[key] = typeof value === 'string' && ISO.test(value) ? new Date(Date.parse(value) - day * DAY_MS).toISOString() : value;
      }
      out.push(JSON.stringify(shifted));
    }
  }
  events += out.length;
  fs.writeFileSync(path.join(dataDir, `${table}.jsonl`), out.join('\n') + '\n');
}
console.log(`fixtures: ${events} events over ${DAYS} days in ${byTable.size} tables, ending ${to.toISOString()}`);

// 3. The emulator in its own process, so it does not share a thread with the client.
const emulator = spawn(process.execPath, [cli, 'emulator', '--data', dataDir, '--now', to.toISOString()], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const endpoint = await new Promise((resolve, reject) => {
  emulator.stdout.once('data', (chunk) => resolve(/https?:\/\/\S+/.exec(chunk.toString())[0]));
  emulator.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
});

function backtest(extra) {
  return new Promise((resolve) => {
    const reportFile = path.join(dataDir, 'report.json');
    const args = [cli, 'backtest', 'detections', '--endpoint', endpoint, '--database', 'bench', '--from', `${DAYS}d`];
    args.push('--to', to.toISOString(), '--json', reportFile, ...extra);
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, LAKEGUARD_TOKEN: 'bench-token' },
    });
    child.once('exit', (code) => resolve({ code, ms: performance.now() - t0, report: JSON.parse(fs.readFileSync(reportFile, 'utf8')) }));
  });
}

try {
  const unlimited = await backtest(['--rate', '100000']);
  let queries = 0;
  console.log('\ndetection                                   evaluations  sampled  alerts  per day (min-max)');
  for (const detection of unlimited.report.results ?? []) {
    const b = detection.backtest;
    if (!b) continue;
    queries += b.sampled ?? b.evaluations;
    const name = path.basename(detection.file ?? detection.id).padEnd(44);
    console.log(
      `${name}${String(b.evaluations).padStart(11)}  ${String(b.sampled ?? '-').padStart(7)}  ${String(b.alerts).padStart(6)}  ${b.alertsPerDay} (${b.min}-${b.max})`,
    );
  }
  console.log(`\nbacktest 30d, ${queries} queries: ${(unlimited.ms / 1000).toFixed(1)} s wall (rate limit lifted; exit ${unlimited.code})`);
  // A sliding window of 45 starts a minute: the last query starts after floor((n - 1) / 45) minutes.
  console.log(`at the default 45 queries/minute the limiter needs ${Math.floor((queries - 1) / 45)} min + the last queries' time`);
  if (process.argv.includes('--with-rate-limit')) {
    const limited = await backtest([]);
    console.log(`backtest 30d at the default rate limit: ${(limited.ms / 60000).toFixed(1)} min wall (exit ${limited.code})`);
  }
} finally {
  emulator.kill('SIGTERM');
  if (!process.env.KEEP) fs.rmSync(dataDir, { recursive: true, force: true });
  else console.log(dataDir);
}
