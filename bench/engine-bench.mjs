#!/usr/bin/env node
// Engine benchmark: a deterministic 1,000,000-row SigninLogs table built with the
// product's own column builders (the typed vectors the fixture loader makes: dictionary
// strings, ms+sub-ms datetimes), the two seed sign-in detections and one query per seed
// analysis (join, make_set, bin, dcount, arg_max) run through the built engine (dist/),
// and the same data and equivalent SQL in DuckDB. Prints time per query (median of 3
// after a warm-up), rows/s, peak RSS, the engine/DuckDB ratio against the 3x target,
// and checks that both return the same rows. Fixture loading from .jsonl and .csv
// files is timed once each, in a child process, against 500,000 rows/s.
// Run `npm run build` first. Usage: node bench/engine-bench.mjs [rows]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { COLUMNS, generateSignins } from './signin-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'lakeguard.js');

// Child mode: load a fixture file and report time and peak RSS.
if (process.argv[2] === '--load-fixture') {
  const { readFixture } = await (await import(bundle)).loadBenchApi();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const table = await readFixture(process.argv[3], JSON.parse(process.argv[4]), path.basename(process.argv[3]), Number.MAX_SAFE_INTEGER);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, rows: table.rowCount, rssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

const FIXTURE_COLUMNS = COLUMNS.filter(([n]) =>
  ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'ResultType', 'AppDisplayName'].includes(n),
);
const ROWS = Number(process.argv[2] ?? 1_000_000);
const NOW_MS = Date.UTC(2026, 0, 15, 12, 0, 0);
const NOW_TICKS = BigInt(NOW_MS) * 10_000n;
const SUCCESS_CODES = `('0', '50125', '50140', '70043', '70044')`;
const api = await (await import(bundle)).loadBenchApi();
const { runQuery, Catalog } = api;
const TARGET_RATIO = 3;
const TARGET_RSS_MB = 600;
const TARGET_LOAD = 500_000;
const verdict = (ok) => (ok ? 'met' : 'NOT MET');

function queryOf(file) {
  return YAML.parse(fs.readFileSync(path.join(root, 'detections', file), 'utf8')).query;
}

const NOW_SQL = `TIMESTAMP '${new Date(NOW_MS).toISOString().replace('T', ' ').replace('Z', '')}'`;
const unionSql = (lookback) => `
  SELECT TimeGenerated, UserPrincipalName, IPAddress, ResultType, AppDisplayName FROM SigninLogs
    WHERE TimeGenerated > ${NOW_SQL} - INTERVAL ${lookback}
  UNION ALL
  SELECT TimeGenerated, UserPrincipalName, IPAddress, ResultType, AppDisplayName FROM AADNonInteractiveUserSignInLogs
    WHERE TimeGenerated > ${NOW_SQL} - INTERVAL ${lookback}`;

/** The seed detections and equivalent SQL (sets compared sorted: both have ≤ 10 distinct values). */
const QUERIES = [
  {
    name: 'brute-force-signin',
    kql: queryOf('brute-force-signin.yaml'),
    first: 'FirstFailure',
    last: 'LastFailure',
    sql: `
      WITH u AS (${unionSql('1 HOUR')}),
      f AS (SELECT *, ResultType NOT IN ${SUCCESS_CODES} AS IsFailure FROM u WHERE coalesce(UserPrincipalName, '') <> '')
      SELECT UserPrincipalName, IPAddress,
        count(*) FILTER (WHERE IsFailure) AS FailureCount,
        count(*) FILTER (WHERE NOT IsFailure) AS SuccessCount,
        epoch_ms(min(TimeGenerated) FILTER (WHERE IsFailure)) AS FirstMs,
        epoch_ms(max(TimeGenerated) FILTER (WHERE IsFailure)) AS LastMs,
        list_sort(list(DISTINCT ResultType) FILTER (WHERE IsFailure)) AS FailureCodes,
        list_sort(list(DISTINCT AppDisplayName) FILTER (WHERE IsFailure)) AS Applications
      FROM f GROUP BY UserPrincipalName, IPAddress
      HAVING count(*) FILTER (WHERE IsFailure) > 10
      ORDER BY FailureCount DESC`,
  },
  {
    name: 'failed-signin-analysis',
    kql: queryOf('failed-signin-analysis.yaml'),
    first: 'FirstSeen',
    last: 'LastSeen',
    sql: `
      WITH u AS (${unionSql('1 DAY')}),
      f AS (SELECT *, ResultType IN ${SUCCESS_CODES} AS IsSuccess FROM u WHERE coalesce(UserPrincipalName, '') <> '')
      SELECT UserPrincipalName, IPAddress,
        count(*) FILTER (WHERE NOT IsSuccess) AS FailureCount,
        count(*) FILTER (WHERE IsSuccess) AS SuccessCount,
        epoch_ms(min(TimeGenerated)) AS FirstMs,
        epoch_ms(max(TimeGenerated)) AS LastMs,
        list_sort(list(DISTINCT ResultType) FILTER (WHERE NOT IsSuccess)) AS FailureCodes,
        list_sort(list(DISTINCT AppDisplayName)) AS Applications
      FROM f GROUP BY UserPrincipalName, IPAddress
      HAVING count(*) FILTER (WHERE NOT IsSuccess) > 100 AND count(*) FILTER (WHERE IsSuccess) >= 1
      ORDER BY FailureCount DESC`,
  },
];

/**
 * One query per seed analysis over the 1M-row table: join, make_set, bin, dcount,
 * arg_max. Results are compared as rows of plain values (datetimes in ms, sets sorted).
 */
const ANALYSES = [
  {
    name: 'join-success-failure',
    kql: `let failures = SigninLogs | where ResultType != "0" | summarize Failures = count() by UserPrincipalName;
SigninLogs | where ResultType == "0" | summarize Successes = count() by UserPrincipalName
| join kind=inner failures on UserPrincipalName
| project UserPrincipalName, Successes, Failures`,
    sql: `WITH f AS (SELECT UserPrincipalName, count(*) AS Failures FROM SigninLogs WHERE ResultType <> '0' GROUP BY 1),
      s AS (SELECT UserPrincipalName, count(*) AS Successes FROM SigninLogs WHERE ResultType = '0' GROUP BY 1)
      SELECT s.UserPrincipalName, Successes, Failures FROM s JOIN f USING (UserPrincipalName)`,
  },
  {
    name: 'make-set-per-user',
    kql: `SigninLogs | where TimeGenerated > ago(1d) | summarize Apps = make_set(AppDisplayName), Codes = make_set(ResultType) by UserPrincipalName`,
    sql: `SELECT UserPrincipalName, list(DISTINCT AppDisplayName), list(DISTINCT ResultType) FROM SigninLogs
      WHERE TimeGenerated > ${NOW_SQL} - INTERVAL 1 DAY GROUP BY 1`,
  },
  {
    name: 'bin-hourly-failures',
    kql: `SigninLogs | summarize Failures = countif(ResultType != "0"), Total = count() by Hour = bin(TimeGenerated, 1h)`,
    sql: `SELECT epoch_ms(date_trunc('hour', TimeGenerated)), count(*) FILTER (WHERE ResultType <> '0'), count(*) FROM SigninLogs GROUP BY 1`,
  },
  {
    name: 'dcount-per-user',
    // dcount is exact below 1,000 distinct values (HyperLogLog is documented exact there); above, the engine refuses.
    kql: `SigninLogs | summarize Apps = dcount(AppDisplayName), Codes = dcount(ResultType) by UserPrincipalName`,
    sql: `SELECT UserPrincipalName, count(DISTINCT AppDisplayName), count(DISTINCT ResultType) FROM SigninLogs GROUP BY 1`,
  },
  {
    name: 'arg-max-last-signin',
    kql: `SigninLogs | where TimeGenerated > ago(1d) | summarize arg_max(TimeGenerated, IPAddress, AppDisplayName) by UserPrincipalName`,
    sql: `SELECT UserPrincipalName, epoch_ms(max(TimeGenerated)), arg_max(IPAddress, TimeGenerated), arg_max(AppDisplayName, TimeGenerated)
      FROM SigninLogs WHERE TimeGenerated > ${NOW_SQL} - INTERVAL 1 DAY GROUP BY 1`,
  },
];

/** A value as plain JSON: engine datetimes (ticks) and DuckDB epoch_ms as ms, sets sorted. */
const plainEngine = (v) => (typeof v === 'bigint' ? Number(v / 10_000n) : Array.isArray(v) ? [...v].sort() : v);
const plainDuck = (v) => (typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? [...v].sort() : v);

function analysisEngineRows(table) {
  return Array.from({ length: table.rowCount }, (_, r) => JSON.stringify(table.data.map((col) => plainEngine(col[r]))));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** One warm-up, then the median of three timed runs. */
async function timed(run) {
  let result = await run();
  const times = [];
  const cpu = [];
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = await run();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // CPU time (all threads of the process) helps read wall times on a busy machine.
  return { ms: median(times), cpuMs: median(cpu), result };
}

/** Comparable rows: key → counts, first/last (ms) and sorted sets. */
function engineRows(table, q) {
  const col = (name) => table.data[table.columns.findIndex((c) => c.name === name)];
  const [upn, ip, fail, succ, first, last, codes, apps] = [
    'UserPrincipalName',
    'IPAddress',
    'FailureCount',
    'SuccessCount',
    q.first,
    q.last,
    'FailureCodes',
    'Applications',
  ].map(col);
  const set = (text) => (text === '' ? [] : text.split(', ').sort());
  return Array.from({ length: table.rowCount }, (_, r) =>
    JSON.stringify([upn[r], ip[r], fail[r], succ[r], Number(first[r] / 10_000n), Number(last[r] / 10_000n), set(codes[r]), set(apps[r])]),
  );
}

function duckRows(rows) {
  return rows.map((r) =>
    JSON.stringify([r[0], r[1], Number(r[2]), Number(r[3]), Number(r[4]), Number(r[5]), [...r[6]].sort(), [...r[7]].sort()]),
  );
}

function descending(table) {
  const counts = table.data[table.columns.findIndex((c) => c.name === 'FailureCount')];
  return counts.every((v, i) => i === 0 || counts[i - 1] >= v);
}

const fmt = (ms) => `${(ms / 1000).toFixed(3)} s`;
console.log(
  `lakeguard engine benchmark — ${ROWS.toLocaleString('en-US')} SigninLogs rows, ${os.availableParallelism()} cores, node ${process.version}`,
);
let t0 = performance.now();
const { table, burstRows } = generateSignins(ROWS, NOW_MS, undefined, api);
console.log(
  `generated the table in ${fmt(performance.now() - t0)} (${burstRows} attack rows; columns as vectors: ${table.columns
    .filter((_, c) => table.vectors?.[c])
    .map((col) => col.name)
    .join(', ')})`,
);

/** Row r of column c as fixture text, read from the vector (the table is never materialized). */
function fixtureValue(c, r) {
  const v = table.vectors?.[c];
  if (v?.kind === 'string') return v.dict[v.codes[r]];
  if (v?.kind === 'ticks') {
    if (v.sub[r] !== 0) throw new Error('the bench writes whole-millisecond datetimes');
    return new Date(v.ms[r]).toISOString();
  }
  const x = table.data[c][r];
  return typeof x === 'bigint' ? new Date(Number(x / 10_000n)).toISOString() : x;
}

// Fixture loading, once, in a child process (its own time and peak RSS).
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-engine-bench-'));
const jsonl = path.join(work, 'SigninLogs.jsonl');
const csv = path.join(work, 'SigninLogs.csv');
const loadRates = {};
{
  // The columns the seed queries read: all 14 would make a file longer than a
  // JavaScript string can be (512 MB), which no fixture can be read as.
  const out = fs.openSync(jsonl, 'w');
  const names = FIXTURE_COLUMNS.map(([n]) => n);
  const indexes = names.map((n) => COLUMNS.findIndex(([m]) => m === n));
  let chunk = [];
  for (let r = 0; r < ROWS; r++) {
    const record = {};
    names.forEach((n, i) => {
      record[n] = fixtureValue(indexes[i], r);
    });
    chunk.push(JSON.stringify(record));
    if (chunk.length === 10_000 || r === ROWS - 1) {
      fs.writeSync(out, `${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  fs.closeSync(out);
  // The same rows as .csv (no value needs quoting).
  const csvOut = fs.openSync(csv, 'w');
  fs.writeSync(csvOut, `${names.join(',')}\n`);
  for (let start = 0; start < ROWS; start += 10_000) {
    const lines = [];
    for (let r = start; r < Math.min(ROWS, start + 10_000); r++) lines.push(indexes.map((c) => fixtureValue(c, r)).join(','));
    fs.writeSync(csvOut, `${lines.join('\n')}\n`);
  }
  fs.closeSync(csvOut);
  const columns = JSON.stringify(FIXTURE_COLUMNS.map(([name, type]) => ({ name, type })));
  for (const [kind, file] of [
    ['.jsonl', jsonl],
    ['.csv', csv],
  ]) {
    const size = fs.statSync(file).size;
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--load-fixture', file, columns], { encoding: 'utf8' });
    if (child.status !== 0) console.log(`fixture load FAILED: ${child.stderr.trim()}`);
    else {
      const load = JSON.parse(child.stdout);
      const rate = Math.round(load.rows / (load.ms / 1000));
      loadRates[kind] = rate;
      console.log(
        `fixture load (${kind}, ${(size / 1024 / 1024).toFixed(0)} MB, streamed): ${fmt(load.ms)}  ${rate.toLocaleString('en-US')} rows/s (target ≥ ${TARGET_LOAD.toLocaleString('en-US')}: ${verdict(rate >= TARGET_LOAD)}; cpu ${fmt(load.cpuMs)}, ${Math.round(load.rows / (load.cpuMs / 1000)).toLocaleString('en-US')} rows per cpu-s)  peak RSS ${Math.round(load.rssKb / 1024)} MB`,
      );
    }
  }
}

const catalog = new Catalog();
const tables = new Map([['SigninLogs', table]]);
const engine = [];
for (const q of QUERIES) {
  const r = await timed(() => runQuery(q.kql, { tables, catalog, now: NOW_TICKS }));
  engine.push(r);
  console.log(
    `engine  ${q.name.padEnd(24)} ${fmt(r.ms)}  ${Math.round(ROWS / (r.ms / 1000))
      .toLocaleString('en-US')
      .padStart(11)} rows/s  (cpu ${fmt(r.cpuMs)})  ${r.result.rowCount} result rows`,
  );
}
for (const q of ANALYSES) {
  const r = await timed(() => runQuery(q.kql, { tables, catalog, now: NOW_TICKS }));
  engine.push(r);
  console.log(
    `engine  ${q.name.padEnd(24)} ${fmt(r.ms)}  ${Math.round(ROWS / (r.ms / 1000))
      .toLocaleString('en-US')
      .padStart(11)} rows/s  (cpu ${fmt(r.cpuMs)})  ${r.result.rowCount} result rows`,
  );
}
const engineRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`engine peak RSS ${engineRssMb} MB (target ≤ ${TARGET_RSS_MB} MB: ${verdict(engineRssMb <= TARGET_RSS_MB)})`);

// DuckDB: the same rows (the columns the queries read), bulk-loaded from the .jsonl file.
const { DuckDBInstance } = await import('@duckdb/node-api');
const duck = await (await DuckDBInstance.create(':memory:')).connect();
const sqlType = (t) => (t === 'datetime' ? 'TIMESTAMP' : 'VARCHAR');
const schema = FIXTURE_COLUMNS.map(([n, t]) => `${n} ${sqlType(t)}`).join(', ');
t0 = performance.now();
await duck.run(`CREATE TABLE AADNonInteractiveUserSignInLogs (${schema})`);
await duck.run(
  `CREATE TABLE SigninLogs AS SELECT * FROM read_json('${jsonl}', format = 'newline_delimited', columns = {${FIXTURE_COLUMNS.map(([n, t]) => `${n}: '${sqlType(t)}'`).join(', ')}})`,
);
const count = Number((await duck.runAndReadAll('SELECT count(*) FROM SigninLogs')).getRows()[0][0]);
console.log(`duckdb load ${count.toLocaleString('en-US')} rows in ${fmt(performance.now() - t0)}`);
let mismatches = 0;
const ratios = [];
for (const [i, q] of QUERIES.entries()) {
  const r = await timed(async () => (await duck.runAndReadAll(q.sql)).getRowsJS());
  const ratio = engine[i].ms / r.ms;
  ratios.push(ratio);
  const a = engineRows(engine[i].result, q).sort();
  const b = duckRows(r.result).sort();
  const same = a.length === b.length && a.every((x, k) => x === b[k]) && descending(engine[i].result);
  if (!same) mismatches++;
  console.log(
    `duckdb  ${q.name.padEnd(24)} ${fmt(r.ms)}  (cpu ${fmt(r.cpuMs)})  engine/duckdb ${ratio.toFixed(1)}x (target ≤ ${TARGET_RATIO}x: ${verdict(ratio <= TARGET_RATIO)})  ${r.result.length} result rows  ${same ? 'results match' : '*** RESULTS DIFFER ***'}`,
  );
  if (!same) {
    const onlyEngine = a.filter((x) => !b.includes(x)).slice(0, 3);
    const onlyDuck = b.filter((x) => !a.includes(x)).slice(0, 3);
    console.log(`  *** MISMATCH: engine only ${JSON.stringify(onlyEngine)}\n  *** duckdb only ${JSON.stringify(onlyDuck)}`);
  }
}
for (const [j, q] of ANALYSES.entries()) {
  const i = QUERIES.length + j;
  const r = await timed(async () => (await duck.runAndReadAll(q.sql)).getRowsJS());
  const ratio = engine[i].ms / r.ms;
  ratios.push(ratio);
  const a = analysisEngineRows(engine[i].result).sort();
  const b = r.result.map((row) => JSON.stringify(row.map(plainDuck))).sort();
  const same = a.length === b.length && a.every((x, k) => x === b[k]);
  if (!same) mismatches++;
  console.log(
    `duckdb  ${q.name.padEnd(24)} ${fmt(r.ms)}  (cpu ${fmt(r.cpuMs)})  engine/duckdb ${ratio.toFixed(1)}x (target ≤ ${TARGET_RATIO}x: ${verdict(ratio <= TARGET_RATIO)})  ${r.result.length} result rows  ${same ? 'results match' : '*** RESULTS DIFFER ***'}`,
  );
  if (!same) {
    const onlyEngine = a.filter((x) => !b.includes(x)).slice(0, 3);
    const onlyDuck = b.filter((x) => !a.includes(x)).slice(0, 3);
    console.log(`  *** MISMATCH: engine only ${JSON.stringify(onlyEngine)}\n  *** duckdb only ${JSON.stringify(onlyDuck)}`);
  }
}
console.log(`peak RSS (engine and duckdb) ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
const worst = Math.max(...ratios);
const names = [...QUERIES, ...ANALYSES].map((q) => q.name);
console.log('targets:');
for (const [i, ratio] of ratios.entries())
  console.log(`  ${names[i].padEnd(24)} within ${TARGET_RATIO}x DuckDB: ${ratio.toFixed(1)}x  ${verdict(ratio <= TARGET_RATIO)}`);
console.log(`  every query within ${TARGET_RATIO}x DuckDB: worst ${worst.toFixed(1)}x  ${verdict(worst <= TARGET_RATIO)}`);
console.log(
  `  engine peak RSS with the ${ROWS.toLocaleString('en-US')}-row table ≤ ${TARGET_RSS_MB} MB: ${engineRssMb} MB  ${verdict(engineRssMb <= TARGET_RSS_MB)}`,
);
for (const [kind, rate] of Object.entries(loadRates))
  console.log(
    `  fixture load (${kind}) ≥ ${TARGET_LOAD.toLocaleString('en-US')} rows/s: ${rate.toLocaleString('en-US')} rows/s  ${verdict(rate >= TARGET_LOAD)}`,
  );
if (mismatches) console.log(`*** ${mismatches} QUERY RESULT MISMATCH(ES) BETWEEN THE ENGINE AND DUCKDB ***`);
fs.rmSync(work, { recursive: true, force: true });
process.exitCode = mismatches ? 1 : 0;
