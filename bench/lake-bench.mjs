#!/usr/bin/env node
// Lake benchmark (issue 4): the client against the emulator on loopback.
//  1. 500 detection-sized queries, 100 ms latency injected per request, concurrency 8:
//     wall time / ideal (ideal = 500 × 0.1 s / 8 = 6.25 s; target ≤ 1.15).
//  2. One 64 MB answer: the client's peak RSS (target ≤ 3 × 64 MB), all rows kept and
//     with `retain` (what `lakeguard run` keeps at show-results counts/entities).
// The emulator runs in a child process so it does not compete with the client for
// one thread. Run `npm run build` first.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'lakeguard.js');
const TOKEN = 'bench-token';
const MB = 1024 * 1024;

// Child modes.
if (process.argv[2] === '--emulator') {
  const { startEmulator, Catalog } = await (await import(bundle)).loadBenchApi();
  const catalog = new Catalog();
  const rows = Number(process.argv[4] ?? 0);
  const tables = new Map();
  if (rows > 0) {
    // A wide table whose serialized answer is about 64 MB.
    const text = 'x'.repeat(100);
    const columns = [
      { name: 'TimeGenerated', type: 'datetime' },
      { name: 'UserPrincipalName', type: 'string' },
      { name: 'IPAddress', type: 'string' },
      { name: 'Count', type: 'long' },
      { name: 'Detail', type: 'string' },
    ];
    const base = 17_000_000_000_000_000n;
    const data = [[], [], [], [], []];
    for (let i = 0; i < rows; i++) {
      data[0].push(base + BigInt(i) * 10_000_000n);
      data[1].push(`user${i % 5000}@contoso.com`);
      data[2].push(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
      data[3].push(i);
      data[4].push(text);
    }
    tables.set('Wide_CL', { columns, data, rowCount: rows });
    catalog.addTable({ name: 'Wide_CL', columns: columns.map((c) => [c.name, c.type]), origin: 'bench' });
  }
  const lake = await startEmulator({ token: TOKEN, latencyMs: Number(process.argv[3]), tables, catalog });
  console.log(lake.endpoint);
  process.on('SIGTERM', () => lake.close().then(() => process.exit(0)));
  await new Promise(() => {});
}

if (process.argv[2] === '--big-client') {
  const { createLakeClient } = await (await import(bundle)).loadBenchApi();
  const retain = process.argv[4] === 'retain';
  const client = createLakeClient({ endpoint: process.argv[3], token: async () => TOKEN, concurrency: 1, maxResponseBytes: 200 * MB });
  const t0 = performance.now();
  const result = await client.query({
    query: 'Wide_CL',
    database: 'bench',
    maxRecords: 10_000_000,
    maxSize: 1024 * MB,
    ...(retain ? { retain: { columns: ['UserPrincipalName', 'IPAddress'], maxRows: 0 } } : {}),
  });
  await client.close();
  console.log(
    JSON.stringify({ ms: performance.now() - t0, rows: result.rowCount, bytes: result.bytes, rssKb: process.resourceUsage().maxRSS }),
  );
  process.exit(0);
}

function startChild(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', (chunk) => resolve({ child, url: chunk.toString().trim() }));
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
}

function runChild(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`client exited with ${code}`))));
  });
}

const { createLakeClient } = await (await import(bundle)).loadBenchApi();
console.log(`lakeguard lake benchmark — ${os.availableParallelism()} cores, node ${process.version}`);

// 1. Latency-bound throughput.
{
  const QUERIES = 500;
  const LATENCY = 100;
  const CONCURRENCY = 8;
  const { child, url } = await startChild(['--emulator', String(LATENCY), '0']);
  const client = createLakeClient({ endpoint: url, token: async () => TOKEN, concurrency: CONCURRENCY });
  // Distinct, detection-sized queries (each is parsed and bound by the emulator's engine).
  const queries = Array.from(
    { length: QUERIES },
    (_, i) =>
      `SigninLogs | where TimeGenerated > ago(1h) | where ResultType != "${i}" | summarize Failures = count() by UserPrincipalName, IPAddress | where Failures > ${i}`,
  );
  await client.query({ query: 'print 1', database: 'bench' });
  const t0 = performance.now();
  const results = await Promise.all(queries.map((query) => client.query({ query, database: 'bench' })));
  const wall = (performance.now() - t0) / 1000;
  await client.close();
  child.kill('SIGTERM');
  const ideal = (QUERIES * LATENCY) / 1000 / CONCURRENCY;
  const attempts = results.reduce((n, r) => n + r.attempts, 0);
  console.log(
    `${QUERIES} queries, ${LATENCY} ms latency, concurrency ${CONCURRENCY}: wall ${wall.toFixed(2)} s, ideal ${ideal.toFixed(2)} s, ratio ${(wall / ideal).toFixed(3)} (target ≤ 1.15), ${attempts} attempts`,
  );
}

// 2. A 64 MB answer.
{
  const ROWS = 420_000;
  const { child, url } = await startChild(['--emulator', '0', String(ROWS)]);
  for (const mode of ['all rows', 'retain']) {
    const r = await runChild(['--big-client', url, mode === 'retain' ? 'retain' : 'all']);
    const rssMb = r.rssKb / 1024;
    console.log(
      `64 MB answer, ${mode}: ${(r.bytes / MB).toFixed(1)} MB, ${r.rows} rows in ${(r.ms / 1000).toFixed(2)} s, client peak RSS ${rssMb.toFixed(0)} MB = ${(rssMb / (r.bytes / MB)).toFixed(2)} × the answer (target ≤ 3)`,
    );
  }
  child.kill('SIGTERM');
}
