export const id = 419;
export const ids = [419,367,665];
export const modules = {

/***/ 3367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QueryError: () => (/* binding */ QueryError),
/* harmony export */   Unsupported: () => (/* binding */ Unsupported),
/* harmony export */   queryErrorOf: () => (/* binding */ queryErrorOf)
/* harmony export */ });
/**
 * The engine refuses what it cannot compute exactly. An Unsupported error names
 * the construct and, once known, its position in the query.
 */
class Unsupported extends Error {
    construct;
    offset;
    name = 'Unsupported';
    constructor(
    /** The operator, function or feature, e.g. `operator mv-apply`. */
    construct, 
    /** Offset in the query text, when known. */
    offset) {
        super(`not supported offline: ${construct}`);
        this.construct = construct;
        this.offset = offset;
    }
}
/** A query error Kusto itself would raise (bad argument, runaway result). */
class QueryError extends Error {
    name = 'QueryError';
}
/** The error object of a failed query: refused (unsupported) or any other error. */
function queryErrorOf(error) {
    if (error instanceof Unsupported)
        return { kind: 'unsupported', message: error.message };
    if (error instanceof QueryError)
        return { kind: 'error', message: error.message };
    if (error instanceof RangeError && /call stack|Invalid array length/i.test(error.message))
        return { kind: 'error', message: `query too large to evaluate: ${error.message}` };
    return { kind: 'error', message: `internal error: ${String(error?.message ?? error)}` };
}


/***/ }),

/***/ 1665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INT64_MAX: () => (/* binding */ INT64_MAX),
/* harmony export */   INT64_MIN: () => (/* binding */ INT64_MIN),
/* harmony export */   TICKS_PER_DAY: () => (/* binding */ TICKS_PER_DAY),
/* harmony export */   TICKS_PER_MS: () => (/* binding */ TICKS_PER_MS),
/* harmony export */   TICKS_PER_SECOND: () => (/* binding */ TICKS_PER_SECOND),
/* harmony export */   bagEntries: () => (/* binding */ bagEntries),
/* harmony export */   dynamicDatetimeText: () => (/* binding */ dynamicDatetimeText),
/* harmony export */   dynamicText: () => (/* binding */ dynamicText),
/* harmony export */   exactInteger: () => (/* binding */ exactInteger),
/* harmony export */   formatDatetime: () => (/* binding */ formatDatetime),
/* harmony export */   formatTimespan: () => (/* binding */ formatTimespan),
/* harmony export */   isBag: () => (/* binding */ isBag),
/* harmony export */   kustoType: () => (/* binding */ kustoType),
/* harmony export */   longValue: () => (/* binding */ longValue),
/* harmony export */   nullOf: () => (/* binding */ nullOf),
/* harmony export */   parseDatetime: () => (/* binding */ parseDatetime),
/* harmony export */   parseTimespan: () => (/* binding */ parseTimespan),
/* harmony export */   putKey: () => (/* binding */ putKey),
/* harmony export */   toDynamic: () => (/* binding */ toDynamic),
/* harmony export */   toInt32: () => (/* binding */ toInt32)
/* harmony export */ });
/* harmony import */ var _refusal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3367);
/**
 * Kusto values in JavaScript. Every type but string has null; strings are never
 * null (empty instead). int/long are JS numbers within ±2^53; a long beyond that
 * (a hash, say) is a bigint, never a rounded number (longValue() normalizes, so one
 * long has one representation); datetime and timespan are bigint counts of 100-ns
 * ticks (datetime from the Unix epoch), told apart from longs by their column type;
 * dynamic is plain JSON-like data.
 */

const TICKS_PER_MS = 10000n;
const TICKS_PER_SECOND = 10000000n;
const TICKS_PER_DAY = 864000000000n;
/** Normalize a language-service type name (`long`, `real`, `datetime`, `dynamic`, …). */
function kustoType(name) {
    const t = name.toLowerCase();
    if (t === 'double')
        return 'real';
    if (t === 'boolean')
        return 'bool';
    if (t === 'date')
        return 'datetime';
    if (t === 'time')
        return 'timespan';
    if (['string', 'int', 'long', 'real', 'bool', 'datetime', 'timespan', 'guid', 'dynamic', 'decimal'].includes(t))
        return t;
    throw new _refusal_js__WEBPACK_IMPORTED_MODULE_0__.Unsupported(`type ${name}`);
}
/** The null of a type: '' for string, null otherwise. */
function nullOf(type) {
    return type === 'string' ? '' : null;
}
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
/**
 * A long from a bigint: a number within ±2^53, the bigint itself beyond it; outside
 * 64 bits refused (Kusto's long overflow behaviour is not documented).
 */
function longValue(n, what) {
    if (n >= -SAFE && n <= SAFE)
        return Number(n);
    if (n < INT64_MIN || n > INT64_MAX)
        throw new _refusal_js__WEBPACK_IMPORTED_MODULE_0__.Unsupported(`${what} beyond 64 bits (long overflow)`);
    return n;
}
/** Check an integer result stays exact. */
function exactInteger(n, what) {
    if (!Number.isSafeInteger(n))
        throw new _refusal_js__WEBPACK_IMPORTED_MODULE_0__.Unsupported(`${what} beyond ±2^53 (exact long arithmetic)`);
    return n;
}
/** Wrap an int result to 32 bits like Kusto's int. */
function toInt32(n) {
    return n | 0;
}
const MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** Parse a datetime literal or string into ticks, or null when it is not one. */
function parseDatetime(text) {
    const m = MONTH_DAY.exec(text.trim());
    if (!m)
        return null;
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
        return null;
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0..99 as 1900..1999.
    const date = new Date(0);
    date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
    date.setUTCHours(Number(h), Number(mi), Number(s), 0);
    const ms = date.getTime();
    if (Number.isNaN(ms))
        return null;
    const check = new Date(ms);
    if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1)
        return null;
    let ticks = BigInt(ms) * TICKS_PER_MS + BigInt((frac + '0000000').slice(0, 7));
    if (zone && zone.toUpperCase() !== 'Z') {
        const zm = /([+-])(\d{2}):?(\d{2})/.exec(zone);
        const offset = (BigInt(Number(zm[2])) * 60n + BigInt(Number(zm[3]))) * 60n * TICKS_PER_SECOND;
        ticks = zm[1] === '+' ? ticks - offset : ticks + offset;
    }
    return ticks;
}
/** ISO 8601 UTC with the fraction Kusto prints (trailing zeros dropped, none when zero). */
function formatDatetime(ticks) {
    const ms = Number(ticks / TICKS_PER_MS - (ticks % TICKS_PER_MS < 0n ? 1n : 0n));
    const fraction = ((ticks % TICKS_PER_SECOND) + TICKS_PER_SECOND) % TICKS_PER_SECOND;
    const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
    const frac = fraction === 0n ? '' : `.${fraction.toString().padStart(7, '0').replace(/0+$/, '')}`;
    return `${iso}${frac}Z`;
}
/** `[-][d.]hh:mm:ss[.fffffff]` */
function formatTimespan(ticks) {
    const negative = ticks < 0n;
    let t = negative ? -ticks : ticks;
    const days = t / TICKS_PER_DAY;
    t %= TICKS_PER_DAY;
    const hours = t / (3600n * TICKS_PER_SECOND);
    t %= 3600n * TICKS_PER_SECOND;
    const minutes = t / (60n * TICKS_PER_SECOND);
    t %= 60n * TICKS_PER_SECOND;
    const seconds = t / TICKS_PER_SECOND;
    const fraction = t % TICKS_PER_SECOND;
    const two = (n) => n.toString().padStart(2, '0');
    const frac = fraction === 0n ? '' : `.${fraction.toString().padStart(7, '0')}`;
    return `${negative ? '-' : ''}${days > 0n ? `${days}.` : ''}${two(hours)}:${two(minutes)}:${two(seconds)}${frac}`;
}
const TIMESPAN_UNITS = {
    d: TICKS_PER_DAY,
    day: TICKS_PER_DAY,
    days: TICKS_PER_DAY,
    h: 3600n * TICKS_PER_SECOND,
    hr: 3600n * TICKS_PER_SECOND,
    hrs: 3600n * TICKS_PER_SECOND,
    hour: 3600n * TICKS_PER_SECOND,
    hours: 3600n * TICKS_PER_SECOND,
    m: 60n * TICKS_PER_SECOND,
    min: 60n * TICKS_PER_SECOND,
    minute: 60n * TICKS_PER_SECOND,
    minutes: 60n * TICKS_PER_SECOND,
    s: TICKS_PER_SECOND,
    sec: TICKS_PER_SECOND,
    second: TICKS_PER_SECOND,
    seconds: TICKS_PER_SECOND,
    ms: TICKS_PER_MS,
    milli: TICKS_PER_MS,
    millis: TICKS_PER_MS,
    millisecond: TICKS_PER_MS,
    milliseconds: TICKS_PER_MS,
    microsecond: 10n,
    microseconds: 10n,
    tick: 1n,
    ticks: 1n,
};
/** Parse a timespan literal (`1h`, `1.5d`, `00:10:00`, `2.01:00:00.5`) into ticks. */
function parseTimespan(text) {
    const t = text.trim();
    const unit = /^(-)?(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(t);
    if (unit) {
        const size = TIMESPAN_UNITS[unit[3].toLowerCase()];
        if (size === undefined)
            return null;
        const [whole, frac = ''] = unit[2].split('.');
        let ticks = BigInt(whole) * size;
        if (frac)
            ticks += (BigInt(frac) * size) / 10n ** BigInt(frac.length);
        return unit[1] ? -ticks : ticks;
    }
    const clock = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(t);
    if (clock) {
        const [, neg, d = '0', h, mi, s = '0', frac = ''] = clock;
        const ticks = ((BigInt(d) * 24n + BigInt(h)) * 60n + BigInt(mi)) * 60n * TICKS_PER_SECOND +
            BigInt(s) * TICKS_PER_SECOND +
            BigInt((frac + '0000000').slice(0, 7));
        return neg ? -ticks : ticks;
    }
    return null;
}
/** Compact JSON text of a dynamic value, as tostring(dynamic) gives it. */
function dynamicText(value) {
    return JSON.stringify(value);
}
/** A datetime as a dynamic value holds it when serialized: always seven fraction digits. */
function dynamicDatetimeText(ticks) {
    const text = formatDatetime(ticks);
    const [main, frac = ''] = text.slice(0, -1).split('.');
    return `${main}.${frac.padEnd(7, '0')}Z`;
}
/**
 * A scalar of a known type as a dynamic element: datetime and timespan become
 * their JSON (string) form, as Kusto serializes them; non-finite reals are refused.
 */
function toDynamic(value, type) {
    if (value === undefined || value === null)
        return null;
    // A decimal is its text here (decimal.ts); how Kusto puts one in a dynamic value is not documented.
    if (type === 'decimal')
        throw new _refusal_js__WEBPACK_IMPORTED_MODULE_0__.Unsupported('decimal value inside dynamic');
    if (typeof value === 'bigint') {
        if (type === 'datetime')
            return dynamicDatetimeText(value);
        if (type === 'timespan')
            return formatTimespan(value);
        throw new _refusal_js__WEBPACK_IMPORTED_MODULE_0__.Unsupported(`${type} value inside dynamic`);
    }
    if (typeof value === 'number' && !Number.isFinite(value))
        throw new _refusal_js__WEBPACK_IMPORTED_MODULE_0__.Unsupported('non-finite real inside a dynamic value');
    if (type === 'string' && value === '')
        return '';
    return value;
}
/** A property bag's entries in order; integer-like keys are refused (JS objects reorder them). */
function bagEntries(bag) {
    const entries = Object.entries(bag);
    if (entries.some(([k]) => /^(0|[1-9]\d*)$/.test(k)))
        throw new _refusal_js__WEBPACK_IMPORTED_MODULE_0__.Unsupported('property bag with integer-like keys (key order)');
    return entries;
}
function isBag(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Set a bag key as an own property (a `__proto__` key must not change the prototype). */
function putKey(bag, key, value) {
    Object.defineProperty(bag, key, { value, writable: true, enumerable: true, configurable: true });
}


/***/ }),

/***/ 77792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ classifyNetworkError),
/* harmony export */   nW: () => (/* binding */ classifyHttpError),
/* harmony export */   om: () => (/* binding */ safeLine),
/* harmony export */   rY: () => (/* binding */ classifyProblems)
/* harmony export */ });
/* unused harmony exports limitKind, serviceErrorOf */
const TRUNCATION = /E_QUERY_RESULT_SET_TOO_LARGE|80DA0003/i;
const RUNAWAY = /E_RUNAWAY_QUERY|80DA0001/i;
/** The kind a service error text points at, when it is a limit. */
function limitKind(text) {
    if (TRUNCATION.test(text))
        return 'truncated';
    if (RUNAWAY.test(text))
        return 'runaway';
    return undefined;
}
const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BEARER = /(bearer\s+)[^\s"',;]+/gi;
/** One line, bounded, with the token and anything token-shaped removed. */
function safeLine(text, secrets, max = 400) {
    let out = text;
    for (const s of secrets)
        if (s.length >= 4)
            out = out.split(s).join('***');
    out = out.replace(JWT, '***').replace(BEARER, '$1***');
    out = out.replace(/\s+/g, ' ').trim();
    return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}
/** The `{"error": {...}}` body of a failed request, when it is one. */
function serviceErrorOf(body) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return undefined;
    const err = body.error;
    if (!err || typeof err !== 'object' || Array.isArray(err))
        return undefined;
    const s = (v) => (typeof v === 'string' ? v : '');
    return {
        code: s(err.code) || 'Error',
        message: s(err['@message']) || s(err.message) || 'no message',
        permanent: typeof err['@permanent'] === 'boolean' ? err['@permanent'] : undefined,
        text: JSON.stringify(err, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)),
    };
}
/** A non-2xx answer, or an error object served as the whole body. */
function classifyHttpError(status, statusText, body, retryAfterMs) {
    const err = serviceErrorOf(body);
    const detail = err ? `${err.code}: ${err.message}` : `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
    const base = { httpStatus: status, serviceCode: err?.code };
    if (status === 401 || status === 403) {
        const what = status === 401
            ? 'unauthorized (HTTP 401: the token was rejected'
            : 'forbidden (HTTP 403: the identity lacks access to this workspace';
        return { ...base, kind: 'unauthorized', cause: `${what})${err ? ` — ${detail}` : ''}`, retryable: false };
    }
    if (status === 429) {
        return {
            ...base,
            kind: 'throttled',
            cause: `throttled by the service (HTTP 429)${err ? ` — ${detail}` : ''}`,
            retryable: true,
            retryAfterMs,
        };
    }
    const limit = err ? limitKind(err.text) : undefined;
    if (limit === 'truncated')
        return { ...base, kind: 'truncated', cause: `result truncated by the service — ${detail}`, retryable: false };
    if (limit === 'runaway')
        return { ...base, kind: 'runaway', cause: `runaway query stopped by the service — ${detail}`, retryable: false };
    if (status === 408 || status === 504) {
        return {
            ...base,
            kind: 'timeout',
            cause: `the service timed out (HTTP ${status})${err ? ` — ${detail}` : ''}`,
            retryable: err?.permanent !== true,
        };
    }
    const retryable = err?.permanent === true ? false : status >= 500 || err?.permanent === false;
    const prefix = status >= 200 && status < 300 ? 'service error' : `service error (HTTP ${status})`;
    return { ...base, kind: 'service', cause: err ? `${prefix} — ${detail}` : prefix, retryable, retryAfterMs };
}
/** Errors reported inside a 200 data set: never a complete result. */
function classifyProblems(problems, cancelled) {
    const all = problems.map((p) => `${p.code} ${p.message} ${p.text}`).join('\n');
    const first = problems[0];
    const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
    const detail = first ? `${first.code}: ${first.message} [${first.where}]${more}` : 'the query was cancelled';
    const limit = limitKind(all);
    if (limit === 'truncated')
        return {
            kind: 'truncated',
            cause: `result truncated by the service (E_QUERY_RESULT_SET_TOO_LARGE) — ${detail}`,
            retryable: false,
            serviceCode: first?.code,
        };
    if (limit === 'runaway')
        return {
            kind: 'runaway',
            cause: `runaway query stopped by the service (E_RUNAWAY_QUERY) — ${detail}`,
            retryable: false,
            serviceCode: first?.code,
        };
    const what = cancelled && !first ? 'partial failure: the query was cancelled' : `partial failure (HTTP 200 with errors) — ${detail}`;
    return { kind: 'partial', cause: what, retryable: false, serviceCode: first?.code };
}
const NETWORK_RETRYABLE = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
/** An exception from the HTTP layer (undici or node:net). */
function classifyNetworkError(error) {
    const e = error;
    const code = typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : '';
    const message = typeof e?.message === 'string' ? e.message : String(error);
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        return { kind: 'timeout', cause: `the service did not answer in time (${code})`, retryable: false };
    }
    return {
        kind: 'network',
        cause: `network error: ${message}${code && !message.includes(code) ? ` (${code})` : ''}`,
        retryable: NETWORK_RETRYABLE.has(code),
    };
}


/***/ }),

/***/ 27444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ DataSetAssembler)
/* harmony export */ });
/* unused harmony export oneApiProblem */
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66992);
/**
 * Assembles a v2 data set from its frames, in order: DataSetHeader, DataTable
 * or TableHeader/TableFragment/TableProgress/TableCompletion, DataSetCompletion.
 * Collects every error the service reports with status 200 (in-row OneApiErrors,
 * TableCompletion and DataSetCompletion errors, QueryCompletionInformation rows
 * with Level ≤ 2) so a partial result is never taken for a complete one.
 */

function str(v) {
    return typeof v === 'string' ? v : '';
}
/** One entry of a OneApiErrors array: `{"error": {code, message, "@message", ...}}`. */
function oneApiProblem(entry, where) {
    const outer = (entry && typeof entry === 'object' && !Array.isArray(entry) ? entry : {});
    const err = (outer.error && typeof outer.error === 'object' && !Array.isArray(outer.error) ? outer.error : outer);
    const code = str(err.code) || 'Error';
    const message = str(err['@message']) || str(err.message) || 'no message';
    return { where, code, message, text: stringify(entry) };
}
function stringify(v) {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)) ?? '';
}
function problemsOf(list, where) {
    return Array.isArray(list) ? list.map((e) => oneApiProblem(e, where)) : [];
}
class DataSetAssembler {
    retain;
    tables = new Map();
    order = [];
    problems = [];
    sawHeader = false;
    sawCompletion = false;
    cancelled = false;
    constructor(retain = {}) {
        this.retain = retain;
    }
    // The frame whose rows are arriving ahead of its end (see `rows`), and its table.
    streamedFrame = -1;
    streamedTable = null;
    /**
     * Rows of frame `index` delivered before the frame ends; `head` holds the
     * frame's fields that precede its Rows (TableId, Columns, …).
     */
    rows(head, rows, index) {
        if (this.streamedFrame !== index) {
            this.streamedFrame = index;
            this.streamedTable = this.beginRows(head, index);
        }
        if (this.streamedTable)
            this.appendRows(this.streamedTable, rows);
    }
    /** The order checks, then the table that a DataTable or TableFragment frame fills. */
    beginRows(frame, index) {
        const type = str(frame.FrameType);
        if (index === 0 && type !== 'DataSetHeader')
            throw new _decode_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc(`the first frame is ${type || 'untyped'}, not DataSetHeader`);
        if (this.sawCompletion)
            throw new _decode_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc(`a ${type || 'untyped'} frame follows DataSetCompletion`);
        if (type === 'DataTable')
            return this.openTable(frame);
        if (type === 'TableFragment') {
            const table = this.tableOf(frame, type);
            if (str(frame.TableFragmentType) === 'DataReplace') {
                table.rows = [];
                table.rowCount = 0;
            }
            return table;
        }
        return null;
    }
    onFrame(frame, index) {
        const type = str(frame.FrameType);
        if (type === 'DataTable' || type === 'TableFragment') {
            const table = this.streamedFrame === index ? this.streamedTable : this.beginRows(frame, index);
            this.appendRows(table, frame.Rows);
            if (type === 'DataTable')
                table.complete = true;
            return;
        }
        this.beginRows(frame, index);
        switch (type) {
            case 'DataSetHeader':
                if (this.sawHeader)
                    throw new _decode_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc('a second DataSetHeader');
                this.sawHeader = true;
                return;
            case 'TableHeader':
                this.openTable(frame);
                return;
            case 'TableProgress':
                this.tableOf(frame, type);
                return;
            case 'TableCompletion': {
                const table = this.tableOf(frame, type);
                this.problems.push(...problemsOf(frame.OneApiErrors, `table ${table.name}`));
                table.complete = true;
                return;
            }
            case 'DataSetCompletion':
                this.sawCompletion = true;
                this.cancelled = frame.Cancelled === true;
                this.problems.push(...problemsOf(frame.OneApiErrors, 'DataSetCompletion'));
                if (frame.HasErrors === true && !Array.isArray(frame.OneApiErrors)) {
                    this.problems.push({ where: 'DataSetCompletion', code: 'HasErrors', message: 'the data set reports errors', text: '' });
                }
                return;
            default:
                // Unknown frame types are skipped, as the protocol may grow.
                return;
        }
    }
    openTable(frame) {
        const id = typeof frame.TableId === 'number' ? frame.TableId : -1;
        const name = str(frame.TableName) || `#${id}`;
        if (this.tables.has(id))
            throw new _decode_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc(`table id ${id} appears twice`);
        const kind = str(frame.TableKind);
        const columns = (0,_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeColumns */ .o)(frame.Columns, name);
        const wanted = kind === 'PrimaryResult' ? this.retain.columns : undefined;
        const keep = wanted ? columns.flatMap((c, i) => (wanted.includes(c.name) ? [i] : [])) : null;
        const table = { id, kind, name, columns, rows: [], rowCount: 0, keep, complete: false };
        this.tables.set(id, table);
        this.order.push(table);
        return table;
    }
    tableOf(frame, type) {
        const table = typeof frame.TableId === 'number' ? this.tables.get(frame.TableId) : undefined;
        if (!table)
            throw new _decode_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc(`${type} for a table without TableHeader`);
        return table;
    }
    appendRows(table, rows) {
        if (rows === undefined || rows === null)
            return;
        if (!Array.isArray(rows))
            throw new _decode_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc(`Rows of table ${table.name} is not an array`);
        const primary = table.kind === 'PrimaryResult';
        const maxRows = primary ? (this.retain.maxRows ?? Infinity) : Infinity;
        const keep = table.keep;
        for (const row of rows) {
            if (Array.isArray(row)) {
                const decoded = (0,_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeRow */ .X5)(row, table.columns, table.name, table.rowCount++, !primary);
                if (table.rows.length < maxRows)
                    table.rows.push(keep ? keep.map((i) => decoded[i]) : decoded);
            }
            else if (row && typeof row === 'object' && 'OneApiErrors' in row) {
                this.problems.push(...problemsOf(row.OneApiErrors, `a row of table ${table.name}`));
            }
            else {
                throw new _decode_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc(`a row of table ${table.name} is neither an array nor an error`);
            }
        }
    }
    /** Call after the last frame; throws DecodeError when frames are missing. */
    finish() {
        if (!this.sawHeader)
            throw new _decode_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc('no DataSetHeader frame');
        const completion = this.order.filter((t) => t.kind === 'QueryCompletionInformation').flatMap((t) => completionEvents(t));
        for (const e of completion) {
            if (e.level !== null && e.level <= 2) {
                this.problems.push({
                    where: 'QueryCompletionInformation',
                    code: e.statusName || e.levelName || 'Error',
                    message: e.payload,
                    text: JSON.stringify(e),
                });
            }
        }
        if (!this.sawCompletion && this.problems.length === 0)
            throw new _decode_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc('no DataSetCompletion frame (the response was cut off)');
        for (const t of this.order) {
            if (!t.complete && this.problems.length === 0)
                throw new _decode_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc(`table ${t.name} has no TableCompletion`);
        }
        return { tables: this.order, problems: this.problems, completion, cancelled: this.cancelled };
    }
}
function completionEvents(table) {
    const at = (name) => table.columns.findIndex((c) => c.name === name);
    const [level, levelName, status, statusName, eventType, payload] = [
        'Level',
        'LevelName',
        'StatusCode',
        'StatusCodeName',
        'EventTypeName',
        'Payload',
    ].map(at);
    const get = (row, i) => (i === undefined || i < 0 ? null : (row[i] ?? null));
    const num = (v) => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : null);
    const text = (v) => (typeof v === 'string' ? v : v === null ? '' : stringify(v));
    return table.rows.map((row) => ({
        level: num(get(row, level)),
        levelName: text(get(row, levelName)),
        statusCode: num(get(row, status)),
        statusName: text(get(row, statusName)),
        eventType: text(get(row, eventType)),
        payload: text(get(row, payload)),
    }));
}


/***/ }),

/***/ 66992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ decodeRow),
/* harmony export */   Xc: () => (/* binding */ DecodeError),
/* harmony export */   o: () => (/* binding */ decodeColumns)
/* harmony export */ });
/* unused harmony export decodeDatetime */
/* harmony import */ var _engine_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1665);
/* harmony import */ var _exact_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4654);
/**
 * Cell decoding per column type, as the v2 API serializes values. A value of
 * the wrong shape is a malformed response, never a guess.
 */


class DecodeError extends Error {
    name = 'DecodeError';
}
/** `{ColumnName, ColumnType}` entries of a table frame. */
function decodeColumns(raw, table) {
    if (!Array.isArray(raw))
        throw new DecodeError(`table ${table} has no Columns`);
    return raw.map((c, i) => {
        const col = c;
        const name = col?.ColumnName;
        const typeName = col?.ColumnType ?? col?.DataType;
        if (typeof name !== 'string' || typeof typeName !== 'string')
            throw new DecodeError(`column ${i} of table ${table} has no name or type`);
        let type;
        try {
            type = (0,_engine_values_js__WEBPACK_IMPORTED_MODULE_0__.kustoType)(typeName);
        }
        catch {
            throw new DecodeError(`column ${name} of table ${table} has an unknown type ${JSON.stringify(typeName).slice(0, 40)}`);
        }
        return { name, type };
    });
}
// Fast path for the service's own datetime shape, `yyyy-MM-ddTHH:mm:ss[.fffffff]Z`:
// the day's ticks are cached (rows of one result share few days), the rest is
// plain arithmetic. Anything else goes through the engine's parser.
let cachedDay = '';
let cachedDayTicks = 0n;
function digitsAt(s, from, count) {
    let v = 0;
    for (let i = from; i < from + count; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return -1;
        v = v * 10 + d;
    }
    return v;
}
/** Ticks at the start of the `yyyy-MM-dd` day that `s` begins with; years below 100 included. */
function dayTicks(s) {
    const y = digitsAt(s, 0, 4);
    const mo = digitsAt(s, 5, 2);
    const d = digitsAt(s, 8, 2);
    if (y < 1 || mo < 1 || d < 1 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
        return null;
    const date = new Date(0);
    date.setUTCFullYear(y, mo - 1, d);
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
        return null;
    return BigInt(date.getTime()) * 10000n;
}
function decodeDatetime(s) {
    const n = s.length;
    if (n < 20 || n > 28 || s.charCodeAt(10) !== 84 || s.charCodeAt(n - 1) !== 90 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
        return (0,_engine_values_js__WEBPACK_IMPORTED_MODULE_0__.parseDatetime)(s);
    const h = digitsAt(s, 11, 2);
    const m = digitsAt(s, 14, 2);
    const sec = digitsAt(s, 17, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59)
        return (0,_engine_values_js__WEBPACK_IMPORTED_MODULE_0__.parseDatetime)(s);
    let fraction = 0;
    if (n > 20) {
        const digits = n - 21;
        if (s.charCodeAt(19) !== 46 || digits < 1)
            return (0,_engine_values_js__WEBPACK_IMPORTED_MODULE_0__.parseDatetime)(s);
        fraction = digitsAt(s, 20, digits);
        if (fraction < 0)
            return (0,_engine_values_js__WEBPACK_IMPORTED_MODULE_0__.parseDatetime)(s);
        fraction *= 10 ** (7 - digits);
    }
    const day = s.slice(0, 10);
    if (day !== cachedDay) {
        const t = dayTicks(s);
        if (t === null)
            return (0,_engine_values_js__WEBPACK_IMPORTED_MODULE_0__.parseDatetime)(s);
        cachedDay = day;
        cachedDayTicks = t;
    }
    return cachedDayTicks + BigInt(((h * 60 + m) * 60 + sec) * 10_000_000 + fraction);
}
const REAL_WORDS = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
function decodeValue(v, type, dynamicAsText) {
    if (v === null)
        return type === 'string' ? '' : null;
    switch (type) {
        case 'string':
        case 'guid':
            return typeof v === 'string' ? v : undefined;
        case 'decimal':
            return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;
        case 'int':
            return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
        case 'long':
            if (typeof v === 'bigint')
                return v;
            return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
        case 'real':
            if (typeof v === 'number')
                return v;
            // A real written as a long integer literal is still a double.
            if (typeof v === 'bigint')
                return Number(v);
            return typeof v === 'string' && v in REAL_WORDS ? REAL_WORDS[v] : undefined;
        case 'bool':
            return typeof v === 'boolean' ? v : undefined;
        case 'datetime':
            return typeof v === 'string' ? (decodeDatetime(v) ?? undefined) : undefined;
        case 'timespan':
            return typeof v === 'string' ? ((0,_engine_values_js__WEBPACK_IMPORTED_MODULE_0__.parseTimespan)(v) ?? undefined) : undefined;
        case 'dynamic':
            if (dynamicAsText && typeof v === 'string') {
                try {
                    return (0,_exact_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseExactJson */ .l)(v);
                }
                catch {
                    return v;
                }
            }
            return v;
    }
}
function describe(v) {
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object' && v !== null)
        return 'an object';
    return `a ${typeof v}`;
}
/**
 * Decode one row in place. `dynamicAsText`: dynamic cells arrive as JSON text
 * (QueryProperties and other metadata tables) instead of raw JSON (PrimaryResult).
 */
function decodeRow(raw, columns, table, rowIndex, dynamicAsText) {
    if (raw.length !== columns.length) {
        throw new DecodeError(`row ${rowIndex} of table ${table} has ${raw.length} values for ${columns.length} columns`);
    }
    const out = raw;
    for (let i = 0; i < columns.length; i++) {
        const col = columns[i];
        const value = decodeValue(raw[i], col.type, dynamicAsText);
        if (value === undefined) {
            // Only the shape, never the value: rows may hold user data.
            throw new DecodeError(`row ${rowIndex} of table ${table}: column ${col.name} (${col.type}) holds ${describe(raw[i])}`);
        }
        out[i] = value;
    }
    return out;
}


/***/ }),

/***/ 4654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseExactJson)
/* harmony export */ });
/* unused harmony export JsonSyntaxError */
/**
 * A small JSON parser that keeps integers exact: an integer literal outside
 * ±(2^53 - 1) becomes a bigint instead of a rounded number. JSON.parse in
 * Node 20 cannot show a reviver the source text, so the frame reader uses
 * this parser only for the rare pieces that hold such long digit runs.
 */
class JsonSyntaxError extends Error {
    name = 'JsonSyntaxError';
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
function parseExactJson(text) {
    let pos = 0;
    const fail = (what) => {
        throw new JsonSyntaxError(`${what} at offset ${pos}`);
    };
    const skip = () => {
        WHITESPACE.lastIndex = pos;
        WHITESPACE.exec(text);
        pos = WHITESPACE.lastIndex;
    };
    const parseString = () => {
        // Find the closing quote; strings without escapes are the common case.
        let end = pos + 1;
        for (;;) {
            const q = text.indexOf('"', end);
            if (q < 0)
                fail('unterminated string');
            let backslashes = 0;
            for (let k = q - 1; k > pos && text.charCodeAt(k) === 0x5c; k--)
                backslashes++;
            if (backslashes % 2 === 0) {
                end = q;
                break;
            }
            end = q + 1;
        }
        const raw = text.slice(pos, end + 1);
        pos = end + 1;
        try {
            return JSON.parse(raw);
        }
        catch {
            return fail('invalid string');
        }
    };
    const parseNumber = () => {
        NUMBER.lastIndex = pos;
        const m = NUMBER.exec(text);
        if (!m)
            return fail('invalid number');
        const raw = m[0];
        pos += raw.length;
        const n = Number(raw);
        if (/^-?\d+$/.test(raw) && !Number.isSafeInteger(n))
            return BigInt(raw);
        return n;
    };
    const parseValue = (depth) => {
        if (depth > 512)
            fail('nesting too deep');
        skip();
        const c = text[pos];
        if (c === '"')
            return parseString();
        if (c === '{') {
            pos++;
            const obj = {};
            skip();
            if (text[pos] === '}') {
                pos++;
                return obj;
            }
            for (;;) {
                skip();
                if (text[pos] !== '"')
                    fail('expected a key');
                const key = parseString();
                skip();
                if (text[pos++] !== ':')
                    fail('expected ":"');
                // Own property even for `__proto__`, which plain assignment would turn into the prototype.
                Object.defineProperty(obj, key, { value: parseValue(depth + 1), writable: true, enumerable: true, configurable: true });
                skip();
                const sep = text[pos++];
                if (sep === '}')
                    return obj;
                if (sep !== ',')
                    fail('expected "," or "}"');
            }
        }
        if (c === '[') {
            pos++;
            const arr = [];
            skip();
            if (text[pos] === ']') {
                pos++;
                return arr;
            }
            for (;;) {
                arr.push(parseValue(depth + 1));
                skip();
                const sep = text[pos++];
                if (sep === ']')
                    return arr;
                if (sep !== ',')
                    fail('expected "," or "]"');
            }
        }
        if (text.startsWith('true', pos))
            return ((pos += 4), true);
        if (text.startsWith('false', pos))
            return ((pos += 5), false);
        if (text.startsWith('null', pos))
            return ((pos += 4), null);
        return parseNumber();
    };
    const value = parseValue(0);
    skip();
    if (pos !== text.length)
        fail('unexpected text after the value');
    return value;
}


/***/ }),

/***/ 79781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ FrameSyntaxError),
/* harmony export */   t: () => (/* binding */ FrameReader)
/* harmony export */ });
/* harmony import */ var _exact_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4654);
/**
 * Incremental reader for the top-level v2 frame array. It scans bytes as they
 * arrive (strings, escapes, brackets only), cuts out each frame and, inside a
 * frame, the elements of its `Rows` array, and parses those pieces on their own
 * (the complete rows of one chunk with one JSON.parse). So a 64 MB PrimaryResult
 * is never held as one string: memory stays near the parsed rows. Pieces with an
 * integer of 16+ digits (a possible long beyond 2^53) go through the exact parser.
 */

class FrameSyntaxError extends Error {
    name = 'FrameSyntaxError';
}
var Phase;
(function (Phase) {
    Phase[Phase["Start"] = 0] = "Start";
    Phase[Phase["BetweenFrames"] = 1] = "BetweenFrames";
    Phase[Phase["InFrame"] = 2] = "InFrame";
    Phase[Phase["End"] = 3] = "End";
    Phase[Phase["TopObject"] = 4] = "TopObject";
})(Phase || (Phase = {}));
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const DOT = 0x2e;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const LONG_DIGIT_RUN = 16;
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function parseText(text, exact, what) {
    try {
        return exact ? (0,_exact_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseExactJson */ .l)(text) : JSON.parse(text);
    }
    catch (e) {
        throw new FrameSyntaxError(`invalid JSON in ${what}: ${e.message}`);
    }
}
const joined = (pieces) => (pieces.length === 1 ? pieces[0].toString('utf8') : Buffer.concat(pieces).toString('utf8'));
class FrameReader {
    onFrame;
    onRows;
    phase = Phase.Start;
    depth = 0;
    inString = false;
    escaped = false;
    digitRun = 0;
    beforeRun = 0;
    frameCount = 0;
    // The frame being read, without its Rows elements.
    skeleton = [];
    skeletonExact = false;
    // Key tracking at the frame-object level, to spot "Rows".
    expectKey = false;
    key = null;
    lastKey = '';
    inRows = false;
    sawRows = false;
    rows = [];
    // A row that started in an earlier chunk.
    carried = [];
    rowStart = -1;
    rowExact = false;
    // Complete rows of the current chunk, parsed together.
    batchStart = -1;
    batchEnd = -1;
    batchExact = false;
    // A top-level object (an error body served with 200, or a v1 response).
    topObject = [];
    // The fields of the current frame that precede its Rows, once rows stream.
    head = null;
    /**
     * `onFrame` gets each complete frame. With `onRows`, rows are handed over as
     * they are parsed (with the frame's fields seen before Rows) instead of being
     * collected into the frame, so a large table is never held twice.
     */
    constructor(onFrame, onRows) {
        this.onFrame = onFrame;
        this.onRows = onRows;
    }
    /** Feed the next chunk; throws FrameSyntaxError as soon as the structure is wrong. */
    push(buf) {
        if (this.phase === Phase.TopObject) {
            this.topObject.push(buf);
            return;
        }
        let skeletonStart = this.phase === Phase.InFrame && !this.inRows ? 0 : -1;
        this.rowStart = this.rowStart >= 0 ? 0 : -1;
        let nextBackslash = -1;
        const n = buf.length;
        let i = 0;
        while (i < n) {
            if (this.inString) {
                // Jump to the closing quote; a backslash before it escapes one byte.
                if (this.escaped) {
                    this.escaped = false;
                    i++;
                    continue;
                }
                const q = buf.indexOf(QUOTE, i);
                if (nextBackslash < i && nextBackslash !== n) {
                    nextBackslash = buf.indexOf(BACKSLASH, i);
                    if (nextBackslash < 0)
                        nextBackslash = n;
                }
                const end = q < 0 ? n : q;
                if (nextBackslash < end) {
                    if (this.key !== null)
                        this.key += buf.toString('latin1', i, nextBackslash + 2);
                    this.escaped = nextBackslash + 1 >= n;
                    i = nextBackslash + 2;
                    continue;
                }
                if (this.key !== null)
                    this.key += buf.toString('latin1', i, end);
                if (q < 0)
                    break;
                this.inString = false;
                if (this.key !== null) {
                    this.lastKey = this.key;
                    this.key = null;
                }
                i = q + 1;
                continue;
            }
            const c = buf[i];
            if (this.phase === Phase.InFrame) {
                if (c >= 0x30 && c <= 0x39) {
                    if (this.depth === 3 && this.inRows && this.rowStart < 0) {
                        throw new FrameSyntaxError(`a row of frame ${this.frameCount} is not an array`);
                    }
                    if (this.digitRun++ === 0)
                        this.beforeRun = i > 0 ? buf[i - 1] : 0;
                    i++;
                    continue;
                }
                if (this.digitRun >= LONG_DIGIT_RUN && this.beforeRun !== DOT && c !== DOT && c !== 0x65 && c !== 0x45) {
                    if (this.rowStart >= 0)
                        this.rowExact = true;
                    else
                        this.skeletonExact = true;
                }
                this.digitRun = 0;
                skeletonStart = this.inFrame(buf, i, c, skeletonStart);
                i++;
                continue;
            }
            const phase = this.outsideFrames(c, i === 0);
            if (phase === Phase.InFrame)
                skeletonStart = i;
            else if (phase === Phase.TopObject) {
                this.topObject.push(buf.subarray(i));
                return;
            }
            i++;
        }
        // Keep the unfinished pieces of this chunk.
        this.flushBatch(buf);
        if (this.phase === Phase.InFrame) {
            if (this.rowStart >= 0)
                this.carried.push(buf.subarray(this.rowStart));
            else if (skeletonStart >= 0)
                this.skeleton.push(buf.subarray(skeletonStart));
        }
    }
    /** A byte before, between or after the frames; returns the phase it leads to. */
    outsideFrames(c, first) {
        this.step(c, first);
        return this.phase;
    }
    step(c, first) {
        switch (this.phase) {
            case Phase.Start:
                if (isSpace(c) || (first && c === 0xef) || c === 0xbb || c === 0xbf)
                    return; // whitespace, UTF-8 BOM
                if (c === OPEN_ARRAY) {
                    this.depth = 1;
                    this.phase = Phase.BetweenFrames;
                    return;
                }
                if (c === OPEN_OBJECT) {
                    this.phase = Phase.TopObject;
                    return;
                }
                throw new FrameSyntaxError('the response is not JSON');
            case Phase.BetweenFrames:
                if (isSpace(c) || c === COMMA)
                    return;
                if (c === OPEN_OBJECT) {
                    this.phase = Phase.InFrame;
                    this.depth = 2;
                    this.skeleton = [];
                    this.skeletonExact = false;
                    this.expectKey = true;
                    this.lastKey = '';
                    this.rows = [];
                    this.sawRows = false;
                    this.head = null;
                    return;
                }
                if (c === CLOSE_ARRAY) {
                    this.depth = 0;
                    this.phase = Phase.End;
                    return;
                }
                throw new FrameSyntaxError(`frame ${this.frameCount} is not a JSON object`);
            default:
                if (isSpace(c))
                    return;
                throw new FrameSyntaxError('unexpected text after the frame array');
        }
    }
    /** One structural byte inside a frame; returns where the skeleton's current piece starts (-1: none). */
    inFrame(buf, i, c, skeletonStart) {
        if (this.inRows && this.depth === 3 && this.rowStart < 0) {
            // Between rows: separators, a new row, or the end of Rows.
            if (isSpace(c) || c === COMMA)
                return skeletonStart;
            if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
                this.depth = 4;
                this.rowStart = i;
                this.rowExact = false;
                return skeletonStart;
            }
            if (c === CLOSE_ARRAY) {
                this.flushBatch(buf);
                this.depth = 2;
                this.inRows = false;
                return i; // the skeleton resumes with this "]"
            }
            throw new FrameSyntaxError(`a row of frame ${this.frameCount} is not an array`);
        }
        if (c === QUOTE) {
            this.inString = true;
            if (this.depth === 2 && this.expectKey) {
                this.key = '';
                this.expectKey = false;
            }
            return skeletonStart;
        }
        if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
            this.depth++;
            if (this.depth === 3 && c === OPEN_ARRAY && this.lastKey === 'Rows' && !this.sawRows) {
                // Close the skeleton after "[" so the frame parses with Rows: [].
                this.skeleton.push(buf.subarray(skeletonStart, i + 1));
                this.inRows = true;
                this.sawRows = true;
                this.head = this.onRows ? this.parseHead() : null;
                return -1;
            }
            return skeletonStart;
        }
        if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
            this.depth--;
            if (this.rowStart >= 0 && this.depth === 3)
                this.endRow(buf, i);
            else if (this.depth === 1) {
                this.skeleton.push(buf.subarray(skeletonStart, i + 1));
                this.finishFrame();
                return -1;
            }
            return skeletonStart;
        }
        if (this.depth === 2 && c === COMMA) {
            this.expectKey = true;
            this.lastKey = '';
        }
        return skeletonStart;
    }
    /** The frame so far, closed after `"Rows":[`; null when it does not parse (the frame end will say why). */
    parseHead() {
        try {
            const text = `${joined(this.skeleton)}]}`;
            const head = this.skeletonExact ? (0,_exact_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseExactJson */ .l)(text) : JSON.parse(text);
            if (!head || typeof head !== 'object' || Array.isArray(head))
                return null;
            // Rows can be read only once the columns (or, for a fragment, the table) are known.
            return Array.isArray(head.Columns) || head.FrameType === 'TableFragment' ? head : null;
        }
        catch {
            return null;
        }
    }
    deliver(rows) {
        if (this.head && this.onRows)
            this.onRows(this.head, rows, this.frameCount);
        else
            for (const row of rows)
                this.rows.push(row);
    }
    endRow(buf, i) {
        if (this.carried.length > 0) {
            // A row that began in an earlier chunk: always the first to end in this one.
            this.carried.push(buf.subarray(0, i + 1));
            this.deliver([parseText(joined(this.carried), this.rowExact, `a row of frame ${this.frameCount}`)]);
            this.carried = [];
        }
        else {
            if (this.batchStart < 0)
                this.batchStart = this.rowStart;
            this.batchEnd = i + 1;
            this.batchExact ||= this.rowExact;
        }
        this.rowStart = -1;
    }
    flushBatch(buf) {
        if (this.batchStart < 0)
            return;
        const text = `[${buf.toString('utf8', this.batchStart, this.batchEnd)}]`;
        this.deliver(parseText(text, this.batchExact, `rows of frame ${this.frameCount}`));
        this.batchStart = -1;
        this.batchExact = false;
    }
    finishFrame() {
        const value = parseText(joined(this.skeleton), this.skeletonExact, `frame ${this.frameCount}`);
        this.skeleton = [];
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new FrameSyntaxError(`frame ${this.frameCount} is not a JSON object`);
        }
        if (this.sawRows)
            value.Rows = this.rows;
        this.rows = [];
        this.head = null;
        this.phase = Phase.BetweenFrames;
        this.onFrame(value, this.frameCount++);
    }
    /**
     * Call at the end of the body. Returns a top-level object when the body was
     * one (for example an error served with status 200); throws when the frame
     * array was cut off.
     */
    end() {
        if (this.phase === Phase.TopObject)
            return { topLevelObject: parseText(joined(this.topObject), true, 'the response'), frames: 0 };
        if (this.phase === Phase.Start)
            throw new FrameSyntaxError('the response body is empty');
        if (this.phase !== Phase.End)
            throw new FrameSyntaxError(`the response was cut off after ${this.frameCount} complete frames`);
        return { frames: this.frameCount };
    }
}


/***/ }),

/***/ 88196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ DEFAULT_LAKE_ENDPOINT),
/* harmony export */   TJ: () => (/* binding */ queryRefusal),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   sO: () => (/* binding */ resolveEndpoint)
/* harmony export */ });
/**
 * Checks made before any request leaves: the query is not a control command,
 * and the endpoint is one a bearer token may be sent to.
 */
const DEFAULT_LAKE_ENDPOINT = 'https://api.securityplatform.microsoft.com/lake/kql/v2/rest/query';
const LAKE_HOST = 'api.securityplatform.microsoft.com';
/**
 * The query's statements with comments and string literals blanked, so a `.` or
 * `;` inside them counts for nothing.
 */
function blankCommentsAndStrings(query) {
    let out = '';
    let i = 0;
    while (i < query.length) {
        const c = query[i];
        if (c === '/' && query[i + 1] === '/') {
            const end = query.indexOf('\n', i);
            i = end < 0 ? query.length : end;
            out += ' ';
            continue;
        }
        // Verbatim strings (@"..."), multi-line strings (```), and quoted strings.
        if (query.startsWith('```', i) || query.startsWith('~~~', i)) {
            const fence = query.slice(i, i + 3);
            const end = query.indexOf(fence, i + 3);
            i = end < 0 ? query.length : end + 3;
            out += '""';
            continue;
        }
        if (c === '"' || c === "'") {
            const verbatim = query[i - 1] === '@';
            let j = i + 1;
            while (j < query.length && query[j] !== c) {
                if (query[j] === '\\' && !verbatim)
                    j++;
                j++;
            }
            i = j + 1;
            out += '""';
            continue;
        }
        out += c;
        i++;
    }
    return out;
}
/** Why the query may not be sent, or null when it may. */
function queryRefusal(query) {
    if (query.trim() === '')
        return 'the query is empty';
    const statements = blankCommentsAndStrings(query).split(';');
    for (const s of statements) {
        const head = s.trimStart();
        if (head.startsWith('.')) {
            const command = /^\.[A-Za-z-]*(?:\s+[A-Za-z-]+)?/.exec(head)?.[0] ?? '.';
            return `control command "${command}" refused: lakeguard sends read-only queries only`;
        }
    }
    return null;
}
/** localhost, ::1 or 127.x.y.z. */
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host === '::1' || host === '0:0:0:0:0:0:0:1')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/**
 * The query URL for an endpoint input: a full URL is used as given; a base URL
 * without a path maps to the lake's `/lake/kql/v2/rest/query` on the lake host
 * and to `/v2/rest/query` elsewhere (ADX clusters, the emulator). Tokens go only
 * over https, or over http to a loopback host.
 */
function resolveEndpoint(endpoint) {
    let url;
    try {
        url = new URL(endpoint ?? DEFAULT_LAKE_ENDPOINT);
    }
    catch {
        return { ok: false, reason: `endpoint is not a URL` };
    }
    if (url.username || url.password)
        return { ok: false, reason: 'endpoint must not carry credentials in the URL' };
    if (url.protocol === 'http:') {
        if (!isLoopback(url.hostname)) {
            return {
                ok: false,
                reason: `refusing to send a token over plain http to ${url.hostname}: use https, or http only to a loopback host (127.0.0.1, ::1, localhost)`,
            };
        }
    }
    else if (url.protocol !== 'https:') {
        return { ok: false, reason: `unsupported endpoint scheme ${url.protocol} (use https)` };
    }
    if (url.pathname === '/' || url.pathname === '') {
        url.pathname = url.hostname.toLowerCase() === LAKE_HOST ? '/lake/kql/v2/rest/query' : '/v2/rest/query';
    }
    url.hash = '';
    return { ok: true, url };
}


/***/ }),

/***/ 4419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_LAKE_ENDPOINT: () => (/* reexport */ guards/* DEFAULT_LAKE_ENDPOINT */.I7),
  DEFAULT_MAX_RESPONSE_BYTES: () => (/* reexport */ query/* DEFAULT_MAX_RESPONSE_BYTES */.fe),
  DEFAULT_RETRY: () => (/* reexport */ retry/* DEFAULT_RETRY */.vI),
  DEFAULT_SERVER_TIMEOUT_MS: () => (/* reexport */ query/* DEFAULT_SERVER_TIMEOUT_MS */.tm),
  DEFAULT_TIMEOUT_GRACE_MS: () => (/* reexport */ query/* DEFAULT_TIMEOUT_GRACE_MS */.Ic),
  DataSetAssembler: () => (/* reexport */ dataset/* DataSetAssembler */.T),
  FrameReader: () => (/* reexport */ frame_reader/* FrameReader */.t),
  FrameSyntaxError: () => (/* reexport */ frame_reader/* FrameSyntaxError */.d),
  LakeError: () => (/* reexport */ types/* LakeError */.m),
  backoffDelay: () => (/* reexport */ retry/* backoffDelay */.EY),
  createLakeClient: () => (/* reexport */ createLakeClient),
  defaultDispatcher: () => (/* reexport */ query/* defaultDispatcher */.bA),
  parseExactJson: () => (/* reexport */ exact_json/* parseExactJson */.l),
  parseRetryAfter: () => (/* reexport */ retry/* parseRetryAfter */.mu),
  queryLake: () => (/* reexport */ query/* queryLake */.CQ),
  queryRefusal: () => (/* reexport */ guards/* queryRefusal */.TJ),
  requestBody: () => (/* reexport */ query/* requestBody */.IO),
  resolveEndpoint: () => (/* reexport */ guards/* resolveEndpoint */.sO)
});

// EXTERNAL MODULE: ../../main/node_modules/undici/index.js
var undici = __webpack_require__(64718);
// EXTERNAL MODULE: ./src/lake/client/query.ts + 1 modules
var query = __webpack_require__(66173);
;// CONCATENATED MODULE: ./src/lake/client/client.ts
/**
 * A lake client for a run: one connection pool shared by every query and a
 * limit on how many queries are in flight at once.
 */


function createLakeClient(options) {
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
    const ownAgent = options.dispatcher ? undefined : new undici/* Agent */.g6({ keepAliveTimeout: 30_000, connections: concurrency });
    const shared = { ...options, dispatcher: options.dispatcher ?? ownAgent };
    let running = 0;
    let pending = 0;
    const waiting = [];
    const acquire = async () => {
        if (running < concurrency) {
            running++;
            return;
        }
        // The releasing query hands its slot over, so `running` stays the same.
        await new Promise((resolve) => waiting.push(resolve));
    };
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            running--;
    };
    return {
        async query(request, overrides) {
            pending++;
            try {
                await acquire();
                try {
                    return await (0,query/* queryLake */.CQ)(request, { ...shared, ...overrides });
                }
                finally {
                    release();
                }
            }
            finally {
                pending--;
            }
        },
        get pending() {
            return pending;
        },
        async close() {
            await ownAgent?.close();
        },
    };
}

// EXTERNAL MODULE: ./src/lake/client/guards.ts
var guards = __webpack_require__(88196);
// EXTERNAL MODULE: ./src/lake/client/retry.ts
var retry = __webpack_require__(65334);
// EXTERNAL MODULE: ./src/lake/client/frame-reader.ts
var frame_reader = __webpack_require__(79781);
// EXTERNAL MODULE: ./src/lake/client/dataset.ts
var dataset = __webpack_require__(27444);
// EXTERNAL MODULE: ./src/lake/client/exact-json.ts
var exact_json = __webpack_require__(4654);
// EXTERNAL MODULE: ./src/lake/client/types.ts
var types = __webpack_require__(17085);
;// CONCATENATED MODULE: ./src/lake/client/index.ts
/** The lake query client: the request of PROTOCOL.md, retries, the v2 frame parser, failure kinds. */










/***/ }),

/***/ 66173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ DEFAULT_MAX_RESPONSE_BYTES),
  tm: () => (/* binding */ DEFAULT_SERVER_TIMEOUT_MS),
  Ic: () => (/* binding */ DEFAULT_TIMEOUT_GRACE_MS),
  bA: () => (/* binding */ defaultDispatcher),
  CQ: () => (/* binding */ queryLake),
  IO: () => (/* binding */ requestBody)
});

// UNUSED EXPORTS: formatServerTimeout

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ../../main/node_modules/undici/index.js
var undici = __webpack_require__(64718);
// EXTERNAL MODULE: ./src/lake/client/classify.ts
var classify = __webpack_require__(77792);
// EXTERNAL MODULE: ./src/lake/client/dataset.ts
var client_dataset = __webpack_require__(27444);
// EXTERNAL MODULE: ./src/lake/client/decode.ts
var decode = __webpack_require__(66992);
// EXTERNAL MODULE: ./src/lake/client/exact-json.ts
var exact_json = __webpack_require__(4654);
// EXTERNAL MODULE: ./src/lake/client/frame-reader.ts
var frame_reader = __webpack_require__(79781);
// EXTERNAL MODULE: ./src/lake/client/retry.ts
var retry = __webpack_require__(65334);
;// CONCATENATED MODULE: ./src/lake/client/attempt.ts
/**
 * One HTTP attempt: POST, then read the body as a stream under a byte cap,
 * feeding the frame reader as bytes arrive. A deadline covers the whole
 * attempt (headers and body), so a hung server cannot hang the run.
 */







/** Error bodies are small; read at most this much of one. */
const ERROR_BODY_CAP = 1024 * 1024;
class DeadlineExceeded extends Error {
}
class TooLarge extends Error {
}
async function runAttempt(input) {
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(new DeadlineExceeded()), input.timeoutMs);
    const onOuterAbort = () => controller.abort(input.signal.reason);
    input.signal?.addEventListener('abort', onOuterAbort, { once: true });
    let bytes = 0;
    let response;
    try {
        response = await (0,undici/* request */.Em)(input.url, {
            dispatcher: input.dispatcher,
            method: 'POST',
            headers: input.headers,
            body: input.body,
            signal: controller.signal,
            headersTimeout: input.timeoutMs,
            bodyTimeout: input.timeoutMs,
        });
        const status = response.statusCode;
        if (status < 200 || status >= 300) {
            const { text, size } = await readSmall(response.body, ERROR_BODY_CAP);
            bytes = size;
            const retryAfter = (0,retry/* parseRetryAfter */.mu)(response.headers['retry-after'], Date.now());
            return { ok: false, bytes, failure: (0,classify/* classifyHttpError */.nW)(status, '', tryParse(text), retryAfter) };
        }
        const assembler = new client_dataset/* DataSetAssembler */.T(input.retain);
        const reader = new frame_reader/* FrameReader */.t((frame, index) => assembler.onFrame(frame, index), (head, rows, index) => assembler.rows(head, rows, index));
        for await (const chunk of response.body) {
            bytes += chunk.length;
            if (bytes > input.maxResponseBytes)
                throw new TooLarge();
            reader.push(chunk);
        }
        const end = reader.end();
        if (end.topLevelObject !== undefined) {
            const failure = (0,classify/* classifyHttpError */.nW)(status, '', end.topLevelObject, undefined);
            if (failure.serviceCode === undefined) {
                return {
                    ok: false,
                    bytes,
                    failure: { kind: 'malformed', cause: 'malformed response: a JSON object instead of the v2 frame array', retryable: false },
                };
            }
            return { ok: false, bytes, failure };
        }
        const dataset = assembler.finish();
        if (dataset.problems.length > 0 || dataset.cancelled)
            return { ok: false, bytes, failure: (0,classify/* classifyProblems */.rY)(dataset.problems, dataset.cancelled) };
        return { ok: true, dataset, bytes };
    }
    catch (error) {
        response?.body.destroy();
        return { ok: false, bytes, failure: attemptError(error, controller.signal, input) };
    }
    finally {
        clearTimeout(deadline);
        input.signal?.removeEventListener('abort', onOuterAbort);
    }
}
function attemptError(error, signal, input) {
    if (error instanceof TooLarge) {
        return {
            kind: 'too-large',
            cause: `response too large: more than ${input.maxResponseBytes} bytes (the client's cap; narrow the query or raise the cap)`,
            retryable: false,
        };
    }
    if (error instanceof frame_reader/* FrameSyntaxError */.d || error instanceof decode/* DecodeError */.Xc) {
        return { kind: 'malformed', cause: `malformed response: ${error.message}`, retryable: false };
    }
    if (signal.aborted && signal.reason instanceof DeadlineExceeded) {
        return {
            kind: 'timeout',
            cause: `no complete answer within ${Math.round(input.timeoutMs / 1000)} s (servertimeout + grace)`,
            retryable: false,
        };
    }
    if (input.signal?.aborted)
        return { kind: 'network', cause: 'the query was cancelled', retryable: false };
    return (0,classify/* classifyNetworkError */.LW)(error);
}
function tryParse(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return (0,exact_json/* parseExactJson */.l)(text);
    }
    catch {
        return undefined;
    }
}
/** Read up to `cap` bytes of a body as text and drop the rest. */
async function readSmall(body, cap) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > cap) {
            body.destroy();
            break;
        }
        chunks.push(chunk);
    }
    return { text: Buffer.concat(chunks).toString('utf8'), size };
}

// EXTERNAL MODULE: ./src/lake/client/guards.ts
var guards = __webpack_require__(88196);
// EXTERNAL MODULE: ./src/lake/client/types.ts
var types = __webpack_require__(17085);
;// CONCATENATED MODULE: ./src/lake/client/query.ts
/**
 * `queryLake`: guards, the request of PROTOCOL.md, retries with backoff, and
 * the complete result, or a LakeError naming the cause and the request id.
 */







const DEFAULT_SERVER_TIMEOUT_MS = 4 * 60_000;
const DEFAULT_TIMEOUT_GRACE_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024 + 4 * 1024 * 1024;
let sharedAgent;
/** The process-wide connection pool used when the caller passes none. */
function defaultDispatcher() {
    sharedAgent ??= new undici/* Agent */.g6({ keepAliveTimeout: 30_000, connections: 16 });
    return sharedAgent;
}
/** `[d.]hh:mm:ss` for servertimeout. */
function formatServerTimeout(ms) {
    const total = Math.max(1, Math.ceil(ms / 1000));
    const days = Math.floor(total / 86400);
    const two = (n) => String(n).padStart(2, '0');
    const hms = `${two(Math.floor((total % 86400) / 3600))}:${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}`;
    return days > 0 ? `${days}.${hms}` : hms;
}
const iso = (d) => (typeof d === 'string' ? d : d.toISOString());
/** The JSON body of the query request. */
function requestBody(req) {
    const options = {
        servertimeout: formatServerTimeout(req.serverTimeoutMs ?? DEFAULT_SERVER_TIMEOUT_MS),
        request_readonly: true,
    };
    if (req.maxRecords !== undefined)
        options.truncationmaxrecords = req.maxRecords;
    if (req.maxSize !== undefined)
        options.truncationmaxsize = req.maxSize;
    if (req.now !== undefined)
        options.query_now = iso(req.now);
    if (req.timeScope) {
        options.query_datetimescope_column = req.timeScope.column;
        options.query_datetimescope_from = iso(req.timeScope.from);
        options.query_datetimescope_to = iso(req.timeScope.to);
    }
    return JSON.stringify({ csl: req.query, db: req.database, properties: { Options: options } });
}
/** Run one read-only query; resolves only with a complete result. */
async function queryLake(req, options) {
    const refusal = (0,guards/* queryRefusal */.TJ)(req.query);
    if (refusal)
        throw new types/* LakeError */.m('refused', `refused: ${refusal}`, { attempts: 0 });
    const endpoint = (0,guards/* resolveEndpoint */.sO)(options.endpoint);
    if (!endpoint.ok)
        throw new types/* LakeError */.m('refused', `refused: ${endpoint.reason}`, { attempts: 0 });
    const policy = { ...retry/* DEFAULT_RETRY */.vI, ...options.retry };
    const clock = options.clock ?? Date.now;
    const sleep = options.sleep ?? retry/* abortableSleep */.Mf;
    const random = options.random ?? Math.random;
    const uuid = options.uuid ?? external_node_crypto_.randomUUID;
    const dispatcher = options.dispatcher ?? defaultDispatcher();
    const timeoutMs = (req.serverTimeoutMs ?? DEFAULT_SERVER_TIMEOUT_MS) + (options.timeoutGraceMs ?? DEFAULT_TIMEOUT_GRACE_MS);
    const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const body = requestBody(req);
    const started = clock();
    const secrets = [];
    let delay = 0;
    let requestId = '';
    let last;
    for (let attempt = 1;; attempt++) {
        requestId = `lakeguard;${uuid()}`;
        options.onAttempt?.({ attempt, requestId, delayBeforeMs: delay });
        const fail = (f, bytes) => new types/* LakeError */.m(f.kind, (0,classify/* safeLine */.om)(`${f.cause} (request id ${requestId}, ${attempt} attempt${attempt === 1 ? '' : 's'})`, secrets), {
            requestId,
            attempts: attempt,
            httpStatus: f.httpStatus,
            serviceCode: f.serviceCode,
            bytes,
            durationMs: clock() - started,
        });
        let token;
        try {
            token = await options.token();
        }
        catch (e) {
            throw fail({ kind: 'unauthorized', cause: `could not get an access token: ${e?.message ?? String(e)}`, retryable: false });
        }
        if (typeof token !== 'string' || token.trim() === '')
            throw fail({ kind: 'unauthorized', cause: 'the token provider returned no token', retryable: false });
        secrets.push(token);
        const remaining = policy.totalBudgetMs - (clock() - started);
        last = await runAttempt({
            url: endpoint.url,
            dispatcher,
            headers: {
                authorization: `Bearer ${token}`,
                'content-type': 'application/json; charset=utf-8',
                accept: 'application/json',
                'x-ms-client-request-id': requestId,
                'x-ms-app': 'lakeguard',
            },
            body,
            timeoutMs: Math.max(1, Math.min(timeoutMs, remaining)),
            maxResponseBytes,
            signal: options.signal,
            clock,
            retain: req.retain,
        });
        if (last.ok)
            return toResult(last.dataset, last.bytes, clock() - started, requestId, attempt);
        const failure = last.failure;
        if (!failure.retryable || attempt >= policy.maxAttempts || options.signal?.aborted)
            throw fail(withExhausted(failure, attempt), last.bytes);
        if (failure.retryAfterMs !== undefined && failure.retryAfterMs > policy.maxRetryAfterMs) {
            throw fail({
                ...failure,
                cause: `${failure.cause}; Retry-After ${Math.round(failure.retryAfterMs / 1000)} s exceeds the ${Math.round(policy.maxRetryAfterMs / 1000)} s cap`,
            }, last.bytes);
        }
        delay = failure.retryAfterMs ?? (0,retry/* backoffDelay */.EY)(policy, attempt, random);
        if (clock() - started + delay >= policy.totalBudgetMs) {
            throw fail({ ...failure, cause: `${failure.cause}; the ${Math.round(policy.totalBudgetMs / 1000)} s retry budget is spent` }, last.bytes);
        }
        try {
            await sleep(delay, options.signal);
        }
        catch {
            throw fail({ kind: 'network', cause: 'the query was cancelled', retryable: false }, last.bytes);
        }
    }
}
function withExhausted(f, attempt) {
    return f.retryable && attempt > 1 ? { ...f, cause: `${f.cause}; retries exhausted` } : f;
}
function toResult(dataset, bytes, durationMs, requestId, attempts) {
    const primaries = dataset.tables.filter((t) => t.kind === 'PrimaryResult');
    const primary = primaries[0];
    if (!primary) {
        throw new types/* LakeError */.m('malformed', `malformed response: no PrimaryResult table (request id ${requestId}, ${attempts} attempt${attempts === 1 ? '' : 's'})`, {
            requestId,
            attempts,
            bytes,
            durationMs,
        });
    }
    const queryProperties = dataset.tables
        .filter((t) => t.kind === 'QueryProperties')
        .flatMap((t) => t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c.name, row[i] ?? null]))));
    const consumption = dataset.completion.find((e) => e.eventType === 'QueryResourceConsumption');
    return {
        columns: keptColumns(primary),
        rows: primary.rows,
        rowCount: primary.rowCount,
        allColumns: primary.columns,
        bytes,
        durationMs,
        requestId,
        attempts,
        tableName: primary.name,
        queryProperties,
        completion: dataset.completion,
        serverExecutionSeconds: consumption ? executionSeconds(consumption.payload) : undefined,
        moreTables: primaries.slice(1).map((t) => ({ name: t.name, columns: keptColumns(t), rows: t.rows, rowCount: t.rowCount })),
    };
}
const keptColumns = (t) => (t.keep ? t.keep.map((i) => t.columns[i]) : t.columns);
/** `ExecutionTime` (seconds) from a QueryResourceConsumption payload. */
function executionSeconds(payload) {
    try {
        const value = JSON.parse(payload).ExecutionTime;
        return typeof value === 'number' ? value : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 65334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Mf: () => (/* binding */ abortableSleep),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
const DEFAULT_RETRY = {
    maxAttempts: 4,
    totalBudgetMs: 10 * 60_000,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    maxRetryAfterMs: 60_000,
};
/** `Retry-After` as delay-seconds or an HTTP date, in ms from `nowMs`; undefined when absent or unreadable. */
function parseRetryAfter(header, nowMs) {
    const value = Array.isArray(header) ? header[0] : header;
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
/** Backoff before retry number `retry` (1 = the first retry): half fixed, half random ("equal jitter"). */
function backoffDelay(policy, retry, random) {
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    return Math.round(exp / 2 + (exp / 2) * random());
}
/** A wait that ends early (rejecting) when the signal aborts. */
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 17085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ LakeError)
/* harmony export */ });
/** A query that produced no complete answer. `message` is one line, names the cause and the request id, holds no secret. */
class LakeError extends Error {
    kind;
    details;
    name = 'LakeError';
    constructor(kind, message, details) {
        super(message);
        this.kind = kind;
        this.details = details;
    }
    get requestId() {
        return this.details.requestId;
    }
    get attempts() {
        return this.details.attempts;
    }
}


/***/ })

};
