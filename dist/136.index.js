export const id = 136;
export const ids = [136,885,12];
export const modules = {

/***/ 50136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backtestOnLake: () => (/* binding */ backtestOnLake),
  rangeOf: () => (/* binding */ rangeOf)
});

// EXTERNAL MODULE: ./src/github/changed-files.ts
var changed_files = __webpack_require__(48253);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lake/client/index.ts + 9 modules
var lake_client = __webpack_require__(3270);
// EXTERNAL MODULE: ./src/lake/run/live-rules.ts
var live_rules = __webpack_require__(3613);
// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(36035);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(12960);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/records.ts
var records = __webpack_require__(79378);
// EXTERNAL MODULE: ./src/load/trigger.ts
var trigger = __webpack_require__(79832);
;// CONCATENATED MODULE: ./src/backtest/alerts.ts
/**
 * How many alerts one evaluation of a scheduled rule raises, after Sentinel's
 * documented semantics (learn.microsoft.com, "Scheduled analytics rules in
 * Microsoft Sentinel", sections "Alert threshold" and "Event grouping"):
 * none unless the result count passes the trigger; one alert for all events
 * (`eventGroupingSettings.aggregationKind: SingleAlert`, the default); one per
 * result row with `AlertPerResult`, up to 150 per run — the docs say that past
 * 150 results the first 149 rows raise an alert each and the 150th summarizes
 * the rest, so a run never raises more than 150.
 */


/** Most alerts one run of a scheduled rule raises with "Trigger an alert for each event". */
const ALERTS_PER_RUN_CAP = 150;
/** Does the rule raise one alert per result row? */
function alertPerResult(data) {
    const grouping = data.eventGroupingSettings;
    return (0,records/* isRecord */.u)(grouping) && typeof grouping.aggregationKind === 'string' && grouping.aggregationKind.toLowerCase() === 'alertperresult';
}
/** Alerts raised by one evaluation that returned `rows` rows. */
function alertsOf(data, rows) {
    if (!(0,trigger/* fires */._b)((0,trigger/* triggerOf */.ix)(data), rows))
        return 0;
    return alertPerResult(data) ? Math.min(rows, ALERTS_PER_RUN_CAP) : 1;
}

;// CONCATENATED MODULE: ./src/backtest/rate-limit.ts
/**
 * A client-side limit on queries per minute, shared by every detection of a
 * run: the data lake allows 45 queries per minute per user (README), so a
 * backtest of many detections waits rather than gets throttled.
 */
const LAKE_QUERIES_PER_MINUTE = 45;
/** A sliding window: at most `perMinute` starts in any window of `windowMs`. */
function createRateLimiter(options) {
    const windowMs = options.windowMs ?? 60_000;
    const clock = options.clock ?? (() => Date.now());
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const starts = [];
    // Callers are served one at a time, in order.
    let queue = Promise.resolve();
    const next = async () => {
        for (;;) {
            const now = clock();
            while (starts.length > 0 && starts[0] <= now - windowMs)
                starts.shift();
            if (starts.length < options.perMinute) {
                starts.push(now);
                return;
            }
            await sleep(starts[0] + windowMs - now);
        }
    };
    return {
        acquire() {
            const turn = queue.then(next);
            queue = turn.catch(() => { });
            return turn;
        },
    };
}

;// CONCATENATED MODULE: ./src/backtest/schedule.ts
/**
 * A scheduled rule's evaluations over a past range: one every queryFrequency,
 * the last one at the end of the range, and an even sample of them when there
 * are more than the budget allows.
 */
const DAY_MS = 86_400_000;
/** Evaluation times every `frequencyMs` ending at `to`, all after `from`; at most `maxRuns` of them, spread evenly. */
function scheduleOf(from, to, frequencyMs, maxRuns) {
    const end = to.getTime();
    const all = Math.max(0, Math.ceil((end - from.getTime()) / frequencyMs));
    const at = (i) => new Date(end - (all - 1 - i) * frequencyMs);
    if (all <= maxRuns)
        return { all, times: Array.from({ length: all }, (_, i) => at(i)) };
    // Even spread that keeps both ends: index round(k·(all−1)/(maxRuns−1)).
    const picked = new Set();
    for (let k = 0; k < maxRuns; k++)
        picked.add(maxRuns === 1 ? all - 1 : Math.round((k * (all - 1)) / (maxRuns - 1)));
    return { all, times: [...picked].sort((a, b) => a - b).map(at) };
}
/** The UTC day (YYYY-MM-DD) an evaluation counts for: the day its window ends in, so one ending at midnight counts for the day before. */
function dayOf(t) {
    return new Date(t.getTime() - 1).toISOString().slice(0, 10);
}
/** Evaluations of the full schedule per UTC day. */
function evaluationsPerDay(from, to, frequencyMs) {
    const perDay = new Map();
    for (let t = to.getTime(); t > from.getTime(); t -= frequencyMs) {
        const day = dayOf(new Date(t));
        perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    return perDay;
}

;// CONCATENATED MODULE: ./src/backtest/backtest.ts
/**
 * `lakeguard backtest`: replays each scheduled rule's own schedule over a past
 * range on the lake — every queryFrequency ending at `to`, each evaluation
 * with its now at that time over its queryPeriod — and counts the alerts each
 * evaluation would have raised. Beyond the budget of evaluations an even sample
 * is run and scaled up; every query waits for the run's shared rate limit.
 */










const DEFAULT_MAX_RUNS = 48;
const DEFAULT_BACKTEST_DAYS = 30;
const DEFAULT_FREQUENCY_MS = 3_600_000;
const DEFAULT_PERIOD_MS = 3_600_000;
/** Is this a scheduled rule (NRT rules and hunting queries have no schedule to replay)? */
function isScheduled(data) {
    const kind = typeof data.kind === 'string' ? data.kind.toLowerCase() : undefined;
    return kind === 'scheduled' || (kind === undefined && data.queryFrequency !== undefined);
}
/** Round an estimate to what the sample supports: exact counts stay exact, scaled ones keep two significant digits. */
function estimate(value, exact) {
    if (exact || value === 0)
        return Math.round(value * 100) / 100;
    const digits = Math.max(0, 1 - Math.floor(Math.log10(Math.abs(value))));
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}
/** Run one version of a detection at the given evaluation times. */
async function replay(data, times, all, perDayAll, options, client, limiter) {
    const period = (0,duration/* parseDuration */.E)(data.queryPeriod) ?? DEFAULT_PERIOD_MS;
    const alertsByDay = new Map();
    const sampledByDay = new Map();
    let alerts = 0;
    let failed = 0;
    let error;
    for (const t of times) {
        await limiter.acquire();
        const day = dayOf(t);
        try {
            const result = await client.query({
                query: data.query,
                database: options.database,
                now: t,
                timeScope: { column: 'TimeGenerated', from: new Date(t.getTime() - period), to: t },
                retain: { maxRows: 0 },
            }, {});
            const raised = alertsOf(data, result.rowCount);
            alerts += raised;
            alertsByDay.set(day, (alertsByDay.get(day) ?? 0) + raised);
            sampledByDay.set(day, (sampledByDay.get(day) ?? 0) + 1);
        }
        catch (e) {
            if (!(e instanceof lake_client.LakeError))
                throw e;
            failed += 1;
            error ??= e.message;
        }
    }
    const exact = times.length === all;
    const perDay = [...perDayAll.keys()].sort().flatMap((day) => {
        const seen = sampledByDay.get(day);
        if (!seen)
            return [];
        const scaled = ((alertsByDay.get(day) ?? 0) * perDayAll.get(day)) / seen;
        return [{ day, alerts: exact ? scaled : Math.round(scaled) }];
    });
    const days = (options.to.getTime() - options.from.getTime()) / DAY_MS;
    const ran = times.length - failed;
    const total = ran > 0 ? (alerts * all) / ran : 0;
    const counts = perDay.map((d) => d.alerts);
    return {
        figures: {
            from: options.from.toISOString(),
            to: options.to.toISOString(),
            evaluations: all,
            sampled: times.length,
            alerts,
            alertsPerDay: days > 0 ? estimate(total / days, exact && failed === 0) : 0,
            min: counts.length ? Math.min(...counts) : 0,
            max: counts.length ? Math.max(...counts) : 0,
            perDay,
            ...(failed ? { failed } : {}),
        },
        ...(error ? { error } : {}),
    };
}
function findingAt(detection, file, ruleId, where, message, level) {
    const span = detection.source.locate(where);
    return { ruleId, level, message, file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}
/** The budget of `expect.alertsPerDay.max`, when the detection sets one. */
function alertBudget(data) {
    const expect = (0,records/* isRecord */.u)(data.expect) ? data.expect : undefined;
    const budget = expect && (0,records/* isRecord */.u)(expect.alertsPerDay) ? expect.alertsPerDay.max : undefined;
    return typeof budget === 'number' ? budget : undefined;
}
async function backtestOne(entry, options, client, limiter) {
    const maxFileBytes = options.config.maxFileBytes ?? load_detection.DEFAULT_MAX_FILE_BYTES;
    const { detection } = await (0,load_detection.loadDetectionFile)(external_node_path_default().resolve(options.root, entry.file), entry.file, { maxFileBytes });
    if (!detection || typeof detection.data.query !== 'string')
        return `- ${entry.file}: not run`;
    const data = detection.data;
    if (!isScheduled(data))
        return `- ${entry.file}: not a scheduled rule, nothing to replay`;
    const frequency = (0,duration/* parseDuration */.E)(data.queryFrequency) ?? DEFAULT_FREQUENCY_MS;
    const schedule = scheduleOf(options.from, options.to, frequency, options.maxRuns ?? DEFAULT_MAX_RUNS);
    const perDayAll = evaluationsPerDay(options.from, options.to, frequency);
    const now = await replay(data, schedule.times, schedule.all, perDayAll, options, client, limiter);
    entry.backtest = { ...now.figures };
    if (now.error)
        entry.findings.push(findingAt(detection, entry.file, live_rules/* LIVE_QUERY_ERROR */.V4, ['query'], `${now.figures.failed} of ${schedule.times.length} evaluation(s) failed: ${now.error}`, 'error'));
    const previousText = options.previous?.get(entry.file);
    if (previousText !== undefined && options.compareRef) {
        const before = (0,load_detection/* parseDetection */.n)(Buffer.from(previousText), entry.file, detection.absPath, { maxFileBytes }).detection;
        if (before && typeof before.data.query === 'string' && isScheduled(before.data)) {
            const then = await replay(before.data, schedule.times, schedule.all, perDayAll, options, client, limiter);
            entry.backtest.before = { ...then.figures, ref: options.compareRef };
        }
    }
    const budget = alertBudget(data);
    if (budget !== undefined && !now.error && now.figures.alertsPerDay > budget)
        entry.findings.push(findingAt(detection, entry.file, live_rules/* LIVE_ALERT_BUDGET */.WV, ['expect', 'alertsPerDay', 'max'], `About ${now.figures.alertsPerDay} alerts per day over ${options.from.toISOString()} to ${options.to.toISOString()} (${schedule.times.length} of ${schedule.all} evaluations run), above the budget of ${budget}.`, options.gate ? 'error' : 'warning'));
    const b = entry.backtest;
    const sampled = b.sampled < b.evaluations ? `${b.sampled} of ${b.evaluations} evaluations` : `${b.evaluations} evaluations`;
    const change = b.before ? ` (before ${b.before.alertsPerDay}/day)` : '';
    return `${now.error ? '✗' : '●'} ${entry.file}: ${b.alertsPerDay} alerts/day${change}, ${sampled}`;
}
/** Backtest every sound detection of a validated run; the others keep their findings. */
async function backtestDetections(result, options) {
    const started = performance.now();
    const limiter = createRateLimiter({ perMinute: options.perMinute ?? LAKE_QUERIES_PER_MINUTE, windowMs: options.rateWindowMs });
    const client = (0,lake_client.createLakeClient)({
        endpoint: options.endpoint,
        token: options.token,
        concurrency: options.concurrency ?? 4,
        retry: options.retry,
    });
    try {
        await Promise.all(result.results.map(async (entry) => {
            const line = entry.findings.some((f) => f.level === 'error')
                ? `- ${entry.file}: not run (static errors)`
                : await backtestOne(entry, options, client, limiter);
            entry.findings.sort(model_result/* compareFindings */.Eg);
            entry.status = (0,model_result/* statusOf */.c2)(entry.findings, entry.tests);
            options.onProgress?.(line);
        }));
    }
    finally {
        await client.close();
    }
    result.command = 'backtest';
    result.totals = (0,model_result/* totalsOf */.vA)(result.results);
    result.durationMs += Math.round(performance.now() - started);
    return result;
}

// EXTERNAL MODULE: ./src/pipeline/validate.ts + 4 modules
var validate = __webpack_require__(5012);
// EXTERNAL MODULE: ./src/commands/run-on-lake.ts + 3 modules
var run_on_lake = __webpack_require__(92885);
;// CONCATENATED MODULE: ./src/commands/backtest-on-lake.ts
/**
 * `backtest` behind the flags: the range and budget, the versions at
 * --compare REF of the detections that changed, sign-in, the static checks,
 * then the replay on the lake.
 */






/** `30d` back from `to`, or an ISO 8601 date-time. */
function rangeOf(fromText, toText, clock = Date.now()) {
    const to = toText === undefined ? new Date(Math.floor(clock / 60_000) * 60_000) : new Date(toText);
    if (Number.isNaN(to.getTime()))
        throw new errors/* UsageError */.e(`--to must be an ISO 8601 date-time, not '${toText}'`);
    let from;
    const back = fromText === undefined ? DEFAULT_BACKTEST_DAYS * 86_400_000 : (0,duration/* parseDuration */.E)(fromText);
    if (back !== undefined)
        from = new Date(to.getTime() - back);
    else {
        from = new Date(fromText);
        if (Number.isNaN(from.getTime()))
            throw new errors/* UsageError */.e(`--from must be a duration such as 30d or an ISO 8601 date-time, not '${fromText}'`);
    }
    if (from.getTime() >= to.getTime())
        throw new errors/* UsageError */.e(`--from (${from.toISOString()}) must be before --to (${to.toISOString()})`);
    return { from, to };
}
async function backtestOnLake(settings, config, options) {
    const live = settings.live ?? { gate: false, showResults: 'counts' };
    const backtest = settings.backtest ?? {};
    const lake = config.lake ?? {};
    const database = live.database ?? lake.database;
    if (!database)
        throw new errors/* UsageError */.e("backtest needs the database to query: --database NAME (the lake's workspaceName-workspaceId), or lake.database in lakeguard.yaml");
    const { from, to } = rangeOf(backtest.from, backtest.to);
    if (backtest.compare !== undefined && !(await (0,changed_files/* isCommit */.WM)(settings.root, backtest.compare)))
        throw new errors/* UsageError */.e(`--compare: git does not know '${backtest.compare}' (is it a commit of this clone?)`);
    const provider = await (0,run_on_lake.signIn)(live, lake);
    const { result } = await (0,validate.validateDetections)(options);
    let previous;
    if (backtest.compare !== undefined) {
        previous = new Map();
        const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
        const path = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
        for (const entry of result.results) {
            const then = await (0,changed_files/* fileAtRef */.bw)(settings.root, backtest.compare, entry.file);
            if (then === undefined)
                continue;
            const current = await readFile(path.resolve(settings.root, entry.file), 'utf8').catch(() => undefined);
            // Only detections that changed since the ref get a before.
            if (current !== then)
                previous.set(entry.file, then);
        }
    }
    return backtestDetections(result, {
        root: settings.root,
        config,
        endpoint: live.endpoint ?? lake.endpoint,
        database,
        token: () => provider.getToken(),
        from,
        to,
        maxRuns: backtest.maxRuns ?? DEFAULT_MAX_RUNS,
        gate: live.gate,
        concurrency: live.concurrency ?? lake.concurrency ?? 4,
        ...(backtest.perMinute ? { perMinute: backtest.perMinute } : {}),
        ...(previous ? { previous, compareRef: backtest.compare } : {}),
        onProgress: settings.onProgress,
    });
}


/***/ }),

/***/ 92885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOnLake: () => (/* binding */ runOnLake),
  signIn: () => (/* binding */ signIn)
});

// EXTERNAL MODULE: ./src/lake/auth/index.ts + 10 modules
var auth = __webpack_require__(8119);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/serialize.ts
var serialize = __webpack_require__(75288);
// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(36035);
// EXTERNAL MODULE: ./src/pipeline/validate.ts + 4 modules
var validate = __webpack_require__(5012);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(12960);
// EXTERNAL MODULE: ./src/lake/client/index.ts + 9 modules
var lake_client = __webpack_require__(3270);
// EXTERNAL MODULE: ./src/engine/entities.ts
var engine_entities = __webpack_require__(79475);
// EXTERNAL MODULE: ./src/load/trigger.ts
var trigger = __webpack_require__(79832);
// EXTERNAL MODULE: ./src/util/records.ts
var records = __webpack_require__(79378);
// EXTERNAL MODULE: ./src/lake/run/live-rules.ts
var live_rules = __webpack_require__(3613);
;// CONCATENATED MODULE: ./src/lake/run/judge.ts




/** A lake answer as an engine table (longs beyond 2^53 stay bigint, which only entity text needs). */
function tableOfResult(result) {
    return {
        columns: result.columns.map((c) => ({ name: c.name, type: c.type })),
        data: result.columns.map((_, c) => result.rows.map((row) => row[c])),
        rowCount: result.rowCount,
    };
}
function judge(data, result, limits) {
    const breaches = [];
    const fired = (0,trigger/* fires */._b)((0,trigger/* triggerOf */.ix)(data), result.rowCount);
    if (result.rowCount > limits.maxRows)
        breaches.push({
            ruleId: live_rules/* LIVE_RESULT_LIMIT */.f9,
            path: ['limits', 'maxRows'],
            message: `The run returned ${result.rowCount} rows, over the limit of ${limits.maxRows}.`,
        });
    if (result.bytes > limits.maxBytes)
        breaches.push({
            ruleId: live_rules/* LIVE_RESULT_LIMIT */.f9,
            path: ['limits', 'maxBytes'],
            message: `The answer was ${result.bytes} bytes, over the limit of ${limits.maxBytes}.`,
        });
    const expect = (0,records/* isRecord */.u)(data.expect) ? data.expect : {};
    if ((0,records/* isRecord */.u)(expect.rows)) {
        const { min, max } = expect.rows;
        if (typeof max === 'number' && result.rowCount > max)
            breaches.push({
                ruleId: live_rules/* LIVE_ROW_BUDGET */.oP,
                path: ['expect', 'rows', 'max'],
                message: `${result.rowCount} rows over the query period, above the budget of ${max}.`,
            });
        if (typeof min === 'number' && result.rowCount < min)
            breaches.push({
                ruleId: live_rules/* LIVE_ROW_BUDGET */.oP,
                path: ['expect', 'rows', 'min'],
                message: `${result.rowCount} rows over the query period, below the expected minimum of ${min}.`,
            });
    }
    const byRow = (0,engine_entities/* entitiesByRow */.vr)(data, tableOfResult(result));
    const entities = [];
    const seen = new Set();
    for (const row of byRow) {
        for (const e of row) {
            const record = { type: e.type, ...e.identifiers };
            const key = JSON.stringify(record);
            if (!seen.has(key)) {
                seen.add(key);
                entities.push(record);
            }
        }
    }
    if (Array.isArray(expect.entities)) {
        expect.entities.forEach((item, i) => {
            if (!(0,records/* isRecord */.u)(item))
                return;
            const group = Object.entries(item)
                .filter((e) => (0,records/* isRecord */.u)(e[1]))
                .map(([type, ids]) => ({ type, identifiers: Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, String(v)])) }));
            if (!(0,engine_entities/* surfaces */.XP)(byRow, group))
                breaches.push({
                    ruleId: live_rules/* LIVE_ENTITIES_MISSING */.AN,
                    path: ['expect', 'entities', i],
                    message: `The run did not surface ${(0,engine_entities/* groupText */.VR)(group)}.`,
                });
        });
    }
    return { fired, breaches, entities };
}

// EXTERNAL MODULE: ./src/load/entity-mappings.ts
var entity_mappings = __webpack_require__(89601);
// EXTERNAL MODULE: ./src/kql/language-service.ts
var language_service = __webpack_require__(83978);
// EXTERNAL MODULE: ./src/kql/catalog-from-config.ts
var catalog_from_config = __webpack_require__(72755);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/lake/run/plan.ts
/**
 * What one live run of a detection asks the lake for: the window it looks at
 * (its query period ending at the run's now), and the limits that bound its
 * answer (the detection's `limits`, else the run's defaults).
 */


const DEFAULT_LOOKBACK_MS = 86_400_000;
const DEFAULT_TIMEOUT_MS = 4 * 60_000;
const DEFAULT_MAX_ROWS = 500_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const UNITS = { b: 1, kb: 1000, mb: 1000 ** 2, gb: 1000 ** 3, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
/** Bytes of `8MB`, `512KiB`, `1048576`; undefined when it is not a size. */
function parseSize(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) && value > 0 ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$/i.exec(value);
    if (!match)
        return undefined;
    const bytes = Number(match[1]) * (UNITS[(match[2] ?? 'b').toLowerCase()] ?? NaN);
    return Number.isFinite(bytes) && bytes > 0 ? Math.floor(bytes) : undefined;
}
/** The plan of one detection's run. */
function planRun(data, now, defaults) {
    const problems = [];
    const period = defaults.lookbackMs ?? (0,duration/* parseDuration */.E)(data.queryPeriod) ?? DEFAULT_LOOKBACK_MS;
    const limits = {
        timeoutMs: defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxRows: defaults.maxRows ?? DEFAULT_MAX_ROWS,
        maxBytes: defaults.maxBytes ?? DEFAULT_MAX_BYTES,
    };
    const given = data.limits;
    if ((0,records/* isRecord */.u)(given)) {
        const { timeout, maxRows, maxBytes } = given;
        if (timeout !== undefined) {
            const ms = (0,duration/* parseDuration */.E)(timeout) ?? (typeof timeout === 'string' && /^\d+s$/.test(timeout) ? Number(timeout.slice(0, -1)) * 1000 : undefined);
            if (ms === undefined || ms <= 0)
                problems.push(`limits.timeout '${String(timeout)}' is not a duration such as 4m`);
            else
                limits.timeoutMs = ms;
        }
        if (maxRows !== undefined) {
            if (!Number.isInteger(maxRows) || maxRows < 0)
                problems.push('limits.maxRows must be a whole number');
            else
                limits.maxRows = maxRows;
        }
        if (maxBytes !== undefined) {
            const bytes = parseSize(maxBytes);
            if (bytes === undefined)
                problems.push(`limits.maxBytes '${String(maxBytes)}' is not a size such as 8MB`);
            else
                limits.maxBytes = bytes;
        }
    }
    return { now, from: new Date(now.getTime() - period), periodMs: period, limits, problems };
}

;// CONCATENATED MODULE: ./src/pipeline/run-live.ts
/**
 * `lakeguard run`: the static checks, then each sound detection's query on the
 * Sentinel data lake over its window, judged against its trigger, limits and
 * expectations. A hunt reports; a gate (`gate: true`) fails on any breach.
 * Queries run concurrently through one client; one detection's failure never
 * stops the others.
 */












/** Rows kept in the report at `show-results: rows`. */
const SAMPLE_ROWS = 20;
function sampleRows(result) {
    const table = tableOfResult(result);
    const rows = [];
    for (let r = 0; r < Math.min(SAMPLE_ROWS, table.rowCount); r++) {
        const row = {};
        table.columns.forEach((c, i) => {
            const v = table.data[i][r];
            row[c.name] = typeof v === 'bigint' && c.type !== 'datetime' && c.type !== 'timespan' ? v.toString() : (0,serialize.serializeValue)(v, c.type);
        });
        rows.push(row);
    }
    return rows;
}
/** Bin widths a timeline may use, in minutes. */
const NICE_BINS = [1, 5, 10, 15, 30, 60, 120, 180, 360, 480, 720, 1440];
/** The narrowest bin that gives at most 48 bars over the window (5 minutes for 1h, 30 for 1d, 8 hours for 14d). */
function binMinutesFor(periodMs) {
    const minutes = periodMs / 60_000 / 48;
    return NICE_BINS.find((b) => b >= minutes) ?? Math.ceil(minutes / 1440) * 1440;
}
/** Rows per bin of the window by a datetime column of the answer; rows outside the window are not counted. */
function timelineOf(result, column, from, to) {
    const c = result.columns.findIndex((col) => col.name === column && col.type === 'datetime');
    if (c < 0)
        return undefined;
    const binMinutes = binMinutesFor(to.getTime() - from.getTime());
    const binTicks = BigInt(binMinutes) * 600000000n;
    const start = BigInt(from.getTime()) * 10000n;
    const end = BigInt(to.getTime()) * 10000n;
    const counts = new Array(Math.max(1, Math.ceil((to.getTime() - from.getTime()) / (binMinutes * 60_000)))).fill(0);
    for (const row of result.rows) {
        const t = row[c];
        if (typeof t !== 'bigint' || t < start || t > end)
            continue;
        const i = Math.min(counts.length - 1, Number((t - start) / binTicks));
        counts[i] += 1;
    }
    return { start: from.toISOString(), binMinutes, counts, column };
}
/** The first datetime column of the query's output (TimeGenerated preferred), from the binder. */
function timeColumnOf(query, catalog) {
    const columns = (0,language_service/* analyze */.ns)(query, catalog.globalsFor(query)).columns ?? [];
    const times = columns.filter((c) => c.type === 'datetime').map((c) => c.name);
    return times.includes('TimeGenerated') ? 'TimeGenerated' : times[0];
}
async function runOne(entry, options, client, now, catalog) {
    const started = performance.now();
    const { detection } = await (0,load_detection.loadDetectionFile)(external_node_path_default().resolve(options.root, entry.file), entry.file, {
        maxFileBytes: options.config.maxFileBytes ?? load_detection.DEFAULT_MAX_FILE_BYTES,
    });
    if (!detection || typeof detection.data.query !== 'string')
        return;
    const at = (ruleId, where, message, level = 'error') => {
        const span = detection.source.locate(where);
        return {
            ruleId,
            level,
            message,
            file: entry.file,
            line: span.line,
            column: span.column,
            endLine: span.endLine,
            endColumn: span.endColumn,
        };
    };
    const plan = planRun(detection.data, now, { ...options.limits, lookbackMs: options.lookbackMs });
    if (plan.problems.length > 0) {
        entry.findings.push(...plan.problems.map((p) => at(live_rules/* LIVE_RESULT_LIMIT */.f9, ['limits'], `${p}.`)));
        return;
    }
    let live;
    const timeColumn = timeColumnOf(detection.data.query, catalog);
    try {
        const result = await client.query({
            query: detection.data.query,
            database: options.database,
            serverTimeoutMs: plan.limits.timeoutMs,
            // One more record than allowed, so "exactly at the limit" and "over it" differ.
            maxRecords: plan.limits.maxRows + 1,
            maxSize: plan.limits.maxBytes,
            now: plan.now,
            timeScope: { column: 'TimeGenerated', from: plan.from, to: plan.now },
            // Keep only what the report needs: entity columns (every row is still counted and checked).
            ...(options.showResults === 'rows'
                ? {}
                : { retain: { columns: [...(0,entity_mappings/* entityColumnsOf */.M)(detection.data), ...(timeColumn ? [timeColumn] : [])] } }),
        }, {});
        const judgement = judge(detection.data, result, plan.limits);
        const level = options.gate ? 'error' : 'warning';
        entry.findings.push(...judgement.breaches.map((b) => at(b.ruleId, b.path, b.message, level)));
        live = {
            fired: judgement.fired,
            rows: result.rowCount,
            bytes: result.bytes,
            durationMs: result.durationMs,
            clientRequestId: result.requestId,
            attempts: result.attempts,
        };
        if (options.showResults !== 'counts')
            live.entities = judgement.entities;
        if (options.showResults === 'rows')
            live.sampleRows = sampleRows(result);
        if (judgement.fired && timeColumn)
            live.timeline = timelineOf(result, timeColumn, plan.from, plan.now);
    }
    catch (error) {
        if (!(error instanceof lake_client.LakeError))
            throw error;
        // A result-size refusal by the lake is a breach of the limits; every other failure means "could not run".
        const truncated = error.kind === 'truncated' || error.kind === 'too-large';
        entry.findings.push(truncated
            ? at(live_rules/* LIVE_RESULT_LIMIT */.f9, ['limits'], error.message, options.gate ? 'error' : 'warning')
            : at(live_rules/* LIVE_QUERY_ERROR */.V4, ['query'], error.message));
        live = {
            fired: false,
            rows: 0,
            bytes: error.details.bytes ?? 0,
            durationMs: Math.round(performance.now() - started),
            clientRequestId: error.requestId,
            attempts: error.attempts,
            error: error.kind,
        };
    }
    entry.live = live;
}
/** A live outcome that could not be judged is an error, whatever the level of its finding. */
function liveStatus(entry) {
    if (entry.live?.error && entry.live.error !== 'truncated' && entry.live.error !== 'too-large')
        return 'error';
    // Breaches are warnings in a hunt and errors in a gate, so the usual rule decides.
    return (0,model_result/* statusOf */.c2)(entry.findings, entry.tests);
}
function progressLine(entry) {
    const live = entry.live;
    if (!live)
        return `- ${entry.file}: not run (${entry.findings.filter((f) => f.level === 'error').length} static error(s))`;
    if (live.error)
        return `✗ ${entry.file}: ${entry.findings.find((f) => f.ruleId === live_rules/* LIVE_QUERY_ERROR */.V4 || f.ruleId === live_rules/* LIVE_RESULT_LIMIT */.f9)?.message ?? live.error}`;
    return `${live.fired ? '●' : '○'} ${entry.file}: ${live.fired ? 'fired' : 'quiet'}, ${live.rows} row(s), ${live.durationMs} ms${live.attempts && live.attempts > 1 ? `, ${live.attempts} attempts` : ''}`;
}
async function runLive(options) {
    const started = performance.now();
    const { result } = await (0,validate.validateDetections)(options);
    const now = options.now ?? new Date(Math.floor(Date.now() / 1000) * 1000);
    const catalog = (0,catalog_from_config/* catalogFromConfig */.y)(options.config);
    const client = (0,lake_client.createLakeClient)({
        endpoint: options.endpoint,
        token: options.token,
        concurrency: options.concurrency,
        retry: options.retry,
        ...(options.timeoutGraceMs !== undefined ? { timeoutGraceMs: options.timeoutGraceMs } : {}),
    });
    try {
        await Promise.all(result.results.map(async (entry) => {
            // A detection with static errors is never sent: it would fail or, worse, answer something else.
            if (!entry.findings.some((f) => f.level === 'error'))
                await runOne(entry, options, client, now, catalog);
            entry.findings.sort(model_result/* compareFindings */.Eg);
            entry.status = liveStatus(entry);
            options.onProgress?.(progressLine(entry));
        }));
    }
    finally {
        await client.close();
    }
    result.command = 'run';
    result.totals = (0,model_result/* totalsOf */.vA)(result.results);
    result.durationMs = Math.round(performance.now() - started);
    return { result };
}

;// CONCATENATED MODULE: ./src/commands/run-on-lake.ts
/**
 * `run` behind the flags: settings from flags or inputs over lakeguard.yaml's
 * `lake:`, one token up front, then the live run.
 */




/** The sign-in chain from flags over lakeguard.yaml's lake:, with one token fetched up front. */
async function signIn(live, lake) {
    const provider = (0,auth.createTokenProvider)({
        tenantId: live.tenantId ?? lake.tenantId,
        clientId: live.clientId ?? lake.clientId,
        audience: live.audience ?? lake.audience,
        scope: live.scope ?? lake.scope,
        authorityHost: live.authorityHost ?? lake.authorityHost,
    }, process.env);
    if (provider.kind === 'none')
        throw new errors/* NoCredentialsError */.Y(provider.message);
    try {
        // One token up front: a sign-in problem is explained once, not once per detection.
        await provider.getToken();
    }
    catch (error) {
        if (error instanceof auth.AuthError)
            throw new errors/* UsageError */.e(error.message);
        throw error;
    }
    return provider;
}
/** Sign in once, then run each sound detection on the lake. */
async function runOnLake(settings, config, options) {
    const live = settings.live ?? { gate: false, concurrency: 4, showResults: 'counts' };
    const lake = config.lake ?? {};
    const database = live.database ?? lake.database;
    if (!database)
        throw new errors/* UsageError */.e("run needs the database to query: --database NAME (the lake's workspaceName-workspaceId), or lake.database in lakeguard.yaml");
    const now = live.now === undefined ? undefined : new Date(live.now);
    if (now && Number.isNaN(now.getTime()))
        throw new errors/* UsageError */.e(`--now must be an ISO 8601 date-time, not '${live.now}'`);
    const timeoutMs = live.timeout === undefined ? undefined : (0,duration/* parseDuration */.E)(live.timeout);
    if (live.timeout !== undefined && !timeoutMs)
        throw new errors/* UsageError */.e(`--timeout must be a duration such as 2m or 30s, not '${live.timeout}'`);
    const lookbackMs = live.lookback === undefined ? undefined : (0,duration/* parseDuration */.E)(live.lookback);
    if (live.lookback !== undefined && !lookbackMs)
        throw new errors/* UsageError */.e(`--lookback must be a duration such as 1d, not '${live.lookback}'`);
    const provider = await signIn(live, lake);
    const { result } = await runLive({
        ...options,
        endpoint: live.endpoint ?? lake.endpoint,
        database,
        gate: live.gate,
        concurrency: live.concurrency ?? lake.concurrency ?? 4,
        lookbackMs,
        showResults: live.showResults,
        now,
        ...(timeoutMs ? { limits: { timeoutMs } } : {}),
        token: () => provider.getToken(),
        onProgress: settings.onProgress,
    });
    return result;
}


/***/ }),

/***/ 79475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ entityText),
/* harmony export */   VR: () => (/* binding */ groupText),
/* harmony export */   XP: () => (/* binding */ surfaces),
/* harmony export */   mI: () => (/* binding */ rowMatches),
/* harmony export */   vr: () => (/* binding */ entitiesByRow)
/* harmony export */ });
/* harmony import */ var _load_entity_mappings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89601);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75288);
/**
 * Entities a result surfaces through a detection's entityMappings: per row, the
 * mapped identifiers as Sentinel would read them from the cells.
 */


/** Text of a cell as Sentinel would put it into an entity identifier. */
function cellText(value, type) {
    if (value === null || value === undefined || value === '')
        return undefined;
    const serialized = (0,_serialize_js__WEBPACK_IMPORTED_MODULE_0__.serializeValue)(value, type);
    if (typeof serialized === 'string')
        return serialized;
    if (typeof serialized === 'bigint')
        return serialized.toString();
    // A long beyond 2^53 from the lake arrives as a bigint (inside dynamic values too).
    return JSON.stringify(serialized, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
}
/** Entities of each result row, from the rule's entityMappings. */
function entitiesByRow(data, table) {
    const mappings = (0,_load_entity_mappings_js__WEBPACK_IMPORTED_MODULE_1__/* .entityMappingsOf */ ._)(data);
    const columnIndex = new Map(table.columns.map((c, i) => [c.name, i]));
    const rows = [];
    for (let r = 0; r < table.rowCount; r++) {
        const entities = [];
        for (const { entityType, fields } of mappings) {
            const identifiers = {};
            for (const { identifier, columnName } of fields) {
                const c = columnName === undefined ? undefined : columnIndex.get(columnName);
                if (c === undefined)
                    continue;
                const text = cellText(table.data[c][r], table.columns[c].type);
                if (text !== undefined)
                    identifiers[identifier] = text;
            }
            if (Object.keys(identifiers).length > 0)
                entities.push({ type: entityType, identifiers });
        }
        rows.push(entities);
    }
    return rows;
}
const entityText = (e) => `${e.type}(${Object.entries(e.identifiers)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')})`;
const groupText = (group) => group.map(entityText).join(' + ');
/** Does a row's entity list hold every entity of the group (identifiers compared exactly)? */
function rowMatches(group, entities, fold = false) {
    const same = (a, b) => (fold ? a.toLowerCase() === b.toLowerCase() : a === b);
    return group.every((want) => entities.some((got) => got.type === want.type &&
        Object.entries(want.identifiers).every(([id, v]) => got.identifiers[id] !== undefined && same(got.identifiers[id], v))));
}
/** Does some row surface every entity of the group? */
function surfaces(byRow, group) {
    return byRow.some((entities) => rowMatches(group, entities));
}


/***/ }),

/***/ 75288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serializeTable: () => (/* binding */ serializeTable),
/* harmony export */   serializeValue: () => (/* binding */ serializeValue)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82370);

function serializeValue(value, type) {
    if (value === null || value === undefined)
        return type === 'string' ? '' : null;
    switch (type) {
        case 'datetime':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__.formatDatetime)(value);
        case 'timespan':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__.formatTimespan)(value);
        case 'real': {
            const n = value;
            if (Number.isNaN(n))
                return 'NaN';
            if (n === Infinity)
                return 'Infinity';
            if (n === -Infinity)
                return '-Infinity';
            return n;
        }
        default:
            return value;
    }
}
function serializeTable(table) {
    const rows = [];
    for (let r = 0; r < table.rowCount; r++)
        rows.push(table.columns.map((c, i) => serializeValue(table.data[i][r], c.type)));
    return { columns: table.columns.map((c) => ({ name: c.name, type: c.type })), rows };
}


/***/ }),

/***/ 5012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateDetections: () => (/* binding */ validateDetections)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/index.ts + 8 modules
var checks = __webpack_require__(21645);
// EXTERNAL MODULE: ./src/checks/check.ts
var checks_check = __webpack_require__(44669);
// EXTERNAL MODULE: ./src/kql/catalog-from-config.ts
var catalog_from_config = __webpack_require__(72755);
// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(36035);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(12960);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/pipeline/cache.ts
/**
 * Content-hash cache of per-file reports: an unchanged file under an unchanged
 * configuration and tool version is not parsed again.
 */



const CACHE_FORMAT = 1;
class ReportCache {
    file;
    entries = {};
    used = new Set();
    dirty = false;
    /** @param file where the cache lives; undefined disables it. */
    constructor(file) {
        this.file = file;
    }
    async load() {
        if (!this.file)
            return;
        try {
            const parsed = JSON.parse(await external_node_fs_.promises.readFile(this.file, 'utf8'));
            if (parsed.format === CACHE_FORMAT && parsed.entries && typeof parsed.entries === 'object')
                this.entries = parsed.entries;
        }
        catch {
            this.entries = {}; // missing or corrupt: start afresh
        }
    }
    get(key, file) {
        const hit = this.entries[key];
        if (!hit || hit.file !== file)
            return undefined;
        this.used.add(key);
        return hit;
    }
    set(key, report) {
        if (!this.file)
            return;
        this.entries[key] = report;
        this.used.add(key);
        this.dirty = true;
    }
    /** Write the entries used in this run (old ones are dropped). */
    async save() {
        if (!this.file)
            return;
        if (!this.dirty && this.used.size === Object.keys(this.entries).length)
            return;
        const kept = {};
        for (const key of this.used)
            if (this.entries[key])
                kept[key] = this.entries[key];
        try {
            await external_node_fs_.promises.mkdir(external_node_path_default().dirname(this.file), { recursive: true });
            const tmp = `${this.file}.${process.pid}.tmp`;
            await external_node_fs_.promises.writeFile(tmp, JSON.stringify({ format: CACHE_FORMAT, entries: kept }));
            await external_node_fs_.promises.rename(tmp, this.file);
        }
        catch {
            /* a cache that cannot be written only costs time */
        }
    }
}
/** Key of a file's report: tool version + configuration + the file's bytes + its display path. */
function cacheKey(salt, file, bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(salt).update('\0').update(file).update('\0').update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./src/pipeline/check-file.ts + 1 modules
var check_file = __webpack_require__(86272);
// EXTERNAL MODULE: ./src/pipeline/discover.ts
var discover = __webpack_require__(25803);
// EXTERNAL MODULE: ./src/pipeline/shard.ts
var shard = __webpack_require__(1366);
;// CONCATENATED MODULE: ./src/pipeline/selection.ts
/**
 * Which discovered detections a run checks: one shard of them, and/or only
 * those a pull request touched (the detection file or one of its fixtures).
 * The others are still read for their id and name, so duplicates are found
 * against every detection.
 */



/** Fixture files a detection's tests read, as repository-relative paths. */
function fixturePathsOf(detection) {
    const tests = detection.data.tests;
    if (!Array.isArray(tests))
        return [];
    const folder = external_node_path_default().posix.dirname(detection.file);
    const out = [];
    for (const test of tests) {
        const data = test?.data;
        if (typeof data !== 'object' || data === null)
            continue;
        for (const value of Object.values(data)) {
            if (typeof value === 'string')
                out.push(external_node_path_default().posix.normalize(external_node_path_default().posix.join(folder, value.replace(/\\/g, '/'))));
        }
    }
    return out;
}
function touched(file, detection, changed) {
    if (changed.has(file.file))
        return true;
    return detection ? fixturePathsOf(detection).some((p) => changed.has(p)) : false;
}
/** The selected files, and the identities of the rest. */
async function selectDetections(files, selection, loadOptions) {
    if (!selection.shard && !selection.changed)
        return { files, others: [] };
    const mine = [];
    const others = [];
    for (const f of files) {
        const { detection } = await (0,load_detection.loadDetectionFile)(f.absPath, f.file, loadOptions);
        const { id, name } = detection?.data ?? {};
        const key = typeof id === 'string' && id.trim() ? id : f.file;
        const inShard = !selection.shard || (0,shard/* shardOf */.I)(key, selection.shard.count) === selection.shard.index;
        if (inShard && (!selection.changed || touched(f, detection, selection.changed))) {
            mine.push(f);
            continue;
        }
        const summary = { file: f.file };
        if (detection && typeof id === 'string')
            [summary.id, summary.idSpan] = [id, detection.source.locate(['id'])];
        if (detection && typeof name === 'string')
            [summary.name, summary.nameSpan] = [name, detection.source.locate(['name'])];
        others.push(summary);
    }
    return { files: mine, others };
}

;// CONCATENATED MODULE: ./src/pipeline/jobs.ts
/**
 * How many worker threads validation uses when `--jobs` does not say. A worker
 * pays a fixed start (loading the bundle and the language service, building the
 * catalog: about two seconds here) before it checks a file, and competes with
 * the main thread for a core. So workers only pay off with a spare core each and
 * enough files to amortise that start; on 2 cores, or for a few hundred files,
 * one thread is faster (measured by `npm run bench`).
 */
/** Files a worker must have to repay its start (≈ 2 s at ~15 ms per file). */
const FILES_PER_WORKER = 150;
/** Fewer files than this are always checked on the main thread. */
const MIN_FILES_FOR_WORKERS = 300;
/** The threads for `files` files on `cores` cores, or exactly `requested` when --jobs gave it. */
function chooseJobs(files, cores, requested) {
    if (requested !== undefined)
        return { jobs: Math.max(1, requested), reason: `--jobs ${requested}` };
    if (cores <= 2)
        return { jobs: 1, reason: `${cores} core(s): workers would compete with the main thread` };
    if (files < MIN_FILES_FOR_WORKERS)
        return { jobs: 1, reason: `${files} file(s): fewer than ${MIN_FILES_FOR_WORKERS}, workers would not repay their start` };
    // One core stays with the main thread, which hands out files and merges reports.
    const jobs = Math.max(1, Math.min(cores - 1, Math.floor(files / FILES_PER_WORKER)));
    return { jobs, reason: `${files} files on ${cores} cores` };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/pipeline/worker-pool.ts
/**
 * Spreads file checks over worker threads. Parsing KQL is CPU-bound (tens of ms
 * per query), so on a multi-core runner workers cut wall time roughly by the
 * core count. Workers exist only in the bundled build (`dist/worker.js`); from
 * source, or with one job, files are checked in this thread.
 */




/** The worker script next to the bundle, if this is the bundle. */
function workerScript() {
    try {
        // Built from a variable so the bundler leaves it alone (it would emit a stub asset).
        const name = ['worker', 'js'].join('.');
        const candidate = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), name);
        return (0,external_node_fs_.existsSync)(candidate) ? candidate : undefined;
    }
    catch {
        return undefined;
    }
}
/** Check `items` on `jobs` workers; returns reports in item order. */
async function checkInWorkers(script, items, init, jobs) {
    const results = new Array(items.length);
    let next = 0;
    const count = Math.max(1, Math.min(jobs, items.length));
    const runWorker = () => new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(script, { workerData: init });
        const feed = () => {
            if (next >= items.length) {
                void worker.terminate();
                resolve();
                return;
            }
            const index = next++;
            worker.postMessage({ index, item: items[index] });
        };
        worker.on('message', (reply) => {
            if ('error' in reply) {
                const item = items[reply.index];
                results[reply.index] = {
                    file: item.file,
                    findings: [
                        { ruleId: 'LG0000', level: 'error', message: `Internal error: ${reply.error}`, file: item.file, line: 1, column: 1 },
                    ],
                };
            }
            else {
                results[reply.index] = reply.report;
            }
            feed();
        });
        worker.on('error', reject);
        worker.on('online', feed);
    });
    await Promise.all(Array.from({ length: count }, runWorker));
    return results;
}

;// CONCATENATED MODULE: ./src/pipeline/validate.ts
/**
 * `lakeguard validate`: discover files, check each (cached, in workers), then
 * the checks across files, into one RunResult.
 */
















/** Check every file; returns the run result and the per-file reports. */
async function validateDetections(options) {
    const startedAt = new Date();
    const started = performance.now();
    const loadOptions = { maxFileBytes: options.config.maxFileBytes ?? load_detection.DEFAULT_MAX_FILE_BYTES };
    const discovered = await (0,discover/* discoverDetections */.OR)(options.paths, options.root);
    const { files, others } = await selectDetections(discovered, options.selection ?? {}, loadOptions);
    const catalogInput = { tables: options.config.tables, functions: options.config.functions, watchlists: options.config.watchlists };
    const salt = (0,external_node_crypto_.createHash)('sha256')
        .update(version/* TOOL_VERSION */.w)
        .update(JSON.stringify(catalogInput))
        .update(JSON.stringify(loadOptions))
        .digest('hex');
    const cache = new ReportCache(options.cacheFile);
    await cache.load();
    const reports = new Array(files.length);
    const todo = [];
    await Promise.all(files.map(async (f, index) => {
        let key;
        if (options.cacheFile) {
            try {
                const stat = await external_node_fs_.promises.stat(f.absPath);
                if (stat.size <= (loadOptions.maxFileBytes ?? load_detection.DEFAULT_MAX_FILE_BYTES)) {
                    key = cacheKey(salt, f.file, await external_node_fs_.promises.readFile(f.absPath));
                    const hit = cache.get(key, f.file);
                    if (hit) {
                        reports[index] = hit;
                        return;
                    }
                }
            }
            catch {
                /* unreadable: checkFile reports it */
            }
        }
        todo.push({ index, item: f, key });
    }));
    todo.sort((a, b) => a.index - b.index);
    const { jobs, reason } = chooseJobs(todo.length, external_node_os_default().availableParallelism(), options.jobs);
    const script = workerScript();
    const useWorkers = Boolean(script) && jobs > 1 && todo.length > 1;
    options.log?.(`validate: ${todo.length} file(s) to check on ${useWorkers ? `${Math.min(jobs, todo.length)} worker thread(s)` : 'the main thread'} (${reason})`);
    let fresh;
    if (script && useWorkers) {
        fresh = await checkInWorkers(script, todo.map((t) => t.item), { config: catalogInput, loadOptions, debug: Boolean(options.debug) }, jobs);
    }
    else {
        fresh = [];
        if (todo.length > 0) {
            const catalog = (0,catalog_from_config/* catalogFromConfig */.y)(catalogInput);
            for (const t of todo)
                fresh.push(await (0,check_file/* checkFile */.v)(t.item.absPath, t.item.file, catalog, loadOptions));
        }
    }
    todo.forEach((t, i) => {
        const report = fresh[i];
        reports[t.index] = report;
        if (t.key)
            cache.set(t.key, report);
    });
    await cache.save();
    // Checks across files work on copies so cached reports stay per-file.
    const extra = new Map();
    for (const check of checks/* PROJECT_CHECKS */.Sh) {
        check.run([...reports, ...others], (file, ruleId, span, message) => {
            const list = extra.get(file) ?? [];
            list.push((0,checks_check/* findingAt */.dz)(file, ruleId, span, message));
            extra.set(file, list);
        });
    }
    const results = reports.map((report) => {
        const findings = [...report.findings, ...(extra.get(report.file) ?? [])].sort(model_result/* compareFindings */.Eg);
        return {
            id: report.id ?? '',
            name: report.name ?? external_node_path_default().basename(report.file),
            file: report.file,
            status: (0,model_result/* statusOf */.c2)(findings, []),
            findings,
            tests: [],
        };
    });
    const result = {
        tool: 'lakeguard',
        version: version/* TOOL_VERSION */.w,
        command: 'validate',
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(performance.now() - started),
        results,
        totals: (0,model_result/* totalsOf */.vA)(results),
    };
    return { result, reports };
}


/***/ })

};
