export const id = 15;
export const ids = [15,217,367,665];
export const modules = {

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

/***/ 42788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ entityColumnsOf),
/* harmony export */   _: () => (/* binding */ entityMappingsOf)
/* harmony export */ });
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19303);
/**
 * A detection's `entityMappings`, read once into plain shapes: the entity type and
 * its field mappings. Malformed parts are skipped here; the schema check reports them.
 */

/** The mappings that name an entity type, in order. */
function entityMappingsOf(data) {
    const out = [];
    for (const mapping of Array.isArray(data.entityMappings) ? data.entityMappings : []) {
        if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(mapping) || typeof mapping.entityType !== 'string')
            continue;
        const fields = [];
        for (const field of Array.isArray(mapping.fieldMappings) ? mapping.fieldMappings : []) {
            if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(field) || typeof field.identifier !== 'string')
                continue;
            fields.push({ identifier: field.identifier, columnName: typeof field.columnName === 'string' ? field.columnName : undefined });
        }
        out.push({ entityType: mapping.entityType, fields });
    }
    return out;
}
/** Columns the entity mappings read. */
function entityColumnsOf(data) {
    return [...new Set(entityMappingsOf(data).flatMap((m) => m.fields.flatMap((f) => (f.columnName ? [f.columnName] : []))))];
}


/***/ })

};
