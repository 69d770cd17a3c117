export const id = 309;
export const ids = [309,128];
export const modules = {

/***/ 29309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOnLake: () => (/* binding */ runOnLake),
  signIn: () => (/* binding */ signIn)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/lake/auth/index.ts + 10 modules
var auth = __webpack_require__(88669);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ../../main/node_modules/undici/index.js
var undici = __webpack_require__(64718);
// EXTERNAL MODULE: ./src/lake/client/classify.ts
var classify = __webpack_require__(77792);
// EXTERNAL MODULE: ./src/lake/client/guards.ts
var guards = __webpack_require__(88196);
// EXTERNAL MODULE: ./src/lake/client/query.ts + 1 modules
var query = __webpack_require__(66173);
// EXTERNAL MODULE: ./src/lake/client/retry.ts
var retry = __webpack_require__(65334);
;// CONCATENATED MODULE: ./src/lake/ingestion/client.ts
/**
 * The Azure Monitor Logs Ingestion API (2023-01-01): `POST
 * {endpoint}/dataCollectionRules/{dcr}/streams/{stream}?api-version=2023-01-01`
 * with a JSON array of records, gzip-compressed. Records are split into batches
 * under the per-call size limit (measured on the uncompressed JSON), each batch
 * is retried on 429 (honouring Retry-After), 5xx and network failures with
 * bounded backoff, and one failed batch never stops the others.
 */







const INGESTION_API_VERSION = '2023-01-01';
/** The token scope of the Logs Ingestion API (the double slash is the documented form). */
const INGESTION_SCOPE = 'https://monitor.azure.com//.default';
/**
 * Azure Monitor's limit on one Logs Ingestion API call is 1 MB, "both compressed and
 * uncompressed data" (learn.microsoft.com/azure/azure-monitor/fundamentals/service-limits,
 * section "Logs Ingestion API"; 2 GB and 12,000 calls a minute per DCR). We read it as
 * 10^6 bytes (the stricter reading) and measure the uncompressed JSON body, so a
 * batch is within the limit whether the service counts compressed or raw bytes.
 */
const MAX_CALL_BYTES = 1_000_000;
/** Retries of one batch: fewer and shorter than a query's, since records are small. */
const INGESTION_RETRY = {
    maxAttempts: 4,
    totalBudgetMs: 2 * 60_000,
    baseDelayMs: 1000,
    maxDelayMs: 16_000,
    maxRetryAfterMs: 60_000,
};
const ERROR_BODY_CAP = 64 * 1024;
const DCR_ID = /^dcr-[0-9a-f]{32}$/i;
const STREAM = /^[A-Za-z0-9_.-]{1,200}$/;
/**
 * The upload URL of a data collection endpoint (or a DCR's own logs ingestion
 * endpoint), rule and stream. Tokens go only over https, or http to loopback.
 */
function ingestionUrl(endpoint, dcr, stream) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        return { ok: false, reason: `the ingestion endpoint '${endpoint}' is not a URL` };
    }
    if (url.username || url.password)
        return { ok: false, reason: 'the ingestion endpoint must not carry credentials in the URL' };
    if (url.protocol === 'http:' && !(0,guards/* isLoopback */.U9)(url.hostname))
        return {
            ok: false,
            reason: `refusing to send a token over plain http to ${url.hostname}: use https, or http only to a loopback host (127.0.0.1, ::1, localhost)`,
        };
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { ok: false, reason: `unsupported ingestion endpoint scheme ${url.protocol} (use https)` };
    if (!DCR_ID.test(dcr))
        return { ok: false, reason: `the data collection rule must be its immutable id (dcr- and 32 hex digits), not '${dcr}'` };
    if (!STREAM.test(stream))
        return { ok: false, reason: `the stream must be a stream name of the rule such as Custom-LakeguardHunts_CL, not '${stream}'` };
    const base = url.pathname.replace(/\/+$/, '');
    url.pathname = `${base}/dataCollectionRules/${encodeURIComponent(dcr)}/streams/${encodeURIComponent(stream)}`;
    url.search = `?api-version=${INGESTION_API_VERSION}`;
    url.hash = '';
    return { ok: true, url };
}
/**
 * Records → batches whose JSON array text is at most `maxBytes` (uncompressed).
 * A record too large for any batch is returned in `oversized`, never sent.
 */
function batchRecords(records, maxBytes = MAX_CALL_BYTES) {
    const batches = [];
    const oversized = [];
    let parts = [];
    let first = 0;
    let size = 2; // the brackets
    const flush = () => {
        if (parts.length === 0)
            return;
        const json = `[${parts.join(',')}]`;
        batches.push({ first, records: parts.length, json, bytes: size });
        parts = [];
        size = 2;
    };
    records.forEach((record, index) => {
        const text = JSON.stringify(record);
        const bytes = Buffer.byteLength(text);
        if (bytes + 2 > maxBytes) {
            oversized.push({ index, bytes });
            return;
        }
        const added = bytes + (parts.length > 0 ? 1 : 0);
        if (size + added > maxBytes)
            flush();
        if (parts.length === 0)
            first = index;
        size += bytes + (parts.length > 0 ? 1 : 0);
        parts.push(text);
    });
    flush();
    return { batches, oversized };
}
async function attemptUpload(url, body, headers, dispatcher, timeoutMs) {
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(new Error('deadline')), timeoutMs);
    try {
        const response = await (0,undici/* request */.Em)(url, {
            dispatcher,
            method: 'POST',
            headers,
            body,
            signal: controller.signal,
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
        });
        const status = response.statusCode;
        const text = await readSmall(response.body);
        if (status >= 200 && status < 300)
            return { ok: true, status };
        const retryAfterMs = (0,retry/* parseRetryAfter */.mu)(response.headers['retry-after'], Date.now());
        const code = serviceCode(text) ?? headerText(response.headers['x-ms-error-code']);
        const message = serviceMessage(text);
        const cause = `HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
        const retryable = status === 429 || status === 408 || status >= 500;
        return { ok: false, status, retryable, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), cause };
    }
    catch (error) {
        if (controller.signal.aborted)
            return { ok: false, retryable: true, cause: `no answer within ${Math.round(timeoutMs / 1000)} s` };
        const code = error.code;
        return { ok: false, retryable: true, cause: `network error${code ? ` ${code}` : ''}: ${error?.message ?? String(error)}` };
    }
    finally {
        clearTimeout(deadline);
    }
}
async function readSmall(body) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > ERROR_BODY_CAP) {
            body.destroy();
            break;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function headerText(value) {
    const v = Array.isArray(value) ? value[0] : value;
    return v?.trim() || undefined;
}
function errorObject(text) {
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed.error === 'object' && parsed.error !== null ? parsed.error : undefined;
    }
    catch {
        return undefined;
    }
}
function serviceCode(text) {
    const code = errorObject(text)?.code;
    return typeof code === 'string' && code ? code : undefined;
}
function serviceMessage(text) {
    const message = errorObject(text)?.message;
    return typeof message === 'string' && message ? message : undefined;
}
/** Send every record; each batch succeeds or fails on its own. Never throws for a failed batch. */
async function uploadRecords(records, options) {
    const policy = { ...INGESTION_RETRY, ...options.retry };
    const sleep = options.sleep ?? retry/* abortableSleep */.Mf;
    const random = options.random ?? Math.random;
    const uuid = options.uuid ?? external_node_crypto_.randomUUID;
    const dispatcher = options.dispatcher ?? (0,query/* defaultDispatcher */.bA)();
    const timeoutMs = options.timeoutMs ?? 60_000;
    const { batches, oversized } = batchRecords(records, options.maxBatchBytes ?? MAX_CALL_BYTES);
    const outcomes = [];
    const secrets = [];
    for (const [i, batch] of batches.entries()) {
        const body = (0,external_node_zlib_.gzipSync)(Buffer.from(batch.json, 'utf8'));
        const started = Date.now();
        const outcome = {
            batch: i + 1,
            records: batch.records,
            bytes: batch.bytes,
            gzipBytes: body.length,
            attempts: 0,
            requestId: '',
            ok: false,
        };
        const label = `batch ${i + 1} of ${batches.length} (${batch.records} record${batch.records === 1 ? '' : 's'}, ${batch.bytes} bytes)`;
        let delay = 0;
        for (let attempt = 1;; attempt++) {
            outcome.attempts = attempt;
            outcome.requestId = uuid();
            options.onAttempt?.({ batch: i + 1, attempt, requestId: outcome.requestId, delayBeforeMs: delay });
            const failWith = (cause) => {
                outcome.error = (0,classify/* safeLine */.om)(`${label}: ${cause} (request id ${outcome.requestId}, ${attempt} attempt${attempt === 1 ? '' : 's'})`, secrets);
            };
            let token;
            try {
                token = (await options.token()).trim();
                if (!token)
                    throw new Error('the token provider returned no token');
            }
            catch (error) {
                failWith(`could not get an access token: ${error?.message ?? String(error)}`);
                break;
            }
            secrets.push(token);
            const result = await attemptUpload(options.url, body, {
                authorization: `Bearer ${token}`,
                'content-type': 'application/json',
                'content-encoding': 'gzip',
                'x-ms-client-request-id': outcome.requestId,
            }, dispatcher, timeoutMs);
            if (result.status !== undefined)
                outcome.status = result.status;
            if (result.ok) {
                outcome.ok = true;
                break;
            }
            if (!result.retryable) {
                failWith(result.cause);
                break;
            }
            if (attempt >= policy.maxAttempts) {
                failWith(`${result.cause}; retries exhausted`);
                break;
            }
            if (result.retryAfterMs !== undefined && result.retryAfterMs > policy.maxRetryAfterMs) {
                failWith(`${result.cause}; Retry-After ${Math.round(result.retryAfterMs / 1000)} s exceeds the ${Math.round(policy.maxRetryAfterMs / 1000)} s cap`);
                break;
            }
            delay = result.retryAfterMs ?? (0,retry/* backoffDelay */.EY)(policy, attempt, random);
            if (Date.now() - started + delay >= policy.totalBudgetMs) {
                failWith(`${result.cause}; the ${Math.round(policy.totalBudgetMs / 1000)} s retry budget is spent`);
                break;
            }
            await sleep(delay);
        }
        outcomes.push(outcome);
    }
    return {
        records: records.length,
        sent: outcomes.filter((o) => o.ok).reduce((n, o) => n + o.records, 0),
        batches: outcomes,
        oversized,
    };
}

;// CONCATENATED MODULE: ./src/lake/ingestion/hunt-records.ts
/**
 * Azure Monitor keeps at most 64 KB of one field value and truncates longer ones (same
 * service-limits page as MAX_CALL_BYTES); the entities column stays
 * under it (entities beyond are dropped, and EntitiesTotal still counts them).
 */
const MAX_FIELD_BYTES = 60_000;
function capped(entities) {
    let kept = entities.length;
    while (kept > 0 && Buffer.byteLength(JSON.stringify(entities.slice(0, kept))) > MAX_FIELD_BYTES)
        kept = Math.floor(kept * 0.9) || kept - 1;
    return entities.slice(0, kept);
}
/** The workflow run's URL from the Actions environment, when there is one. */
function workflowRunUrl(env) {
    if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}
function record(entry, run) {
    const live = entry.live;
    const out = {
        TimeGenerated: run.runTime,
        DetectionId: entry.id,
        DetectionName: entry.name,
        File: entry.file,
        Mode: run.mode,
        Status: entry.status,
        Ran: live !== undefined,
        WindowStart: live?.window?.from ?? null,
        WindowEnd: live?.window?.to ?? null,
        Fired: live?.fired ?? false,
        Rows: live?.rows ?? 0,
        Bytes: live?.bytes ?? 0,
        DurationMs: live ? Math.round(live.durationMs) : 0,
        RequestId: live?.clientRequestId ?? '',
        Attempts: live?.attempts ?? 0,
        Error: live?.error ?? '',
        Findings: entry.findings.length,
        Commit: run.commit ?? '',
        Repository: run.repository ?? '',
        WorkflowRunUrl: run.workflowRunUrl ?? '',
        ToolVersion: run.toolVersion,
    };
    if (live?.entities) {
        out.Entities = capped(live.entities);
        out.EntitiesTotal = live.entities.length;
    }
    return out;
}
/** The records of a run: one per detection, in the report's order. */
function huntRecords(result, run) {
    return result.results.map((entry) => record(entry, run));
}

;// CONCATENATED MODULE: ./src/lake/ingestion/index.ts
/** Hunt records to a custom table through the Azure Monitor Logs Ingestion API. */



// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(93107);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(83912);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/serialize.ts
var serialize = __webpack_require__(217);
// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(54110);
// EXTERNAL MODULE: ./src/pipeline/validate.ts + 5 modules
var validate = __webpack_require__(26128);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(72473);
// EXTERNAL MODULE: ./src/lake/client/index.ts + 1 modules
var lake_client = __webpack_require__(4419);
// EXTERNAL MODULE: ./src/lake/run/judge.ts
var judge = __webpack_require__(2015);
// EXTERNAL MODULE: ./src/load/entity-mappings.ts
var entity_mappings = __webpack_require__(42788);
// EXTERNAL MODULE: ./src/kql/language-service.ts + 1 modules
var language_service = __webpack_require__(39753);
// EXTERNAL MODULE: ./src/kql/catalog-from-config.ts
var catalog_from_config = __webpack_require__(93952);
// EXTERNAL MODULE: ./src/lake/run/live-rules.ts
var live_rules = __webpack_require__(92482);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(68021);
// EXTERNAL MODULE: ./src/util/records.ts
var records = __webpack_require__(19303);
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
    const table = (0,judge.tableOfResult)(result);
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
        const judgement = (0,judge.judge)(detection.data, result, plan.limits);
        const level = options.gate ? 'error' : 'warning';
        entry.findings.push(...judgement.breaches.map((b) => at(b.ruleId, b.path, b.message, level)));
        live = {
            fired: judgement.fired,
            rows: result.rowCount,
            bytes: result.bytes,
            durationMs: result.durationMs,
            clientRequestId: result.requestId,
            attempts: result.attempts,
            window: { from: plan.from.toISOString(), to: plan.now.toISOString() },
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
            window: { from: plan.from.toISOString(), to: plan.now.toISOString() },
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
/** `--write-table`: the endpoint, rule and stream from flags over lake.ingestion, and a token for the ingestion scope. */
async function tableWriter(live, lake, env) {
    const endpoint = live.ingestionEndpoint ?? lake.ingestion?.endpoint;
    const dcr = live.dcr ?? lake.ingestion?.dcr;
    const stream = live.stream ?? lake.ingestion?.stream;
    const missing = [
        endpoint ? undefined : '--ingestion-endpoint URL (lake.ingestion.endpoint)',
        dcr ? undefined : '--dcr IMMUTABLE_ID (lake.ingestion.dcr)',
        stream ? undefined : '--stream NAME (lake.ingestion.stream)',
    ].filter(Boolean);
    if (!endpoint || !dcr || !stream)
        throw new errors/* UsageError */.e(`--write-table needs ${missing.join(', ')}.`);
    const target = ingestionUrl(endpoint, dcr, stream);
    if (!target.ok)
        throw new errors/* UsageError */.e(`--write-table: ${target.reason}.`);
    // The sign-in chain with the ingestion scope; LAKEGUARD_INGESTION_TOKEN is a ready token for it.
    const rename = (text) => text.replace(/LAKEGUARD_TOKEN/g, 'LAKEGUARD_INGESTION_TOKEN');
    const provider = (0,auth.createTokenProvider)({
        tenantId: live.tenantId ?? lake.tenantId,
        clientId: live.clientId ?? lake.clientId,
        audience: live.audience ?? lake.audience,
        scope: INGESTION_SCOPE,
        authorityHost: live.authorityHost ?? lake.authorityHost,
    }, { ...env, LAKEGUARD_TOKEN: env.LAKEGUARD_INGESTION_TOKEN ?? '' });
    if (provider.kind === 'none')
        throw new errors/* UsageError */.e(`--write-table needs credentials for Azure Monitor: ${rename(provider.message)}`);
    try {
        await provider.getToken();
    }
    catch (error) {
        if (error instanceof auth.AuthError)
            throw new errors/* UsageError */.e(`--write-table: ${rename(error.message)}`);
        throw error;
    }
    return { url: target.url, stream, getToken: () => provider.getToken() };
}
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The commit the run checks: GITHUB_SHA in Actions, else git's HEAD. */
async function commitOf(root, env) {
    if (env.GITHUB_SHA)
        return env.GITHUB_SHA;
    try {
        return (await run('git', ['rev-parse', 'HEAD'], { cwd: root })).stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** Send the run's records; a failed batch is reported in the result and on the progress lines, the others still go. */
async function writeTable(writer, result, now, gate, root, env, progress) {
    const records = huntRecords(result, {
        runTime: now.toISOString(),
        mode: gate ? 'gate' : 'hunt',
        commit: await commitOf(root, env),
        repository: env.GITHUB_REPOSITORY,
        workflowRunUrl: workflowRunUrl(env),
        toolVersion: version/* TOOL_VERSION */.w,
    });
    const report = await uploadRecords(records, { url: writer.url, token: writer.getToken });
    const failed = report.batches.filter((b) => !b.ok);
    const bytes = report.batches.reduce((n, b) => n + b.bytes, 0);
    const gzip = report.batches.reduce((n, b) => n + b.gzipBytes, 0);
    progress?.(`${failed.length ? '✗' : '▤'} hunt records: ${report.sent} of ${report.records} sent to ${writer.stream} in ${report.batches.length} batch(es) ` +
        `(${bytes} bytes of JSON, ${gzip} gzipped)${failed.length ? `; ${failed.length} batch(es) failed` : ''}`);
    for (const b of failed)
        progress?.(`✗ hunt records: ${b.error}`);
    for (const o of report.oversized)
        progress?.(`✗ hunt records: record ${o.index + 1} is ${o.bytes} bytes, over the 1 MB a call may carry; not sent`);
    return {
        stream: writer.stream,
        records: report.records,
        sent: report.sent,
        batches: report.batches.map((b) => ({
            batch: b.batch,
            records: b.records,
            bytes: b.bytes,
            gzipBytes: b.gzipBytes,
            attempts: b.attempts,
            requestId: b.requestId,
            ok: b.ok,
            ...(b.error ? { error: b.error } : {}),
        })),
        oversized: report.oversized.length,
    };
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
    const env = process.env;
    // Checked and signed in up front: a misconfigured table must not cost a whole hunt.
    const writer = live.writeTable ? await tableWriter(live, lake, env) : undefined;
    const runNow = now ?? new Date(Math.floor(Date.now() / 1000) * 1000);
    const { result } = await runLive({
        ...options,
        endpoint: live.endpoint ?? lake.endpoint,
        database,
        gate: live.gate,
        concurrency: live.concurrency ?? lake.concurrency ?? 4,
        lookbackMs,
        showResults: live.showResults,
        now: runNow,
        ...(timeoutMs ? { limits: { timeoutMs } } : {}),
        token: () => provider.getToken(),
        onProgress: settings.onProgress,
    });
    if (writer)
        result.ingestion = await writeTable(writer, result, runNow, live.gate, options.root, env, settings.onProgress);
    return result;
}


/***/ }),

/***/ 91468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ entityText),
/* harmony export */   VR: () => (/* binding */ groupText),
/* harmony export */   XP: () => (/* binding */ surfaces),
/* harmony export */   mI: () => (/* binding */ rowMatches),
/* harmony export */   vr: () => (/* binding */ entitiesByRow)
/* harmony export */ });
/* harmony import */ var _load_entity_mappings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42788);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(217);
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

/***/ 217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serializeTable: () => (/* binding */ serializeTable),
/* harmony export */   serializeValue: () => (/* binding */ serializeValue),
/* harmony export */   toJson: () => (/* binding */ toJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1665);
/**
 * Values as the Kusto v2 REST API serializes them, so `lakeguard query`, the
 * emulator and the lake agree byte for byte.
 */


function serializeValue(value, type) {
    if (value === null || value === undefined)
        return type === 'string' ? '' : null;
    switch (type) {
        case 'datetime':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__.formatDatetime)(value);
        case 'timespan':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__.formatTimespan)(value);
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
/**
 * JSON text of serialized values where a long beyond ±2^53 (a bigint) is written as
 * its exact digits, as the v2 API writes a long (JSON.stringify would throw).
 */
function toJson(value) {
    let big = false;
    const text = JSON.stringify(value, (_key, v) => {
        if (typeof v !== 'bigint')
            return v;
        big = true;
        return `\u0000${MARK}:${v}\u0000`;
    });
    return big ? text.replace(BIG_MARKED, '$1') : text;
}
/** A marker no string value holds by chance: a NUL, a per-process random token, the digits. */
const MARK = `long-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`;
const BIG_MARKED = new RegExp(`"\\\\u0000${MARK}:(-?\\d+)\\\\u0000"`, 'g');
function serializeTable(table) {
    const rows = [];
    for (let r = 0; r < table.rowCount; r++)
        rows.push(table.columns.map((c, i) => serializeValue(table.data[i][r], c.type)));
    return { columns: table.columns.map((c) => ({ name: c.name, type: c.type })), rows };
}


/***/ }),

/***/ 2015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judge: () => (/* binding */ judge),
/* harmony export */   tableOfResult: () => (/* binding */ tableOfResult)
/* harmony export */ });
/* harmony import */ var _engine_entities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91468);
/* harmony import */ var _load_trigger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17669);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19303);
/* harmony import */ var _live_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92482);




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
    const fired = (0,_load_trigger_js__WEBPACK_IMPORTED_MODULE_1__/* .fires */ ._b)((0,_load_trigger_js__WEBPACK_IMPORTED_MODULE_1__/* .triggerOf */ .ix)(data), result.rowCount);
    if (result.rowCount > limits.maxRows)
        breaches.push({
            ruleId: _live_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .LIVE_RESULT_LIMIT */ .f9,
            path: ['limits', 'maxRows'],
            message: `The run returned ${result.rowCount} rows, over the limit of ${limits.maxRows}.`,
        });
    if (result.bytes > limits.maxBytes)
        breaches.push({
            ruleId: _live_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .LIVE_RESULT_LIMIT */ .f9,
            path: ['limits', 'maxBytes'],
            message: `The answer was ${result.bytes} bytes, over the limit of ${limits.maxBytes}.`,
        });
    const expect = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(data.expect) ? data.expect : {};
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(expect.rows)) {
        const { min, max } = expect.rows;
        if (typeof max === 'number' && result.rowCount > max)
            breaches.push({
                ruleId: _live_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .LIVE_ROW_BUDGET */ .oP,
                path: ['expect', 'rows', 'max'],
                message: `${result.rowCount} rows over the query period, above the budget of ${max}.`,
            });
        if (typeof min === 'number' && result.rowCount < min)
            breaches.push({
                ruleId: _live_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .LIVE_ROW_BUDGET */ .oP,
                path: ['expect', 'rows', 'min'],
                message: `${result.rowCount} rows over the query period, below the expected minimum of ${min}.`,
            });
    }
    const byRow = (0,_engine_entities_js__WEBPACK_IMPORTED_MODULE_0__/* .entitiesByRow */ .vr)(data, tableOfResult(result));
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
            if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(item))
                return;
            const group = Object.entries(item)
                .filter((e) => (0,_util_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(e[1]))
                .map(([type, ids]) => ({ type, identifiers: Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, String(v)])) }));
            if (!(0,_engine_entities_js__WEBPACK_IMPORTED_MODULE_0__/* .surfaces */ .XP)(byRow, group))
                breaches.push({
                    ruleId: _live_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .LIVE_ENTITIES_MISSING */ .AN,
                    path: ['expect', 'entities', i],
                    message: `The run did not surface ${(0,_engine_entities_js__WEBPACK_IMPORTED_MODULE_0__/* .groupText */ .VR)(group)}.`,
                });
        });
    }
    return { fired, breaches, entities };
}


/***/ }),

/***/ 26128:
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
var checks = __webpack_require__(8060);
// EXTERNAL MODULE: ./src/checks/check.ts
var checks_check = __webpack_require__(71652);
// EXTERNAL MODULE: ./src/kql/catalog-from-config.ts
var catalog_from_config = __webpack_require__(93952);
// EXTERNAL MODULE: ./src/kql/language-service.ts + 1 modules
var language_service = __webpack_require__(39753);
// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(54110);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(72473);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(83912);
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
var check_file = __webpack_require__(59408);
// EXTERNAL MODULE: ./src/pipeline/discover.ts
var discover = __webpack_require__(92332);
;// CONCATENATED MODULE: ./src/pipeline/function-files.ts
/**
 * Findings on the repository's own function files (`functions: - path:` in
 * lakeguard.yaml): files that could not be read as functions, and functions whose
 * query does not bind against the catalog, at the line in their own file.
 */



/** Findings per function file, keyed by the file's display path; empty when there are none. */
async function functionFileFindings(config, catalog) {
    const byFile = new Map();
    const seen = new Set();
    const add = (finding) => {
        const key = `${finding.file}:${finding.line}:${finding.column}:${finding.ruleId}`;
        if (seen.has(key))
            return;
        seen.add(key);
        const list = byFile.get(finding.file) ?? [];
        list.push(finding);
        byFile.set(finding.file, list);
    };
    for (const f of config.functionFindings ?? []) {
        add((0,checks_check/* findingAt */.dz)(f.file, 'LG2008', { line: f.line, column: f.column, endLine: f.line, endColumn: f.column }, f.message));
    }
    const documents = new Map();
    for (const { name, spec, problem } of catalog.functionProblems()) {
        const source = spec.source;
        if (!source)
            continue;
        let document = documents.get(source.path);
        if (!documents.has(source.path)) {
            const bytes = await external_node_fs_.promises.readFile(source.path).catch(() => undefined);
            document = bytes ? (0,load_detection/* parseDetection */.n)(bytes, source.file, source.path).detection?.source : undefined;
            documents.set(source.path, document);
        }
        const span = document && source.queryKey
            ? document.locateInScalar([source.queryKey], problem.start, problem.length)
            : { line: 1, column: 1, endLine: 1, endColumn: 1 };
        add((0,checks_check/* findingAt */.dz)(source.file, 'LG2008', span, `Function '${name}' does not bind against the catalog: ${problem.message}. Rules that call it are checked without its columns.`));
    }
    return byFile;
}

// EXTERNAL MODULE: ./src/kql/catalog.ts + 2 modules
var catalog = __webpack_require__(92444);
// EXTERNAL MODULE: ./src/pipeline/shard.ts
var shard = __webpack_require__(90623);
;// CONCATENATED MODULE: ./src/pipeline/selection.ts
/**
 * Which discovered detections a run checks: one shard of them, and/or only
 * those a pull request touched (the detection file, one of its fixtures, or a
 * repository parser it calls).
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
function touched(file, detection, changed, functions) {
    if (changed.has(file.file))
        return true;
    if (!detection)
        return false;
    if (fixturePathsOf(detection).some((p) => changed.has(p)))
        return true;
    const query = detection.data.query;
    if (!functions || functions.size === 0 || typeof query !== 'string')
        return false;
    for (const name of (0,catalog.identifiersIn)(query))
        if (functions.has(name))
            return true;
    return false;
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
        if (inShard && (!selection.changed || touched(f, detection, selection.changed, selection.changedFunctions))) {
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


















/** Files read ahead of the one being checked on the main thread (their reads overlap its checks). */
const READ_AHEAD = 4;
/** Check every file; returns the run result and the per-file reports. */
async function validateDetections(options) {
    const startedAt = new Date();
    const started = performance.now();
    const loadOptions = { maxFileBytes: options.config.maxFileBytes ?? load_detection.DEFAULT_MAX_FILE_BYTES };
    // Files the configuration reads as functions (parser folders) are not detections, even inside PATH.
    const functionPaths = options.config.functionPaths ?? [];
    const isFunctionFile = (abs) => functionPaths.some((p) => abs === p || abs.startsWith(p.endsWith((external_node_path_default()).sep) ? p : p + (external_node_path_default()).sep));
    const discovered = (await (0,discover/* discoverDetections */.OR)(options.paths, options.root)).filter((f) => !isFunctionFile(f.absPath));
    const selection = { ...options.selection };
    if (selection.changed) {
        const changed = selection.changed;
        selection.changedFunctions = new Set(options.config.functions.filter((f) => f.source && changed.has(f.source.file)).map((f) => f.name));
    }
    const { files, others } = await selectDetections(discovered, selection, loadOptions);
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
                /* unreadable: loading it reports that */
            }
        }
        todo.push({ index, item: f, key });
    }));
    todo.sort((a, b) => a.index - b.index);
    const { jobs, reason } = chooseJobs(todo.length, external_node_os_default().availableParallelism(), options.jobs);
    const script = workerScript();
    const useWorkers = Boolean(script) && jobs > 1 && todo.length > 1;
    options.log?.(`validate: ${todo.length} file(s) to check on ${useWorkers ? `${Math.min(jobs, todo.length)} worker thread(s)` : 'the main thread'} (${reason})`);
    // The repository's function files (parsers): unreadable ones and those that do not
    // bind. Bound on the main thread while the workers check detections, or with the
    // same catalog the main thread checks them with (each parser is bound once).
    const hasFunctionFiles = options.config.functions.some((f) => f.query !== undefined) || (options.config.functionFindings ?? []).length > 0;
    const functionFilesWith = (catalog) => hasFunctionFiles ? functionFileFindings(options.config, catalog) : Promise.resolve(new Map());
    let fresh;
    let functionFiles;
    if (script && useWorkers) {
        const pending = checkInWorkers(script, todo.map((t) => t.item), { config: catalogInput, loadOptions, debug: Boolean(options.debug) }, jobs);
        // Its failure is awaited below; until then it must not count as unhandled.
        pending.catch(() => undefined);
        functionFiles = await functionFilesWith((0,catalog_from_config/* catalogFromConfig */.y)(catalogInput));
        fresh = await pending;
    }
    else {
        fresh = [];
        const catalog = (0,catalog_from_config/* catalogFromConfig */.y)(catalogInput);
        const before = { ...language_service/* analysisStats */.s0 };
        const started = performance.now();
        // A few files are read ahead, so the thread checks one while the next are read.
        const reads = todo.map(() => undefined);
        const readAt = (i) => {
            if (reads[i])
                return reads[i];
            const read = (0,load_detection.loadDetectionFile)(todo[i].item.absPath, todo[i].item.file, loadOptions);
            // A failure is awaited (and so thrown) in order; until then it must not count as unhandled.
            read.catch(() => undefined);
            return (reads[i] = read);
        };
        for (let i = 0; i < todo.length; i++) {
            for (let k = i; k < Math.min(todo.length, i + READ_AHEAD); k++)
                readAt(k);
            fresh.push((0,check_file/* checkLoaded */.Cf)(await readAt(i), todo[i].item.file, catalog));
            reads[i] = undefined;
        }
        functionFiles = await functionFilesWith(catalog);
        const analysed = language_service/* analysisStats */.s0.count - before.count;
        if (analysed > 0)
            options.log?.(`validate: checking took ${Math.round(performance.now() - started)} ms, of which ${Math.round(language_service/* analysisStats */.s0.ms - before.ms)} ms in the language service (${analysed} queries parsed and bound)`);
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
    for (const [file, findings] of functionFiles) {
        if (!reportsFunctionFile(file, options.selection, options.config.file))
            continue;
        findings.sort(model_result/* compareFindings */.Eg);
        results.push({ id: '', name: external_node_path_default().basename(file), file, status: (0,model_result/* statusOf */.c2)(findings, []), findings, tests: [] });
    }
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
/**
 * Function files are reported once per run: by the first shard only, and in a
 * pull-request selection only when the file or lakeguard.yaml changed.
 */
function reportsFunctionFile(file, selection, configFile) {
    if (selection?.shard && selection.shard.index !== 1)
        return false;
    if (selection?.changed)
        return selection.changed.has(file) || (configFile !== undefined && selection.changed.has(configFile));
    return true;
}


/***/ })

};
