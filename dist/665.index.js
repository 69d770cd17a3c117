export const id = 665;
export const ids = [665,367];
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


/***/ })

};
