export const id = 52;
export const ids = [52,125];
export const modules = {

/***/ 4125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadFixtureTables: () => (/* binding */ loadFixtureTables)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fixtures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51708);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82370);
/**
 * Fixture folders as tables: one file per table, named after it
 * (`SigninLogs.jsonl`, `AppEvents_CL.csv`). Catalog tables get their schema;
 * others get columns inferred from their rows and join the catalog.
 */




const FIXTURE_FILE = /\.(jsonl|ndjson|json|csv)$/i;
/** Load `--data` files into the catalog (schemas) and a table map (rows). */
async function loadFixtureTables(paths, catalog, maxBytes = _fixtures_js__WEBPACK_IMPORTED_MODULE_2__.DEFAULT_MAX_FIXTURE_BYTES) {
    const tables = new Map();
    for (const p of paths) {
        let files;
        try {
            const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(p);
            files = stat.isDirectory()
                ? (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(p))
                    .filter((f) => FIXTURE_FILE.test(f))
                    .sort()
                    .map((f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(p, f))
                : [p];
        }
        catch {
            throw new _fixtures_js__WEBPACK_IMPORTED_MODULE_2__.FixtureError(`${p}: no such file or folder`);
        }
        for (const file of files) {
            const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file).replace(FIXTURE_FILE, '');
            const known = catalog.table(name);
            let columns;
            if (known && !known.open) {
                columns = known.columns.map(([n, t]) => ({ name: n, type: (0,_values_js__WEBPACK_IMPORTED_MODULE_3__.kustoType)(t) }));
                tables.set(name, await (0,_fixtures_js__WEBPACK_IMPORTED_MODULE_2__.readFixture)(file, columns, file, maxBytes));
            }
            else {
                const records = (0,_fixtures_js__WEBPACK_IMPORTED_MODULE_2__.parseFixture)(await (0,_fixtures_js__WEBPACK_IMPORTED_MODULE_2__.readFixtureText)(file, file, maxBytes), file);
                columns = (0,_fixtures_js__WEBPACK_IMPORTED_MODULE_2__.inferColumns)(records, /\.csv$/i.test(file));
                catalog.addTable({ name, columns: columns.map((c) => [c.name, c.type]), origin: file });
                tables.set(name, (0,_fixtures_js__WEBPACK_IMPORTED_MODULE_2__.tableFromRecords)(records, columns, file, /\.csv$/i.test(file)));
            }
        }
    }
    return tables;
}


/***/ }),

/***/ 75288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serializeTable: () => (/* binding */ serializeTable),
/* harmony export */   serializeValue: () => (/* binding */ serializeValue),
/* harmony export */   toJson: () => (/* binding */ toJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82370);
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

/***/ 33534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ nextFault),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/**
 * Fault injection for tests. Only the programmatic API (`startEmulator({faults})`)
 * can turn it on; the CLI never does. A fault replaces (or, for `delay`, precedes)
 * the normal answer to one request.
 */
function nextFault(plan, request) {
    if (!plan)
        return undefined;
    if (typeof plan === 'function')
        return plan(request);
    return plan.length > 0 ? plan.shift() : undefined;
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (ms <= 0 || signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}


/***/ }),

/***/ 36617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ answerIngestion),
/* harmony export */   _W: () => (/* binding */ INGESTION_MAX_BYTES),
/* harmony export */   cu: () => (/* binding */ createIngestionState),
/* harmony export */   r1: () => (/* binding */ INGESTION_PATH)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_fixtures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51708);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79378);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33534);




const INGESTION_PATH = /^\/dataCollectionRules\/([^/]+)\/streams\/([^/]+)$/;
const API_VERSION = '2023-01-01';
/** The service's limit on one call, taken as 10^6 bytes, on the body as sent and as decompressed. */
const INGESTION_MAX_BYTES = 1_000_000;
function createIngestionState() {
    return { records: new Map(), calls: 0, accepted: 0 };
}
function answer(res, status, code, message, headers = {}) {
    res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'x-ms-error-code': code });
    res.end(JSON.stringify({ error: { code, message } }));
}
async function readRaw(req, limit) {
    const chunks = [];
    let size = 0;
    let over = false;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > limit)
            over = true;
        else
            chunks.push(chunk);
    }
    return over ? undefined : Buffer.concat(chunks);
}
/** Answer one ingestion call. */
async function answerIngestion(req, res, match, state, target, options, ids) {
    const index = ++state.calls;
    const headers = ids.clientRequestId ? { 'x-ms-client-request-id': ids.clientRequestId } : {};
    if (req.method !== 'POST')
        return answer(res, 405, 'MethodNotAllowed', 'Use POST.', { ...headers, allow: 'POST' });
    if (!target.bearerOk(req.headers.authorization))
        return answer(res, 401, 'InvalidToken', 'A valid bearer token for https://monitor.azure.com is required.', {
            ...headers,
            'www-authenticate': 'Bearer',
        });
    const url = new URL(req.url ?? '/', 'http://emulator');
    const version = url.searchParams.get('api-version');
    if (version !== API_VERSION)
        return answer(res, 400, 'InvalidApiVersion', `api-version must be ${API_VERSION}${version ? `, not '${version}'` : ' (missing)'}.`, headers);
    const dcr = decodeURIComponent(match[1]);
    const stream = decodeURIComponent(match[2]);
    if (!/^dcr-[0-9a-f]{32}$/i.test(dcr) || (options.dcr !== undefined && dcr !== options.dcr))
        return answer(res, 404, 'NotFound', `Data collection rule '${dcr}' was not found.`, headers);
    if (!/^Custom-[A-Za-z0-9_]+$/.test(stream))
        return answer(res, 400, 'InvalidStream', `Stream '${stream}' is not declared by the rule (the emulator serves Custom-<Table> streams).`, headers);
    const fault = (0,_faults_js__WEBPACK_IMPORTED_MODULE_2__/* .nextFault */ .q)(options.faults, { index, csl: '', clientRequestId: ids.clientRequestId });
    const limit = options.maxBytes ?? INGESTION_MAX_BYTES;
    const raw = await readRaw(req, limit);
    if (fault) {
        switch (fault.kind) {
            case 'throttle': {
                const after = fault.retryAfterSeconds === undefined ? 1 : fault.retryAfterSeconds;
                return answer(res, 429, 'TooManyRequests', 'Too many requests: the data collection rule is throttled.', {
                    ...headers,
                    ...(after !== null ? { 'retry-after': String(after) } : {}),
                });
            }
            case 'server-error':
                return answer(res, fault.status ?? 503, 'ServiceUnavailable', 'The service is temporarily unavailable.', headers);
            case 'unauthorized':
                res.writeHead(401, { ...headers, 'www-authenticate': 'Bearer' });
                res.end();
                return;
            case 'reset':
                req.socket.destroy();
                return;
            case 'hang':
                return;
            case 'delay':
                await (0,_faults_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .y)(fault.ms, target.signal);
                break;
            default:
                break;
        }
    }
    if (raw === undefined)
        return answer(res, 413, 'ContentLengthLimitExceeded', `The request body is larger than ${limit} bytes.`, headers);
    let text;
    const encoding = String(req.headers['content-encoding'] ?? '').toLowerCase();
    if (encoding === 'gzip') {
        let inflated;
        try {
            inflated = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(raw, { maxOutputLength: limit + 1 });
        }
        catch (error) {
            if (error.code === 'ERR_BUFFER_TOO_LARGE')
                return answer(res, 413, 'ContentLengthLimitExceeded', `The decompressed body is larger than ${limit} bytes.`, headers);
            return answer(res, 400, 'InvalidContentEncoding', 'The body is not valid gzip.', headers);
        }
        if (inflated.length > limit)
            return answer(res, 413, 'ContentLengthLimitExceeded', `The decompressed body is larger than ${limit} bytes.`, headers);
        text = inflated.toString('utf8');
    }
    else if (encoding === '' || encoding === 'identity') {
        text = raw.toString('utf8');
    }
    else {
        return answer(res, 400, 'InvalidContentEncoding', `Content-Encoding must be gzip, not '${encoding}'.`, headers);
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return answer(res, 400, 'InvalidContent', 'The body is not valid JSON.', headers);
    }
    if (!Array.isArray(body) || !body.every(_util_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u))
        return answer(res, 400, 'InvalidContent', 'The body must be a JSON array of objects.', headers);
    const table = stream.slice('Custom-'.length);
    const all = [...(state.records.get(table) ?? []), ...body];
    const numbered = all.map((record, i) => ({ line: i + 1, record }));
    let built;
    try {
        const columns = (0,_engine_fixtures_js__WEBPACK_IMPORTED_MODULE_1__.inferColumns)(numbered);
        built = (0,_engine_fixtures_js__WEBPACK_IMPORTED_MODULE_1__.tableFromRecords)(numbered, columns, `stream ${stream}`);
        target.catalog.addTable({ name: table, columns: columns.map((c) => [c.name, c.type]), origin: `stream ${stream}` });
    }
    catch (error) {
        if (error instanceof _engine_fixtures_js__WEBPACK_IMPORTED_MODULE_1__.FixtureError)
            return answer(res, 400, 'InvalidContent', error.message, headers);
        throw error;
    }
    state.records.set(table, all);
    state.accepted++;
    target.tables.set(table, built);
    res.writeHead(204, headers);
    res.end();
}


/***/ }),

/***/ 39052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveUntilStopped: () => (/* binding */ serveUntilStopped)
/* harmony export */ });
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46135);
/**
 * Serve fixture tables on loopback until interrupted (`lakeguard emulator`).
 * Fault injection is not reachable from here.
 */

/** Start the emulator, print its URL first, and serve until SIGINT/SIGTERM (or `stop`). */
async function serveUntilStopped(settings, io, stop) {
    let emulator;
    try {
        emulator = await (0,_server_js__WEBPACK_IMPORTED_MODULE_0__/* .startEmulator */ .sJ)({
            data: settings.data,
            host: settings.host,
            port: settings.port,
            allowRemote: settings.allowRemote,
            ...(settings.now !== undefined ? { now: settings.now } : {}),
            ...(settings.database !== undefined ? { database: settings.database } : {}),
        });
    }
    catch (error) {
        io.err(`lakeguard: ${error.message}\n`);
        return 2;
    }
    io.out(`lakeguard emulator listening on ${emulator.url}\n`);
    io.out(`  endpoints: ${_server_js__WEBPACK_IMPORTED_MODULE_0__/* .QUERY_PATHS */ .cT.map((p) => `POST ${emulator.url}${p}`).join(', ')}\n`);
    io.out(`  logs ingestion: POST ${emulator.url}/dataCollectionRules/{dcr}/streams/Custom-{Table}?api-version=2023-01-01\n`);
    io.out(`  tables with data: ${emulator.tables.length > 0 ? emulator.tables.join(', ') : '(none; catalog tables answer empty)'}\n`);
    io.out('  any bearer token is accepted; press Ctrl+C to stop\n');
    await new Promise((resolve) => {
        const done = () => {
            process.off('SIGINT', done);
            process.off('SIGTERM', done);
            resolve();
        };
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
        stop?.addEventListener('abort', done, { once: true });
    });
    await emulator.close();
    return 0;
}


/***/ }),

/***/ 46135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cT: () => (/* binding */ QUERY_PATHS),
  cW: () => (/* binding */ isLoopbackHost),
  sJ: () => (/* binding */ startEmulator)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./src/engine/evaluate.ts + 88 modules
var evaluate = __webpack_require__(48605);
// EXTERNAL MODULE: ./src/engine/values.ts
var values = __webpack_require__(82370);
// EXTERNAL MODULE: ./src/kql/catalog.ts + 2 modules
var kql_catalog = __webpack_require__(73270);
// EXTERNAL MODULE: ./src/engine/fixture-tables.ts
var fixture_tables = __webpack_require__(4125);
// EXTERNAL MODULE: ./src/engine/serialize.ts
var serialize = __webpack_require__(75288);
;// CONCATENATED MODULE: ./src/lake/emulator/frames.ts
/**
 * The service's v2 response frames and error bodies. The frame array is written
 * incrementally (`[` frame `,` frame … `]`) so large results are never held as one
 * string; rows are serialized one at a time.
 */


function context(ids) {
    return {
        timestamp: new Date().toISOString(),
        serviceAlias: 'LAKEGUARD-EMULATOR',
        machineName: 'lakeguard-emulator',
        processName: 'lakeguard',
        processId: process.pid,
        clientRequestId: ids.clientRequestId,
        activityId: ids.activityId,
        subActivityId: ids.activityId,
        activityType: 'GW.Http.CallContext',
        parentActivityId: ids.activityId,
    };
}
function serviceError(ids, fields) {
    return {
        code: fields.code,
        message: fields.message,
        '@type': fields.type,
        '@message': fields.detail,
        '@context': context(ids),
        '@permanent': fields.permanent,
    };
}
/** `{"error": {...}}`: the body of an HTTP 4xx/5xx answer. */
function errorBody(error) {
    return JSON.stringify({ error });
}
/**
 * The in-row / DataSetCompletion error for result truncation (E_QUERY_RESULT_SET_TOO_LARGE).
 * Exception names, codes and permanence follow Microsoft's Kusto.Data exceptions reference.
 */
function truncationError(ids, limit) {
    return serviceError(ids, {
        code: 'LimitsExceeded',
        message: 'Request is invalid and cannot be executed.',
        type: 'Kusto.Data.Exceptions.KustoServicePartialQueryFailureLimitsExceededException',
        detail: `Query execution has exceeded the allowed limits (80DA0003): The results of this query exceed the set limit of ${limit}, ` +
            'so not all records were returned (E_QUERY_RESULT_SET_TOO_LARGE, 0x80DA0003). See https://aka.ms/kustoquerylimits for more information and possible solutions.',
        permanent: true,
    });
}
/** A runaway-query partial failure (E_RUNAWAY_QUERY). */
function runawayError(ids, detail) {
    return serviceError(ids, {
        code: 'LowMemoryCondition',
        message: 'Request is invalid and cannot be executed.',
        type: 'Kusto.Data.Exceptions.KustoServicePartialQueryFailureLowMemoryConditionException',
        detail: detail ??
            'Query execution has exceeded the allowed limits (80DA0001): Partial query failure: Low memory condition (E_RUNAWAY_QUERY, 0x80DA0001).',
        permanent: true,
    });
}
/** A query that ran past its servertimeout (reported in-stream, as the service does). */
function expiredError(ids) {
    return serviceError(ids, {
        code: 'RequestExecutionTimeout',
        message: 'Query execution has resulted in error (0x80DA0006): Query is expired.',
        type: 'Kusto.Data.Exceptions.KustoDataStreamException',
        detail: 'Query execution has resulted in error (0x80DA0006): Query is expired.',
        permanent: false,
    });
}
const HRESULT = {
    '80DA0001': 0x80da0001 - 0x1_0000_0000,
    '80DA0003': 0x80da0003 - 0x1_0000_0000,
    '80DA0006': 0x80da0006 - 0x1_0000_0000,
};
const DATASET_HEADER = {
    FrameType: 'DataSetHeader',
    IsProgressive: false,
    Version: 'v2.0',
    IsFragmented: false,
    ErrorReportingPlacement: 'EndOfTable',
};
/** The QueryProperties table; its dynamic Value column holds a JSON string. */
function queryPropertiesFrame() {
    const visualization = {
        Visualization: null,
        Title: null,
        XColumn: null,
        Series: null,
        YColumns: null,
        AnomalyColumns: null,
        XTitle: null,
        YTitle: null,
        XAxis: null,
        YAxis: null,
        Legend: null,
        YSplit: null,
        Accumulate: false,
        IsQuerySorted: false,
        Kind: null,
        Ymin: 'NaN',
        Ymax: 'NaN',
        Xmin: null,
        Xmax: null,
    };
    return {
        FrameType: 'DataTable',
        TableId: 0,
        TableKind: 'QueryProperties',
        TableName: '@ExtendedProperties',
        Columns: [
            { ColumnName: 'TableId', ColumnType: 'int' },
            { ColumnName: 'Key', ColumnType: 'string' },
            { ColumnName: 'Value', ColumnType: 'dynamic' },
        ],
        Rows: [[1, 'Visualization', JSON.stringify(visualization)]],
    };
}
/** The QueryCompletionInformation table: an info row, or an error row per failure. */
function completionFrame(ids, errors, stats) {
    const timestamp = (0,values.formatDatetime)(BigInt(Date.now()) * 10000n);
    const row = (level, levelName, status, statusName, event, eventName, payload) => [
        timestamp,
        ids.clientRequestId,
        ids.activityId,
        ids.activityId,
        ids.activityId,
        level,
        levelName,
        status,
        statusName,
        event,
        eventName,
        JSON.stringify(payload),
    ];
    const rows = [
        row(4, 'Info', 0, 'S_OK (0)', 4, 'QueryInfo', { Count: 1, Text: 'Query completed successfully' }),
        row(4, 'Info', 0, 'S_OK (0)', 5, 'WorkloadGroup', {
            resource_usage: { cpu: { 'total cpu': '00:00:00' } },
            dataset_statistics: [{ table_row_count: stats.rows }],
            ExecutionTime: stats.elapsedMs / 1000,
        }),
    ];
    if (errors.length > 0)
        rows.shift();
    for (const error of errors) {
        const hex = /\(([0-9A-F]{8})\)/i.exec(error['@message'])?.[1]?.toUpperCase();
        const status = hex ? (HRESULT[hex] ?? -1) : -1;
        const name = /\(([A-Z_]+), 0x/.exec(error['@message'])?.[1] ?? error.code;
        rows.unshift(row(2, 'Error', status, `${name} (0x${hex ?? '80004005'})`, 4, 'QueryInfo', { Count: 1, Text: error['@message'] }));
    }
    return {
        FrameType: 'DataTable',
        TableId: 2,
        TableKind: 'QueryCompletionInformation',
        TableName: 'QueryCompletionInformation',
        Columns: [
            { ColumnName: 'Timestamp', ColumnType: 'datetime' },
            { ColumnName: 'ClientRequestId', ColumnType: 'string' },
            { ColumnName: 'ActivityId', ColumnType: 'guid' },
            { ColumnName: 'SubActivityId', ColumnType: 'guid' },
            { ColumnName: 'ParentActivityId', ColumnType: 'guid' },
            { ColumnName: 'Level', ColumnType: 'int' },
            { ColumnName: 'LevelName', ColumnType: 'string' },
            { ColumnName: 'StatusCode', ColumnType: 'int' },
            { ColumnName: 'StatusCodeName', ColumnType: 'string' },
            { ColumnName: 'EventType', ColumnType: 'int' },
            { ColumnName: 'EventTypeName', ColumnType: 'string' },
            { ColumnName: 'Payload', ColumnType: 'string' },
        ],
        Rows: rows,
    };
}
function dataSetCompletion(errors) {
    return {
        FrameType: 'DataSetCompletion',
        HasErrors: errors.length > 0,
        Cancelled: false,
        ...(errors.length > 0 ? { OneApiErrors: errors.map((error) => ({ error })) } : {}),
    };
}
/** The in-row error object that replaces a row array when the table failed. */
function inRowErrors(errors) {
    return JSON.stringify({ OneApiErrors: errors.map((error) => ({ error })) });
}
function newActivityId() {
    return (0,external_node_crypto_.randomUUID)();
}

;// CONCATENATED MODULE: ./src/lake/emulator/frame-writer.ts


const CHUNK = 64 * 1024;
class FrameWriter {
    res;
    buffer = '';
    frames = 0;
    /** Bytes handed to the socket so far. */
    written = 0;
    gone = false;
    constructor(res) {
        this.res = res;
        // 'close' before the end means the client went away (res.destroyed stays false then).
        res.once('close', () => (this.gone = true));
    }
    /** True once the response ended or the client went away; writing further is pointless. */
    get closed() {
        return this.gone || this.res.destroyed || this.res.writableEnded || Boolean(this.res.socket?.destroyed);
    }
    async write(text) {
        this.buffer += text;
        if (this.buffer.length >= CHUNK)
            await this.flush();
    }
    async flush() {
        if (!this.buffer || this.closed)
            return;
        const chunk = this.buffer;
        this.buffer = '';
        this.written += Buffer.byteLength(chunk);
        if (!this.res.write(chunk))
            await this.drained();
    }
    /** Resolves on 'drain' or 'close', removing both listeners either way. */
    drained() {
        return new Promise((resolve) => {
            const done = () => {
                this.res.off('drain', done);
                this.res.off('close', done);
                resolve();
            };
            this.res.on('drain', done);
            this.res.on('close', done);
        });
    }
    /** Open the array (first call) or separate frames, then write one frame. */
    async frame(frame) {
        await this.write(`${this.frames++ === 0 ? '[' : '\r\n,'}${JSON.stringify(frame)}`);
    }
    /** Start a frame whose body the caller then writes piecewise. */
    async openFrame(head) {
        await this.write(`${this.frames++ === 0 ? '[' : '\r\n,'}${head}`);
    }
    async end() {
        await this.write('\r\n]');
        await this.flush();
        if (!this.closed)
            this.res.end();
    }
}
/** The serialized rows of a table within the limits; a truncation error is recorded when they cut it. */
function* limitedRows(table, limits, onTruncated, errors) {
    let bytes = 0;
    for (let r = 0; r < table.rowCount; r++) {
        if (r >= limits.maxRecords) {
            errors.push(onTruncated(`${limits.maxRecords} records`));
            return;
        }
        const row = JSON.stringify(table.columns.map((c, i) => (0,serialize.serializeValue)(table.data[i][r], c.type)));
        bytes += Buffer.byteLength(row);
        if (bytes > limits.maxBytes) {
            errors.push(onTruncated(`${limits.maxBytes} bytes`));
            return;
        }
        yield row;
    }
}
function columnsOf(table) {
    return JSON.stringify(table.columns.map((c) => ({ ColumnName: c.name, ColumnType: c.type })));
}
/**
 * Stream the PrimaryResult table as one DataTable frame. Rows beyond the limits are
 * not sent; the table then ends with an in-row OneApiErrors object, as the service does.
 */
async function writePrimaryResult(writer, table, limits, onTruncated, extraErrors = []) {
    await writer.openFrame(`{"FrameType":"DataTable","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult","Columns":${columnsOf(table)},"Rows":[`);
    const errors = [];
    let sent = 0;
    for (const row of limitedRows(table, limits, onTruncated, errors)) {
        if (writer.closed)
            break;
        await writer.write(`${sent === 0 ? '' : ','}${row}`);
        sent++;
    }
    errors.push(...extraErrors);
    if (errors.length > 0)
        await writer.write(`${sent === 0 ? '' : ','}${inRowErrors(errors)}`);
    await writer.write(']}');
    return { rows: sent, errors };
}
/**
 * Stream the PrimaryResult in progressive form (request property
 * results_progressive_enabled): TableHeader, TableFragment (DataAppend) frames of
 * `fragmentRows` rows with TableProgress between them, and a TableCompletion that
 * carries the errors.
 */
async function writeProgressivePrimaryResult(writer, table, limits, onTruncated, extraErrors = [], fragmentRows = 1000) {
    await writer.openFrame(`{"FrameType":"TableHeader","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult","Columns":${columnsOf(table)}}`);
    const errors = [];
    let sent = 0;
    let inFragment = 0;
    const closeFragment = async () => {
        await writer.write(']}');
        await writer.frame({
            FrameType: 'TableProgress',
            TableId: 1,
            TableProgress: table.rowCount === 0 ? 100 : (100 * sent) / table.rowCount,
        });
        inFragment = 0;
    };
    for (const row of limitedRows(table, limits, onTruncated, errors)) {
        if (writer.closed)
            break;
        if (inFragment === 0)
            await writer.openFrame(`{"FrameType":"TableFragment","TableFragmentType":"DataAppend","TableId":1,"FieldCount":${table.columns.length},"Rows":[`);
        await writer.write(`${inFragment === 0 ? '' : ','}${row}`);
        sent++;
        if (++inFragment === fragmentRows)
            await closeFragment();
    }
    if (inFragment > 0)
        await closeFragment();
    errors.push(...extraErrors);
    await writer.frame({
        FrameType: 'TableCompletion',
        TableId: 1,
        RowCount: sent,
        ...(errors.length > 0 ? { OneApiErrors: errors.map((error) => ({ error })) } : {}),
    });
    return { rows: sent, errors };
}
/** Stream a synthetic PrimaryResult of about `megabytes` MB (the oversize fault). */
async function writeOversizeResult(writer, megabytes) {
    await writer.openFrame('{"FrameType":"DataTable","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult",' +
        '"Columns":[{"ColumnName":"Index","ColumnType":"long"},{"ColumnName":"Payload","ColumnType":"string"}],"Rows":[');
    const payload = 'x'.repeat(1000);
    const target = Math.round(megabytes * 1024 * 1024);
    let bytes = 0;
    let rows = 0;
    while (bytes < target && !writer.closed) {
        const row = `${rows === 0 ? '' : ','}[${rows},"${payload}"]`;
        bytes += row.length;
        await writer.write(row);
        rows++;
    }
    await writer.write(']}');
    return rows;
}

;// CONCATENATED MODULE: ./src/lake/emulator/answer-query.ts


const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
async function answerQuery({ table, elapsedMs }, request, ids, res, headers, partialFailure) {
    // The engine runs synchronously, so servertimeout is checked after the fact: the
    // service reports an expired query in the result stream, without rows.
    const expired = elapsedMs > request.serverTimeoutMs;
    res.writeHead(200, { ...headers, 'content-type': JSON_CONTENT_TYPE });
    const writer = new FrameWriter(res);
    await writer.frame(request.progressive ? { ...DATASET_HEADER, IsProgressive: true, IsFragmented: true } : DATASET_HEADER);
    await writer.frame(queryPropertiesFrame());
    const extra = [...(partialFailure ? [runawayError(ids, partialFailure.message)] : []), ...(expired ? [expiredError(ids)] : [])];
    const write = request.progressive ? writeProgressivePrimaryResult : writePrimaryResult;
    const { rows, errors } = await write(writer, expired ? { ...table, rowCount: 0 } : table, request, (limit) => truncationError(ids, limit), extra);
    await writer.frame(completionFrame(ids, errors, { rows, elapsedMs }));
    await writer.frame(dataSetCompletion(errors));
    await writer.end();
}

;// CONCATENATED MODULE: ./src/lake/emulator/answer-fault.ts



const STATUS_TEXT = {
    500: 'Internal_ServiceError',
    502: 'BadGateway',
    503: 'ServiceUnavailable',
    504: 'RequestExecutionTimeout',
};
async function answerFault(fault, req, res, ids, headers) {
    switch (fault.kind) {
        case 'throttle': {
            const retryAfter = fault.retryAfterSeconds === undefined ? 1 : fault.retryAfterSeconds;
            const error = serviceError(ids, {
                code: 'TooManyRequests',
                message: 'The request was throttled: too many requests.',
                type: 'Kusto.Data.Exceptions.KustoRequestThrottledException',
                detail: 'The request was denied due to throttling (too many concurrent or per-minute requests).',
                permanent: false,
            });
            res.writeHead(429, {
                ...headers,
                'content-type': JSON_CONTENT_TYPE,
                ...(retryAfter !== null ? { 'retry-after': String(retryAfter) } : {}),
            });
            res.end(errorBody(error));
            return;
        }
        case 'server-error': {
            const status = fault.status ?? 503;
            const code = STATUS_TEXT[status] ?? 'Internal_ServiceError';
            const error = serviceError(ids, {
                code,
                message: `The service is temporarily unavailable (${status}).`,
                type: status === 504 ? 'Kusto.Data.Exceptions.KustoServiceTimeoutException' : 'Kusto.Data.Exceptions.KustoServiceException',
                detail: `Injected transient service failure (${code}).`,
                permanent: false,
            });
            res.writeHead(status, { ...headers, 'content-type': JSON_CONTENT_TYPE });
            res.end(errorBody(error));
            return;
        }
        case 'unauthorized':
            res.writeHead(401, { ...headers, 'www-authenticate': 'Bearer' });
            res.end();
            return;
        case 'reset':
            req.socket.destroy();
            return;
        case 'hang':
            // No answer: the socket stays open until the client gives up or close() runs.
            return;
        case 'malformed-json':
            res.writeHead(200, { ...headers, 'content-type': JSON_CONTENT_TYPE });
            res.end(`[${JSON.stringify(DATASET_HEADER)}\r\n,{"FrameType":"DataTable","TableId":1,"TableKind":PrimaryResult,"Rows":[[1,]]}\r\n]`);
            return;
        case 'cut-off': {
            res.writeHead(200, { ...headers, 'content-type': JSON_CONTENT_TYPE });
            const head = `[${JSON.stringify(DATASET_HEADER)}\r\n,${JSON.stringify(queryPropertiesFrame())}` +
                '\r\n,{"FrameType":"DataTable","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult",' +
                '"Columns":[{"ColumnName":"x","ColumnType":"long"}],"Rows":[[1],[2],[';
            // Destroy only once the partial body is on the wire, so the client sees it cut.
            res.write(head, () => res.destroy());
            return;
        }
        case 'oversize': {
            res.writeHead(200, { ...headers, 'content-type': JSON_CONTENT_TYPE });
            const writer = new FrameWriter(res);
            await writer.frame(DATASET_HEADER);
            await writer.frame(queryPropertiesFrame());
            const rows = await writeOversizeResult(writer, fault.megabytes);
            await writer.frame(completionFrame(ids, [], { rows, elapsedMs: 0 }));
            await writer.frame(dataSetCompletion([]));
            await writer.end();
            return;
        }
    }
}

// EXTERNAL MODULE: ./src/lake/emulator/ingestion.ts
var emulator_ingestion = __webpack_require__(36617);
;// CONCATENATED MODULE: ./src/lake/emulator/management.ts
/**
 * The management-API half of the emulator: the Sentinel alertRules and metadata
 * resources under
 * `/subscriptions/S/resourceGroups/RG/providers/Microsoft.OperationalInsights/workspaces/W/providers/Microsoft.SecurityInsights/`,
 * in memory, with etags (412 when `If-Match` does not match), paged lists with
 * `nextLink`, ARM error bodies, counted writes and test-only fault injection.
 */

const MANAGEMENT_API_VERSION = '2024-09-01';
const ROUTE = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.OperationalInsights\/workspaces\/[^/]+\/providers\/Microsoft\.SecurityInsights)\/(alertRules|metadata)(?:\/([^/]+))?$/i;
function armError(res, status, code, message, headers = {}) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify({ error: { code, message } }));
}
function newEtag() {
    return `"${(0,external_node_crypto_.randomUUID)()}"`;
}
function createManagementState() {
    const resources = new Map();
    return {
        resources,
        counts: {},
        writes: 0,
        edit(id, change) {
            const stored = resources.get(id.toLowerCase());
            if (!stored)
                throw new Error(`no resource ${id}`);
            change(stored.properties);
            stored.etag = newEtag();
        },
    };
}
function present(stored) {
    return {
        id: stored.id,
        name: stored.name,
        type: stored.type,
        etag: stored.etag,
        ...(stored.kind ? { kind: stored.kind } : {}),
        properties: stored.properties,
    };
}
const REQUIRED_SCHEDULED = [
    'displayName',
    'enabled',
    'severity',
    'query',
    'queryFrequency',
    'queryPeriod',
    'triggerOperator',
    'triggerThreshold',
    'suppressionEnabled',
    'suppressionDuration',
];
const REQUIRED_NRT = ['displayName', 'enabled', 'severity', 'query', 'suppressionEnabled', 'suppressionDuration'];
function problemOf(collection, body, options) {
    const properties = body.properties;
    if (!properties || typeof properties !== 'object' || Array.isArray(properties))
        return 'The request has no properties object.';
    const p = properties;
    if (collection === 'alertrules') {
        if (body.kind !== 'Scheduled' && body.kind !== 'NRT')
            return `Alert rule kind '${String(body.kind)}' is not supported here.`;
        for (const key of body.kind === 'NRT' ? REQUIRED_NRT : REQUIRED_SCHEDULED)
            if (p[key] === undefined)
                return `The '${key}' property is required.`;
        const refused = typeof p.query === 'string' ? options.refuseQuery?.(p.query) : undefined;
        if (refused)
            return refused;
    }
    else {
        if (typeof p.parentId !== 'string' || typeof p.kind !== 'string')
            return "Metadata needs 'parentId' and 'kind'.";
    }
    return undefined;
}
/** Answer a management request when its path is one of ours; false when it is not. */
async function answerManagement(req, res, body, state, options, index) {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const match = ROUTE.exec(url.pathname);
    if (!match)
        return false;
    const method = req.method ?? 'GET';
    state.counts[method] = (state.counts[method] ?? 0) + 1;
    if (url.searchParams.get('api-version') !== MANAGEMENT_API_VERSION) {
        armError(res, 400, 'InvalidApiVersionParameter', `The api-version '${url.searchParams.get('api-version') ?? ''}' is not supported; use ${MANAGEMENT_API_VERSION}.`);
        return true;
    }
    let parsed;
    if (body.trim()) {
        try {
            parsed = JSON.parse(body);
        }
        catch {
            armError(res, 400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized.');
            return true;
        }
    }
    const fault = options.faults?.({ index, method, path: url.pathname, body: parsed });
    const [, prefix, collectionName, name] = match;
    const collection = collectionName.toLowerCase();
    const type = collection === 'alertrules' ? 'Microsoft.SecurityInsights/alertRules' : 'Microsoft.SecurityInsights/metadata';
    if (fault?.kind === 'reset') {
        req.socket.destroy();
        return true;
    }
    if (fault?.kind === 'status') {
        res.writeHead(fault.status, {
            'content-type': 'application/json; charset=utf-8',
            ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}),
        });
        res.end(typeof fault.body === 'string'
            ? fault.body
            : JSON.stringify(fault.body ?? { error: { code: 'Injected', message: `injected ${fault.status}` } }));
        return true;
    }
    if (name === undefined) {
        if (method !== 'GET') {
            armError(res, 405, 'MethodNotAllowed', `${method} is not allowed on a collection.`);
            return true;
        }
        const all = [...state.resources.values()].filter((r) => r.type === type && r.id.toLowerCase().startsWith(`${prefix.toLowerCase()}/`));
        const skip = Number(url.searchParams.get('$skipToken') ?? '0') || 0;
        const size = options.pageSize ?? 50;
        const page = all.slice(skip, skip + size);
        const next = skip + size < all.length
            ? `${url.origin === 'null' ? '' : `http://${req.headers.host}`}${url.pathname}?api-version=${MANAGEMENT_API_VERSION}&$skipToken=${skip + size}`
            : undefined;
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ value: page.map(present), ...(next ? { nextLink: next } : {}) }));
        return true;
    }
    const id = `${prefix}/${collectionName}/${name}`;
    const key = id.toLowerCase();
    const stored = state.resources.get(key);
    if (fault?.kind === 'etag-changed' && stored)
        stored.etag = newEtag();
    if (method === 'GET') {
        if (!stored)
            armError(res, 404, 'NotFound', `${type} '${name}' was not found.`);
        else {
            res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: stored.etag });
            res.end(JSON.stringify(present(stored)));
        }
        return true;
    }
    if (method === 'DELETE') {
        if (!stored) {
            res.writeHead(204);
            res.end();
            return true;
        }
        state.resources.delete(key);
        state.writes++;
        res.writeHead(200);
        res.end();
        return true;
    }
    if (method !== 'PUT') {
        armError(res, 405, 'MethodNotAllowed', `${method} is not allowed.`);
        return true;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        armError(res, 400, 'InvalidRequestContent', 'The request body must be a JSON object.');
        return true;
    }
    const ifMatch = req.headers['if-match'];
    if (typeof ifMatch === 'string' && ifMatch !== '*' && ifMatch !== stored?.etag) {
        armError(res, 412, 'PreconditionFailed', 'The etag does not match the current resource: it changed since it was read.');
        return true;
    }
    const given = parsed;
    const problem = problemOf(collection, given, options);
    if (problem) {
        armError(res, 400, 'BadRequest', problem);
        return true;
    }
    const next = {
        id,
        name,
        type,
        ...(typeof given.kind === 'string' ? { kind: given.kind } : {}),
        properties: {
            ...given.properties,
            ...(collection === 'alertrules' ? { lastModifiedUtc: new Date().toISOString() } : {}),
        },
        etag: newEtag(),
    };
    state.resources.set(key, next);
    state.writes++;
    res.writeHead(stored ? 200 : 201, { 'content-type': 'application/json; charset=utf-8', etag: next.etag });
    res.end(JSON.stringify(present(next)));
    return true;
}

// EXTERNAL MODULE: ./src/engine/refusal.ts
var refusal = __webpack_require__(86166);
// EXTERNAL MODULE: ./src/engine/table.ts
var engine_table = __webpack_require__(85046);
;// CONCATENATED MODULE: ./src/lake/emulator/protocol.ts
/**
 * The query request as the lake (and ADX's /v2/rest/query) accepts it: a JSON body
 * `{csl, db, properties}` where `properties` is an object or a JSON string holding
 * `{Options: {...}}`. Parsing turns it into typed options or a bad-request message.
 */

/** Service defaults for result truncation (PROTOCOL.md). */
const DEFAULT_MAX_RECORDS = 500_000;
const DEFAULT_MAX_BYTES = 67_108_864;
/** Default servertimeout of an interactive query: 4 minutes. */
const DEFAULT_SERVER_TIMEOUT_MS = 4 * 60 * 1000;
/** A request the service would refuse as malformed (HTTP 400). */
class BadRequest extends Error {
    name = 'BadRequest';
}
function optionsOf(properties) {
    let value = properties;
    if (value === undefined || value === null || value === '')
        return {};
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            throw new BadRequest("'properties' is a string but not JSON");
        }
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new BadRequest("'properties' must be an object");
    const options = value.Options;
    if (options === undefined || options === null)
        return {};
    if (typeof options !== 'object' || Array.isArray(options))
        throw new BadRequest("'properties.Options' must be an object");
    return options;
}
function positiveInteger(options, key, fallback) {
    const raw = options[key];
    if (raw === undefined || raw === null)
        return fallback;
    const n = typeof raw === 'string' ? Number(raw.trim()) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
        throw new BadRequest(`option '${key}' must be a non-negative integer`);
    return n;
}
function booleanOption(options, key) {
    const raw = options[key];
    if (raw === undefined || raw === null)
        return false;
    if (typeof raw === 'boolean')
        return raw;
    if (raw === 'true' || raw === 'True')
        return true;
    if (raw === 'false' || raw === 'False')
        return false;
    throw new BadRequest(`option '${key}' must be a boolean`);
}
function datetimeOption(options, key) {
    const raw = options[key];
    if (raw === undefined || raw === null || raw === '')
        return undefined;
    const ticks = typeof raw === 'string' ? (0,values.parseDatetime)(raw) : null;
    if (ticks === null)
        throw new BadRequest(`option '${key}' must be an ISO 8601 datetime`);
    return ticks;
}
/** servertimeout as a timespan (`00:04:00`, `4m`) or a number of milliseconds. */
function serverTimeout(options) {
    const raw = options.servertimeout;
    if (raw === undefined || raw === null)
        return DEFAULT_SERVER_TIMEOUT_MS;
    if (typeof raw === 'number' && raw > 0)
        return raw;
    const ticks = typeof raw === 'string' ? (0,values.parseTimespan)(raw) : null;
    if (ticks === null || ticks <= 0n)
        throw new BadRequest("option 'servertimeout' must be a positive timespan such as 00:04:00");
    return Number(ticks) / 10_000;
}
function timeScope(options) {
    const column = options.query_datetimescope_column;
    const from = datetimeOption(options, 'query_datetimescope_from');
    const to = datetimeOption(options, 'query_datetimescope_to');
    if (column === undefined || column === null || column === '') {
        if (from !== undefined || to !== undefined)
            throw new BadRequest("'query_datetimescope_from/to' need 'query_datetimescope_column'");
        return undefined;
    }
    if (typeof column !== 'string')
        throw new BadRequest("option 'query_datetimescope_column' must be a column name");
    return { column, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}
/** Parse the request body text; throws BadRequest with the reason. */
function parseQueryRequest(body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        throw new BadRequest('the request body is not JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new BadRequest('the request body must be a JSON object');
    const { csl, db, properties } = parsed;
    if (typeof csl !== 'string' || csl.trim() === '')
        throw new BadRequest("the request has no query text ('csl')");
    if (db !== undefined && db !== null && typeof db !== 'string')
        throw new BadRequest("'db' must be a string");
    const options = optionsOf(properties);
    const now = datetimeOption(options, 'query_now');
    const scope = timeScope(options);
    // notruncation lifts the default limits; explicit truncation options still apply.
    const unlimited = booleanOption(options, 'notruncation');
    return {
        csl,
        db: typeof db === 'string' ? db : '',
        ...(now !== undefined ? { now } : {}),
        serverTimeoutMs: serverTimeout(options),
        maxRecords: positiveInteger(options, 'truncationmaxrecords', unlimited ? Infinity : DEFAULT_MAX_RECORDS),
        maxBytes: positiveInteger(options, 'truncationmaxsize', unlimited ? Infinity : DEFAULT_MAX_BYTES),
        readonly: booleanOption(options, 'request_readonly'),
        progressive: booleanOption(options, 'results_progressive_enabled'),
        ...(scope ? { timeScope: scope } : {}),
    };
}
/** A control command (`.show`, `.set`, …): the query endpoint does not run them. */
function isControlCommand(csl) {
    return /^\s*(\/\/[^\n]*\n\s*)*\./.test(csl);
}
const WRITING_COMMAND = /^\s*(?:\/\/[^\n]*\n\s*)*\.(?:set|append|set-or-append|set-or-replace|ingest|create|create-or-alter|alter|alter-merge|drop|delete|purge|rename|move|replace|clear|add|execute|enable|disable|cancel|undo|attach|detach)\b/i;
/** A control command that would change state (refused under request_readonly). */
function isWritingCommand(csl) {
    return WRITING_COMMAND.test(csl);
}

;// CONCATENATED MODULE: ./src/lake/emulator/execute.ts
/**
 * Runs one request's query in the embedded engine over the emulator's tables, with
 * the request's now() and time scope, and maps refusals and errors onto the
 * service's error answers.
 */





/** An answer the service gives as an HTTP error with a JSON body. */
class HttpFailure extends Error {
    status;
    error;
    constructor(status, error) {
        super(error['@message']);
        this.status = status;
        this.error = error;
    }
}
function badRequest(ids, detail, type = 'Kusto.Data.Exceptions.KustoBadRequestException') {
    return new HttpFailure(400, serviceError(ids, { code: 'General_BadRequest', message: detail, type, detail, permanent: true }));
}
/** Apply the time scope to every table that has the column (rows outside or null are dropped). */
function scopeTables(tables, scope) {
    if (!scope)
        return tables;
    const scoped = new Map();
    for (const [name, table] of tables) {
        const index = table.columns.findIndex((c) => c.name === scope.column && c.type === 'datetime');
        if (index < 0) {
            scoped.set(name, table);
            continue;
        }
        const values = table.data[index];
        scoped.set(name, (0,engine_table.filterRows)(table, (r) => {
            const v = values[r];
            if (v === null || v === undefined)
                return false;
            return (scope.from === undefined || v >= scope.from) && (scope.to === undefined || v <= scope.to);
        }));
    }
    return scoped;
}
/** Refuse control commands the way the service does; readonly requests may not write. */
function checkCommand(request, ids) {
    if (!isControlCommand(request.csl))
        return;
    if (request.readonly && isWritingCommand(request.csl))
        throw new HttpFailure(403, serviceError(ids, {
            code: 'Forbidden',
            message: 'Request is forbidden: the request is read-only (request_readonly) and the command would change data or metadata.',
            type: 'Kusto.Data.Exceptions.KustoRequestDeniedException',
            detail: 'Request denied: request_readonly is set and the control command writes.',
            permanent: true,
        }));
    throw badRequest(ids, 'Control commands are not supported by the lakeguard emulator on the query endpoint (text starting with ".").', 'Kusto.Data.Exceptions.KustoBadRequestException');
}
function unsupportedMessage(error) {
    const at = / at (\d+:\d+)$/.exec(error.message)?.[1];
    return `Not supported by the lakeguard emulator: ${error.construct}${at ? ` (at line:column ${at})` : ''}. The emulator's embedded engine refuses what it cannot compute exactly; the lake itself may accept this query.`;
}
/** Run the query; throws HttpFailure for answers that are HTTP errors. */
function executeQuery(data, request, ids) {
    checkCommand(request, ids);
    if (data.database !== undefined && request.db !== data.database)
        throw new HttpFailure(400, serviceError(ids, {
            code: 'BadRequest_DatabaseNotExist',
            message: `Database '${request.db}' was not found.`,
            type: 'Kusto.Data.Exceptions.DatabaseNotFoundException',
            detail: `Database '${request.db}' was not found (the emulator serves '${data.database}').`,
            permanent: true,
        }));
    const started = performance.now();
    const now = request.now ?? data.now;
    try {
        const table = (0,evaluate.runQuery)(request.csl, {
            tables: scopeTables(data.tables, request.timeScope),
            catalog: data.catalog,
            ...(now !== undefined ? { now } : {}),
        });
        return { table, elapsedMs: performance.now() - started };
    }
    catch (error) {
        if (error instanceof refusal.Unsupported)
            throw badRequest(ids, unsupportedMessage(error));
        if (error instanceof refusal.QueryError)
            throw badRequest(ids, `Semantic error: ${error.message}`, 'Kusto.Data.Exceptions.SemanticException');
        if (error instanceof RangeError)
            throw badRequest(ids, `Query too large for the lakeguard emulator to evaluate: ${error.message}`);
        throw new HttpFailure(500, serviceError(ids, {
            code: 'Internal_ServiceError',
            message: 'Internal error in the lakeguard emulator.',
            type: 'Kusto.Data.Exceptions.KustoServiceException',
            detail: `Internal error in the lakeguard emulator: ${String(error?.message ?? error)}`,
            permanent: true,
        }));
    }
}

// EXTERNAL MODULE: ./src/lake/emulator/faults.ts
var faults = __webpack_require__(33534);
;// CONCATENATED MODULE: ./src/lake/emulator/server.ts
/**
 * The local lake emulator: a node:http server on loopback that answers
 * `POST /lake/kql/v2/rest/query` and `POST /v2/rest/query` with the embedded
 * engine, in the service's v2 frame shape and error shapes.
 */














const QUERY_PATHS = ['/lake/kql/v2/rest/query', '/v2/rest/query'];
/** Loopback hosts the emulator may bind without `allowRemote`. */
function isLoopbackHost(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}
function bearerMatches(header, expected) {
    const token = /^Bearer\s+(\S.*)$/i.exec(header ?? '')?.[1]?.trim();
    if (!token)
        return false;
    if (expected === undefined)
        return true;
    const a = Buffer.from(token);
    const b = Buffer.from(expected);
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
function sendError(res, status, body, headers = {}) {
    res.writeHead(status, { ...headers, ...(body !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}) });
    res.end(body);
}
async function readBody(req, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > limit)
            return undefined;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** The query text of a body, for fault deciders; '' when there is none. */
function cslOf(body) {
    try {
        const csl = JSON.parse(body).csl;
        return typeof csl === 'string' ? csl : '';
    }
    catch {
        return '';
    }
}
/** Run a trivial query once: the first analysis loads the Kusto language service. */
function warmUp(data) {
    const first = [...data.tables.keys()][0];
    const csl = first && /^[A-Za-z_][A-Za-z0-9_]*$/.test(first) ? `${first} | take 0` : 'print 1';
    try {
        (0,evaluate.runQuery)(csl, { catalog: data.catalog, tables: data.tables });
    }
    catch {
        /* a table the engine cannot read is reported when queried */
    }
}
async function startEmulator(options = {}) {
    const host = options.host ?? '127.0.0.1';
    if (!isLoopbackHost(host) && !options.allowRemote)
        throw new Error(`refusing to listen on '${host}': the emulator binds loopback only unless remote access is explicitly allowed (--allow-remote)`);
    let now;
    if (options.now !== undefined) {
        const ticks = (0,values.parseDatetime)(options.now);
        if (ticks === null)
            throw new Error(`--now must be an ISO 8601 datetime, not '${options.now}'`);
        now = ticks;
    }
    const catalog = options.catalog ?? new kql_catalog.Catalog();
    const tables = new Map(await (0,fixture_tables.loadFixtureTables)(options.data ?? [], catalog));
    for (const [name, table] of options.tables ?? [])
        tables.set(name, table);
    const data = {
        catalog,
        tables,
        ...(now !== undefined ? { now } : {}),
        ...(options.database !== undefined ? { database: options.database } : {}),
    };
    if (options.warmUp !== false)
        warmUp(data);
    const lifetime = new AbortController();
    let requests = 0;
    let managementRequests = 0;
    const management = createManagementState();
    const ingestion = (0,emulator_ingestion/* createIngestionState */.cu)();
    const handle = async (req, res) => {
        const index = ++requests;
        const clientRequestId = String(req.headers['x-ms-client-request-id'] ?? '');
        const ids = { activityId: newActivityId(), clientRequestId };
        const headers = { 'x-ms-activity-id': ids.activityId, ...(clientRequestId ? { 'x-ms-client-request-id': clientRequestId } : {}) };
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (/^\/subscriptions\//i.test(path)) {
            if (!bearerMatches(req.headers.authorization, options.token)) {
                res.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' });
                res.end(JSON.stringify({ error: { code: 'AuthenticationFailed', message: 'Authentication failed: a valid bearer token is required.' } }));
                return;
            }
            const managementBody = await readBody(req, options.maxBodyBytes ?? 1024 * 1024);
            if (managementBody === undefined) {
                res.writeHead(413, { 'content-type': 'application/json; charset=utf-8' });
                res.end(JSON.stringify({ error: { code: 'RequestEntityTooLarge', message: 'The request body is too large.' } }));
                return;
            }
            if (options.latencyMs)
                await (0,faults/* sleep */.y)(options.latencyMs, lifetime.signal);
            if (await answerManagement(req, res, managementBody, management, options.management ?? {}, ++managementRequests))
                return;
        }
        const ingestionCall = emulator_ingestion/* INGESTION_PATH */.r1.exec(path);
        if (ingestionCall) {
            if (options.latencyMs)
                await (0,faults/* sleep */.y)(options.latencyMs, lifetime.signal);
            return (0,emulator_ingestion/* answerIngestion */.$4)(req, res, ingestionCall, ingestion, { tables, catalog, bearerOk: (header) => bearerMatches(header, options.token), signal: lifetime.signal }, options.ingestion ?? {}, ids);
        }
        if (!QUERY_PATHS.includes(path)) {
            const error = serviceError(ids, {
                code: 'NotFound',
                message: `No endpoint at ${path}.`,
                type: 'Kusto.Data.Exceptions.KustoBadRequestException',
                detail: `The emulator serves POST ${QUERY_PATHS.join(' and ')}.`,
                permanent: true,
            });
            return sendError(res, 404, errorBody(error), headers);
        }
        if (req.method !== 'POST') {
            const error = serviceError(ids, {
                code: 'MethodNotAllowed',
                message: 'Use POST.',
                type: 'Kusto.Data.Exceptions.KustoBadRequestException',
                detail: `${req.method} is not allowed; use POST.`,
                permanent: true,
            });
            return sendError(res, 405, errorBody(error), { ...headers, allow: 'POST' });
        }
        if (!bearerMatches(req.headers.authorization, options.token)) {
            const error = serviceError(ids, {
                code: 'Unauthorized',
                message: 'Unauthorized: a valid bearer token is required.',
                type: 'Kusto.Data.Exceptions.KustoRequestDeniedException',
                detail: 'The request has no valid Authorization: Bearer token.',
                permanent: true,
            });
            return sendError(res, 401, errorBody(error), { ...headers, 'www-authenticate': 'Bearer' });
        }
        const body = await readBody(req, options.maxBodyBytes ?? 1024 * 1024);
        if (body === undefined) {
            const error = serviceError(ids, {
                code: 'General_BadRequest',
                message: 'The request body is too large.',
                type: 'Kusto.Data.Exceptions.KustoBadRequestException',
                detail: 'The request body is too large.',
                permanent: true,
            });
            return sendError(res, 413, errorBody(error), headers);
        }
        // Latency is the service time of every answer: the query's own evaluation counts
        // towards it, so a benchmark sees latencyMs per request, not latencyMs + engine time.
        const arrived = performance.now();
        const restOfLatency = () => (0,faults/* sleep */.y)((options.latencyMs ?? 0) - (performance.now() - arrived), lifetime.signal);
        const fault = (0,faults/* nextFault */.q)(options.faults, { index, csl: cslOf(body), clientRequestId });
        if (fault && fault.kind !== 'delay' && fault.kind !== 'truncation' && fault.kind !== 'partial-failure') {
            await restOfLatency();
            return answerFault(fault, req, res, ids, headers);
        }
        if (fault?.kind === 'delay')
            await (0,faults/* sleep */.y)(fault.ms, lifetime.signal);
        let request;
        let executed;
        try {
            request = parseQueryRequest(body);
            if (fault?.kind === 'truncation')
                request.maxRecords = Math.min(request.maxRecords, fault.rows ?? 0);
            executed = executeQuery(data, request, ids);
        }
        catch (error) {
            const failure = error instanceof BadRequest ? badRequest(ids, `Bad request: ${error.message}.`) : error;
            if (!(failure instanceof HttpFailure))
                throw error;
            await restOfLatency();
            return sendError(res, failure.status, errorBody(failure.error), headers);
        }
        await restOfLatency();
        await answerQuery(executed, request, ids, res, headers, fault?.kind === 'partial-failure' ? fault : undefined);
    };
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((error) => {
            if (res.headersSent)
                res.destroy();
            else {
                const ids = { activityId: newActivityId(), clientRequestId: String(req.headers['x-ms-client-request-id'] ?? '') };
                const detail = `Internal error in the lakeguard emulator: ${String(error?.message ?? error)}`;
                sendError(res, 500, errorBody(serviceError(ids, {
                    code: 'Internal_ServiceError',
                    message: detail,
                    type: 'Kusto.Data.Exceptions.KustoServiceException',
                    detail,
                    permanent: true,
                })));
            }
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${urlHost}:${address.port}`;
    return {
        url,
        endpoint: `${url}${QUERY_PATHS[0]}`,
        host: address.address,
        port: address.port,
        tables: [...tables.keys()].sort(),
        get requests() {
            return requests;
        },
        management,
        ingestion,
        close: () => new Promise((resolve) => {
            lifetime.abort();
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}


/***/ })

};
