export const id = 417;
export const ids = [417,839,991,367,665];
export const modules = {

/***/ 18727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ ticksOf),
/* harmony export */   Hd: () => (/* binding */ daysFromCivil),
/* harmony export */   L3: () => (/* binding */ daysInMonth),
/* harmony export */   Ng: () => (/* binding */ civilOf),
/* harmony export */   OU: () => (/* binding */ TICKS_PER_HOUR),
/* harmony export */   PS: () => (/* binding */ addMonths),
/* harmony export */   U$: () => (/* binding */ dayNumber),
/* harmony export */   Y_: () => (/* binding */ TICKS_PER_MINUTE),
/* harmony export */   ed: () => (/* binding */ isoWeek),
/* harmony export */   jr: () => (/* binding */ weekday),
/* harmony export */   r4: () => (/* binding */ inRange),
/* harmony export */   rb: () => (/* binding */ timeOfDay),
/* harmony export */   vb: () => (/* binding */ dayOfYear)
/* harmony export */ });
/* unused harmony exports MIN_TICKS, END_TICKS, civilFromDays, isLeap */
/* harmony import */ var _refusal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3367);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1665);
/**
 * Proleptic Gregorian calendar arithmetic on datetime ticks (100 ns since the
 * Unix epoch), UTC only. Kusto's datetime range is 0001-01-01 through
 * 9999-12-31 23:59:59.9999999; a result outside it is refused.
 */


const TICKS_PER_HOUR = 3600n * _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_SECOND;
const TICKS_PER_MINUTE = 60n * _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_SECOND;
/** 0001-01-01T00:00:00Z and one tick past 9999-12-31T23:59:59.9999999Z. */
const MIN_TICKS = -62135596800n * _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_SECOND;
const END_TICKS = 253402300800n * _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_SECOND;
/** Days since 1970-01-01 of a civil date (month 1..12). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** The civil date of a day count since 1970-01-01. */
function civilFromDays(days) {
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day };
}
function isLeap(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in a month (1..12); the fixture loader calls it per value, so no array per call. */
function daysInMonth(year, month) {
    return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1];
}
/** Floor division of ticks into whole days (negative ticks round down). */
function dayNumber(ticks) {
    const q = ticks / _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_DAY;
    return Number(ticks % _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_DAY < 0n ? q - 1n : q);
}
/** Ticks into the day, 0 .. TICKS_PER_DAY - 1. */
function timeOfDay(ticks) {
    return ((ticks % _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_DAY) + _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_DAY) % _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_DAY;
}
function civilOf(ticks) {
    return civilFromDays(dayNumber(ticks));
}
/** Ticks at midnight of a civil date. */
function ticksOf(year, month, day) {
    return BigInt(daysFromCivil(year, month, day)) * _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_DAY;
}
/** Refuse a datetime outside Kusto's range rather than produce it. */
function inRange(ticks, what) {
    if (ticks < MIN_TICKS || ticks >= END_TICKS)
        throw new _refusal_js__WEBPACK_IMPORTED_MODULE_0__.Unsupported(`${what} outside the datetime range 0001..9999`);
    return ticks;
}
/** Sunday = 0 … Saturday = 6 (1970-01-01 was a Thursday). */
function weekday(ticks) {
    return (((dayNumber(ticks) + 4) % 7) + 7) % 7;
}
/** Day of the year, 1..366. */
function dayOfYear(ticks) {
    const { year } = civilOf(ticks);
    return dayNumber(ticks) - daysFromCivil(year, 1, 1) + 1;
}
/** ISO 8601 week number: the week holding the year's first Thursday is week 1. */
function isoWeek(ticks) {
    const isoDay = weekday(ticks) === 0 ? 7 : weekday(ticks);
    const thursday = BigInt(dayNumber(ticks) + 4 - isoDay) * _values_js__WEBPACK_IMPORTED_MODULE_1__.TICKS_PER_DAY;
    return Math.floor((dayOfYear(thursday) - 1) / 7) + 1;
}
/** Add whole months, refusing when the day would have to be clamped (undocumented). */
function addMonths(ticks, months, what) {
    const { year, month, day } = civilOf(ticks);
    const index = year * 12 + (month - 1) + months;
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    if (day > daysInMonth(y, m))
        throw new _refusal_js__WEBPACK_IMPORTED_MODULE_0__.Unsupported(`${what} landing past the end of a month`);
    if (y < 1 || y > 9999)
        throw new _refusal_js__WEBPACK_IMPORTED_MODULE_0__.Unsupported(`${what} outside the datetime range 0001..9999`);
    return ticksOf(y, m, day) + timeOfDay(ticks);
}


/***/ }),

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

/***/ 17991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   columnData: () => (/* binding */ columnData),
/* harmony export */   emptyTable: () => (/* binding */ emptyTable),
/* harmony export */   filterRows: () => (/* binding */ filterRows),
/* harmony export */   makeTable: () => (/* binding */ makeTable),
/* harmony export */   pickRows: () => (/* binding */ pickRows),
/* harmony export */   rowsOf: () => (/* binding */ rowsOf),
/* harmony export */   tableFromRows: () => (/* binding */ tableFromRows),
/* harmony export */   toColumnar: () => (/* binding */ toColumnar),
/* harmony export */   vectorOf: () => (/* binding */ vectorOf)
/* harmony export */ });
/* harmony import */ var _vectors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45839);

function emptyTable(columns) {
    return { columns, data: columns.map(() => []), rowCount: 0 };
}
/** Column c of a table without materializing a vector. */
function columnData(table, c) {
    return table.vectors?.[c] ?? table.data[c];
}
/** Column c's vector, if it is held as one. */
function vectorOf(table, c) {
    return table.vectors?.[c];
}
/** A table from columns of plain values or vectors; vector columns materialize lazily. */
function makeTable(columns, cols, rowCount) {
    if (!cols.some((c) => !Array.isArray(c)))
        return { columns, data: cols, rowCount };
    const data = [];
    const vectors = [];
    cols.forEach((col, c) => {
        if (Array.isArray(col)) {
            data.push(col);
            vectors.push(undefined);
            return;
        }
        vectors.push(col);
        let cached;
        data.push([]);
        Object.defineProperty(data, c, {
            get: () => (cached ??= (0,_vectors_js__WEBPACK_IMPORTED_MODULE_0__.materialize)(col)),
            // An assignment replaces the column with plain values (vectors[c] no longer applies).
            set(values) {
                vectors[c] = undefined;
                Object.defineProperty(data, c, { value: values, writable: true, enumerable: true, configurable: true });
            },
            enumerable: true,
            configurable: true,
        });
    });
    return { columns, data, rowCount, vectors };
}
/** Hold the string, datetime, timespan, int and long columns of a plain table as vectors. */
function toColumnar(table) {
    const cols = table.columns.map((column, c) => table.vectors?.[c] ?? (0,_vectors_js__WEBPACK_IMPORTED_MODULE_0__.vectorize)(table.data[c], column.type) ?? table.data[c]);
    return makeTable(table.columns, cols, table.rowCount);
}
/** Build a table from rows (arrays in column order). */
function tableFromRows(columns, rows) {
    const data = columns.map((_, c) => rows.map((row) => row[c]));
    return { columns, data, rowCount: rows.length };
}
/** The rows of a table, in order. */
function rowsOf(table) {
    const rows = [];
    const data = table.columns.map((_, c) => table.data[c]);
    for (let r = 0; r < table.rowCount; r++)
        rows.push(data.map((col) => col[r]));
    return rows;
}
/** Keep the rows whose index passes `keep`. */
function filterRows(table, keep) {
    const picked = [];
    for (let r = 0; r < table.rowCount; r++)
        if (keep(r))
            picked.push(r);
    return pickRows(table, picked);
}
/**
 * The rows `rows` of a table, in that order. A table held as vectors gives a table whose
 * columns are gathered on first use: a filter over a wide table copies only the columns
 * that later operators read.
 */
function pickRows(table, rows) {
    if (!table.vectors)
        return { columns: table.columns, data: table.data.map((col) => rows.map((r) => col[r])), rowCount: rows.length };
    const source = table.vectors;
    const data = [];
    const vectors = [];
    table.columns.forEach((_, c) => {
        const v = source[c];
        let vector;
        let values;
        const gathered = () => (vector ??= (0,_vectors_js__WEBPACK_IMPORTED_MODULE_0__.gather)(v, rows));
        data.push([]);
        vectors.push(undefined);
        const plain = () => {
            if (values)
                return values;
            if (v)
                return (values = (0,_vectors_js__WEBPACK_IMPORTED_MODULE_0__.materialize)(gathered()));
            const col = table.data[c];
            return (values = rows.map((r) => col[r]));
        };
        Object.defineProperty(data, c, {
            get: plain,
            // An assignment replaces the column with plain values (vectors[c] no longer applies).
            set(next) {
                Object.defineProperty(vectors, c, { value: undefined, writable: true, enumerable: true, configurable: true });
                Object.defineProperty(data, c, { value: next, writable: true, enumerable: true, configurable: true });
            },
            enumerable: true,
            configurable: true,
        });
        if (v)
            Object.defineProperty(vectors, c, { get: gathered, enumerable: true, configurable: true });
    });
    return { columns: table.columns, data, rowCount: rows.length, vectors };
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

/***/ 45839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NumberBuilder: () => (/* binding */ NumberBuilder),
/* harmony export */   PlainBuilder: () => (/* binding */ PlainBuilder),
/* harmony export */   StringBuilder: () => (/* binding */ StringBuilder),
/* harmony export */   TicksBuilder: () => (/* binding */ TicksBuilder),
/* harmony export */   builderFor: () => (/* binding */ builderFor),
/* harmony export */   flatString: () => (/* binding */ flatString),
/* harmony export */   gather: () => (/* binding */ gather),
/* harmony export */   materialize: () => (/* binding */ materialize),
/* harmony export */   occursAt: () => (/* binding */ occursAt),
/* harmony export */   splitTicks: () => (/* binding */ splitTicks),
/* harmony export */   ticksAt: () => (/* binding */ ticksAt),
/* harmony export */   vectorLength: () => (/* binding */ vectorLength),
/* harmony export */   vectorize: () => (/* binding */ vectorize)
/* harmony export */ });
function vectorLength(v) {
    return v.kind === 'string' ? v.codes.length : v.kind === 'ticks' ? v.ms.length : v.values.length;
}
const TICKS_PER_MS = 10000n;
/** The ticks of one element (null for null). */
function ticksAt(v, r) {
    const ms = v.ms[r];
    if (ms !== ms)
        return null;
    return BigInt(ms) * TICKS_PER_MS + BigInt(v.sub[r]);
}
/** Split ticks into [ms, sub]. */
function splitTicks(ticks) {
    let ms = ticks / TICKS_PER_MS;
    let sub = ticks - ms * TICKS_PER_MS;
    if (sub < 0n) {
        ms -= 1n;
        sub += TICKS_PER_MS;
    }
    return [Number(ms), Number(sub)];
}
/** The plain values of a vector. */
function materialize(v) {
    const n = vectorLength(v);
    const out = new Array(n);
    if (v.kind === 'string') {
        const { codes, dict } = v;
        for (let r = 0; r < n; r++)
            out[r] = dict[codes[r]];
    }
    else if (v.kind === 'ticks') {
        const { ms, sub } = v;
        for (let r = 0; r < n; r++) {
            const m = ms[r];
            out[r] = m !== m ? null : BigInt(m) * TICKS_PER_MS + BigInt(sub[r]);
        }
    }
    else {
        const { values } = v;
        for (let r = 0; r < n; r++) {
            const x = values[r];
            out[r] = x !== x ? null : x;
        }
    }
    return out;
}
/** The rows `rows` of a vector, in that order. */
function gather(v, rows) {
    const n = rows.length;
    if (v.kind === 'string') {
        const codes = new Int32Array(n);
        const src = v.codes;
        for (let i = 0; i < n; i++)
            codes[i] = src[rows[i]];
        return { kind: 'string', codes, dict: v.dict };
    }
    if (v.kind === 'ticks') {
        const ms = new Float64Array(n);
        const sub = new Uint16Array(n);
        const sm = v.ms;
        const ss = v.sub;
        for (let i = 0; i < n; i++) {
            const r = rows[i];
            ms[i] = sm[r];
            sub[i] = ss[r];
        }
        return { kind: 'ticks', ms, sub };
    }
    const values = new Float64Array(n);
    const src = v.values;
    for (let i = 0; i < n; i++)
        values[i] = src[rows[i]];
    return { kind: 'number', values };
}
const INITIAL = 1024;
function grow(a, need) {
    if (need <= a.length)
        return a;
    const next = new a.constructor(Math.max(need, a.length * 2));
    next.set(a);
    return next;
}
/**
 * Whether `s` occurs in `text` at `start` (text has room for it). A loop over code
 * units: String.prototype.startsWith with a position is several times slower in V8
 * when it matches inside a long text.
 */
function occursAt(text, start, s) {
    for (let k = 0; k < s.length; k++)
        if (text.charCodeAt(start + k) !== s.charCodeAt(k))
            return false;
    return true;
}
/**
 * A string with the same code units held as one flat sequence. V8 keeps a long slice of a
 * string as a view of the whole (which would keep a file's chunk alive) and a concatenation
 * as a tree of pieces; both read slower, character by character, than a flat string, and a
 * dictionary compares its entries that way. JSON round-trips every string exactly (lone
 * surrogates included); shorter strings are always flat copies already.
 */
function flatString(s) {
    return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}
/** A per-process start for the hash, so no fixture can be written to make every string collide (codes do not depend on it). */
const SEED = (Math.random() * 0x100000000) | 0;
/** FNV-1a over the UTF-16 code units of text[start, end), seeded. */
function hashRange(text, start, end) {
    let h = 0x811c9dc5 ^ SEED;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h | 0;
}
/**
 * Strings: codes into a dictionary built as values arrive. The index is an open-addressing
 * hash table over the strings' code units, so a value read from a chunk of a file is looked
 * up in place (no slice, no string made) and copied only when it is new.
 */
class StringBuilder {
    codes = new Int32Array(INITIAL);
    dict = [];
    /** hashes[code]: the hash of dict[code]. */
    hashes = new Int32Array(INITIAL);
    /** Open-addressing slots holding code + 1 (0: empty); the size is a power of two. */
    slots = new Int32Array(INITIAL * 2);
    length = 0;
    /** The code of text[start, end), or -1 when it is not in the dictionary (h: its hash). */
    find(text, start, end, h) {
        const slots = this.slots;
        const mask = slots.length - 1;
        const n = end - start;
        for (let i = h & mask;; i = (i + 1) & mask) {
            const e = slots[i];
            if (e === 0)
                return -1;
            const code = e - 1;
            if (this.hashes[code] === h) {
                const s = this.dict[code];
                if (s.length === n && occursAt(text, start, s))
                    return code;
            }
        }
    }
    add(s, h) {
        const code = this.dict.length;
        this.dict.push(flatString(s));
        if (code === this.hashes.length)
            this.hashes = grow(this.hashes, code + 1);
        this.hashes[code] = h;
        if ((code + 1) * 2 > this.slots.length)
            this.rehash(this.slots.length * 2);
        else
            this.place(code);
        return code;
    }
    place(code) {
        const slots = this.slots;
        const mask = slots.length - 1;
        let i = this.hashes[code] & mask;
        while (slots[i] !== 0)
            i = (i + 1) & mask;
        slots[i] = code + 1;
    }
    rehash(size) {
        this.slots = new Int32Array(size);
        for (let code = 0; code < this.dict.length; code++)
            this.place(code);
    }
    /** The code of `s`, added to the dictionary when new. */
    code(s) {
        const h = hashRange(s, 0, s.length);
        const c = this.find(s, 0, s.length, h);
        return c >= 0 ? c : this.add(s, h);
    }
    /** The code of text[start, end), added as a fresh copy when new (see flatString). */
    codeRange(text, start, end) {
        const h = hashRange(text, start, end);
        const c = this.find(text, start, end, h);
        return c >= 0 ? c : this.add(text.slice(start, end), h);
    }
    pushCode(c) {
        if (this.length === this.codes.length)
            this.codes = grow(this.codes, this.length + 1);
        this.codes[this.length++] = c;
    }
    push(value) {
        this.pushCode(this.code(value));
    }
    finish() {
        return { kind: 'string', codes: this.codes.slice(0, this.length), dict: this.dict };
    }
}
/** datetime / timespan ticks. */
class TicksBuilder {
    ms = new Float64Array(INITIAL);
    sub = new Uint16Array(INITIAL);
    length = 0;
    /** Append ms and sub directly (NaN ms for null). */
    pushParts(ms, sub) {
        if (this.length === this.ms.length) {
            this.ms = grow(this.ms, this.length + 1);
            this.sub = grow(this.sub, this.length + 1);
        }
        this.ms[this.length] = ms;
        this.sub[this.length++] = sub;
    }
    push(value) {
        if (value === null)
            this.pushParts(NaN, 0);
        else {
            const [ms, sub] = splitTicks(value);
            this.pushParts(ms, sub);
        }
    }
    finish() {
        return { kind: 'ticks', ms: this.ms.slice(0, this.length), sub: this.sub.slice(0, this.length) };
    }
}
/** int / long: numbers within ±2^53; anything else turns the column into plain values. */
class NumberBuilder {
    values = new Float64Array(INITIAL);
    plain;
    length = 0;
    push(value) {
        if (this.plain !== undefined) {
            this.plain.push(value);
            this.length++;
            return;
        }
        if (value !== null && !(typeof value === 'number' && Number.isSafeInteger(value))) {
            this.plain = materialize({ kind: 'number', values: this.values.subarray(0, this.length) });
            this.plain.push(value);
            this.length++;
            return;
        }
        if (this.length === this.values.length)
            this.values = grow(this.values, this.length + 1);
        this.values[this.length++] = value === null ? NaN : value;
    }
    finish() {
        return this.plain ?? { kind: 'number', values: this.values.slice(0, this.length) };
    }
}
/** Plain values (types without a vector). */
class PlainBuilder {
    values = [];
    get length() {
        return this.values.length;
    }
    push(value) {
        this.values.push(value);
    }
    finish() {
        return this.values;
    }
}
function builderFor(type) {
    switch (type) {
        case 'string':
            return new StringBuilder();
        case 'datetime':
        case 'timespan':
            return new TicksBuilder();
        case 'int':
        case 'long':
            return new NumberBuilder();
        default:
            return new PlainBuilder();
    }
}
/** A plain column as a vector of its type, when every value fits one. */
function vectorize(values, type) {
    if (type === 'string') {
        if (!values.every((v) => typeof v === 'string'))
            return undefined;
    }
    else if (type === 'datetime' || type === 'timespan') {
        if (!values.every((v) => v === null || typeof v === 'bigint'))
            return undefined;
    }
    else if (type === 'int' || type === 'long') {
        if (!values.every((v) => v === null || (typeof v === 'number' && Number.isSafeInteger(v))))
            return undefined;
    }
    else
        return undefined;
    const b = builderFor(type);
    for (const v of values)
        b.push(v);
    const out = b.finish();
    return Array.isArray(out) ? undefined : out;
}


/***/ })

};
