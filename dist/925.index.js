export const id = 925;
export const ids = [925];
export const modules = {

/***/ 40925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backtestOnLake: () => (/* binding */ backtestOnLake),
  rangeOf: () => (/* binding */ rangeOf)
});

// EXTERNAL MODULE: ./src/github/changed-files.ts
var changed_files = __webpack_require__(46040);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(93107);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lake/client/index.ts + 1 modules
var lake_client = __webpack_require__(4419);
// EXTERNAL MODULE: ./src/lake/run/live-rules.ts
var live_rules = __webpack_require__(92482);
// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(54110);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(72473);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(68021);
// EXTERNAL MODULE: ./src/util/records.ts
var records = __webpack_require__(19303);
// EXTERNAL MODULE: ./src/load/trigger.ts
var trigger = __webpack_require__(17669);
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

// EXTERNAL MODULE: ./src/pipeline/validate.ts + 5 modules
var validate = __webpack_require__(26128);
// EXTERNAL MODULE: ./src/commands/run-on-lake.ts + 5 modules
var run_on_lake = __webpack_require__(29309);
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


/***/ })

};
