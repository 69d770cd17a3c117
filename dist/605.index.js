export const id = 605;
export const ids = [605];
export const modules = {

/***/ 48605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  externalDataKey: () => (/* reexport */ externalDataKey),
  externalDataSchemas: () => (/* binding */ externalDataSchemas),
  runQuery: () => (/* binding */ runQuery),
  watchlistKey: () => (/* binding */ watchlistKey),
  workspaceFunctionKey: () => (/* binding */ workspaceFunctionKey)
});

// EXTERNAL MODULE: ./src/kql/language-service.ts + 1 modules
var language_service = __webpack_require__(80697);
// EXTERNAL MODULE: ./src/kql/catalog.ts + 2 modules
var kql_catalog = __webpack_require__(73270);
// EXTERNAL MODULE: ./src/engine/refusal.ts
var engine_refusal = __webpack_require__(86166);
;// CONCATENATED MODULE: ./src/engine/budget.ts
/**
 * The row and memory budget of one query. Operators call `budget.rows(n, node,
 * keyword)` with the number of rows their step has produced so far (or is about
 * to produce, computed before materialising), and `budget.bytes(...)` with an
 * estimate of the step's output size, so a runaway join, range or mv-expand stops
 * with a QueryError naming its position instead of exhausting the heap.
 */

/** Default: most rows one step may produce. */
const DEFAULT_MAX_ROWS = 10_000_000;
/** Default: largest estimated size of one step's output, in bytes (1 GiB). */
const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
/** Bytes per value slot of a column array (a pointer or a small integer). */
const SLOT_BYTES = 8;
/** Rows sampled per string column to estimate its average length. */
const SAMPLE = 64;
/** Estimated size of `rows` rows of `columns` columns, plus string payloads. */
function estimateBytes(rows, columns, stringChars = 0) {
    return rows * columns * SLOT_BYTES + stringChars * 2;
}
/**
 * Estimated size of the fresh strings of a computed column, from a sample of its
 * values (UTF-16: 2 bytes a char) plus its slots.
 */
function columnBytes(values) {
    const n = values.length;
    if (n === 0)
        return 0;
    const step = Math.max(1, Math.floor(n / SAMPLE));
    let sampled = 0;
    let total = 0;
    for (let r = 0; r < n && sampled < SAMPLE; r += step, sampled++) {
        const v = values[r];
        if (typeof v === 'string')
            total += v.length;
    }
    return estimateBytes(n, 1, (total / sampled) * n);
}
function offsetOf(node) {
    const start = node?.TextStart;
    return typeof start === 'number' ? start : undefined;
}
/** `line:column` of an offset in the query text. */
function positionOf(text, offset) {
    if (offset === undefined)
        return '';
    const before = text.slice(0, offset).split('\n');
    return ` at ${before.length}:${(before.at(-1) ?? '').length + 1}`;
}
function mib(bytes) {
    if (bytes >= 1024 ** 3)
        return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
    if (bytes >= 1024 ** 2)
        return `${Math.round(bytes / 1024 ** 2)} MiB`;
    return `${Math.round(bytes)} bytes`;
}
/** A budget for one query over `text` (used to name positions). */
function createBudget(text, maxRows = DEFAULT_MAX_ROWS, maxBytes = DEFAULT_MAX_BYTES) {
    if (!(maxRows > 0))
        throw new engine_refusal.QueryError(`the row budget must be a positive number, not ${maxRows}`);
    if (!(maxBytes > 0))
        throw new engine_refusal.QueryError(`the memory budget must be a positive number, not ${maxBytes}`);
    const budget = {
        maxRows,
        maxBytes,
        rows(count, node, keyword) {
            if (count > maxRows)
                throw new engine_refusal.QueryError(`query exceeded the row budget of ${maxRows} rows${positionOf(text, offsetOf(node))} (${keyword})`);
        },
        bytes(estimate, node, keyword) {
            if (estimate > maxBytes)
                throw new engine_refusal.QueryError(`query exceeded the memory budget of ${mib(maxBytes)} (about ${mib(estimate)} estimated)${positionOf(text, offsetOf(node))} (${keyword})`);
        },
        table(table, node, keyword) {
            budget.rows(table.rowCount, node, keyword);
            budget.bytes(estimateBytes(table.rowCount, table.columns.length), node, keyword);
        },
    };
    return budget;
}

;// CONCATENATED MODULE: ./src/engine/functions/between.ts
/**
 * `x between (a .. b)` is `x >= a and x <= b`; `!between` is `x < a or x > b`
 * (documented predicates), with three-valued logic for nulls. A timespan upper
 * bound after a datetime lower bound means `a + b`.
 */

/** a <=> b for numbers or ticks; null when either is null. */
function order(a, b) {
    if (a === null || b === null)
        return null;
    if (typeof a === 'number' && typeof b === 'number') {
        if (Number.isNaN(a) || Number.isNaN(b))
            throw new engine_refusal.Unsupported('between with NaN');
        return a < b ? -1 : a > b ? 1 : 0;
    }
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b ? -1 : a > b ? 1 : 0;
    throw new engine_refusal.Unsupported('between on these types');
}
const and3 = (p, q) => (p === false || q === false ? false : p === null || q === null ? null : true);
const or3 = (p, q) => (p === true || q === true ? true : p === null || q === null ? null : false);
function between(value, low, high, types, negate) {
    const [tv, tl, th] = types;
    if (types.includes('decimal'))
        throw new engine_refusal.Unsupported('between on decimal values');
    let upper = high;
    if (th === 'timespan' && tl === 'datetime') {
        if (tv !== 'datetime')
            throw new engine_refusal.Unsupported(`between on ${tv} with a datetime .. timespan range`);
        upper = low === null || high === null ? null : low + high;
    }
    const lo = order(value, low);
    const hi = order(value, upper);
    if (negate)
        return or3(lo === null ? null : lo < 0, hi === null ? null : hi > 0);
    return and3(lo === null ? null : lo >= 0, hi === null ? null : hi <= 0);
}

// EXTERNAL MODULE: ./src/engine/values.ts
var engine_values = __webpack_require__(82370);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/engine/functions/regex.ts
/**
 * Kusto regular expressions are RE2 (re2js: linear time, rejects backreferences
 * and lookaround like RE2 does). Patterns are compiled once and cached; a pattern
 * RE2 rejects is the query error Kusto itself raises.
 */


const cache = new Map();
const CACHE_LIMIT = 512;
/** RE2 flags from Kusto's letters (parse kind=regex flags=Ui...). */
const FLAG_BITS = {
    i: build/* RE2JS */.L3.CASE_INSENSITIVE,
    m: build/* RE2JS */.L3.MULTILINE,
    s: build/* RE2JS */.L3.DOTALL,
};
/** Compile an RE2 pattern; `flags` are Kusto's letters (i, m, s; U is inline `(?U)`). */
function compileRegex(pattern, flags = '') {
    const key = `${flags}/${pattern}`;
    const hit = cache.get(key);
    if (hit)
        return hit;
    let bits = 0;
    let prefix = '';
    for (const f of flags) {
        if (f === 'U')
            prefix = '(?U)';
        else if (FLAG_BITS[f] !== undefined)
            bits |= FLAG_BITS[f];
        else
            throw new engine_refusal.QueryError(`regex flag '${f}' is not one of U, i, m, s`);
    }
    let compiled;
    try {
        compiled = build/* RE2JS */.L3.compile(prefix + pattern, bits);
    }
    catch (error) {
        throw new engine_refusal.QueryError(`invalid regular expression ${JSON.stringify(pattern)}: ${error.message}`);
    }
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(key, compiled);
    return compiled;
}
/**
 * Successive non-overlapping matches of `regex` in `text` from `from`, at most `limit`.
 * As in RE2's FindAll, an empty match right where the previous match ended is skipped
 * and after an empty match the search moves on one character.
 */
function* matchesOf(regex, text, from = 0, limit = Infinity) {
    const matcher = regex.matcher(text);
    let at = from;
    let previousEnd = -1;
    let count = 0;
    while (count < limit && at <= text.length && matcher.find(at)) {
        const start = matcher.start();
        const end = matcher.end();
        if (end === start)
            at = end + (/[\uD800-\uDBFF]/.test(text[end] ?? '') ? 2 : 1);
        else
            at = end;
        if (end === start && start === previousEnd)
            continue;
        previousEnd = end;
        const groups = [];
        for (let g = 0; g <= matcher.groupCount(); g++)
            groups.push(matcher.group(g));
        yield { start, end, groups };
        count++;
    }
}
/** The first match, or null. */
function firstMatch(regex, text) {
    for (const m of matchesOf(regex, text, 0, 1))
        return m;
    return null;
}
/**
 * Character offsets: Kusto counts characters, JavaScript UTF-16 code units. The
 * two agree in the BMP; text beyond it is refused where an offset is reported.
 */
function requireBmp(text, what) {
    if (/[\uD800-\uDFFF]/.test(text))
        throw new engine_refusal.Unsupported(`${what} on text outside the BMP`);
    return text;
}
/** Index of a named group, or the number itself; null when the regex has no such group. */
function groupIndex(regex, group) {
    if (typeof group === 'number')
        return Number.isInteger(group) && group >= 0 && group <= regex.groupCount() ? group : null;
    const names = regex.namedGroups();
    return Object.prototype.hasOwnProperty.call(names, group) ? names[group] : null;
}

;// CONCATENATED MODULE: ./src/engine/functions/conversion.ts
/** Conversions between types, with Kusto's text forms. */


/**
 * Kusto's text of a number. .NET writes the shortest round-trip digits, as JS does,
 * but in exponent form from 1E+15 up and 1E-05 down (JS: from 1e21 and 1e-7), and
 * `-0` for negative zero: those ranges are refused rather than written the JS way.
 */
function numberText(n) {
    if (Number.isNaN(n))
        return 'NaN';
    if (!Number.isFinite(n))
        return n > 0 ? 'Infinity' : '-Infinity';
    const size = Math.abs(n);
    if (Object.is(n, -0))
        throw new engine_refusal.Unsupported('tostring() of negative zero');
    if (size >= 1e15 || (size !== 0 && size < 1e-4))
        throw new engine_refusal.Unsupported('tostring() of a number written in exponent form');
    return String(n);
}
/** tostring(): empty for null, compact JSON for dynamic. */
function toKustoString(v) {
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return numberText(v);
    if (typeof v === 'bigint')
        throw new engine_refusal.Unsupported('tostring() of datetime/timespan without its type');
    return (0,engine_values.dynamicText)(v);
}
function toNumber(v, integer) {
    if (v === undefined)
        return null;
    if (v === null)
        return null;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'number')
        return integer ? (Number.isFinite(v) ? Math.trunc(v) : null) : v;
    if (typeof v === 'string') {
        const t = v.trim();
        if (t === '')
            return null;
        if (integer && !/^[+-]?\d+$/.test(t)) {
            if (/^[+-]?\d+\.\d*$/.test(t))
                throw new engine_refusal.Unsupported('toint()/tolong() of a decimal string');
            return null;
        }
        const n = Number(t);
        return Number.isNaN(n) && !/^nan$/i.test(t) ? null : n;
    }
    throw new engine_refusal.Unsupported('numeric conversion of this type');
}
const CONVERSION_FUNCTIONS = [
    {
        name: 'tostring',
        bigLongs: 'handle',
        evaluate: ([v], { argTypes }) => {
            if (typeof v === 'bigint') {
                if (argTypes[0] === 'long' || argTypes[0] === 'int')
                    return v.toString();
                return argTypes[0] === 'datetime' ? (0,engine_values.dynamicDatetimeText)(v) : (0,engine_values.formatTimespan)(v);
            }
            return toKustoString(v);
        },
    },
    {
        name: 'tolong',
        bigLongs: 'handle',
        evaluate: ([v], { argTypes }) => {
            if (typeof v === 'bigint' && argTypes[0] === 'long')
                return v;
            const n = toNumber(v, true);
            if (n !== null && !Number.isSafeInteger(n))
                throw new engine_refusal.Unsupported('tolong() beyond ±2^53');
            return n;
        },
    },
    {
        name: 'toint',
        evaluate: ([v]) => {
            const n = toNumber(v, true);
            if (n !== null && (n | 0) !== n)
                throw new engine_refusal.Unsupported('toint() overflow');
            return n;
        },
    },
    // A long beyond ±2^53 becomes the nearest double, as .NET's conversion gives.
    {
        name: 'todouble',
        bigLongs: 'handle',
        evaluate: ([v], { argTypes }) => (typeof v === 'bigint' && argTypes[0] === 'long' ? Number(v) : toNumber(v, false)),
    },
    {
        name: 'toreal',
        bigLongs: 'handle',
        evaluate: ([v], { argTypes }) => (typeof v === 'bigint' && argTypes[0] === 'long' ? Number(v) : toNumber(v, false)),
    },
    {
        name: 'tobool',
        evaluate: ([v]) => {
            if (v === null || typeof v === 'boolean')
                return v;
            if (typeof v === 'number')
                return v !== 0;
            if (typeof v === 'string')
                return /^true$/i.test(v.trim()) ? true : /^false$/i.test(v.trim()) ? false : null;
            throw new engine_refusal.Unsupported('tobool() of this type');
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/text.ts
/**
 * Text conversions shared by the string, regex and parse modules: a value's
 * string form by its Kusto type, and a matched string converted to a column type.
 */



/** `2020-01-01T00:00:00.0000000Z`: the datetime text Kusto hashes (hash_md5 documented example). */
function fullDatetime(ticks) {
    const ms = Number(ticks / engine_values.TICKS_PER_MS - (ticks % engine_values.TICKS_PER_MS < 0n ? 1n : 0n));
    const fraction = ((ticks % engine_values.TICKS_PER_SECOND) + engine_values.TICKS_PER_SECOND) % engine_values.TICKS_PER_SECOND;
    return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}.${fraction.toString().padStart(7, '0')}Z`;
}
/**
 * A value as a string argument, as tostring() gives it: datetime/timespan by their type, a
 * datetime always with seven fraction digits (reverse docs: reverse(datetime(2017-10-15 12:00))
 * is Z0000000.00:00:21T51-01-7102; hash_md5 hashes the same text).
 */
function asText(v, type) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'bigint') {
        if (type === 'timespan')
            return (0,engine_values.formatTimespan)(v);
        if (type === 'datetime')
            return fullDatetime(v);
        if (type === 'long' || type === 'int')
            return v.toString();
        throw new engine_refusal.Unsupported('string form of a tick value of unknown type');
    }
    return toKustoString(v);
}
/** `MM/dd/yyyy HH:mm[:ss]`, the invariant-culture form .NET's DateTime parser takes. */
const US_DATETIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
function textToDatetime(text) {
    const us = US_DATETIME.exec(text.trim());
    if (us) {
        const [, mo, d, y, h = '0', mi = '0', s = '0'] = us;
        const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}T${h.padStart(2, '0')}:${mi}:${s.padStart(2, '0')}Z`;
        return (0,engine_values.parseDatetime)(iso);
    }
    return (0,engine_values.parseDatetime)(text);
}
/**
 * Convert matched text to a column type; null when it does not convert (as a
 * failed typed parse or extract gives). Forms whose conversion is not exactly
 * known are refused.
 */
function convertText(text, type, what) {
    const t = text.trim();
    switch (type) {
        case 'string':
            return text;
        case 'int':
        case 'long': {
            if (!/^[+-]?\d+$/.test(t)) {
                if (/^[+-]?\d*\.\d+$/.test(t))
                    throw new engine_refusal.Unsupported(`${what} of a decimal into ${type}`);
                return null;
            }
            const n = Number(t);
            if (!Number.isSafeInteger(n))
                throw new engine_refusal.Unsupported(`${what} of a ${type} beyond ±2^53`);
            if (type === 'int' && (n | 0) !== n)
                throw new engine_refusal.Unsupported(`${what} of an int beyond 32 bits`);
            return n;
        }
        case 'real':
            if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t))
                return Number(t);
            if (t === '')
                return null;
            throw new engine_refusal.Unsupported(`${what} of ${JSON.stringify(t.slice(0, 20))} into real`);
        case 'bool':
            if (/^true$/i.test(t))
                return true;
            if (/^false$/i.test(t))
                return false;
            throw new engine_refusal.Unsupported(`${what} of ${JSON.stringify(t.slice(0, 20))} into bool`);
        case 'datetime': {
            const ticks = textToDatetime(t);
            if (ticks === null && /\d/.test(t) && /[-/:]/.test(t))
                throw new engine_refusal.Unsupported(`${what} of ${JSON.stringify(t.slice(0, 30))} into datetime`);
            return ticks;
        }
        case 'timespan': {
            const ticks = (0,engine_values.parseTimespan)(t);
            if (ticks === null && /\d/.test(t))
                throw new engine_refusal.Unsupported(`${what} of ${JSON.stringify(t.slice(0, 30))} into timespan`);
            return ticks;
        }
        case 'guid':
            return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t) ? t.toLowerCase() : null;
        default:
            throw new engine_refusal.Unsupported(`${what} into ${type}`);
    }
}

;// CONCATENATED MODULE: ./src/engine/functions/operators.ts
/**
 * Binary operators keyed by the language service's operator symbol names.
 * Ordering comparisons with null are null; arithmetic with null is null; integer
 * division truncates and integer division by zero is null.
 */




const isInteger = (t) => t === 'int' || t === 'long';
const isNumber = (t) => t === 'int' || t === 'long' || t === 'real';
function integerResult(resultType, n, what) {
    // Overflow behaviour of int is not documented: refuse rather than guess.
    if (resultType === 'int' && (0,engine_values.toInt32)(n) !== n)
        throw new engine_refusal.Unsupported(`int overflow in ${what}`);
    return (0,engine_values.exactInteger)(n, what);
}
/** Exact 64-bit integer arithmetic (for longs beyond ±2^53): null for division by zero. */
const BIG = {
    Add: (a, b) => a + b,
    Subtract: (a, b) => a - b,
    Multiply: (a, b) => a * b,
    Divide: (a, b) => (b === 0n ? null : a / b),
    Modulo: (a, b) => {
        if (b === 0n)
            return null;
        const r = a % b;
        return r < 0n ? r + (b < 0n ? -b : b) : r;
    },
};
function bigIntegerResult(resultType, name, a, b) {
    const op = BIG[name];
    if (!op || (typeof a === 'number' && !Number.isSafeInteger(a)) || (typeof b === 'number' && !Number.isSafeInteger(b)))
        throw new engine_refusal.Unsupported(`operator ${name} on longs beyond ±2^53`);
    const r = op(BigInt(a), BigInt(b));
    if (r === null)
        return null;
    const value = (0,engine_values.longValue)(r, `${name} result`);
    if (resultType === 'int')
        throw new engine_refusal.Unsupported(`int overflow in ${name} result`);
    return value;
}
function arithmetic(name, ints, reals) {
    return (resultType, [a, b], [ta, tb]) => {
        const right = b;
        if (a === null || right === null)
            return null;
        if (typeof a === 'bigint' || typeof right === 'bigint') {
            // A long beyond ±2^53 (a bigint) with another integer: exact; with a real: the long as a double.
            if (isInteger(ta) &&
                isInteger(tb) &&
                (typeof a === 'number' || typeof a === 'bigint') &&
                (typeof right === 'number' || typeof right === 'bigint'))
                return bigIntegerResult(resultType, name, a, right);
            if (resultType === 'real' &&
                isNumber(ta) &&
                isNumber(tb) &&
                (typeof a === 'number' || typeof a === 'bigint') &&
                (typeof right === 'number' || typeof right === 'bigint'))
                return reals(Number(a), Number(right));
            return ticksArithmetic(name, a, right, ta, tb);
        }
        if (typeof a !== 'number' || typeof right !== 'number')
            throw new engine_refusal.Unsupported(`operator ${name} on ${ta} and ${tb}`);
        if (isInteger(resultType)) {
            const r = ints(a, right);
            if (r === null)
                return null;
            // Past ±2^53 a double has rounded: redo it in 64-bit integers.
            if (!Number.isSafeInteger(r) && Number.isSafeInteger(a) && Number.isSafeInteger(right) && resultType === 'long')
                return bigIntegerResult(resultType, name, a, right);
            return integerResult(resultType, r, `${name} result`);
        }
        return reals(a, right);
    };
}
/** datetime/timespan arithmetic in ticks. */
function ticksArithmetic(name, a, b, ta, tb) {
    if (typeof a === 'bigint' && typeof b === 'bigint') {
        if (name === 'Add' && !(ta === 'datetime' && tb === 'datetime'))
            return a + b;
        if (name === 'Subtract')
            return a - b;
        if (name === 'Divide' && ta === 'timespan' && tb === 'timespan') {
            if (b === 0n)
                return null;
            return Number(a) / Number(b);
        }
    }
    if (typeof a === 'bigint' && typeof b === 'number' && ta === 'timespan' && isNumber(tb)) {
        if (name === 'Multiply' && Number.isInteger(b))
            return a * BigInt(b);
        if (name === 'Divide' && Number.isInteger(b) && b !== 0 && a % BigInt(b) === 0n)
            return a / BigInt(b);
    }
    if (typeof b === 'bigint' && typeof a === 'number' && tb === 'timespan' && name === 'Multiply' && Number.isInteger(a))
        return b * BigInt(a);
    throw new engine_refusal.Unsupported(`operator ${name} on ${ta} and ${tb}`);
}
/** Kusto's ordering for comparisons: numbers, ticks, strings (ordinal), bools. */
function compare(a, b) {
    if (a === null || b === null)
        return null;
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'number' && typeof b === 'number') {
        if (Number.isNaN(a) || Number.isNaN(b))
            return null;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    // A long beyond ±2^53 (bigint) against a number: JS compares the two exactly.
    if ((typeof a === 'bigint' && typeof b === 'number') || (typeof a === 'number' && typeof b === 'bigint')) {
        if (Number.isNaN(a) || Number.isNaN(b))
            return null;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'boolean' && typeof b === 'boolean')
        return Number(a) - Number(b);
    return undefined;
}
/** Ordering comparisons: null when either side is null (documented null semantics). */
function comparison(name, test) {
    return (_r, [a, b], [ta, tb]) => {
        if (ta === 'dynamic' || tb === 'dynamic')
            throw new engine_refusal.Unsupported(`operator ${name} on dynamic values`);
        const c = compare(a, b);
        if (c === undefined)
            throw new engine_refusal.Unsupported(`operator ${name} on ${ta} and ${tb}`);
        return c === null ? null : test(c);
    };
}
/**
 * == and !=: null when both sides are null; when only one side is null, == is
 * false and != is true (as the documentation's null-values examples show).
 */
function equality(negate) {
    return (_r, [a, b], [ta, tb]) => {
        if (ta === 'dynamic' || tb === 'dynamic')
            throw new engine_refusal.Unsupported('== on dynamic values');
        const right = b;
        if (a === null && right === null)
            return null;
        if (a === null || right === null)
            return negate;
        if (typeof a === 'number' && typeof right === 'number' && (Number.isNaN(a) || Number.isNaN(right)))
            throw new engine_refusal.Unsupported('== with NaN');
        const c = compare(a, right);
        if (c === undefined)
            throw new engine_refusal.Unsupported(`== on ${ta} and ${tb}`);
        return negate ? c !== 0 : c === 0;
    };
}
function stringOp(name, test) {
    return (_r, [a, b], [ta, tb]) => {
        if (ta !== 'string' || tb !== 'string')
            throw new engine_refusal.Unsupported(`${name} on ${ta} and ${tb}`);
        return test(String(a ?? ''), String(b ?? ''));
    };
}
const lower = (s) => s.toLowerCase();
/** `matches regex`: RE2, the right side a pattern (a constant in practice). */
const matchesRegex = (_r, [a, b], [ta, tb]) => {
    if (tb !== 'string' || typeof b !== 'string')
        throw new engine_refusal.Unsupported('matches regex with a non-string pattern');
    return firstMatch(compileRegex(b), asText(a, ta)) !== null;
};
/**
 * Terms of a string: maximal runs of ASCII alphanumeric characters (datatypes-string-operators,
 * "What is a term?"). Text outside ASCII, or a needle that is not one term, is refused:
 * how Kusto splits those is not documented precisely enough to reproduce.
 */
function termsOf(text, what) {
    if (/[^\x00-\x7f]/.test(text))
        throw new engine_refusal.Unsupported(`${what} on text outside ASCII`);
    return text.match(/[A-Za-z0-9]+/g) ?? [];
}
function singleTerm(needle, what) {
    if (!/^[A-Za-z0-9]+$/.test(needle))
        throw new engine_refusal.Unsupported(`${what} with a needle that is not a single alphanumeric term`);
    return needle;
}
/** has-family operator: some term of the left side relates to the right side. */
function termOp(name, caseSensitive, relation, negate = false) {
    return stringOp(name, (a, b) => {
        const needle = singleTerm(caseSensitive ? b : lower(b), name);
        const found = termsOf(caseSensitive ? a : lower(a), name).some((term) => relation(term, needle));
        return negate ? !found : found;
    });
}
const equals = (t, n) => t === n;
const prefix = (t, n) => t.startsWith(n);
const suffix = (t, n) => t.endsWith(n);
/**
 * Kusto's `%` is always a small non-negative number: 0 <= N % D < abs(D)
 * (numerical-operators, "Comment about the modulo operator": -14 % 12 == 10,
 * 14 % -12 == 2, -14 % -12 == 10). Integer modulo by zero is null.
 */
function modulo(a, b) {
    if (b === 0)
        return null;
    const r = a % b;
    return r < 0 ? r + Math.abs(b) : r === 0 ? 0 : r;
}
/** The same rule on reals; a tiny negative remainder that rounds up to abs(D) is refused. */
function realModulo(a, b) {
    const r = a % b;
    if (!(r < 0))
        return r === 0 ? 0 : r;
    const up = r + Math.abs(b);
    if (up >= Math.abs(b))
        throw new engine_refusal.Unsupported('operator % whose non-negative remainder rounds to the divisor');
    return up;
}
const BINARY_OPERATORS = new Map([
    [
        'Add',
        arithmetic('Add', (a, b) => a + b, (a, b) => a + b),
    ],
    [
        'Subtract',
        arithmetic('Subtract', (a, b) => a - b, (a, b) => a - b),
    ],
    [
        'Multiply',
        arithmetic('Multiply', (a, b) => a * b, (a, b) => a * b),
    ],
    [
        'Divide',
        arithmetic('Divide', (a, b) => (b === 0 ? null : Math.trunc(a / b)), (a, b) => a / b),
    ],
    ['Modulo', arithmetic('Modulo', modulo, realModulo)],
    ['LessThan', comparison('<', (c) => c < 0)],
    ['LessThanOrEqual', comparison('<=', (c) => c <= 0)],
    ['GreaterThan', comparison('>', (c) => c > 0)],
    ['GreaterThanOrEqual', comparison('>=', (c) => c >= 0)],
    ['Equal', equality(false)],
    ['NotEqual', equality(true)],
    ['EqualTilde', stringOp('=~', (a, b) => lower(a) === lower(b))],
    ['BangTilde', stringOp('!~', (a, b) => lower(a) !== lower(b))],
    ['Contains', stringOp('contains', (a, b) => lower(a).includes(lower(b)))],
    ['NotContains', stringOp('!contains', (a, b) => !lower(a).includes(lower(b)))],
    ['ContainsCs', stringOp('contains_cs', (a, b) => a.includes(b))],
    ['NotContainsCs', stringOp('!contains_cs', (a, b) => !a.includes(b))],
    ['StartsWith', stringOp('startswith', (a, b) => lower(a).startsWith(lower(b)))],
    ['NotStartsWith', stringOp('!startswith', (a, b) => !lower(a).startsWith(lower(b)))],
    ['StartsWithCs', stringOp('startswith_cs', (a, b) => a.startsWith(b))],
    ['NotStartsWithCs', stringOp('!startswith_cs', (a, b) => !a.startsWith(b))],
    ['EndsWith', stringOp('endswith', (a, b) => lower(a).endsWith(lower(b)))],
    ['NotEndsWith', stringOp('!endswith', (a, b) => !lower(a).endsWith(lower(b)))],
    ['EndsWithCs', stringOp('endswith_cs', (a, b) => a.endsWith(b))],
    ['NotEndsWithCs', stringOp('!endswith_cs', (a, b) => !a.endsWith(b))],
    ['MatchRegex', matchesRegex],
    ['Has', termOp('has', false, equals)],
    ['NotHas', termOp('!has', false, equals, true)],
    ['HasCs', termOp('has_cs', true, equals)],
    ['NotHasCs', termOp('!has_cs', true, equals, true)],
    ['HasPrefix', termOp('hasprefix', false, prefix)],
    ['NotHasPrefix', termOp('!hasprefix', false, prefix, true)],
    ['HasPrefixCs', termOp('hasprefix_cs', true, prefix)],
    ['NotHasPrefixCs', termOp('!hasprefix_cs', true, prefix, true)],
    ['HasSuffix', termOp('hassuffix', false, suffix)],
    ['NotHasSuffix', termOp('!hassuffix', false, suffix, true)],
    ['HasSuffixCs', termOp('hassuffix_cs', true, suffix)],
    ['NotHasSuffixCs', termOp('!hassuffix_cs', true, suffix, true)],
    [
        'And',
        (_r, [a, b]) => {
            if (a === false)
                return false;
            const right = b();
            if (right === false)
                return false;
            return a === null || right === null ? null : true;
        },
    ],
    [
        'Or',
        (_r, [a, b]) => {
            if (a === true)
                return true;
            const right = b();
            if (right === true)
                return true;
            return a === null || right === null ? null : false;
        },
    ],
]);
/** Raised for dynamic values that an operator cannot take. */
function requireScalar(value, what) {
    if (typeof value === 'object' && value !== null)
        throw new QueryError(`${what} expects a scalar value`);
    return value;
}

;// CONCATENATED MODULE: ./src/engine/functions/arrays.ts
/** Array functions: slicing, rotating, shifting, sorting, searching (Kusto's array_* family). */


/** An argument that must be an array; anything else is refused (Kusto's result for it is undocumented). */
function arrayArg(v, fn) {
    if (Array.isArray(v))
        return v;
    throw new engine_refusal.Unsupported(`${fn}() of a value that is not an array`);
}
/** A whole-number argument (int/long). */
function intArg(v, fn) {
    if (typeof v === 'number' && Number.isInteger(v))
        return v;
    throw new engine_refusal.Unsupported(`${fn}() with a null or non-integer count/index`);
}
/** A typed scalar argument as a dynamic element. */
function dynamicArg(args, i, context) {
    return (0,engine_values.toDynamic)(args[i], context.argTypes[i] ?? 'dynamic');
}
/**
 * Equality of a dynamic element and a looked-up value. A string against a number
 * or bool with the same text is refused: whether Kusto converts is undocumented.
 */
function sameElement(element, value, fn) {
    if (element === null || value === null)
        return element === value;
    if (typeof element === 'object' || typeof value === 'object')
        return JSON.stringify(element) === JSON.stringify(value);
    if (typeof element !== typeof value) {
        if (String(element) === String(value))
            throw new engine_refusal.Unsupported(`${fn}() comparing a string with a number or bool`);
        return false;
    }
    return element === value;
}
/** Kind of an element for sorting: arrays of one primitive kind (plus nulls) only. */
function sortKind(values, fn) {
    let kind;
    for (const v of values) {
        if (v === null)
            continue;
        const k = typeof v;
        if (k !== 'number' && k !== 'string' && k !== 'boolean')
            throw new engine_refusal.Unsupported(`${fn}() of an array holding arrays or bags`);
        if (kind && kind !== k)
            throw new engine_refusal.Unsupported(`${fn}() of an array mixing element types`);
        kind = k;
    }
    return kind;
}
function sortArrays(args, context, descending, fn) {
    let nullsLast = true;
    let arrays = args;
    if (args.length > 1 && context.argTypes.at(-1) === 'bool') {
        const flag = args.at(-1);
        if (flag === null)
            throw new engine_refusal.Unsupported(`${fn}() with a null nulls_last`);
        nullsLast = flag;
        arrays = args.slice(0, -1);
    }
    const first = arrayArg(arrays[0], fn);
    sortKind(first, fn);
    const order = first.map((_, i) => i);
    order.sort((x, y) => {
        const a = first[x];
        const b = first[y];
        if (a === null || b === null) {
            if (a === b)
                return 0;
            return (a === null) === nullsLast ? 1 : -1;
        }
        const c = a < b ? -1 : a > b ? 1 : 0;
        return descending ? -c : c;
    });
    // Ordinal and case-insensitive string orders must agree, or which one Kusto uses would matter.
    const strings = order.map((i) => first[i]).filter((v) => typeof v === 'string');
    if (strings.some((v, i) => i > 0 && v.toLowerCase() !== strings[i - 1].toLowerCase() && v.toLowerCase() < strings[i - 1].toLowerCase() !== descending))
        throw new engine_refusal.Unsupported(`${fn}() of strings whose case changes their order`);
    const sorted = arrays.map((a) => (Array.isArray(a) && a.length === first.length ? order.map((i) => a[i]) : null));
    // Several arrays make a tuple; only element access (`[1]`) reaches here with more than one.
    return arrays.length === 1 ? sorted[0] : sorted;
}
/** Normalize a possibly negative index against a length. */
function fromEnd(i, length) {
    return i < 0 ? length + i : i;
}
function shift(args, context, fn, left) {
    const array = arrayArg(args[0], fn);
    let n = intArg(args[1], fn);
    if (!left)
        n = -n;
    let fill = null;
    if (args.length > 2)
        fill = dynamicArg(args, 2, context);
    else if (array.some((v) => typeof v === 'string'))
        throw new engine_refusal.Unsupported(`${fn}() of strings without a default value`);
    const out = [];
    for (let i = 0; i < array.length; i++) {
        const from = i + n;
        out.push(from >= 0 && from < array.length ? array[from] : fill);
    }
    return out;
}
function rotate(args, fn, left) {
    const array = arrayArg(args[0], fn);
    if (array.length === 0)
        return [];
    const n = intArg(args[1], fn);
    const k = ((((left ? n : -n) % array.length) + array.length) % array.length);
    return [...array.slice(k), ...array.slice(0, k)];
}
function arrayIff(args, context) {
    const conditions = arrayArg(args[0], 'array_iff');
    const pick = (i, position) => {
        const source = args[position];
        if (Array.isArray(source))
            return i < source.length ? source[i] : null;
        return dynamicArg(args, position, context);
    };
    return conditions.map((c, i) => {
        if (typeof c === 'boolean')
            return pick(i, c ? 1 : 2);
        if (typeof c === 'number')
            return pick(i, c !== 0 ? 1 : 2);
        return null;
    });
}
function indexOf(args, context) {
    const array = arrayArg(args[0], 'array_index_of');
    const value = dynamicArg(args, 1, context);
    const start = args.length > 2 ? intArg(args[2], 'array_index_of') : 0;
    const length = args.length > 3 ? intArg(args[3], 'array_index_of') : -1;
    const occurrence = args.length > 4 ? intArg(args[4], 'array_index_of') : 1;
    if (length < -1 || occurrence < 0)
        return null;
    if (occurrence === 0)
        throw new engine_refusal.Unsupported('array_index_of() with occurrence 0');
    const from = fromEnd(start, array.length);
    if (from < 0)
        throw new engine_refusal.Unsupported('array_index_of() with a start before the array');
    const end = length === -1 ? array.length : Math.min(array.length, from + length);
    let seen = 0;
    for (let i = from; i < end; i++)
        if (sameElement(array[i], value, 'array_index_of') && ++seen === occurrence)
            return i;
    return -1;
}
function arraySplit(args) {
    const array = arrayArg(args[0], 'array_split');
    const raw = Array.isArray(args[1]) ? args[1] : [args[1]];
    const cuts = raw.map((i) => fromEnd(intArg(i, 'array_split'), array.length));
    const parts = [];
    let previous = 0;
    for (const cut of cuts) {
        if (cut < previous || cut > array.length)
            throw new engine_refusal.Unsupported('array_split() with out-of-range or decreasing indexes');
        parts.push(array.slice(previous, cut));
        previous = cut;
    }
    parts.push(array.slice(previous));
    return parts;
}
const ARRAY_FUNCTIONS = [
    {
        name: 'array_concat',
        evaluate: (args) => args.flatMap((a) => arrayArg(a, 'array_concat')),
    },
    {
        name: 'array_slice',
        evaluate: ([a, s, e]) => {
            const array = arrayArg(a, 'array_slice');
            // Out-of-bounds indexes are ignored: clamp to the array.
            const start = Math.max(0, fromEnd(intArg(s, 'array_slice'), array.length));
            const end = Math.min(array.length - 1, fromEnd(intArg(e, 'array_slice'), array.length));
            return start > end ? [] : array.slice(start, end + 1);
        },
    },
    { name: 'array_split', evaluate: arraySplit },
    { name: 'array_reverse', evaluate: ([a]) => [...arrayArg(a, 'array_reverse')].reverse() },
    { name: 'array_rotate_left', evaluate: (args) => rotate(args, 'array_rotate_left', true) },
    { name: 'array_rotate_right', evaluate: (args) => rotate(args, 'array_rotate_right', false) },
    { name: 'array_shift_left', evaluate: (args, c) => shift(args, c, 'array_shift_left', true) },
    { name: 'array_shift_right', evaluate: (args, c) => shift(args, c, 'array_shift_right', false) },
    { name: 'array_sort_asc', evaluate: (args, c) => sortArrays(args, c, false, 'array_sort_asc') },
    { name: 'array_sort_desc', evaluate: (args, c) => sortArrays(args, c, true, 'array_sort_desc') },
    { name: 'array_index_of', evaluate: indexOf },
    { name: 'array_iff', evaluate: arrayIff },
    { name: 'array_iif', evaluate: arrayIff },
    {
        name: 'array_sum',
        evaluate: ([a]) => {
            const array = arrayArg(a, 'array_sum');
            if (array.length === 0 || array.includes(null))
                throw new engine_refusal.Unsupported('array_sum() of an empty array or one with nulls');
            if (array.some((v) => typeof v !== 'number'))
                return null;
            return array.reduce((s, v) => s + v, 0);
        },
    },
    {
        name: 'repeat',
        evaluate: (args, context) => {
            const count = args[1];
            if (count === null)
                return null;
            const n = intArg(count, 'repeat');
            if (n < 0)
                return null;
            if (n > 1_048_576)
                throw new engine_refusal.Unsupported('repeat() beyond 2^20 elements');
            return new Array(n).fill(dynamicArg(args, 0, context));
        },
    },
    {
        name: 'zip',
        evaluate: (args) => {
            const arrays = args.map((a) => arrayArg(a, 'zip'));
            const length = Math.max(...arrays.map((a) => a.length));
            return Array.from({ length }, (_, i) => arrays.map((a) => (i < a.length ? a[i] : null)));
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/bags.ts
/** Property-bag functions (bag_*), JSON parsing and canonical JSON text. */



/** Refuse numbers JSON.parse could not keep exactly (beyond ±2^53, or overflowing to infinity). */
function checkNumbers(v) {
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            throw new engine_refusal.Unsupported('parse_json() of a number beyond the range of real');
        if (Number.isInteger(v) && !Number.isSafeInteger(v))
            throw new engine_refusal.Unsupported('parse_json() of an integer beyond ±2^53');
    }
    else if (Array.isArray(v))
        v.forEach(checkNumbers);
    else if ((0,engine_values.isBag)(v))
        Object.values(v).forEach(checkNumbers);
}
/** parse_json/todynamic: JSON text to dynamic; a string that is not JSON stays that string. */
function parseJson(v) {
    if (v === undefined || v === null)
        return null;
    if (typeof v === 'object')
        return v;
    if (typeof v !== 'string')
        throw new engine_refusal.Unsupported('parse_json() of a non-string, non-dynamic value');
    if (v === '')
        return null;
    let parsed;
    try {
        parsed = JSON.parse(v);
    }
    catch {
        // Kusto's JSON reader may accept relaxed forms (comments, single quotes) that JSON.parse rejects.
        if (/^\s*[[{]/.test(v) || /^\s|\s$/.test(v) || /^[+-]?(nan|inf(inity)?)$/i.test(v) || /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v))
            throw new engine_refusal.Unsupported('parse_json() of text that is not strict JSON');
        return v;
    }
    checkNumbers(parsed);
    return parsed;
}
/** A key for a bag_* function: a plain top-level key, or a `$.a.b` / `$['a']` JSONPath. */
function keyPath(key, fn) {
    if (typeof key !== 'string' || key === '')
        throw new engine_refusal.Unsupported(`${fn}() with an empty or non-string key`);
    if (!key.startsWith('$')) {
        if (/[.[\]]/.test(key))
            throw new engine_refusal.Unsupported(`${fn}() with a key holding '.' or brackets`);
        return [key];
    }
    const path = [];
    const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;
    re.lastIndex = 1;
    while (re.lastIndex < key.length) {
        const m = re.exec(key);
        if (!m)
            throw new engine_refusal.Unsupported(`${fn}() with JSONPath ${key}`);
        const part = m[1] ?? m[2] ?? m[3] ?? '';
        if (/\\/.test(part))
            throw new engine_refusal.Unsupported(`${fn}() with an escaped JSONPath key`);
        path.push(part);
    }
    if (path.length === 0)
        throw new engine_refusal.Unsupported(`${fn}() with the root JSONPath`);
    return path;
}
function has(bag, key) {
    return Object.prototype.hasOwnProperty.call(bag, key);
}
/** A copy of a bag without the key at `path` (nested bags copied on the way). */
function removePath(bag, path) {
    const [head, ...rest] = path;
    if (!has(bag, head))
        return bag;
    const out = { ...bag };
    if (rest.length === 0)
        delete out[head];
    else if ((0,engine_values.isBag)(bag[head]))
        (0,engine_values.putKey)(out, head, removePath(bag[head], rest));
    return out;
}
function setPath(bag, path, value) {
    const [head, ...rest] = path;
    const out = { ...bag };
    if (rest.length === 0)
        (0,engine_values.putKey)(out, head, value);
    else {
        const inner = has(bag, head) ? bag[head] : {};
        if (!(0,engine_values.isBag)(inner))
            throw new engine_refusal.Unsupported('bag_set_key() through a value that is not a bag');
        (0,engine_values.putKey)(out, head, setPath(inner, rest, value));
    }
    return out;
}
/** Canonical JSON: bag keys sorted ordinally (dynamic_to_json). */
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if ((0,engine_values.isBag)(v)) {
        const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
    }
    if (typeof v === 'number' && /e/i.test(String(v)))
        throw new engine_refusal.Unsupported('dynamic_to_json() of a real in exponent form');
    return JSON.stringify(v);
}
const BAG_FUNCTIONS = [
    { name: 'parse_json', evaluate: ([v]) => parseJson(v) },
    { name: 'todynamic', evaluate: ([v]) => parseJson(v) },
    { name: 'bag_keys', evaluate: ([b]) => ((0,engine_values.isBag)(b) ? (0,engine_values.bagEntries)(b).map(([k]) => k) : null) },
    {
        name: 'bag_merge',
        evaluate: (args) => {
            if (!args.every(engine_values.isBag))
                throw new engine_refusal.Unsupported('bag_merge() of a value that is not a bag');
            const out = {};
            // The leftmost bag wins on a shared key.
            for (const bag of args)
                for (const [k, v] of (0,engine_values.bagEntries)(bag))
                    if (!has(out, k))
                        (0,engine_values.putKey)(out, k, v);
            return out;
        },
    },
    {
        name: 'bag_remove_keys',
        evaluate: ([b, keys]) => {
            if (!(0,engine_values.isBag)(b))
                throw new engine_refusal.Unsupported('bag_remove_keys() of a value that is not a bag');
            let out = b;
            for (const key of arrayArg(keys, 'bag_remove_keys'))
                out = removePath(out, keyPath(key, 'bag_remove_keys'));
            return out;
        },
    },
    {
        name: 'bag_set_key',
        evaluate: (args, context) => {
            const [b, key] = args;
            if (!(0,engine_values.isBag)(b))
                return null;
            return setPath(b, keyPath(key, 'bag_set_key'), dynamicArg(args, 2, context));
        },
    },
    {
        name: 'bag_has_key',
        evaluate: ([b, key]) => {
            if (!(0,engine_values.isBag)(b))
                throw new engine_refusal.Unsupported('bag_has_key() of a value that is not a bag');
            let at = b;
            for (const part of keyPath(key, 'bag_has_key')) {
                if (!(0,engine_values.isBag)(at) || !has(at, part))
                    return false;
                at = at[part];
            }
            return true;
        },
    },
    {
        name: 'bag_zip',
        evaluate: ([keys, values]) => {
            // Keys that are not an array give null (the page's last example); keys that are
            // not strings are skipped; missing values are null.
            if (!Array.isArray(keys))
                return null;
            const out = {};
            const vals = Array.isArray(values) ? values : [];
            keys.forEach((k, i) => {
                if (typeof k !== 'string')
                    return;
                if (has(out, k))
                    throw new engine_refusal.Unsupported('bag_zip() with a repeated key');
                if (/^(0|[1-9]\d*)$/.test(k))
                    throw new engine_refusal.Unsupported('property bag with integer-like keys (key order)');
                (0,engine_values.putKey)(out, k, i < vals.length ? vals[i] : null);
            });
            return out;
        },
    },
    {
        name: 'dynamic_to_json',
        evaluate: ([v]) => {
            if (v === null || v === undefined)
                throw new engine_refusal.Unsupported('dynamic_to_json() of null');
            if (typeof v !== 'object')
                throw new engine_refusal.Unsupported('dynamic_to_json() of a scalar value');
            return canonical(v);
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/datetime.ts
/** Time functions; now() is fixed per query (the test's or the request's now). */

function binStart(value, size) {
    if (typeof value === 'bigint' && typeof size === 'bigint') {
        const r = value % size;
        return value - (r < 0n ? r + size : r);
    }
    return Math.floor(value / size) * size;
}
const DATETIME_FUNCTIONS = [
    {
        name: 'now',
        evaluate: (args, { now }) => {
            if (args.length > 0) {
                const offset = args[0];
                return typeof offset === 'bigint' ? now + offset : null;
            }
            return now;
        },
    },
    { name: 'ago', evaluate: ([span], { now }) => (typeof span === 'bigint' ? now - span : null) },
    {
        name: 'bin',
        evaluate: ([value, size], { argTypes, resultType }) => {
            if (value === null || size === null)
                return null;
            if (typeof value === 'bigint' && typeof size === 'bigint') {
                if (size <= 0n)
                    return null;
                return binStart(value, size);
            }
            if (typeof value === 'number' &&
                typeof size === 'number' &&
                (argTypes[0] === 'long' || argTypes[0] === 'int') &&
                Number.isInteger(size)) {
                if (size <= 0)
                    return null;
                return binStart(value, size);
            }
            // A real value or bin size: floor(value / size) * size in double arithmetic.
            if (typeof value === 'number' && typeof size === 'number' && argTypes.every((t) => t === 'real' || t === 'int' || t === 'long')) {
                if (!Number.isFinite(value) || !Number.isFinite(size))
                    throw new engine_refusal.Unsupported('bin() of a non-finite value');
                if (size < 0)
                    return null;
                if (size === 0)
                    throw new engine_refusal.Unsupported('bin() with a bin size of 0');
                const r = Math.floor(value / size) * size;
                if (resultType !== 'real' && !Number.isSafeInteger(r))
                    throw new engine_refusal.Unsupported(`bin() on ${argTypes.join(', ')} giving a fraction`);
                return r;
            }
            throw new engine_refusal.Unsupported(`bin() on ${argTypes.join(', ')}`);
        },
    },
];

// EXTERNAL MODULE: ./src/engine/functions/calendar.ts
var calendar = __webpack_require__(78184);
;// CONCATENATED MODULE: ./src/engine/functions/datetime-arith.ts
/**
 * Datetime construction and calendar arithmetic: datetime_add, datetime_diff,
 * make_datetime, make_timespan and the unixtime_*_todatetime family.
 */



/** Fixed-length periods in ticks (nanosecond handled apart: it is a hundredth of a tick). */
const FIXED = {
    week: 7n * engine_values.TICKS_PER_DAY,
    day: engine_values.TICKS_PER_DAY,
    hour: calendar/* TICKS_PER_HOUR */.OU,
    minute: calendar/* TICKS_PER_MINUTE */.Y_,
    second: engine_values.TICKS_PER_SECOND,
    millisecond: engine_values.TICKS_PER_MS,
    microsecond: 10n,
};
const MONTHS = { year: 12, quarter: 3, month: 1 };
function period(p, what) {
    const name = typeof p === 'string' ? p.toLowerCase() : '';
    if (!(name in FIXED) && !(name in MONTHS) && name !== 'nanosecond')
        throw new engine_refusal.Unsupported(`${what} with period ${String(p)}`);
    return name;
}
function integerArg(v, what) {
    if (v === null || v === undefined)
        return null;
    if (typeof v !== 'number' || !Number.isSafeInteger(v))
        throw new engine_refusal.Unsupported(`${what} with a non-integer amount`);
    return v;
}
/** Seconds (possibly fractional) as ticks, refusing a fraction finer than a tick. */
function secondsToTicks(seconds, what) {
    const ticks = seconds * 1e7;
    if (!Number.isSafeInteger(ticks))
        throw new engine_refusal.Unsupported(`${what} with seconds not a whole number of ticks`);
    return BigInt(ticks);
}
/** A count of some unit as ticks: `scale` ticks per unit, or one tick per `divisor` units. */
function unitsToTicks(v, scale, divisor, what) {
    if (v === null || v === undefined)
        return null;
    // A long beyond ±2^53 (nanoseconds since 1970 are): exact in bigints.
    if (typeof v === 'bigint') {
        if (v % BigInt(divisor) !== 0n)
            throw new engine_refusal.Unsupported(`${what} finer than a 100-ns tick`);
        return (v * BigInt(scale)) / BigInt(divisor);
    }
    if (typeof v !== 'number')
        throw new engine_refusal.Unsupported(`${what} of this type`);
    if (Number.isInteger(v)) {
        if (divisor === 1)
            return BigInt(v) * BigInt(scale);
        if (v % divisor !== 0)
            throw new engine_refusal.Unsupported(`${what} finer than a 100-ns tick`);
        return BigInt(v / divisor);
    }
    const ticks = (v * scale) / divisor;
    if (!Number.isSafeInteger(ticks))
        throw new engine_refusal.Unsupported(`${what} not a whole number of 100-ns ticks`);
    return BigInt(ticks);
}
function unixtime(name, scale, divisor) {
    return {
        name,
        bigLongs: 'handle',
        evaluate: ([v]) => {
            const ticks = unitsToTicks(v, scale, divisor, `${name}()`);
            return ticks === null ? null : (0,calendar/* inRange */.r4)(ticks, `${name}()`);
        },
    };
}
/** Truncate to the start of a period, for datetime_diff's boundary counting. */
function periodIndex(t, name) {
    if (name in MONTHS) {
        const { year, month } = (0,calendar/* civilOf */.Ng)(t);
        return BigInt(Math.floor((year * 12 + month - 1) / MONTHS[name]));
    }
    if (name === 'week')
        return BigInt(Math.floor(((0,calendar/* dayNumber */.U$)(t) - (0,calendar/* weekday */.jr)(t)) / 7));
    if (name === 'nanosecond')
        return t * 100n;
    const size = FIXED[name];
    const q = t / size;
    return t % size < 0n ? q - 1n : q;
}
function small(n, what) {
    if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER))
        throw new engine_refusal.Unsupported(`${what} beyond ±2^53`);
    return Number(n);
}
const DATETIME_ARITH_FUNCTIONS = [
    {
        name: 'datetime_add',
        evaluate: ([p, amount, v]) => {
            const what = 'datetime_add()';
            const name = period(p, what);
            const n = integerArg(amount, what);
            if (n === null || v === null || v === undefined)
                return null;
            if (typeof v !== 'bigint')
                throw new engine_refusal.Unsupported(`${what} of a non-datetime value`);
            (0,calendar/* inRange */.r4)(v, what);
            if (name in MONTHS)
                return (0,calendar/* inRange */.r4)((0,calendar/* addMonths */.PS)(v, n * MONTHS[name], what), what);
            if (name === 'nanosecond') {
                if (n % 100 !== 0)
                    throw new engine_refusal.Unsupported(`${what} of nanoseconds finer than a 100-ns tick`);
                return (0,calendar/* inRange */.r4)(v + BigInt(n / 100), what);
            }
            return (0,calendar/* inRange */.r4)(v + BigInt(n) * FIXED[name], what);
        },
    },
    {
        name: 'datetime_diff',
        evaluate: ([p, a, b]) => {
            const what = 'datetime_diff()';
            const name = period(p, what);
            if (a === null || b === null || a === undefined || b === undefined)
                return null;
            if (typeof a !== 'bigint' || typeof b !== 'bigint')
                throw new engine_refusal.Unsupported(`${what} of non-datetime values`);
            // Counts the period boundaries crossed (the documented example: 2017-01-01 vs 2000-12-31 is 17 years).
            return small(periodIndex(a, name) - periodIndex(b, name), what);
        },
    },
    {
        name: 'make_datetime',
        evaluate: (args) => {
            const what = 'make_datetime()';
            if (args.some((a) => a === null))
                return null;
            const [year, month, day, hour = 0, minute = 0, second = 0] = args;
            if (![year, month, day, hour, minute].every((n) => Number.isInteger(n)) || typeof second !== 'number')
                throw new engine_refusal.Unsupported(`${what} of these values`);
            const y = year;
            const m = month;
            const d = day;
            if (y < 1 || y > 9999)
                throw new engine_refusal.Unsupported(`${what} outside years 1..9999`);
            if (m < 1 || m > 12 || d < 1 || d > (0,calendar/* daysInMonth */.L3)(y, m) || hour < 0 || hour > 23 || minute < 0 || minute > 59)
                return null;
            if (!(second >= 0 && second < 60))
                return null;
            const time = BigInt(hour) * calendar/* TICKS_PER_HOUR */.OU + BigInt(minute) * calendar/* TICKS_PER_MINUTE */.Y_ + secondsToTicks(second, what);
            return (0,calendar/* ticksOf */.EN)(y, m, d) + time;
        },
    },
    {
        name: 'make_timespan',
        evaluate: (args) => {
            const what = 'make_timespan()';
            if (args.some((a) => a === null))
                return null;
            // (hour, minute), (hour, minute, second) or (day, hour, minute, second).
            const [day, hour, minute, second] = (args.length === 4 ? args : [0, ...args, ...(args.length === 2 ? [0] : [])]);
            if (![day, hour, minute].every((n) => Number.isInteger(n)) || typeof second !== 'number')
                throw new engine_refusal.Unsupported(`${what} of these values`);
            // Whether out-of-range parts give null or carry over is not documented.
            if (day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || !(second >= 0 && second < 60))
                throw new engine_refusal.Unsupported(`${what} with a part outside its documented range`);
            return (BigInt(day) * engine_values.TICKS_PER_DAY + BigInt(hour) * calendar/* TICKS_PER_HOUR */.OU + BigInt(minute) * calendar/* TICKS_PER_MINUTE */.Y_ + secondsToTicks(second, what));
        },
    },
    {
        // The multiple of bin_size at or below value, counted from fixed_point.
        name: 'bin_at',
        evaluate: ([v, size, fixed], { argTypes, resultType }) => {
            if (v === null || size === null || fixed === null)
                return null;
            if (argTypes.includes('real')) {
                // Real values: fixed + floor((value - fixed) / size) * size in double arithmetic.
                if (typeof v !== 'number' ||
                    typeof size !== 'number' ||
                    typeof fixed !== 'number' ||
                    !argTypes.every((t) => t === 'real' || t === 'int' || t === 'long'))
                    throw new engine_refusal.Unsupported(`bin_at() of ${argTypes.join(', ')}`);
                if (![v, size, fixed].every(Number.isFinite))
                    throw new engine_refusal.Unsupported('bin_at() of a non-finite value');
                if (!(size > 0))
                    throw new engine_refusal.Unsupported('bin_at() with a bin size that is not positive');
                const r = fixed + Math.floor((v - fixed) / size) * size;
                if (resultType !== 'real' && !Number.isSafeInteger(r))
                    throw new engine_refusal.Unsupported(`bin_at() of ${argTypes.join(', ')} giving a fraction`);
                return r;
            }
            const asBig = (x) => typeof x === 'bigint' ? x : typeof x === 'number' && Number.isSafeInteger(x) ? BigInt(x) : null;
            const [value, step, origin] = [asBig(v), asBig(size), asBig(fixed)];
            if (value === null || step === null || origin === null || argTypes.includes('real'))
                throw new engine_refusal.Unsupported(`bin_at() of ${argTypes.join(', ')}`);
            if (step <= 0n)
                throw new engine_refusal.Unsupported('bin_at() with a bin size that is not positive');
            const offset = value - origin;
            const r = offset % step;
            const result = origin + offset - (r < 0n ? r + step : r);
            return typeof v === 'bigint' ? result : small(result, 'bin_at()');
        },
    },
    unixtime('unixtime_seconds_todatetime', 10_000_000, 1),
    unixtime('unixtime_milliseconds_todatetime', 10_000, 1),
    unixtime('unixtime_microseconds_todatetime', 10, 1),
    unixtime('unixtime_nanoseconds_todatetime', 1, 100),
];

;// CONCATENATED MODULE: ./src/engine/functions/datetime-text.ts
/**
 * The datetime text layouts the Kusto docs list beside ISO 8601 ("The datetime data
 * type", Supported formats), for datetime() literals and todatetime():
 * - RFC 822: `[%w, ]%e %b %r %H:%M[:%s][ %Z]` (`Sat, 8 Nov 14 15:05:02 GMT`);
 * - RFC 850: `[%w, ]%e-%b-%r %H:%M[:%s][ %Z]` (`Saturday, 08-Nov-14 15:05:02 GMT`);
 * - sortable: `%Y-%n-%e[T| ]%H:%M[:%s][ %Z]` (`2014-11-08 15:05:25 GMT`).
 * Also `MM-DD-YYYY` / `MM/DD/YYYY` (the docs' `datetime("01-01-2022")`,
 * `todatetime('12-02-2022')`): month first, as the invariant culture Kusto's .NET parser
 * reads dates in; a day-first date such as `31-12-2022` is not a date there (null).
 * Exactness: a two-digit year `%r` is read as 20yy for 00..29 and 19yy for 50..99
 * (both cut-offs .NET calendars use agree there; 30..49 is refused); the zone `%Z` is
 * GMT, UT, UTC or Z (offset 0) or a numeric ±hhmm / ±hh:mm (any other name is refused);
 * a weekday that does not match the date is refused.
 */



const datetime_text_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const CLOCK = String.raw `(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?`;
const ZONE = String.raw `(?:\s+([A-Za-z]+|[+-]\d{2}:?\d{2}))?`;
/** RFC 822 (space-separated) and RFC 850 (dash-separated) dates. */
const RFC = new RegExp(String.raw `^(?:([A-Za-z]+),\s*)?(\d{1,2})([ -])([A-Za-z]{3})\3(\d{2}|\d{4})\s+${CLOCK}${ZONE}$`);
/** Sortable: `%Y-%n-%e` then `T` or a space, the clock, an optional zone after a space. */
const SORTABLE = new RegExp(String.raw `^(\d{4})-(\d{1,2})-(\d{1,2})[T ]${CLOCK}\s+([A-Za-z]+|[+-]\d{2}:?\d{2})$`);
const MONTH_DAY_YEAR = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;
/**
 * Ticks of text in one of these layouts; null when the text is in none of them (the
 * caller tries ISO 8601); a date that does not exist is `invalid`. Refuses what the
 * docs leave open (see above).
 */
function documentedDatetime(text, what) {
    const t = text.trim();
    let m = RFC.exec(t);
    if (m) {
        const [, dayName, d, , mon, y, h, mi, s, frac, zone] = m;
        const month = datetime_text_MONTHS.indexOf(mon.toLowerCase()) + 1;
        if (month === 0)
            return null;
        return civil(yearOf(y, what), month, Number(d), [h, mi, s, frac], zone, dayName, what);
    }
    m = SORTABLE.exec(t);
    if (m) {
        const [, y, mo, d, h, mi, s, frac, zone] = m;
        return civil(Number(y), Number(mo), Number(d), [h, mi, s, frac], zone, undefined, what);
    }
    m = MONTH_DAY_YEAR.exec(t);
    if (m) {
        const [, a, , b, y] = m;
        return civil(Number(y), Number(a), Number(b), ['0', '0', undefined, undefined], undefined, undefined, what);
    }
    return null;
}
function yearOf(y, what) {
    if (y.length === 4)
        return Number(y);
    const yy = Number(y);
    if (yy <= 29)
        return 2000 + yy;
    if (yy >= 50)
        return 1900 + yy;
    throw new engine_refusal.Unsupported(`${what} of a two-digit year ${y} (its century is not documented)`);
}
function civil(year, month, day, [h, mi, s = '0', frac = ''], zone, dayName, what) {
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > (0,calendar/* daysInMonth */.L3)(year, month))
        return 'invalid';
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
        return 'invalid';
    const date = (0,calendar/* ticksOf */.EN)(year, month, day);
    if (dayName !== undefined) {
        const name = dayName.toLowerCase();
        const index = DAYS.findIndex((full) => full === name || full.slice(0, 3) === name);
        if (index < 0)
            throw new engine_refusal.Unsupported(`${what} with the weekday ${dayName}`);
        if (index !== (0,calendar/* weekday */.jr)(date))
            throw new engine_refusal.Unsupported(`${what} with a weekday that does not match the date`);
    }
    let ticks = date + BigInt(h) * calendar/* TICKS_PER_HOUR */.OU + BigInt(mi) * calendar/* TICKS_PER_MINUTE */.Y_ + BigInt(s) * engine_values.TICKS_PER_SECOND + BigInt(frac.padEnd(7, '0'));
    if (zone !== undefined) {
        const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
        if (numeric) {
            const offset = (BigInt(numeric[2]) * 60n + BigInt(numeric[3])) * calendar/* TICKS_PER_MINUTE */.Y_;
            ticks = numeric[1] === '+' ? ticks - offset : ticks + offset;
        }
        else if (!['gmt', 'ut', 'utc', 'z'].includes(zone.toLowerCase())) {
            throw new engine_refusal.Unsupported(`${what} with the time zone ${zone}`);
        }
    }
    return (0,calendar/* inRange */.r4)(ticks, what);
}

;// CONCATENATED MODULE: ./src/engine/functions/datetime-convert.ts
/**
 * todatetime / totimespan from text, and the UTC-only time-zone conversions.
 * Text in the documented ISO 8601, RFC 822, RFC 850 and sortable forms is parsed
 * exactly (datetime-text.ts); text without digits is a failed conversion (null); any
 * other text with digits (other layouts) is refused, not guessed.
 */




const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|\s?GMT|[+-]\d{2}:\d{2})?$/;
/** Ticks of documented ISO 8601 / sortable datetime text, null when it has no digits; refuse the rest. */
function datetimeFromText(text, what) {
    const m = ISO.exec(text);
    if (!m) {
        const other = documentedDatetime(text, what);
        if (other !== null)
            return other === 'invalid' ? null : other;
        if (!/\d/.test(text))
            return null;
        throw new engine_refusal.Unsupported(`${what} of text in an undocumented or ambiguous layout`);
    }
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > (0,calendar/* daysInMonth */.L3)(year, month))
        return null;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
        return null;
    let ticks = (0,calendar/* ticksOf */.EN)(year, month, day) +
        BigInt(h) * calendar/* TICKS_PER_HOUR */.OU +
        BigInt(mi) * calendar/* TICKS_PER_MINUTE */.Y_ +
        BigInt(s) * engine_values.TICKS_PER_SECOND +
        BigInt(frac.padEnd(7, '0'));
    if (zone && /^[+-]/.test(zone)) {
        const offset = (BigInt(zone.slice(1, 3)) * 60n + BigInt(zone.slice(4, 6))) * calendar/* TICKS_PER_MINUTE */.Y_;
        ticks = zone[0] === '+' ? ticks - offset : ticks + offset;
    }
    return (0,calendar/* inRange */.r4)(ticks, what);
}
const datetime_convert_CLOCK = /^(-)?(?:(\d+)\.)?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;
/** Ticks of `[-][d.]hh:mm[:ss[.fffffff]]` text, null when it has no digits; refuse the rest. */
function timespanFromText(text, what) {
    const m = datetime_convert_CLOCK.exec(text);
    if (!m) {
        if (!/\d/.test(text))
            return null;
        throw new engine_refusal.Unsupported(`${what} of text in an undocumented layout`);
    }
    const [, negative, d = '0', h, mi, s = '0', frac = ''] = m;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
        throw new engine_refusal.Unsupported(`${what} of a clock part out of range`);
    const ticks = BigInt(d) * engine_values.TICKS_PER_DAY +
        BigInt(h) * calendar/* TICKS_PER_HOUR */.OU +
        BigInt(mi) * calendar/* TICKS_PER_MINUTE */.Y_ +
        BigInt(s) * engine_values.TICKS_PER_SECOND +
        BigInt(frac.padEnd(7, '0'));
    return negative ? -ticks : ticks;
}
/** One formatter per zone; undefined for a name the tz database does not know. */
const FORMATTERS = new Map();
function formatterOf(zone) {
    if (!FORMATTERS.has(zone)) {
        let f;
        try {
            f = new Intl.DateTimeFormat('en-US', {
                timeZone: zone,
                hourCycle: 'h23',
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                second: 'numeric',
                era: 'short',
            });
        }
        catch {
            f = undefined;
        }
        FORMATTERS.set(zone, f);
    }
    return FORMATTERS.get(zone);
}
/** The zone's offset from UTC (local minus UTC) at a UTC instant, in milliseconds. */
function offsetAt(utcMs, f) {
    const parts = {};
    for (const p of f.formatToParts(new Date(utcMs)))
        parts[p.type] = p.value;
    const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
    const local = new Date(0);
    local.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
    local.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
    const whole = Math.floor(utcMs / 1000) * 1000;
    return local.getTime() - whole;
}
const DAY_MS = 86_400_000;
/**
 * Time zones from the IANA database (Intl): UTC to local adds the zone's offset at that
 * instant. Local to UTC: a local time that exists once takes its offset; one skipped by a
 * clock change (spring forward) takes the offset after the change, as the documented
 * Europe/Brussels example shows (02:00 local on 2022-03-27 is 00:00 UTC); one that occurs
 * twice (fall back) is refused, as which one Kusto picks is not documented. Ticks below a
 * millisecond are kept as they are.
 */
function zoned(name, toLocal) {
    return {
        name,
        evaluate: ([v, zone]) => {
            if (v === null || v === undefined || zone === null)
                return null;
            if (typeof zone !== 'string' || typeof v !== 'bigint')
                throw new engine_refusal.Unsupported(`${name}() of these values`);
            const f = formatterOf(zone);
            if (!f)
                throw new engine_refusal.Unsupported(`${name}() with time zone ${zone} (not in the tz database)`);
            const ms = Number(v / engine_values.TICKS_PER_MS - (v % engine_values.TICKS_PER_MS < 0n ? 1n : 0n));
            if (toLocal)
                return v + BigInt(offsetAt(ms, f)) * engine_values.TICKS_PER_MS;
            const candidates = [...new Set([offsetAt(ms - DAY_MS, f), offsetAt(ms, f), offsetAt(ms + DAY_MS, f)])];
            const valid = [...new Set(candidates.filter((o) => offsetAt(ms - o, f) === o))];
            if (valid.length > 1)
                throw new engine_refusal.Unsupported(`${name}() of a local time that occurs twice (clock change)`);
            // None valid: skipped by a clock change; the offset after it.
            const offset = valid.length === 1 ? valid[0] : offsetAt(ms + DAY_MS, f);
            return v - BigInt(offset) * engine_values.TICKS_PER_MS;
        },
    };
}
const DATETIME_CONVERT_FUNCTIONS = [
    {
        name: 'todatetime',
        evaluate: ([v], { argTypes }) => {
            if (v === null || v === undefined)
                return null;
            if (typeof v === 'bigint' && argTypes[0] === 'datetime')
                return v;
            if (typeof v === 'string')
                return datetimeFromText(v, 'todatetime()');
            throw new engine_refusal.Unsupported(`todatetime() of a ${argTypes[0]} value`);
        },
    },
    {
        name: 'totimespan',
        evaluate: ([v], { argTypes }) => {
            if (v === null || v === undefined)
                return null;
            if (typeof v === 'bigint' && argTypes[0] === 'timespan')
                return v;
            if (typeof v === 'string')
                return timespanFromText(v, 'totimespan()');
            throw new engine_refusal.Unsupported(`totimespan() of a ${argTypes[0]} value`);
        },
    },
    zoned('datetime_utc_to_local', true),
    zoned('datetime_local_to_utc', false),
];

;// CONCATENATED MODULE: ./src/engine/functions/datetime-format.ts
/**
 * format_datetime and format_timespan with the documented format elements and
 * delimiters only; any other character or element is refused.
 */



const DELIMITERS = new Set([' ', '/', '-', ':', ',', '.', '_', '[', ']']);
/** Split a format into runs of one letter and single delimiters. */
function tokens(format, what) {
    const out = [];
    for (let i = 0; i < format.length;) {
        const ch = format[i];
        if (DELIMITERS.has(ch)) {
            out.push(ch);
            i++;
            continue;
        }
        if (!/[A-Za-z]/.test(ch))
            throw new engine_refusal.Unsupported(`${what} with format character '${ch}'`);
        let j = i;
        while (format[j] === ch)
            j++;
        out.push(format.slice(i, j));
        i = j;
    }
    return out;
}
const pad = (n, width) => n.toString().padStart(width, '0');
/** f…fffffff and F…FFFFFFF: the leading digits of the 7-digit tick fraction. */
function fractionDigits(token, fraction, previous, what) {
    if (!/^(f{1,7}|F{1,7})$/.test(token))
        return undefined;
    const digits = pad(fraction, 7).slice(0, token.length);
    if (token[0] === 'f')
        return digits;
    const trimmed = digits.replace(/0+$/, '');
    // .NET also drops a '.' before an empty F element; whether Kusto does is not documented.
    if (trimmed === '' && previous === '.')
        throw new engine_refusal.Unsupported(`${what} with '.' before an empty F element`);
    return trimmed;
}
function formatDatetimeWith(ticks, format) {
    const what = 'format_datetime()';
    const { year, month, day } = (0,calendar/* civilOf */.Ng)(ticks);
    const time = (0,calendar/* timeOfDay */.rb)(ticks);
    const hour = Number(time / calendar/* TICKS_PER_HOUR */.OU);
    const minute = Number((time % calendar/* TICKS_PER_HOUR */.OU) / calendar/* TICKS_PER_MINUTE */.Y_);
    const second = Number((time % calendar/* TICKS_PER_MINUTE */.Y_) / engine_values.TICKS_PER_SECOND);
    const hour12 = hour % 12 === 0 ? 12 : hour % 12;
    const parts = tokens(format, what);
    return parts
        .map((token, i) => {
        if (token.length === 1 && DELIMITERS.has(token))
            return token;
        const fraction = fractionDigits(token, time % engine_values.TICKS_PER_SECOND, parts[i - 1], what);
        if (fraction !== undefined)
            return fraction;
        switch (token) {
            case 'd':
            case 'dd':
                return pad(day, token.length);
            case 'h':
            case 'hh':
                return pad(hour12, token.length);
            case 'H':
            case 'HH':
                return pad(hour, token.length);
            case 'm':
            case 'mm':
                return pad(minute, token.length);
            case 'M':
            case 'MM':
                return pad(month, token.length);
            case 's':
            case 'ss':
                return pad(second, token.length);
            case 'y':
            case 'yy':
                return pad(year % 100, token.length);
            case 'yyyy':
                return pad(year, 4);
            case 'tt':
                return hour < 12 ? 'AM' : 'PM';
            default:
                throw new engine_refusal.Unsupported(`${what} with format element ${token}`);
        }
    })
        .join('');
}
function formatTimespanWith(ticks, format) {
    const what = 'format_timespan()';
    if (ticks < 0n)
        throw new engine_refusal.Unsupported(`${what} of a negative timespan`);
    const days = ticks / engine_values.TICKS_PER_DAY;
    const time = ticks % engine_values.TICKS_PER_DAY;
    const hour = Number(time / calendar/* TICKS_PER_HOUR */.OU);
    const minute = Number((time % calendar/* TICKS_PER_HOUR */.OU) / calendar/* TICKS_PER_MINUTE */.Y_);
    const second = Number((time % calendar/* TICKS_PER_MINUTE */.Y_) / engine_values.TICKS_PER_SECOND);
    const parts = tokens(format, what);
    return parts
        .map((token, i) => {
        if (token.length === 1 && DELIMITERS.has(token))
            return token;
        const fraction = fractionDigits(token, time % engine_values.TICKS_PER_SECOND, parts[i - 1], what);
        if (fraction !== undefined)
            return fraction;
        if (/^d{1,8}$/.test(token))
            return pad(days, token.length);
        // The documentation's own example uses h/hh for the hour of the interval.
        if (/^(h|hh|H|HH)$/.test(token))
            return pad(hour, token.length);
        if (token === 'm' || token === 'mm')
            return pad(minute, token.length);
        if (token === 's' || token === 'ss')
            return pad(second, token.length);
        throw new engine_refusal.Unsupported(`${what} with format element ${token}`);
    })
        .join('');
}
function formatter(name, format) {
    return {
        name,
        evaluate: ([v, f]) => {
            if (v === null || v === undefined)
                return '';
            if (typeof v !== 'bigint' || typeof f !== 'string')
                throw new engine_refusal.Unsupported(`${name}() of these values`);
            return format(v, f);
        },
    };
}
const DATETIME_FORMAT_FUNCTIONS = [
    formatter('format_datetime', formatDatetimeWith),
    formatter('format_timespan', formatTimespanWith),
];

;// CONCATENATED MODULE: ./src/engine/functions/datetime-parts.ts
/**
 * Parts of a datetime (dayofweek, getyear, week_of_year, datetime_part, …) and
 * the start/end of its day, week (Sunday first), month and year, with the
 * optional offset in those units. Null in, null out.
 */



function ticksArg(v, what) {
    if (v === null || v === undefined)
        return null;
    if (typeof v !== 'bigint')
        throw new engine_refusal.Unsupported(`${what} of a non-datetime value`);
    return v;
}
/** A datetime part as a number, null for null. */
function part(name, get) {
    return {
        name,
        evaluate: ([v]) => {
            const t = ticksArg(v, `${name}()`);
            return t === null ? null : get(t);
        },
    };
}
const startOfDay = (t, offset) => BigInt((0,calendar/* dayNumber */.U$)(t) + offset) * engine_values.TICKS_PER_DAY;
const startOfWeek = (t, offset) => BigInt((0,calendar/* dayNumber */.U$)(t) - (0,calendar/* weekday */.jr)(t) + 7 * offset) * engine_values.TICKS_PER_DAY;
const startOfMonth = (t, offset, what) => {
    const { year, month } = (0,calendar/* civilOf */.Ng)(t);
    return (0,calendar/* addMonths */.PS)((0,calendar/* ticksOf */.EN)(year, month, 1), offset, what);
};
const startOfYear = (t, offset, what) => {
    const { year } = (0,calendar/* civilOf */.Ng)(t);
    if (year + offset < 1 || year + offset > 9999)
        throw new engine_refusal.Unsupported(`${what} outside the datetime range 0001..9999`);
    return (0,calendar/* ticksOf */.EN)(year + offset, 1, 1);
};
function boundary(name, start, end) {
    const what = `${name}()`;
    return {
        name,
        evaluate: ([v, o]) => {
            const t = ticksArg(v, what);
            if (t === null || o === null)
                return null;
            if (o !== undefined && (typeof o !== 'number' || !Number.isSafeInteger(o)))
                throw new engine_refusal.Unsupported(`${what} with this offset`);
            const offset = o ?? 0;
            (0,calendar/* inRange */.r4)(t, what);
            // The end is one tick before the next unit's start.
            return (0,calendar/* inRange */.r4)(end ? start(t, offset + 1, what) - 1n : start(t, offset, what), what);
        },
    };
}
const fraction = (t) => ((t % engine_values.TICKS_PER_SECOND) + engine_values.TICKS_PER_SECOND) % engine_values.TICKS_PER_SECOND;
/** datetime_part's parts (case-insensitive names). */
const PARTS = {
    year: (t) => (0,calendar/* civilOf */.Ng)(t).year,
    quarter: (t) => Math.floor(((0,calendar/* civilOf */.Ng)(t).month - 1) / 3) + 1,
    month: (t) => (0,calendar/* civilOf */.Ng)(t).month,
    week_of_year: calendar/* isoWeek */.ed,
    day: (t) => (0,calendar/* civilOf */.Ng)(t).day,
    dayofyear: calendar/* dayOfYear */.vb,
    hour: (t) => Number((0,calendar/* timeOfDay */.rb)(t) / calendar/* TICKS_PER_HOUR */.OU),
    minute: (t) => Number(((0,calendar/* timeOfDay */.rb)(t) % calendar/* TICKS_PER_HOUR */.OU) / calendar/* TICKS_PER_MINUTE */.Y_),
    second: (t) => Number(((0,calendar/* timeOfDay */.rb)(t) % calendar/* TICKS_PER_MINUTE */.Y_) / engine_values.TICKS_PER_SECOND),
    millisecond: (t) => Number(fraction(t) / engine_values.TICKS_PER_MS),
    microsecond: (t) => Number(fraction(t) / 10n),
    nanosecond: (t) => Number(fraction(t) * 100n),
};
function datetimePart(name) {
    return {
        name,
        evaluate: ([p, v]) => {
            const get = typeof p === 'string' ? PARTS[p.toLowerCase()] : undefined;
            if (!get)
                throw new engine_refusal.Unsupported(`${name}() of part ${String(p)}`);
            const t = ticksArg(v, `${name}()`);
            return t === null ? null : get(t);
        },
    };
}
const DATETIME_PART_FUNCTIONS = [
    {
        name: 'dayofweek',
        evaluate: ([v]) => {
            const t = ticksArg(v, 'dayofweek()');
            return t === null ? null : BigInt((0,calendar/* weekday */.jr)(t)) * engine_values.TICKS_PER_DAY;
        },
    },
    part('dayofmonth', (t) => (0,calendar/* civilOf */.Ng)(t).day),
    part('dayofyear', calendar/* dayOfYear */.vb),
    part('hourofday', PARTS.hour),
    part('getmonth', (t) => (0,calendar/* civilOf */.Ng)(t).month),
    part('monthofyear', (t) => (0,calendar/* civilOf */.Ng)(t).month),
    part('getyear', (t) => (0,calendar/* civilOf */.Ng)(t).year),
    part('week_of_year', calendar/* isoWeek */.ed),
    datetimePart('datetime_part'),
    // The documented deprecated alias.
    datetimePart('datepart'),
    boundary('startofday', startOfDay, false),
    boundary('endofday', startOfDay, true),
    boundary('startofweek', startOfWeek, false),
    boundary('endofweek', startOfWeek, true),
    boundary('startofmonth', startOfMonth, false),
    boundary('endofmonth', startOfMonth, true),
    boundary('startofyear', startOfYear, false),
    boundary('endofyear', startOfYear, true),
];

;// CONCATENATED MODULE: ./src/engine/functions/bits.ts
/**
 * Bitwise functions on 64-bit two's-complement longs (binary_and, binary_or,
 * binary_xor, binary_not, binary_shift_left/right, bitset_count_ones). A result
 * beyond ±2^53 is refused rather than rounded.
 */

function bits_long(v, what) {
    if (v === null || v === undefined)
        return null;
    if (typeof v !== 'number' || !Number.isSafeInteger(v))
        throw new engine_refusal.Unsupported(`${what} of a non-integer value`);
    return BigInt(v);
}
function result(n, what) {
    const wrapped = BigInt.asIntN(64, n);
    if (wrapped > BigInt(Number.MAX_SAFE_INTEGER) || wrapped < -BigInt(Number.MAX_SAFE_INTEGER))
        throw new engine_refusal.Unsupported(`${what} result beyond ±2^53`);
    return Number(wrapped);
}
function binary(name, op) {
    const what = `${name}()`;
    return {
        name,
        evaluate: ([x, y]) => {
            const a = bits_long(x, what);
            const b = bits_long(y, what);
            if (a === null || b === null)
                return null;
            const r = op(a, b);
            return r === null ? null : result(r, what);
        },
    };
}
const BIT_FUNCTIONS = [
    binary('binary_and', (a, b) => a & b),
    binary('binary_or', (a, b) => a | b),
    binary('binary_xor', (a, b) => a ^ b),
    // value << (shift % 64); a negative shift gives null (documented).
    binary('binary_shift_left', (a, s) => (s < 0n ? null : BigInt.asIntN(64, a << (s % 64n)))),
    binary('binary_shift_right', (a, s) => {
        // Whether a negative value shifts in sign bits or zeros is not documented.
        if (a < 0n)
            throw new engine_refusal.Unsupported('binary_shift_right() of a negative value');
        return s < 0n ? null : a >> (s % 64n);
    }),
    {
        name: 'binary_not',
        evaluate: ([x]) => {
            const a = bits_long(x, 'binary_not()');
            return a === null ? null : result(~a, 'binary_not()');
        },
    },
    {
        name: 'bitset_count_ones',
        evaluate: ([x], { argTypes }) => {
            const a = bits_long(x, 'bitset_count_ones()');
            if (a === null)
                return null;
            // A negative int: 32 or 64 set sign bits is not documented.
            if (a < 0n && argTypes[0] !== 'long')
                throw new engine_refusal.Unsupported('bitset_count_ones() of a negative int');
            return [...BigInt.asUintN(64, a).toString(2)].filter((c) => c === '1').length;
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/dynamic.ts
/** Functions over dynamic values (arrays and property bags). */



/** bag_pack/pack: alternating keys and typed values; a repeated key is refused. */
function bagPack(args, context) {
    if (args.length % 2 !== 0)
        throw new engine_refusal.Unsupported('bag_pack() with an odd number of arguments');
    const bag = {};
    for (let i = 0; i + 1 < args.length; i += 2) {
        const key = toKustoString(args[i]);
        if (Object.prototype.hasOwnProperty.call(bag, key))
            throw new engine_refusal.Unsupported('bag_pack() with a repeated key');
        if (/^(0|[1-9]\d*)$/.test(key))
            throw new engine_refusal.Unsupported('property bag with integer-like keys (key order)');
        (0,engine_values.putKey)(bag, key, (0,engine_values.toDynamic)(args[i + 1], context.argTypes[i + 1] ?? 'dynamic'));
    }
    return bag;
}
const DYNAMIC_FUNCTIONS = [
    { name: 'array_length', evaluate: ([a]) => (Array.isArray(a) ? a.length : null) },
    { name: 'pack_array', evaluate: (args, context) => args.map((a, i) => (0,engine_values.toDynamic)(a, context.argTypes[i] ?? 'dynamic')) },
    { name: 'bag_pack', evaluate: bagPack },
    { name: 'pack', evaluate: bagPack },
    {
        name: 'pack_all',
        evaluate: ([ignoreNullEmpty], context) => {
            if (!context.row)
                throw new engine_refusal.Unsupported('pack_all() without a row');
            if (ignoreNullEmpty === null)
                throw new engine_refusal.Unsupported('pack_all() with a null flag');
            const bag = {};
            for (const c of context.row()) {
                if (ignoreNullEmpty === true && (c.value === null || c.value === ''))
                    continue;
                if (/^(0|[1-9]\d*)$/.test(c.name))
                    throw new engine_refusal.Unsupported('property bag with integer-like keys (key order)');
                (0,engine_values.putKey)(bag, c.name, (0,engine_values.toDynamic)(c.value, c.type));
            }
            return bag;
        },
    },
    {
        name: 'bag_pack_columns',
        evaluate: (args, context) => {
            const bag = {};
            args.forEach((v, i) => {
                const name = context.argNames?.[i];
                if (!name)
                    throw new engine_refusal.Unsupported('bag_pack_columns() of an expression that is not a column');
                if (/^(0|[1-9]\d*)$/.test(name))
                    throw new engine_refusal.Unsupported('property bag with integer-like keys (key order)');
                (0,engine_values.putKey)(bag, name, (0,engine_values.toDynamic)(v, context.argTypes[i] ?? 'dynamic'));
            });
            return bag;
        },
    },
    {
        name: 'strcat_array',
        evaluate: ([a, delimiter]) => Array.isArray(a) ? a.map((x) => (typeof x === 'string' ? x : toKustoString(x))).join(toKustoString(delimiter)) : '',
    },
    {
        name: 'split',
        evaluate: ([source, delimiter, index]) => {
            const text = toKustoString(source);
            const sep = toKustoString(delimiter);
            if (sep === '')
                throw new engine_refusal.Unsupported('split() with an empty delimiter');
            const parts = text.split(sep);
            if (index === undefined)
                return parts;
            if (index === null || typeof index !== 'number')
                return null;
            const i = index < 0 ? parts.length + index : index;
            return i >= 0 && i < parts.length ? [parts[i]] : [];
        },
    },
];
const MATH_FUNCTIONS = [
    {
        name: 'abs',
        evaluate: ([v]) => {
            if (v === null || v === undefined)
                return null;
            if (typeof v === 'bigint')
                return v < 0n ? -v : v;
            if (typeof v === 'number')
                return Math.abs(v);
            throw new engine_refusal.Unsupported('abs() of this type');
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/ipv4-parse.ts
/**
 * IPv4 text in IP-prefix notation (`a.b.c.d` or `a.b.c.d/n`), as the Kusto IPv4
 * functions read it. The canonical dotted quad is parsed exactly; text that is
 * plainly not an IPv4 address (letters, IPv6, empty) is a failed conversion;
 * anything a lenient parser might still accept (leading zeros, spaces, fewer
 * octets, hex) is refused, because Kusto does not document how it reads those.
 */

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const DOTTED = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);
const PREFIX = /^(3[0-2]|[12]\d|\d)$/;
/** Characters a lenient IPv4 reader might accept: digits, hex, dots, a slash, a port colon, spaces. */
const MAYBE_IPV4 = /^[\s0-9a-fA-FxX./:]+$/;
/** The address of a canonical dotted quad, or null. */
function dottedQuad(text) {
    const m = DOTTED.exec(text);
    if (!m)
        return null;
    return ((Number(m[1]) * 256 + Number(m[2])) * 256 + Number(m[3])) * 256 + Number(m[4]);
}
/** The netmask of a prefix length as an unsigned 32-bit number. */
function netmask(prefix) {
    return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}
/** `address & netmask(prefix)` as an unsigned number. */
function masked(address, prefix) {
    return (address & netmask(prefix)) >>> 0;
}
/** Parse IPv4 text; null when it is not an IPv4 address; refuse forms Kusto may read leniently. */
function parseIpv4Text(text, what) {
    const slash = text.indexOf('/');
    const ip = slash < 0 ? text : text.slice(0, slash);
    const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
    const address = dottedQuad(ip);
    if (address !== null && (prefixText === undefined || PREFIX.test(prefixText))) {
        return { address, prefix: prefixText === undefined ? 32 : Number(prefixText) };
    }
    // Four plain decimal parts with one above 255: no reader takes that as IPv4.
    if (/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/.test(ip) && (prefixText === undefined || PREFIX.test(prefixText)))
        return null;
    // A lenient reader (inet_aton-like) still needs a leading digit and no IPv6 colons.
    if (!MAYBE_IPV4.test(text) || !/^\d/.test(text.trim()) || (text.includes(':') && !text.includes('.')))
        return null;
    throw new engine_refusal.Unsupported(`${what} of a non-canonical IPv4 string`);
}
/** A function argument as IPv4 (string form); null for null/empty. */
function ipv4Arg(value, what) {
    if (value === null || value === undefined)
        return null;
    if (typeof value !== 'string')
        throw new engine_refusal.Unsupported(`${what} of a non-string value`);
    return parseIpv4Text(value, what);
}
/** An optional prefix-length argument: undefined when absent, null when null or outside 0..32. */
function prefixArg(value) {
    if (value === undefined)
        return undefined;
    if (value === null)
        return null;
    if (typeof value !== 'number' || !Number.isInteger(value))
        return null;
    return value >= 0 && value <= 32 ? value : null;
}
/** Dotted text of an unsigned 32-bit address. */
function formatIpv4(address) {
    return [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255].join('.');
}

;// CONCATENATED MODULE: ./src/engine/functions/ipv4.ts
/**
 * IPv4 functions (parse_ipv4, ipv4_is_private, ipv4_is_in_range, …). Addresses
 * are unsigned 32-bit numbers; a `/n` suffix masks them. Comparisons of two
 * masked addresses use the shorter of the prefixes involved, as the ipv4_compare
 * and ipv4_is_match examples show.
 */


/** The private blocks of RFC 1918, as the ipv4_is_private documentation lists them. */
const PRIVATE_BLOCKS = [
    { address: 0x0a000000, prefix: 8 },
    { address: 0xac100000, prefix: 12 },
    { address: 0xc0a80000, prefix: 16 },
];
/** Whether `ip` (with its own prefix) lies in `range`; refused when its prefix is wider than the range's. */
function inRange(ip, range, what) {
    if (ip.prefix < range.prefix)
        throw new engine_refusal.Unsupported(`${what} with an address prefix wider than the range`);
    return masked(masked(ip.address, ip.prefix), range.prefix) === masked(range.address, range.prefix);
}
/** -1/0/1 of two addresses masked to the shortest prefix (null when either fails to parse). */
function compareIpv4(args, what) {
    const a = ipv4Arg(args[0], what);
    const b = ipv4Arg(args[1], what);
    let prefix = args[2] === undefined ? 32 : prefixArg(args[2]);
    if (args[2] === null)
        return null;
    if (prefix === null)
        throw new engine_refusal.Unsupported(`${what} with a prefix outside 0..32`);
    if (a === null || b === null)
        return null;
    prefix = Math.min(prefix ?? 32, a.prefix, b.prefix);
    const x = masked(a.address, prefix);
    const y = masked(b.address, prefix);
    return x < y ? -1 : x > y ? 1 : 0;
}
/** The ranges of ipv4_is_in_any_range: strings, or dynamic arrays of strings. */
function rangeList(args) {
    const out = [];
    for (const arg of args) {
        const items = Array.isArray(arg) ? arg : [arg];
        for (const item of items) {
            if (typeof item !== 'string')
                throw new engine_refusal.Unsupported('ipv4_is_in_any_range() with a range that is not a string');
            out.push(item);
        }
    }
    return out;
}
/** Format `ip` masked by min(its prefix, the argument); '' when it cannot be read. */
function formatArgs(args, what) {
    const [value, prefixValue] = args;
    const prefix = prefixArg(prefixValue);
    if (prefix === null)
        return null;
    let ip;
    if (typeof value === 'number') {
        if (!Number.isInteger(value) || value < 0 || value > 0xffffffff)
            throw new engine_refusal.Unsupported(`${what} of a number outside 0..2^32-1`);
        ip = { address: value, prefix: 32 };
    }
    else
        ip = ipv4Arg(value, what);
    if (ip === null)
        return null;
    const p = Math.min(prefix ?? 32, ip.prefix);
    return { address: masked(ip.address, p), prefix: p };
}
/** The fewest CIDR blocks covering [start, end]. */
function cidrCover(start, end) {
    const out = [];
    let current = start;
    while (current <= end) {
        // The largest aligned block starting at `current` that stays within `end`.
        let size = 32;
        while (size > 0) {
            const block = 2 ** (33 - size);
            if (current % block !== 0 || current + block - 1 > end)
                break;
            size--;
        }
        out.push(`${formatIpv4(current)}/${size}`);
        current += 2 ** (32 - size);
    }
    return out;
}
const IPV4_FUNCTIONS = [
    {
        name: 'parse_ipv4',
        evaluate: ([v]) => {
            const ip = ipv4Arg(v, 'parse_ipv4()');
            return ip === null ? null : masked(ip.address, ip.prefix);
        },
    },
    {
        name: 'parse_ipv4_mask',
        evaluate: ([v, p]) => {
            const ip = ipv4Arg(v, 'parse_ipv4_mask()');
            const prefix = prefixArg(p);
            if (ip === null || prefix === null || prefix === undefined)
                return null;
            if (ip.prefix !== 32)
                throw new engine_refusal.Unsupported('parse_ipv4_mask() of an address that has its own prefix');
            return masked(ip.address, prefix);
        },
    },
    {
        name: 'ipv4_is_private',
        evaluate: ([v]) => {
            const ip = ipv4Arg(v, 'ipv4_is_private()');
            if (ip === null)
                return null;
            for (const block of PRIVATE_BLOCKS) {
                if (ip.prefix >= block.prefix) {
                    if (inRange(ip, block, 'ipv4_is_private()'))
                        return true;
                }
                else if (masked(ip.address, ip.prefix) === masked(block.address, ip.prefix)) {
                    // A network wider than the private block that contains it: partly private.
                    throw new engine_refusal.Unsupported('ipv4_is_private() of a network wider than a private block');
                }
            }
            return false;
        },
    },
    {
        name: 'ipv4_is_in_range',
        evaluate: ([v, r]) => {
            const ip = ipv4Arg(v, 'ipv4_is_in_range()');
            const range = ipv4Arg(r, 'ipv4_is_in_range()');
            if (ip === null || range === null)
                return null;
            return inRange(ip, range, 'ipv4_is_in_range()');
        },
    },
    {
        name: 'ipv4_is_in_any_range',
        evaluate: ([v, ...rest]) => {
            const ip = ipv4Arg(v, 'ipv4_is_in_any_range()');
            if (ip === null)
                return null;
            const ranges = rangeList(rest).map((text) => parseIpv4Text(text, 'ipv4_is_in_any_range()'));
            // Whether one unreadable range makes the whole answer null is not documented.
            if (ranges.some((range) => range === null))
                throw new engine_refusal.Unsupported('ipv4_is_in_any_range() with a range that is not IPv4');
            return ranges.some((range) => inRange(ip, range, 'ipv4_is_in_any_range()'));
        },
    },
    { name: 'ipv4_compare', evaluate: (args) => compareIpv4(args, 'ipv4_compare()') },
    {
        name: 'ipv4_is_match',
        evaluate: (args) => {
            const c = compareIpv4(args, 'ipv4_is_match()');
            return c === null ? null : c === 0;
        },
    },
    {
        name: 'ipv4_netmask_suffix',
        evaluate: ([v]) => ipv4Arg(v, 'ipv4_netmask_suffix()')?.prefix ?? null,
    },
    {
        name: 'format_ipv4',
        evaluate: (args) => {
            const r = formatArgs(args, 'format_ipv4()');
            return r === null ? '' : formatIpv4(r.address);
        },
    },
    {
        name: 'format_ipv4_mask',
        evaluate: (args) => {
            const r = formatArgs(args, 'format_ipv4_mask()');
            return r === null ? '' : `${formatIpv4(r.address)}/${r.prefix}`;
        },
    },
    {
        name: 'ipv4_range_to_cidr_list',
        evaluate: ([s, e]) => {
            const start = ipv4Arg(s, 'ipv4_range_to_cidr_list()');
            const end = ipv4Arg(e, 'ipv4_range_to_cidr_list()');
            // What an unreadable bound gives (null, an empty array) is not documented.
            if (start === null || end === null)
                throw new engine_refusal.Unsupported('ipv4_range_to_cidr_list() of a value that is not IPv4');
            if (start.prefix !== 32 || end.prefix !== 32 || start.address > end.address)
                throw new engine_refusal.Unsupported('ipv4_range_to_cidr_list() of a masked or reversed range');
            return cidrCover(start.address, end.address);
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/ipv4-text.ts
/**
 * IPv4 text search: has_ipv4, has_ipv4_prefix, has_any_ipv4, has_any_ipv4_prefix.
 * An address counts only when it is a valid dotted quad delimited in the text by
 * non-alphanumeric characters. Text where the delimiting is unclear (a longer
 * dotted run such as `1.2.3.4.5`, leading zeros, `_` or non-ASCII neighbours) is
 * refused rather than guessed.
 */


const OCTET_TEXT = /^(0|[1-9]\d{0,2})$/;
/** Whether a neighbour character delimits an address; refuse the unclear ones. */
function delimits(ch, what) {
    if (ch === undefined)
        return true;
    if (/[A-Za-z0-9]/.test(ch))
        return false;
    if (ch === '_' || ch.charCodeAt(0) > 127)
        throw new engine_refusal.Unsupported(`${what} next to '${ch}' (term boundary not documented)`);
    return true;
}
/** The canonical dotted text of every properly delimited IPv4 address in `source`. */
function ipv4sInText(source, what) {
    const found = new Set();
    for (const m of source.matchAll(/[0-9.]+/g)) {
        const run = m[0];
        const start = m.index;
        const core = run.replace(/^\.+/, '').replace(/\.+$/, '');
        const parts = core.split('.');
        if (parts.length < 4)
            continue;
        if (parts.length > 4 || parts.some((p) => p === ''))
            throw new engine_refusal.Unsupported(`${what} over a dotted number run such as ${core}`);
        if (parts.some((p) => p.length > 3 || Number(p) > 255))
            continue;
        if (!parts.every((p) => OCTET_TEXT.test(p)))
            throw new engine_refusal.Unsupported(`${what} over an address with leading zeros`);
        const before = source[start - 1];
        const after = source[start + run.length];
        // A dot next to the address is itself a delimiter.
        if ((run.startsWith('.') || delimits(before, what)) && (run.endsWith('.') || delimits(after, what)))
            found.add(core);
    }
    return found;
}
/** The needle as canonical dotted text; null when it is not a valid address; refuse lenient forms. */
function needleAddress(value, what) {
    if (typeof value !== 'string')
        throw new engine_refusal.Unsupported(`${what} with a non-string address`);
    const address = dottedQuad(value);
    if (address !== null)
        return formatIpv4(address);
    const parts = value.split('.');
    if (parts.length === 4 && parts.every((p) => /^(0|[1-9]\d*)$/.test(p)))
        return null; // an octet above 255
    if (/^[\s0-9a-fA-FxX./]+$/.test(value))
        throw new engine_refusal.Unsupported(`${what} with a non-canonical address ${value}`);
    return null;
}
/** The needle prefix (`a.`, `a.b.`, `a.b.c.` or a full address); null when invalid. */
function needlePrefix(value, what) {
    if (typeof value !== 'string')
        throw new engine_refusal.Unsupported(`${what} with a non-string prefix`);
    if (/^((25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)\.){1,3}$/.test(value))
        return value;
    // One to three octets without the closing dot: documented as not a valid prefix.
    if (/^(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2})){0,2}$/.test(value))
        return null;
    return needleAddress(value, what);
}
function sourceText(value, what) {
    if (typeof value !== 'string')
        throw new engine_refusal.Unsupported(`${what} of a non-string source`);
    return value;
}
/** Needles given as several arguments or as dynamic arrays. */
function needles(args) {
    return args.flatMap((a) => (Array.isArray(a) ? a : [a]));
}
function hasAddress(source, list, what) {
    const wanted = list.map((n) => needleAddress(n, what)).filter((n) => n !== null);
    if (wanted.length === 0)
        return false;
    const found = ipv4sInText(sourceText(source, what), what);
    return wanted.some((n) => found.has(n));
}
function hasPrefix(source, list, what) {
    const wanted = list.map((n) => needlePrefix(n, what)).filter((n) => n !== null);
    if (wanted.length === 0)
        return false;
    const found = [...ipv4sInText(sourceText(source, what), what)];
    return wanted.some((prefix) => found.some((ip) => (prefix.endsWith('.') ? ip.startsWith(prefix) : ip === prefix)));
}
const IPV4_TEXT_FUNCTIONS = [
    { name: 'has_ipv4', evaluate: ([s, ip]) => hasAddress(s, [ip ?? null], 'has_ipv4()') },
    { name: 'has_any_ipv4', evaluate: ([s, ...ips]) => hasAddress(s, needles(ips), 'has_any_ipv4()') },
    { name: 'has_ipv4_prefix', evaluate: ([s, p]) => hasPrefix(s, [p ?? null], 'has_ipv4_prefix()') },
    { name: 'has_any_ipv4_prefix', evaluate: ([s, ...ps]) => hasPrefix(s, needles(ps), 'has_any_ipv4_prefix()') },
];

;// CONCATENATED MODULE: ./src/engine/functions/ipv6.ts
/**
 * IPv6 functions (parse_ipv6, ipv6_compare, ipv6_is_match, ipv6_is_in_range, …).
 * Addresses are 128-bit bigints. IPv4 text is read as an IPv4-mapped address
 * (::ffff:a.b.c.d) whose `/n` counts IPv4 bits (96 + n in IPv6 bits), as the
 * parse_ipv6_mask examples show; `::a.b.c.d` is read the same way there.
 */


const ALL = (1n << 128n) - 1n;
const MAPPED = 0xffffn << 32n;
const GROUP = /^[0-9a-fA-F]{1,4}$/;
/** The netmask of a prefix length (0..128) as a 128-bit bigint. */
function mask(prefix) {
    return prefix === 0 ? 0n : (ALL << BigInt(128 - prefix)) & ALL;
}
/** Eight 16-bit groups from `a:b::c` text (no embedded IPv4); null when malformed. */
function groups(text) {
    const halves = text.split('::');
    if (halves.length > 2)
        return null;
    const split = (h) => (h === '' ? [] : h.split(':'));
    const head = split(halves[0]);
    const tail = halves.length === 2 ? split(halves[1]) : [];
    if (![...head, ...tail].every((g) => GROUP.test(g)))
        return null;
    const missing = 8 - head.length - tail.length;
    if (halves.length === 2 ? missing < 1 : missing !== 0)
        return null;
    const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
    return all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}
/** Parse IPv6 or IPv4 text in IP-prefix notation; null when it is not an address. */
function parseIpv6Text(text, what) {
    if (!text.includes(':')) {
        const v4 = parseIpv4Text(text, what);
        return v4 === null ? null : { address: MAPPED | BigInt(v4.address), prefix: 96 + v4.prefix };
    }
    if (/[%[\]\s]/.test(text))
        throw new engine_refusal.Unsupported(`${what} of an IPv6 string with a zone, brackets or spaces`);
    const slash = text.indexOf('/');
    const ip = slash < 0 ? text : text.slice(0, slash);
    const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
    if (prefixText !== undefined && !/^(12[0-8]|1[01]\d|[1-9]\d|\d)$/.test(prefixText))
        return null;
    if (ip.includes('.')) {
        // Only `::a.b.c.d` and `::ffff:a.b.c.d` have a documented reading (IPv4, IPv4 prefix bits).
        const m = /^::(?:ffff:)?([0-9.]+)$/i.exec(ip);
        const v4 = m ? dottedQuad(m[1]) : null;
        if (v4 === null)
            throw new engine_refusal.Unsupported(`${what} of an IPv6 string with embedded IPv4`);
        const prefix = prefixText === undefined ? 32 : Number(prefixText);
        if (prefix > 32)
            throw new engine_refusal.Unsupported(`${what} of ::a.b.c.d with a prefix above 32`);
        return { address: MAPPED | BigInt(v4), prefix: 96 + prefix };
    }
    const address = groups(ip);
    if (address === null)
        return null;
    return { address, prefix: prefixText === undefined ? 128 : Number(prefixText) };
}
function ipv6Arg(value, what) {
    if (value === null || value === undefined)
        return null;
    if (typeof value !== 'string')
        throw new engine_refusal.Unsupported(`${what} of a non-string value`);
    return parseIpv6Text(value, what);
}
/** An optional prefix argument: undefined when absent, null when null or outside 0..128. */
function ipv6_prefixArg(value) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 128)
        return null;
    return value;
}
function compareIpv6(args, what) {
    const a = ipv6Arg(args[0], what);
    const b = ipv6Arg(args[1], what);
    if (args[2] === null)
        return null;
    const p = ipv6_prefixArg(args[2]);
    if (p === null)
        throw new engine_refusal.Unsupported(`${what} with a prefix outside 0..128`);
    if (a === null || b === null)
        return null;
    const m = mask(Math.min(p ?? 128, a.prefix, b.prefix));
    const x = a.address & m;
    const y = b.address & m;
    return x < y ? -1 : x > y ? 1 : 0;
}
function ipv6_inRange(ip, range, what) {
    if (ip.prefix < range.prefix)
        throw new engine_refusal.Unsupported(`${what} with an address prefix wider than the range`);
    const m = mask(range.prefix);
    return (ip.address & mask(ip.prefix) & m) === (range.address & m);
}
function ipv6_canonical(address) {
    return address.toString(16).padStart(32, '0').match(/.{4}/g).join(':');
}
const IPV6_FUNCTIONS = [
    {
        name: 'parse_ipv6',
        evaluate: ([v]) => {
            const ip = ipv6Arg(v, 'parse_ipv6()');
            return ip === null ? '' : ipv6_canonical(ip.address & mask(ip.prefix));
        },
    },
    {
        name: 'parse_ipv6_mask',
        evaluate: ([v, p]) => {
            const ip = ipv6Arg(v, 'parse_ipv6_mask()');
            const prefix = ipv6_prefixArg(p);
            if (ip === null || prefix === null || prefix === undefined)
                return '';
            return ipv6_canonical(ip.address & mask(Math.min(ip.prefix, prefix)));
        },
    },
    { name: 'ipv6_compare', evaluate: (args) => compareIpv6(args, 'ipv6_compare()') },
    {
        name: 'ipv6_is_match',
        evaluate: (args) => {
            const c = compareIpv6(args, 'ipv6_is_match()');
            return c === null ? null : c === 0;
        },
    },
    {
        name: 'ipv6_is_in_range',
        evaluate: ([v, r]) => {
            const ip = ipv6Arg(v, 'ipv6_is_in_range()');
            const range = ipv6Arg(r, 'ipv6_is_in_range()');
            if (ip === null || range === null)
                return null;
            return ipv6_inRange(ip, range, 'ipv6_is_in_range()');
        },
    },
    {
        name: 'ipv6_is_in_any_range',
        evaluate: ([v, ...rest]) => {
            const what = 'ipv6_is_in_any_range()';
            const ip = ipv6Arg(v, what);
            if (ip === null)
                return null;
            const ranges = rest.flatMap((a) => (Array.isArray(a) ? a : [a])).map((r) => ipv6Arg(r, what));
            if (ranges.some((r) => r === null))
                throw new engine_refusal.Unsupported(`${what} with a range that is not an address`);
            return ranges.some((range) => ipv6_inRange(ip, range, what));
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/logic.ts
/** Conditionals, null tests and assert(). */

const iff = ([cond, then, otherwise]) => (cond === true ? then : otherwise) ?? null;
const LOGIC_FUNCTIONS = [
    { name: 'iff', evaluate: iff, bigLongs: 'pass' },
    { name: 'iif', evaluate: iff, bigLongs: 'pass' },
    {
        // true, or the query fails with the message (Kusto raises it as a semantic error).
        name: 'assert',
        evaluate: ([condition, message]) => {
            if (condition === true)
                return true;
            if (condition === false)
                throw new engine_refusal.QueryError(`assert() failed: ${String(message ?? '')}`);
            throw new engine_refusal.Unsupported('assert() of a null condition');
        },
    },
    {
        name: 'case',
        bigLongs: 'pass',
        evaluate: (args) => {
            for (let i = 0; i + 1 < args.length; i += 2)
                if (args[i] === true)
                    return args[i + 1] ?? null;
            return args[args.length - 1] ?? null;
        },
    },
    { name: 'isnull', evaluate: ([v]) => v === null, bigLongs: 'handle' },
    { name: 'isnotnull', evaluate: ([v]) => v !== null, bigLongs: 'handle' },
    { name: 'not', evaluate: ([v]) => (v === null ? null : !v) },
    {
        name: 'coalesce',
        bigLongs: 'pass',
        evaluate: (args, { resultType }) => {
            for (const a of args)
                if (a !== null && !(resultType === 'string' && a === ''))
                    return a;
            return resultType === 'string' ? '' : null;
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/math.ts
/**
 * Numeric functions: powers, logarithms, trigonometry, rounding, classification,
 * gamma at small integers, max_of/min_of and around. Null in, null out. Results
 * are IEEE doubles (as Kusto's are); integer results follow the binder's result
 * type and stay within ±2^53 or are refused.
 */



function num(v, what) {
    if (v === null || v === undefined)
        return null;
    if (typeof v !== 'number')
        throw new engine_refusal.Unsupported(`${what} of a non-numeric value`);
    return v;
}
/** A one-argument real function; `domain` false means the documented null. */
function real1(name, f, domain = () => true) {
    return {
        name,
        evaluate: ([v]) => {
            const x = num(v, `${name}()`);
            if (x === null)
                return null;
            return domain(x) ? f(x) : null;
        },
    };
}
/** log/log2/log10: null for negative input (documented); log of 0 is not documented. */
function logarithm(name, f) {
    return real1(name, (x) => {
        if (x === 0)
            throw new engine_refusal.Unsupported(`${name}(0)`);
        return f(x);
    }, (x) => !(x < 0));
}
const math_isInteger = (t) => t === 'int' || t === 'long';
/** (n-1)! for the integers where it is exact in a double (gamma(24) = 23! is not). */
function smallGamma(x, what) {
    if (!Number.isInteger(x) || x < 1 || x > 23)
        throw new engine_refusal.Unsupported(`${what} of ${x} (only exact at integers 1..23)`);
    let product = 1;
    for (let k = 2; k < x; k++)
        product *= k;
    return product;
}
/** round(x, digits): ties are refused, as the documentation does not say which way they go. */
function round(x, digits, integer, what) {
    if (!Number.isFinite(x))
        return x;
    if (integer && digits >= 0)
        return x;
    const scale = 10 ** Math.abs(digits);
    const scaled = digits >= 0 ? x * scale : x / scale;
    // Past 2^52 every double is whole: scaling back may not return x itself.
    if (!Number.isFinite(scaled) || Math.abs(scaled) >= 2 ** 52)
        throw new engine_refusal.Unsupported(`${what} at this precision`);
    const floor = Math.floor(scaled);
    // A tie (after scaling, as round(2.15, 1) = 2.2 shows) is taken only where half-up,
    // half-away-from-zero and half-to-even agree: positive, with an odd floor.
    if (scaled - floor === 0.5 && !(scaled > 0 && floor % 2 === 1))
        throw new engine_refusal.Unsupported(`${what} of a value halfway between two results`);
    const r = scaled - floor < 0.5 ? floor : floor + 1;
    const result = digits >= 0 ? r / scale : r * scale;
    return integer ? (0,engine_values.exactInteger)(result, what) : result;
}
/** The ordering key of max_of/min_of arguments: numbers and datetimes/timespans. */
function extreme(name, pick) {
    return {
        name,
        evaluate: (args, { argTypes, resultType }) => {
            if (!['int', 'long', 'real', 'datetime', 'timespan'].includes(resultType))
                throw new engine_refusal.Unsupported(`${name}() of ${resultType} values`);
            let best = null;
            args.forEach((a, i) => {
                if (a === null)
                    return;
                if (typeof a !== 'number' && typeof a !== 'bigint')
                    throw new engine_refusal.Unsupported(`${name}() of ${argTypes[i]} values`);
                if (typeof a === 'number' && Number.isNaN(a))
                    throw new engine_refusal.Unsupported(`${name}() with NaN`);
                if (best === null || pick(a, best))
                    best = a;
            });
            return best;
        },
    };
}
const bin = DATETIME_FUNCTIONS.find((f) => f.name === 'bin');
const MATH_FUNCTIONS_MORE = [
    { name: 'pi', evaluate: () => Math.PI },
    real1('sqrt', Math.sqrt, (x) => x >= 0),
    real1('exp', Math.exp),
    real1('exp2', (x) => 2 ** x),
    real1('exp10', (x) => 10 ** x),
    logarithm('log', Math.log),
    logarithm('log2', Math.log2),
    logarithm('log10', Math.log10),
    real1('sin', Math.sin),
    real1('cos', Math.cos),
    real1('tan', Math.tan),
    real1('asin', Math.asin, (x) => x >= -1 && x <= 1),
    real1('acos', Math.acos, (x) => x >= -1 && x <= 1),
    real1('atan', Math.atan),
    // cot(x) = 1 / tan(x) (documented definition).
    real1('cot', (x) => 1 / Math.tan(x)),
    // The documented formulas: degrees = (180 / pi) * radians; radians = (pi / 180) * degrees.
    real1('degrees', (x) => (180 / Math.PI) * x),
    real1('radians', (x) => (Math.PI / 180) * x),
    real1('isnan', Number.isNaN),
    real1('isinf', (x) => x === Infinity || x === -Infinity),
    real1('isfinite', Number.isFinite),
    real1('gamma', (x) => smallGamma(x, 'gamma()')),
    real1('loggamma', (x) => Math.log(smallGamma(x, 'loggamma()'))),
    real1('sign', (x) => {
        if (Number.isNaN(x))
            throw new engine_refusal.Unsupported('sign(NaN)');
        return x > 0 ? 1 : x < 0 ? -1 : 0;
    }),
    {
        name: 'atan2',
        evaluate: ([y, x]) => {
            const a = num(y, 'atan2()');
            const b = num(x, 'atan2()');
            return a === null || b === null ? null : Math.atan2(a, b);
        },
    },
    {
        name: 'pow',
        evaluate: ([b, e], { resultType }) => {
            const x = num(b, 'pow()');
            const y = num(e, 'pow()');
            if (x === null || y === null)
                return null;
            const r = x ** y;
            return math_isInteger(resultType) ? (0,engine_values.exactInteger)(r, 'pow()') : r;
        },
    },
    {
        name: 'ceiling',
        evaluate: ([v], { resultType }) => {
            const x = num(v, 'ceiling()');
            if (x === null)
                return null;
            return math_isInteger(resultType) ? x : Math.ceil(x);
        },
    },
    {
        // floor() is bin(); floor(x, 1) of a real is its integer floor.
        name: 'floor',
        evaluate: (args, context) => {
            const [v, size] = args;
            if (typeof v === 'number' && size === 1 && context.argTypes[0] === 'real')
                return Math.floor(v);
            return bin.evaluate(args, context);
        },
    },
    {
        name: 'round',
        evaluate: ([v, p], { argTypes }) => {
            const x = num(v, 'round()');
            if (x === null || p === null)
                return null;
            const digits = p === undefined ? 0 : p;
            if (typeof digits !== 'number' || !Number.isInteger(digits))
                throw new engine_refusal.Unsupported('round() with this precision');
            return round(x, digits, math_isInteger(argTypes[0]), 'round()');
        },
    },
    extreme('max_of', (a, b) => a > b),
    extreme('min_of', (a, b) => a < b),
    {
        name: 'around',
        evaluate: ([v, c, d]) => {
            if (v === null || c === null || d === null)
                return null;
            if (typeof v === 'bigint' && typeof c === 'bigint' && typeof d === 'bigint')
                return v >= c - d && v <= c + d;
            if (typeof v === 'number' && typeof c === 'number' && typeof d === 'number')
                return v >= c - d && v <= c + d;
            throw new engine_refusal.Unsupported('around() of mixed types');
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/series.ts
/** Element-wise series_* functions over numeric dynamic arrays (only the exact ones). */


/** A finite result, or a refusal (non-finite reals have no dynamic form here). */
function finite(n, fn) {
    if (!Number.isFinite(n))
        throw new engine_refusal.Unsupported(`${fn}() producing a non-finite value`);
    if (Number.isInteger(n) && !Number.isSafeInteger(n))
        throw new engine_refusal.Unsupported(`${fn}() beyond ±2^53`);
    return Object.is(n, -0) ? 0 : n;
}
/** Non-numeric elements yield null (documented for each of these). */
function unary(name, f) {
    return {
        name,
        evaluate: ([s]) => arrayArg(s, name).map((v) => (typeof v === 'number' ? finite(f(v), name) : null)),
    };
}
/** Non-numeric or missing elements (arrays of different lengths) yield null. */
function series_binary(name, f) {
    return {
        name,
        evaluate: ([s1, s2]) => {
            const a = arrayArg(s1, name);
            const b = arrayArg(s2, name);
            return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => {
                const x = a[i];
                const y = b[i];
                if (typeof x !== 'number' || typeof y !== 'number')
                    return null;
                const r = f(x, y);
                return typeof r === 'number' ? finite(r, name) : r;
            });
        },
    };
}
function allNumbers(s, fn) {
    const array = arrayArg(s, fn);
    if (array.length === 0 || array.some((v) => typeof v !== 'number'))
        throw new engine_refusal.Unsupported(`${fn}() of an empty array or one with non-numeric elements`);
    return array;
}
/** Fill placeholder elements with the nearest earlier (forward) or later (backward) real value. */
function fill(name, forward) {
    return {
        name,
        evaluate: (args, context) => {
            const placeholder = args.length > 1 ? dynamicArg(args, 1, context) : null;
            const series = [...arrayArg(args[0], name)];
            const order = series.map((_, i) => (forward ? i : series.length - 1 - i));
            let last;
            for (const i of order) {
                if (series[i] === placeholder) {
                    if (last !== undefined)
                        series[i] = last;
                }
                else
                    last = series[i];
            }
            return series;
        },
    };
}
const SERIES_FUNCTIONS = [
    unary('series_abs', Math.abs),
    unary('series_sign', Math.sign),
    unary('series_floor', Math.floor),
    unary('series_ceiling', Math.ceil),
    series_binary('series_add', (a, b) => a + b),
    series_binary('series_subtract', (a, b) => a - b),
    series_binary('series_multiply', (a, b) => a * b),
    series_binary('series_greater', (a, b) => a > b),
    series_binary('series_greater_equals', (a, b) => a >= b),
    series_binary('series_less', (a, b) => a < b),
    series_binary('series_less_equals', (a, b) => a <= b),
    series_binary('series_equals', (a, b) => a === b),
    series_binary('series_not_equals', (a, b) => a !== b),
    {
        name: 'series_sum',
        evaluate: ([s]) => finite(allNumbers(s, 'series_sum').reduce((t, v) => t + v, 0), 'series_sum'),
    },
    {
        name: 'series_product',
        evaluate: ([s]) => finite(allNumbers(s, 'series_product').reduce((t, v) => t * v, 1), 'series_product'),
    },
    fill('series_fill_forward', true),
    fill('series_fill_backward', false),
    {
        name: 'series_fill_const',
        evaluate: (args, context) => {
            const fill = dynamicArg(args, 1, context);
            const placeholder = args.length > 2 ? dynamicArg(args, 2, context) : null;
            const series = arrayArg(args[0], 'series_fill_const');
            // The array keeps its element type: a fractional fill into whole numbers would be converted.
            if (typeof fill === 'number' && !Number.isInteger(fill) && series.some((v) => typeof v === 'number' && Number.isInteger(v)))
                throw new engine_refusal.Unsupported('series_fill_const() of a fractional value into whole numbers');
            return series.map((v) => (v === placeholder ? fill : v));
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/series-math.ts
/**
 * More series_* functions: trigonometry, exp/log/pow/divide, linear fill, dot
 * product, Pearson correlation and statistics. Where Kusto's floating-point
 * evaluation order is not documented, every plausible order is computed and
 * a result is given only when they all agree (exact-or-refuse).
 */



/** One value, or a refusal when the candidate computations disagree. */
function agreed(candidates, fn) {
    const first = candidates[0];
    if (candidates.some((c) => !Object.is(c, first) && !(c === 0 && first === 0)))
        throw new engine_refusal.Unsupported(`${fn}() whose result depends on the floating-point evaluation order`);
    return finite(first, fn);
}
/** Is a + b exact in doubles (so summation order cannot matter)? */
function sumIsExact(a, b) {
    const s = a + b;
    const bb = s - a;
    return Number.isFinite(s) && s - bb === a && b === bb;
}
/** Dekker's split: is a * b exact in doubles? */
function productIsExact(a, b) {
    const p = a * b;
    if (!Number.isFinite(p))
        return false;
    const split = (x) => {
        const c = 134217729 * x;
        const hi = c - (c - x);
        return [hi, x - hi];
    };
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    return ah * bh - p + ah * bl + al * bh + al * bl === 0;
}
/** A sum whose every partial sum is exact, so any order gives it. */
function exactSum(values, fn) {
    let s = 0;
    for (const v of values) {
        if (!sumIsExact(s, v))
            throw new engine_refusal.Unsupported(`${fn}() of values whose sum is rounded (evaluation order undocumented)`);
        s += v;
    }
    return s;
}
/** The array's elements when all are numbers, else undefined. */
function numbersOnly(s, fn) {
    const array = arrayArg(s, fn);
    return array.every((v) => typeof v === 'number') ? array : undefined;
}
// ---- series_fill_linear ----------------------------------------------------
function interpolations(a, b, k, n) {
    const step = (b - a) / n;
    let walked = a;
    for (let i = 0; i < k; i++)
        walked += step;
    return [a + ((b - a) * k) / n, a + (b - a) * (k / n), a + k * step, (a * (n - k) + b * k) / n, walked];
}
function fillLinear(args, context) {
    const fn = 'series_fill_linear';
    const series = arrayArg(args[0], fn);
    const placeholder = args.length > 1 ? args[1] : null;
    if (placeholder !== null && typeof placeholder !== 'number')
        throw new engine_refusal.Unsupported(`${fn}() with a non-numeric missing_value_placeholder`);
    const edges = args.length > 2 ? args[2] : true;
    if (typeof edges !== 'boolean')
        throw new engine_refusal.Unsupported(`${fn}() with a null fill_edges`);
    const constant = args.length > 3 ? args[3] : 0;
    if (constant !== null && typeof constant !== 'number')
        throw new engine_refusal.Unsupported(`${fn}() with a non-numeric constant_value`);
    if (context.argTypes.slice(1).some((t) => t === 'dynamic'))
        throw new engine_refusal.Unsupported(`${fn}() with dynamic parameters`);
    for (const v of series) {
        if (v !== null && typeof v !== 'number')
            throw new engine_refusal.Unsupported(`${fn}() of an array with non-numeric elements`);
        if (v === null && placeholder !== null)
            throw new engine_refusal.Unsupported(`${fn}() of nulls with a non-null placeholder`);
    }
    const missing = (v) => v === placeholder;
    const known = series.map((v, i) => (missing(v) ? -1 : i)).filter((i) => i >= 0);
    if (known.length === 0)
        return series.map(() => constant);
    // Whole-number elements may be longs, whose interpolations Kusto rounds: only whole results are certain.
    const fractional = known.some((i) => !Number.isInteger(series[i]));
    const out = [...series];
    const first = known[0];
    const last = known.at(-1);
    for (let i = 0; i < series.length; i++) {
        if (!missing(series[i]))
            continue;
        if (i < first || i > last) {
            if (edges)
                out[i] = series[i < first ? first : last];
            continue;
        }
        const from = known.filter((k) => k < i).at(-1);
        const to = known.find((k) => k > i);
        const v = agreed(interpolations(series[from], series[to], i - from, to - from), fn);
        if (!fractional && !Number.isInteger(v))
            throw new engine_refusal.Unsupported(`${fn}() interpolating a fraction between whole numbers (int or real array)`);
        out[i] = v;
    }
    return out;
}
// ---- series_dot_product / series_pearson_correlation -------------------------
function seriesOrScalar(args, i, context, fn) {
    if (context.argTypes[i] === 'dynamic')
        return arrayArg(args[i], fn);
    const v = args[i];
    if (typeof v !== 'number')
        throw new engine_refusal.Unsupported(`${fn}() with a null or non-numeric scalar`);
    return v;
}
function dotProduct(args, context) {
    const fn = 'series_dot_product';
    let a = seriesOrScalar(args, 0, context, fn);
    let b = seriesOrScalar(args, 1, context, fn);
    if (typeof a === 'number' && typeof b === 'number')
        throw new engine_refusal.Unsupported(`${fn}() of two scalars`);
    if (typeof a === 'number')
        a = b.map(() => a);
    if (typeof b === 'number')
        b = a.map(() => b);
    if (a.length === 0 || b.length === 0)
        return null;
    const sum = exactDot(a, b, fn);
    if (sum === undefined)
        throw new engine_refusal.Unsupported(`${fn}() without numeric pairs`);
    return finite(sum, fn);
}
/**
 * Σ x[i]·y[i] over the shorter length, pairs with a non-numeric element skipped; every
 * product and partial sum must be exact (any order gives it). Undefined without numeric pairs.
 */
function exactDot(x, y, fn) {
    const products = [];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const p = x[i];
        const q = y[i];
        if (typeof p !== 'number' || typeof q !== 'number')
            continue;
        if (!productIsExact(p, q))
            throw new engine_refusal.Unsupported(`${fn}() with a rounded product (evaluation order undocumented)`);
        products.push(p * q);
    }
    return products.length === 0 ? undefined : exactSum(products, fn);
}
function pearson(args) {
    const fn = 'series_pearson_correlation';
    const x = arrayArg(args[0], fn);
    const y = arrayArg(args[1], fn);
    if (x.length !== y.length || x.some((v) => typeof v !== 'number') || y.some((v) => typeof v !== 'number'))
        return null;
    const n = x.length;
    if (n < 2)
        throw new engine_refusal.Unsupported(`${fn}() of fewer than two elements`);
    const xs = x;
    const ys = y;
    const sx = exactSum(xs, fn);
    const sy = exactSum(ys, fn);
    const product = (a, b) => {
        if (!productIsExact(a, b))
            throw new engine_refusal.Unsupported(`${fn}() with a rounded product (evaluation order undocumented)`);
        return a * b;
    };
    const sxy = exactSum(xs.map((v, i) => product(v, ys[i])), fn);
    const sxx = exactSum(xs.map((v) => product(v, v)), fn);
    const syy = exactSum(ys.map((v) => product(v, v)), fn);
    const mx = sx / n;
    const my = sy / n;
    const cxy = xs.reduce((t, v, i) => t + (v - mx) * (ys[i] - my), 0);
    const cxx = xs.reduce((t, v) => t + (v - mx) ** 2, 0);
    const cyy = ys.reduce((t, v) => t + (v - my) ** 2, 0);
    const rxy = n * sxy - sx * sy;
    const rxx = n * sxx - sx * sx;
    const ryy = n * syy - sy * sy;
    // The documented example (exactly 1) rules out the forms with two square roots.
    return agreed([cxy / Math.sqrt(cxx * cyy), rxy / Math.sqrt(rxx * ryy)], fn);
}
function stats(args, fn) {
    if (args.length > 1 && args[1] !== false)
        throw new engine_refusal.Unsupported(`${fn}() with ignore_nonfinite`);
    const values = numbersOnly(args[0], fn);
    // With non-finite elements the documented result is null, but not which statistics.
    if (!values)
        throw new engine_refusal.Unsupported(`${fn}() of an array with null or non-numeric elements`);
    const n = values.length;
    if (n < 2)
        throw new engine_refusal.Unsupported(`${fn}() of fewer than two elements`);
    let minIdx = 0;
    let maxIdx = 0;
    values.forEach((v, i) => {
        if (v < values[minIdx])
            minIdx = i;
        if (v > values[maxIdx])
            maxIdx = i;
    });
    const sum = exactSum(values, fn);
    const squares = exactSum(values.map((v) => {
        if (!productIsExact(v, v))
            throw new engine_refusal.Unsupported(`${fn}() with a rounded square (evaluation order undocumented)`);
        return v * v;
    }), fn);
    const avg = sum / n;
    // Welford's running mean and squared deviations, a common one-pass form.
    let mean = 0;
    let m2 = 0;
    values.forEach((v, i) => {
        const d = v - mean;
        mean += d / (i + 1);
        m2 += d * (v - mean);
    });
    // The documented example's variance matches these two forms (not the two-pass centered one).
    const variance = agreed([(n * squares - sum * sum) / (n * (n - 1)), m2 / (n - 1)], fn);
    return {
        min: values[minIdx],
        min_idx: minIdx,
        max: values[maxIdx],
        max_idx: maxIdx,
        // The documented avg (32.8) is sum / n, not the running mean.
        avg,
        stdev: finite(Math.sqrt(variance), fn),
        variance,
        sum,
        len: n,
    };
}
const SERIES_MATH_FUNCTIONS = [
    unary('series_sin', Math.sin),
    unary('series_cos', Math.cos),
    unary('series_tan', Math.tan),
    unary('series_asin', Math.asin),
    unary('series_acos', Math.acos),
    unary('series_atan', Math.atan),
    unary('series_exp', Math.exp),
    unary('series_log', Math.log),
    series_binary('series_pow', (a, b) => a ** b),
    series_binary('series_divide', (a, b) => a / b),
    { name: 'series_fill_linear', evaluate: fillLinear },
    { name: 'series_dot_product', evaluate: dotProduct },
    { name: 'series_pearson_correlation', evaluate: pearson },
    {
        // A tuple: its parts in the binder's order (min, min_idx, max, max_idx, avg, stdev, variance).
        name: 'series_stats',
        evaluate: (args) => {
            const s = stats(args, 'series_stats');
            return [s.min, s.min_idx, s.max, s.max_idx, s.avg, s.stdev, s.variance];
        },
    },
    {
        name: 'series_stats_dynamic',
        evaluate: (args) => {
            const s = stats(args, 'series_stats_dynamic');
            return {
                min: s.min,
                min_idx: s.min_idx,
                max: s.max,
                max_idx: s.max_idx,
                avg: s.avg,
                stdev: s.stdev,
                variance: s.variance,
                sum: s.sum,
                len: s.len,
            };
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/series-fit.ts
/**
 * series_magnitude, series_cosine_similarity, series_fit_line(_dynamic) and series_iir.
 * Kusto does not document its floating-point evaluation order, so every plausible
 * textbook order is computed and a result is given only when they all agree
 * (exact-or-refuse, as in series-math.ts).
 */




// ---- series_magnitude / series_cosine_similarity ----------------------------
/** √(series · series): the docs define it as the square root of the dot product with itself. */
function magnitude(args) {
    const fn = 'series_magnitude';
    const series = arrayArg(args[0], fn);
    // series_dot_product of an empty array is null (documented), and so its square root.
    if (series.length === 0)
        return null;
    const squares = exactDot(series, series, fn);
    if (squares === undefined)
        throw new engine_refusal.Unsupported(`${fn}() without numeric elements`);
    return finite(Math.sqrt(squares), fn);
}
/** A given magnitude (a real), or undefined when the argument is absent. */
function givenMagnitude(args, i, fn) {
    if (args.length <= i)
        return undefined;
    const v = args[i];
    if (typeof v !== 'number')
        throw new engine_refusal.Unsupported(`${fn}() with a null or non-numeric magnitude`);
    return v;
}
function cosineSimilarity(args) {
    const fn = 'series_cosine_similarity';
    const x = arrayArg(args[0], fn);
    const y = arrayArg(args[1], fn);
    if (x.length === 0 || y.length === 0)
        return null;
    const m1 = givenMagnitude(args, 2, fn);
    const m2 = givenMagnitude(args, 3, fn);
    const dot = exactDot(x, y, fn);
    if (dot === undefined)
        throw new engine_refusal.Unsupported(`${fn}() without numeric pairs`);
    // Whether a computed magnitude covers the truncated or ignored elements is not documented.
    const ownSquares = (s, given) => {
        if (given !== undefined)
            return undefined;
        if (x.length !== y.length || s.some((v) => typeof v !== 'number'))
            throw new engine_refusal.Unsupported(`${fn}() computing the magnitude of series of different lengths or with non-numeric elements`);
        return exactDot(s, s, fn);
    };
    const s1 = ownSquares(x, m1);
    const s2 = ownSquares(y, m2);
    const l1 = m1 ?? Math.sqrt(s1);
    const l2 = m2 ?? Math.sqrt(s2);
    const candidates = [dot / (l1 * l2), dot / l1 / l2, dot / l2 / l1];
    if (s1 !== undefined && s2 !== undefined)
        candidates.push(dot / Math.sqrt(s1 * s2));
    return agreed(candidates, fn);
}
const forward = (v) => v.reduce((t, a) => t + a, 0);
const pairwise = (v) => v.length <= 2 ? forward(v) : pairwise(v.slice(0, v.length >> 1)) + pairwise(v.slice(v.length >> 1));
/** The candidate values of one output, over the plausible formulas and summation orders. */
function lineCandidates(y, sum) {
    const n = y.length;
    // The docs' example (line_fit[0] = slope + interception) puts the first element at x = 1.
    const x = y.map((_, i) => i + 1);
    const sx = sum(x);
    const sy = sum(y);
    const sxx = sum(x.map((v) => v * v));
    const sxy = sum(x.map((v, i) => v * y[i]));
    const syy = sum(y.map((v) => v * v));
    const mx = sx / n;
    const my = sy / n;
    const cxx = sum(x.map((v) => (v - mx) * (v - mx)));
    const cxy = sum(x.map((v, i) => (v - mx) * (y[i] - my)));
    const sst = sum(y.map((v) => (v - my) * (v - my)));
    let mean = 0;
    let m2 = 0;
    y.forEach((v, i) => {
        const d = v - mean;
        mean += d / (i + 1);
        m2 += d * (v - mean);
    });
    const slopes = [(n * sxy - sx * sy) / (n * sxx - sx * sx), cxy / cxx, (sxy / n - mx * my) / (sxx / n - mx * mx)];
    const lines = slopes.flatMap((a) => [
        { a, b: (sy - a * sx) / n },
        { a, b: my - a * mx },
    ]);
    const intercepts = [...lines.map((l) => l.b), (sxx * sy - sx * sxy) / (n * sxx - sx * sx)];
    const fits = lines.flatMap(({ a, b }) => [x.map((v) => a * v + b), x.map((v) => my + a * (v - mx))]);
    // The docs' example (variance 98.628, rvariance 1.686) divides both sums of squares by n - 1.
    const totals = [sst, syy - (sy * sy) / n, syy - n * my * my, m2];
    const variances = [...totals.map((t) => t / (n - 1)), (n * syy - sy * sy) / (n * (n - 1))];
    const residuals = [
        ...fits.map((f) => sum(y.map((v, i) => (v - f[i]) * (v - f[i])))),
        ...slopes.flatMap((a) => [sst - a * cxy, sst - a * a * cxx]),
    ];
    const rvariances = residuals.map((r) => r / (n - 1));
    const rsquares = [
        ...residuals.flatMap((r) => totals.map((t) => 1 - r / t)),
        ...rvariances.flatMap((r) => variances.map((v) => 1 - r / v)),
        (cxy * cxy) / (cxx * sst),
        ...slopes.map((a) => (a * cxy) / sst),
    ];
    return { slopes, intercepts, fits, variances, rvariances, rsquares };
}
function fitLine(series, fn) {
    const y = numbersOnly(series, fn);
    if (!y)
        throw new engine_refusal.Unsupported(`${fn}() of an array with null or non-numeric elements`);
    if (y.length < 2)
        throw new engine_refusal.Unsupported(`${fn}() of fewer than two elements`);
    // A constant series has no r-square (0 / 0): what Kusto returns then is not documented.
    if (y.every((v) => v === y[0]))
        throw new engine_refusal.Unsupported(`${fn}() of a constant series`);
    const orders = [lineCandidates(y, forward), lineCandidates(y, pairwise)];
    const all = (k) => agreed(orders.flatMap((o) => o[k]), fn);
    const fits = orders.flatMap((o) => o.fits);
    return {
        rsquare: all('rsquares'),
        slope: all('slopes'),
        variance: all('variances'),
        rvariance: all('rvariances'),
        interception: all('intercepts'),
        line_fit: y.map((_, i) => agreed(fits.map((f) => f[i]), fn)),
    };
}
// ---- series_iir --------------------------------------------------------------
function coefficients(v, what, fn) {
    const c = numbersOnly(v, fn);
    if (!c || c.length === 0)
        throw new engine_refusal.Unsupported(`${fn}() with empty, null or non-numeric ${what}`);
    return c;
}
/** Direct form, y[i] = (Σ b[k]·x[i-k] − Σ a[k]·y[i-k]) / a[0], x and y zero before the series. */
function directForm(x, b, a, order) {
    const y = [];
    const at = (s, j) => (j >= 0 ? s[j] : 0);
    const ks = (len, from) => {
        const k = Array.from({ length: Math.max(0, len - from) }, (_, i) => i + from);
        return order === 'reverse' ? k.reverse() : k;
    };
    for (let i = 0; i < x.length; i++) {
        let acc = 0;
        for (const k of ks(b.length, 0))
            acc += b[k] * at(x, i - k);
        if (order === 'running')
            for (const k of ks(a.length, 1))
                acc -= a[k] * at(y, i - k);
        else
            acc -= ks(a.length, 1).reduce((t, k) => t + a[k] * at(y, i - k), 0);
        y.push(acc / a[0]);
    }
    return y;
}
/** Coefficients divided by a[0] first: direct form and transposed direct form II. */
function normalizedForms(x, b0, a0) {
    const b = b0.map((v) => v / a0[0]);
    const a = a0.map((v) => v / a0[0]);
    const direct = directForm(x, b, a, 'running');
    const m = Math.max(a.length, b.length);
    const coef = (c, k) => (k < c.length ? c[k] : 0);
    const z = new Array(m).fill(0);
    const transposed = x.map((v) => {
        const out = coef(b, 0) * v + z[0];
        for (let k = 1; k < m; k++)
            z[k - 1] = coef(b, k) * v + z[k] - coef(a, k) * out;
        return out;
    });
    return [direct, transposed];
}
function iir(args) {
    const fn = 'series_iir';
    const x = numbersOnly(args[0], fn);
    // What the filter does with a null or non-numeric element is not documented.
    if (!x)
        throw new engine_refusal.Unsupported(`${fn}() of an array with null or non-numeric elements`);
    const b = coefficients(args[1], 'numerators', fn);
    const a = coefficients(args[2], 'denominators', fn);
    // The docs: a[0] mustn't be zero.
    if (a[0] === 0)
        throw new engine_refusal.Unsupported(`${fn}() with a zero first denominator`);
    const paths = [
        directForm(x, b, a, 'forward'),
        directForm(x, b, a, 'reverse'),
        directForm(x, b, a, 'running'),
        ...normalizedForms(x, b, a),
    ];
    return x.map((_, i) => agreed(paths.map((p) => p[i]), fn));
}
const SERIES_FIT_FUNCTIONS = [
    { name: 'series_magnitude', evaluate: magnitude },
    { name: 'series_cosine_similarity', evaluate: cosineSimilarity },
    {
        // A tuple: its parts in the binder's order (rsquare, slope, variance, rvariance, interception, line_fit).
        name: 'series_fit_line',
        evaluate: ([s]) => {
            const l = fitLine(s, 'series_fit_line');
            return [l.rsquare, l.slope, l.variance, l.rvariance, l.interception, l.line_fit];
        },
    },
    {
        name: 'series_fit_line_dynamic',
        evaluate: ([s]) => {
            const l = fitLine(s, 'series_fit_line_dynamic');
            return { ...l };
        },
    },
    { name: 'series_iir', evaluate: iir },
];

;// CONCATENATED MODULE: ./src/engine/functions/hash.ts
/**
 * hash() and hash_xxhash64(): XXH64 (seed 0) of the value's bytes, as a signed long
 * (a bigint beyond ±2^53), or that hash modulo `mod` (0 <= result < mod). Bytes are
 * known only where the documented examples pin them: a string hashes its UTF-8 bytes
 * (hash("World") == 1846988464401551951), a datetime its .NET ticks (100 ns since
 * 0001-01-01) as 8 little-endian bytes (hash_xxhash64(datetime(2015-01-01)) ==
 * 1380966698541616202). Other types, and hash_combine()/hash_many() (whose combining
 * is not documented), are refused.
 */


const M = (1n << 64n) - 1n;
const P1 = 11400714785074694791n;
const P2 = 14029467366897019727n;
const P3 = 1609587929392839161n;
const P4 = 9650029242287828579n;
const P5 = 2870177450012600261n;
const rotl = (x, r) => ((x << r) | (x >> (64n - r))) & M;
const hash_round = (acc, lane) => (rotl((acc + lane * P2) & M, 31n) * P1) & M;
const merge = (acc, v) => ((acc ^ hash_round(0n, v)) * P1 + P4) & M;
/** XXH64 of `bytes` with seed 0, unsigned (the reference algorithm, in 64-bit bigint steps). */
function xxh64(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const len = bytes.length;
    let i = 0;
    let h;
    if (len >= 32) {
        let v1 = (P1 + P2) & M;
        let v2 = P2;
        let v3 = 0n;
        let v4 = -P1 & M;
        for (; i + 32 <= len; i += 32) {
            v1 = hash_round(v1, view.getBigUint64(i, true));
            v2 = hash_round(v2, view.getBigUint64(i + 8, true));
            v3 = hash_round(v3, view.getBigUint64(i + 16, true));
            v4 = hash_round(v4, view.getBigUint64(i + 24, true));
        }
        h = (rotl(v1, 1n) + rotl(v2, 7n) + rotl(v3, 12n) + rotl(v4, 18n)) & M;
        h = merge(merge(merge(merge(h, v1), v2), v3), v4);
    }
    else
        h = P5;
    h = (h + BigInt(len)) & M;
    for (; i + 8 <= len; i += 8) {
        h ^= hash_round(0n, view.getBigUint64(i, true));
        h = (rotl(h, 27n) * P1 + P4) & M;
    }
    if (i + 4 <= len) {
        h ^= (BigInt(view.getUint32(i, true)) * P1) & M;
        h = (rotl(h, 23n) * P2 + P3) & M;
        i += 4;
    }
    for (; i < len; i++) {
        h ^= (BigInt(bytes[i]) * P5) & M;
        h = (rotl(h, 11n) * P1) & M;
    }
    h ^= h >> 33n;
    h = (h * P2) & M;
    h ^= h >> 29n;
    h = (h * P3) & M;
    h ^= h >> 32n;
    return h;
}
/** Ticks from 0001-01-01 (.NET) to the Unix epoch. */
const NET_EPOCH_TICKS = 621355968000000000n;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function bytesOf(v, type, name) {
    if (v === null)
        return null;
    if (type === 'string' && typeof v === 'string') {
        // The empty string is also string's null: what Kusto hashes for it is not documented.
        if (v === '')
            throw new engine_refusal.Unsupported(`${name}() of an empty string`);
        if (LONE_SURROGATE.test(v))
            throw new engine_refusal.Unsupported(`${name}() of text with a lone surrogate`);
        return Buffer.from(v, 'utf8');
    }
    if (type === 'datetime' && typeof v === 'bigint') {
        const bytes = Buffer.alloc(8);
        bytes.writeBigInt64LE(v + NET_EPOCH_TICKS);
        return bytes;
    }
    throw new engine_refusal.Unsupported(`${name}() of a ${type ?? 'null'} value (its bytes are not documented)`);
}
function hashFunction(name) {
    return {
        name,
        evaluate: ([v, mod], { argTypes }) => {
            const bytes = bytesOf(v ?? null, argTypes[0], name);
            if (bytes === null)
                return null;
            const h = BigInt.asIntN(64, xxh64(bytes));
            if (mod === undefined)
                return (0,engine_values.longValue)(h, `${name}()`);
            if (mod === null)
                return null;
            if (typeof mod !== 'number' || !Number.isInteger(mod))
                throw new engine_refusal.Unsupported(`${name}() with this mod`);
            if (mod <= 0)
                throw new engine_refusal.QueryError(`${name}(): mod must be positive`);
            const m = BigInt(mod);
            return Number(((h % m) + m) % m);
        },
    };
}
const HASH_FUNCTIONS = [hashFunction('hash'), hashFunction('hash_xxhash64')];

;// CONCATENATED MODULE: ./src/engine/functions/units.ts
/**
 * convert_angle/energy/force/length/mass/speed/volume(value, from, to): the value times the
 * `from` unit's size in the family's base unit, divided by the `to` unit's size.
 * Only units whose size is an exact definition are here (SI prefixes, the
 * international foot and avoirdupois pound, standard gravity, the IT BTU, the
 * thermochemical calorie, …); the other documented units (EarthMass, SolarMass,
 * SolarRadius, Parsec, ElectronVolt, HorsepowerHour, therms, Tilt, …) are refused, as
 * their size is a measured or library-specific value. A name the documentation does
 * not list is null (documented: "Invalid units return null"). convert_temperature maps
 * through kelvins with each scale's defining offset and ratio.
 */

const DEG = 1;
const ANGLE = {
    Degree: DEG,
    Arcminute: DEG / 60,
    Arcsecond: DEG / 3600,
    Microdegree: DEG * 1e-6,
    Millidegree: DEG * 1e-3,
    Nanodegree: DEG * 1e-9,
    Radian: 180 / Math.PI,
    Centiradian: (180 / Math.PI) * 1e-2,
    Deciradian: (180 / Math.PI) * 1e-1,
    Microradian: (180 / Math.PI) * 1e-6,
    Milliradian: (180 / Math.PI) * 1e-3,
    Nanoradian: (180 / Math.PI) * 1e-9,
    Gradian: 0.9,
    Revolution: 360,
    NatoMil: 360 / 6400,
    Tilt: 'refused',
};
const BTU = 1055.05585262;
const CALORIE = 4.184;
const ENERGY = {
    Joule: 1,
    Millijoule: 1e-3,
    Kilojoule: 1e3,
    Megajoule: 1e6,
    Gigajoule: 1e9,
    Erg: 1e-7,
    BritishThermalUnit: BTU,
    KilobritishThermalUnit: BTU * 1e3,
    MegabritishThermalUnit: BTU * 1e6,
    GigabritishThermalUnit: BTU * 1e9,
    Calorie: CALORIE,
    Kilocalorie: CALORIE * 1e3,
    Megacalorie: CALORIE * 1e6,
    WattHour: 3600,
    KilowattHour: 3600e3,
    MegawattHour: 3600e6,
    GigawattHour: 3600e9,
    TerawattHour: 3600e12,
    WattDay: 86400,
    KilowattDay: 86400e3,
    MegawattDay: 86400e6,
    GigawattDay: 86400e9,
    TerawattDay: 86400e12,
    FootPound: 'refused',
    ElectronVolt: 'refused',
    KiloelectronVolt: 'refused',
    MegaelectronVolt: 'refused',
    GigaelectronVolt: 'refused',
    TeraelectronVolt: 'refused',
    HorsepowerHour: 'refused',
    DecathermEc: 'refused',
    DecathermImperial: 'refused',
    DecathermUs: 'refused',
    ThermEc: 'refused',
    ThermImperial: 'refused',
    ThermUs: 'refused',
};
const LBF = 4.4482216152605;
const GRAVITY = 9.80665;
const FORCE = {
    Newton: 1,
    Micronewton: 1e-6,
    Millinewton: 1e-3,
    Decanewton: 10,
    Kilonewton: 1e3,
    Meganewton: 1e6,
    Dyn: 1e-5,
    KilogramForce: GRAVITY,
    KiloPond: GRAVITY,
    TonneForce: GRAVITY * 1e3,
    PoundForce: LBF,
    KilopoundForce: LBF * 1e3,
    OunceForce: LBF / 16,
    ShortTonForce: LBF * 2000,
    Poundal: 'refused',
};
const FOOT = 0.3048;
const INCH = 0.0254;
const LENGTH = {
    Meter: 1,
    Nanometer: 1e-9,
    Micrometer: 1e-6,
    Millimeter: 1e-3,
    Centimeter: 1e-2,
    Decimeter: 1e-1,
    Decameter: 10,
    Hectometer: 100,
    Kilometer: 1e3,
    Angstrom: 1e-10,
    Inch: INCH,
    Microinch: INCH * 1e-6,
    Mil: INCH * 1e-3,
    Foot: FOOT,
    Yard: 0.9144,
    Mile: 1609.344,
    NauticalMile: 1852,
    Hand: INCH * 4,
    Fathom: FOOT * 6,
    Chain: FOOT * 66,
    Twip: INCH / 1440,
    DtpPoint: INCH / 72,
    DtpPica: INCH / 6,
    UsSurveyFoot: 1200 / 3937,
    AstronomicalUnit: 149597870700,
    LightYear: 9460730472580800,
    KilolightYear: 9460730472580800e3,
    MegalightYear: 9460730472580800e6,
    DataMile: 'refused',
    PrinterPoint: 'refused',
    PrinterPica: 'refused',
    Shackle: 'refused',
    Parsec: 'refused',
    Kiloparsec: 'refused',
    Megaparsec: 'refused',
    SolarRadius: 'refused',
};
const POUND = 0.45359237;
const MASS = {
    Kilogram: 1,
    Nanogram: 1e-12,
    Microgram: 1e-9,
    Milligram: 1e-6,
    Centigram: 1e-5,
    Decigram: 1e-4,
    Gram: 1e-3,
    Decagram: 1e-2,
    Hectogram: 1e-1,
    Tonne: 1e3,
    Kilotonne: 1e6,
    Megatonne: 1e9,
    Pound: POUND,
    Kilopound: POUND * 1e3,
    Megapound: POUND * 1e6,
    Ounce: POUND / 16,
    Grain: POUND / 7000,
    Stone: POUND * 14,
    ShortHundredweight: POUND * 100,
    LongHundredweight: POUND * 112,
    ShortTon: POUND * 2000,
    LongTon: POUND * 2240,
    Slug: 'refused',
    EarthMass: 'refused',
    SolarMass: 'refused',
};
const SURVEY_FOOT = 1200 / 3937;
const SPEED = Object.fromEntries([
    ['Centimeter', 0.01],
    ['Decimeter', 0.1],
    ['Foot', FOOT],
    ['Inch', 0.0254],
    ['Kilometer', 1e3],
    ['Meter', 1],
    ['Micrometer', 1e-6],
    ['Millimeter', 1e-3],
    ['Nanometer', 1e-9],
    ['UsSurveyFoot', SURVEY_FOOT],
    ['Yard', 0.9144],
    ['Mile', 1609.344],
].flatMap(([unit, meters]) => [
    ['Hour', 3600],
    ['Minute', 60],
    ['Second', 1],
].map(([per, seconds]) => [`${unit}Per${per}`, meters / seconds])));
// Only the combinations the docs list (no DecimeterPerHour, MicrometerPerHour, …).
const SPEED_UNITS = 'CentimeterPerHour CentimeterPerMinute CentimeterPerSecond DecimeterPerMinute DecimeterPerSecond FootPerHour FootPerMinute FootPerSecond InchPerHour InchPerMinute InchPerSecond KilometerPerHour KilometerPerMinute KilometerPerSecond MeterPerHour MeterPerMinute MeterPerSecond MicrometerPerMinute MicrometerPerSecond MilePerHour MillimeterPerHour MillimeterPerMinute MillimeterPerSecond NanometerPerMinute NanometerPerSecond UsSurveyFootPerHour UsSurveyFootPerMinute UsSurveyFootPerSecond YardPerHour YardPerMinute YardPerSecond';
const SPEED_LISTED = {
    ...Object.fromEntries(SPEED_UNITS.split(' ').map((u) => [u, SPEED[u]])),
    Knot: 1852 / 3600,
};
const LITER = 1e-3;
const US_GALLON = 0.003785411784;
const IMPERIAL_GALLON = 0.00454609;
const CUBIC_FOOT = FOOT ** 3;
const VOLUME = {
    CubicMeter: 1,
    CubicCentimeter: 1e-6,
    CubicDecimeter: 1e-3,
    CubicHectometer: 1e6,
    CubicKilometer: 1e9,
    CubicMicrometer: 1e-18,
    CubicMillimeter: 1e-9,
    HectocubicMeter: 100,
    KilocubicMeter: 1e3,
    Liter: LITER,
    Centiliter: LITER * 1e-2,
    Deciliter: LITER * 1e-1,
    Decaliter: LITER * 10,
    Hectoliter: LITER * 100,
    Kiloliter: LITER * 1e3,
    Megaliter: LITER * 1e6,
    Microliter: LITER * 1e-6,
    Milliliter: LITER * 1e-3,
    MetricCup: 2.5e-4,
    MetricTeaspoon: 5e-6,
    AuTablespoon: 2e-5,
    UkTablespoon: 1.5e-5,
    UsLegalCup: 2.4e-4,
    CubicFoot: CUBIC_FOOT,
    HectocubicFoot: CUBIC_FOOT * 100,
    KilocubicFoot: CUBIC_FOOT * 1e3,
    MegacubicFoot: CUBIC_FOOT * 1e6,
    CubicInch: 0.0254 ** 3,
    CubicYard: 0.9144 ** 3,
    UsGallon: US_GALLON,
    DecausGallon: US_GALLON * 10,
    DeciusGallon: US_GALLON / 10,
    HectousGallon: US_GALLON * 100,
    KilousGallon: US_GALLON * 1e3,
    MegausGallon: US_GALLON * 1e6,
    UsQuart: US_GALLON / 4,
    UsPint: US_GALLON / 8,
    UsCustomaryCup: US_GALLON / 16,
    UsTablespoon: US_GALLON / 256,
    UsTeaspoon: US_GALLON / 768,
    OilBarrel: US_GALLON * 42,
    ImperialGallon: IMPERIAL_GALLON,
    KiloimperialGallon: IMPERIAL_GALLON * 1e3,
    MegaimperialGallon: IMPERIAL_GALLON * 1e6,
    ImperialPint: IMPERIAL_GALLON / 8,
    // Sizes that conversion libraries hold as rounded constants: refused.
    UsOunce: 'refused',
    ImperialOunce: 'refused',
    AcreFoot: 'refused',
    BoardFoot: 'refused',
    CubicMile: 'refused',
    UsBeerBarrel: 'refused',
    ImperialBeerBarrel: 'refused',
};
/** Temperatures: affine maps to and from kelvins (the scales' definitions). */
const TEMPERATURE = {
    Kelvin: [(v) => v, (k) => k],
    DegreeCelsius: [(v) => v + 273.15, (k) => k - 273.15],
    MillidegreeCelsius: [(v) => v / 1000 + 273.15, (k) => (k - 273.15) * 1000],
    DegreeFahrenheit: [(v) => ((v + 459.67) * 5) / 9, (k) => (k * 9) / 5 - 459.67],
    DegreeRankine: [(v) => (v * 5) / 9, (k) => (k * 9) / 5],
    DegreeDelisle: [(v) => 373.15 - (v * 2) / 3, (k) => ((373.15 - k) * 3) / 2],
    DegreeNewton: [(v) => (v * 100) / 33 + 273.15, (k) => ((k - 273.15) * 33) / 100],
    DegreeReaumur: [(v) => (v * 5) / 4 + 273.15, (k) => ((k - 273.15) * 4) / 5],
    DegreeRoemer: [(v) => ((v - 7.5) * 40) / 21 + 273.15, (k) => ((k - 273.15) * 21) / 40 + 7.5],
    SolarTemperature: 'refused',
};
const convertTemperature = {
    name: 'convert_temperature',
    evaluate: ([value, from, to]) => {
        if (value === null || typeof from !== 'string' || typeof to !== 'string')
            return null;
        if (typeof value !== 'number')
            throw new engine_refusal.Unsupported('convert_temperature() of a non-numeric value');
        const a = Object.hasOwn(TEMPERATURE, from) ? TEMPERATURE[from] : undefined;
        const b = Object.hasOwn(TEMPERATURE, to) ? TEMPERATURE[to] : undefined;
        if (a === undefined || b === undefined) {
            const other = (u) => Object.keys(TEMPERATURE).some((k) => k.toLowerCase() === u.toLowerCase());
            if ((a === undefined && other(from)) || (b === undefined && other(to)))
                throw new engine_refusal.Unsupported('convert_temperature() with a unit in another case');
            return null;
        }
        if (a === 'refused' || b === 'refused')
            throw new engine_refusal.Unsupported('convert_temperature() with unit SolarTemperature');
        return from === to ? value : b[1](a[0](value));
    },
};
function converter(name, family) {
    return {
        name,
        evaluate: ([value, from, to]) => {
            if (value === null || typeof from !== 'string' || typeof to !== 'string')
                return null;
            if (typeof value !== 'number')
                throw new engine_refusal.Unsupported(`${name}() of a non-numeric value`);
            const a = Object.hasOwn(family, from) ? family[from] : undefined;
            const b = Object.hasOwn(family, to) ? family[to] : undefined;
            // Unit names are matched exactly: whether Kusto ignores case is not documented.
            if (a === undefined || b === undefined) {
                const other = (u) => Object.keys(family).some((k) => k.toLowerCase() === u.toLowerCase());
                if ((a === undefined && other(from)) || (b === undefined && other(to)))
                    throw new engine_refusal.Unsupported(`${name}() with a unit in another case`);
                return null;
            }
            if (a === 'refused' || b === 'refused')
                throw new engine_refusal.Unsupported(`${name}() with unit ${a === 'refused' ? from : to} (its size is not an exact definition)`);
            return from === to ? value : (value * a) / b;
        },
    };
}
const UNIT_FUNCTIONS = [
    converter('convert_angle', ANGLE),
    converter('convert_energy', ENERGY),
    converter('convert_force', FORCE),
    converter('convert_length', LENGTH),
    converter('convert_mass', MASS),
    converter('convert_speed', SPEED_LISTED),
    converter('convert_volume', VOLUME),
    convertTemperature,
];

;// CONCATENATED MODULE: ./src/engine/functions/bytes.ts
/**
 * Data sizes: format_bytes() and estimate_data_size().
 *
 * format_bytes(size [, precision [, units]]): size in the given unit (Bytes, KB … EB,
 * powers of 1024 as the documented 20010332 → "19 MB" shows) or, without one, the
 * largest unit the size reaches, rounded to `precision` decimals (default 0), then
 * " " and the unit. Refused where the documentation leaves the text open: a rounding
 * tie or near-tie (which way it goes), a result with trailing zeros after the point
 * (kept or dropped), an automatic unit whose value is 1000 or more (whether 1000 KB
 * moves up is not shown), negative or non-finite sizes, unit names not listed.
 *
 * estimate_data_size(columns): the documented sizes only — a long is 8 bytes, a string
 * its length (ASCII text, where characters and bytes agree); other types refused.
 */

const UNITS = ['Bytes', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];
/** `value` rounded to `digits` decimals as text, or refused where the rounding or text is open. */
function decimals(value, digits) {
    const scaled = value * 10 ** digits;
    if (!Number.isFinite(scaled) || scaled >= 2 ** 52)
        throw new engine_refusal.Unsupported('format_bytes() at this precision');
    const floor = Math.floor(scaled);
    const fraction = scaled - floor;
    if (Math.abs(fraction - 0.5) < 1e-6)
        throw new engine_refusal.Unsupported('format_bytes() of a value halfway between two results');
    const n = fraction < 0.5 ? floor : floor + 1;
    if (digits === 0)
        return String(n);
    const text = String(n).padStart(digits + 1, '0');
    if (text.endsWith('0'))
        throw new engine_refusal.Unsupported('format_bytes() of a result with trailing zeros');
    return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
function formatBytes(size, precision, units) {
    if (!Number.isFinite(size) || size < 0)
        throw new engine_refusal.Unsupported('format_bytes() of a negative or non-finite size');
    if (!Number.isInteger(precision) || precision < 0 || precision > 15)
        throw new engine_refusal.Unsupported('format_bytes() with this precision');
    let unit;
    if (units === '') {
        unit = 0;
        while (unit < UNITS.length - 1 && size >= 1024 ** (unit + 1))
            unit++;
    }
    else {
        unit = UNITS.indexOf(units);
        if (unit < 0)
            throw new engine_refusal.Unsupported(`format_bytes() in units ${JSON.stringify(units)}`);
    }
    const value = size / 1024 ** unit;
    const text = decimals(value, precision);
    if (units === '' && Number(text) >= 1000)
        throw new engine_refusal.Unsupported('format_bytes() of a value of 1000 or more in the chosen unit');
    if (Number(text) >= 1e15)
        throw new engine_refusal.Unsupported('format_bytes() of a value this large');
    return `${text} ${UNITS[unit]}`;
}
function dataSize(value, type) {
    if (type === 'long' && value !== null)
        return 8;
    if (type === 'string' && typeof value === 'string' && value !== '' && /^[\x20-\x7e]*$/.test(value))
        return value.length;
    throw new engine_refusal.Unsupported(`estimate_data_size() of a ${type ?? 'null'} value (its size is not documented)`);
}
const BYTE_FUNCTIONS = [
    {
        name: 'format_bytes',
        evaluate: ([size, precision, units]) => {
            if (size === null || size === undefined)
                return null;
            if (typeof size !== 'number')
                throw new engine_refusal.Unsupported('format_bytes() of a long beyond ±2^53');
            if (precision === null)
                throw new engine_refusal.Unsupported('format_bytes() with a null precision');
            const digits = precision === undefined ? 0 : precision;
            if (typeof digits !== 'number')
                throw new engine_refusal.Unsupported('format_bytes() with this precision');
            return formatBytes(size, digits, typeof units === 'string' ? units : '');
        },
    },
    {
        name: 'estimate_data_size',
        star: true,
        evaluate: (args, { argTypes }) => args.reduce((total, v, i) => total + dataSize(v, argTypes[i]), 0),
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/special.ts
/**
 * Special functions: erf(), erfc(), beta_cdf() and beta_inv(). Kusto documents them by
 * their mathematical definition, so they are computed to about one unit in the last
 * place of a double (checked against 30-digit references in the tests):
 * - erf/erfc: the series erf(x) = 2/√π · e^(-x²) · Σ (2x²)^n·x / (1·3·…·(2n+1)) (all terms
 *   positive, no cancellation) below 0.5, above it the continued fraction
 *   erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) evaluated backwards
 *   from a fixed depth (no accumulated rounding), e^(-x²) with x² split exactly.
 * - beta_cdf: the regularized incomplete beta I_x(a, b) by its continued fraction, on the
 *   side of the mean where it converges (I_x(a,b) = 1 - I_(1-x)(b,a)), with ln Γ from
 *   Stirling's series after shifting the argument past 15.
 * - beta_inv: the x with beta_cdf(x) = p, by bisection down to adjacent doubles.
 * - beta_pdf: the same x^a·(1-x)^b/B(a, b) front as beta_cdf's, over x·(1-x) (within a few units
 *   in the last place of a double).
 * The documented edge values: beta_cdf is NaN for x outside [0, 1] and for a parameter
 * ≤ 0 or > 10000. For beta_inv the page's note and its example disagree (the note says
 * null for alpha ≤ 0 and NaN for p > 1; the example prints NaN for alpha = -1 and null
 * for p = 1.5): the example's two outcomes are followed, the cases only the note covers
 * (p ≤ 0, beta ≤ 0, alpha = 0) are refused.
 */

/** e^(-x²) with x² as an exact sum hi + lo (Dekker's split), so x² adds no rounding. */
function expNegSquare(x) {
    const c = 134217729 * x;
    const h = c - (c - x);
    const l = x - h;
    const hi = x * x;
    const lo = h * h - hi + 2 * h * l + l * l;
    return Math.exp(-hi) * (1 - lo);
}
const SQRT_PI = Math.sqrt(Math.PI);
/** erf(x) for 0 <= x < 0.5 by the positive series. */
function erfSeries(x) {
    const x2 = 2 * x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > sum * 1e-18; n++) {
        term *= x2 / (2 * n + 1);
        sum += term;
    }
    return (2 / SQRT_PI) * expNegSquare(x) * sum;
}
/** erfc(x) for x >= 0.5 by the continued fraction, evaluated from its tail. */
function erfcFraction(x) {
    if (x > 27.3)
        return 0; // below the smallest double
    const depth = x < 1 ? 2500 : 500;
    let tail = 0;
    for (let n = depth; n >= 1; n--)
        tail = n / 2 / (x + tail);
    return expNegSquare(x) / SQRT_PI / (x + tail);
}
function erf(x) {
    if (Number.isNaN(x))
        return NaN;
    const a = Math.abs(x);
    const r = a < 0.5 ? erfSeries(a) : 1 - erfcFraction(a);
    return x < 0 ? -r : r;
}
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    const a = Math.abs(x);
    if (a < 0.5)
        return 1 - (x < 0 ? -erfSeries(a) : erfSeries(a));
    const r = erfcFraction(a);
    return x < 0 ? 2 - r : r;
}
const HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);
/**
 * δ(z) = ln Γ(z) - ((z - 1/2)·ln z - z + ½·ln 2π): Stirling's series for z >= 15, below
 * it the recurrence δ(z) = δ(z + 1) + (z + 1/2)·ln(1 + 1/z) - 1 (from Γ(z + 1) = z·Γ(z)).
 */
function stirlingCorrection(z) {
    let sum = 0;
    while (z < 15) {
        sum += (z + 0.5) * Math.log1p(1 / z) - 1;
        z += 1;
    }
    const z2 = z * z;
    // The series' terms B(2k)/(2k(2k-1)z^(2k-1)) to k = 7; the next is below 1e-19 at z = 15.
    const coefficients = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156];
    let series = 0;
    let power = z;
    for (const c of coefficients) {
        series += c / power;
        power *= z2;
    }
    return sum + series;
}
/**
 * ln(x^a·(1-x)^b / B(a, b)), arranged so that large a and b do not cancel:
 * a·ln(x/x0) + b·ln((1-x)/(1-x0)) + ½·ln(ab/(a+b)) - ½·ln 2π - δ(a) - δ(b) + δ(a+b),
 * with x0 = a/(a+b).
 */
function lnBetaFront(x, a, b) {
    const x0 = a / (a + b);
    const y0 = b / (a + b);
    return (a * Math.log1p((x - x0) / x0) +
        b * Math.log1p((x0 - x) / y0) +
        0.5 * Math.log((a * b) / (a + b)) -
        HALF_LN_2PI -
        stirlingCorrection(a) -
        stirlingCorrection(b) +
        stirlingCorrection(a + b));
}
/** The continued fraction of I_x(a, b) (modified Lentz), converging for x < (a+1)/(a+b+2). */
function betaFraction(x, a, b) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let f = d;
    for (let m = 1; m <= 10000; m++) {
        const m2 = 2 * m;
        let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + num * d;
        c = 1 + num / c;
        if (Math.abs(d) < tiny)
            d = tiny;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        f *= d * c;
        num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + num * d;
        c = 1 + num / c;
        if (Math.abs(d) < tiny)
            d = tiny;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            return f;
    }
    throw new engine_refusal.Unsupported('beta_cdf(): the continued fraction did not converge');
}
/** The regularized incomplete beta function I_x(a, b), 0 < x < 1. */
function incompleteBeta(x, a, b) {
    const front = Math.exp(lnBetaFront(x, a, b));
    if (x < (a + 1) / (a + b + 2))
        return (front * betaFraction(x, a, b)) / a;
    return 1 - (front * betaFraction(1 - x, b, a)) / b;
}
function numbers(args, name) {
    if (args.some((a) => a === null || a === undefined))
        return null;
    if (args.some((a) => typeof a !== 'number'))
        throw new engine_refusal.Unsupported(`${name}() of a non-numeric value`);
    return args;
}
function special_real1(name, f) {
    return {
        name,
        evaluate: ([v]) => {
            const n = numbers([v ?? null], name);
            return n === null ? null : f(n[0]);
        },
    };
}
const outOfRange = (p) => !(p > 0 && p <= 10000);
function betaCdf(x, a, b) {
    if (Number.isNaN(x) || x < 0 || x > 1 || outOfRange(a) || outOfRange(b))
        return NaN;
    if (x === 0)
        return 0;
    if (x === 1)
        return 1;
    return incompleteBeta(x, a, b);
}
function betaInv(p, a, b) {
    if (p > 1)
        return null;
    if (a < 0)
        return NaN;
    if (!(p > 0) || !(a > 0) || !(b > 0) || a > 10000 || b > 10000)
        throw new engine_refusal.Unsupported('beta_inv() outside the documented example cases');
    if (p === 1)
        return 1;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 2000; i++) {
        const mid = (lo + hi) / 2;
        if (mid === lo || mid === hi)
            break;
        if (incompleteBeta(mid, a, b) < p)
            lo = mid;
        else
            hi = mid;
    }
    // The closer of the two adjacent doubles.
    return Math.abs(incompleteBeta(lo, a, b) - p) <= Math.abs(incompleteBeta(hi, a, b) - p) ? lo : hi;
}
/** beta_pdf: x^(a-1)·(1-x)^(b-1)/B(a, b); NaN for x ≤ 0, x ≥ 1, a ≤ 0 or b ≤ 0 (beta_pdf docs). */
function betaPdf(x, a, b) {
    if (!(x > 0 && x < 1) || !(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b))
        return NaN;
    return Math.exp(lnBetaFront(x, a, b)) / (x * (1 - x));
}
const SPECIAL_FUNCTIONS = [
    {
        name: 'beta_pdf',
        evaluate: (args) => {
            const n = numbers(args, 'beta_pdf');
            return n === null ? null : betaPdf(n[0], n[1], n[2]);
        },
    },
    special_real1('erf', erf),
    special_real1('erfc', erfc),
    {
        name: 'beta_cdf',
        evaluate: (args) => {
            const n = numbers(args, 'beta_cdf');
            return n === null ? null : betaCdf(n[0], n[1], n[2]);
        },
    },
    {
        name: 'beta_inv',
        evaluate: (args) => {
            const n = numbers(args, 'beta_inv');
            return n === null ? null : betaInv(n[0], n[1], n[2]);
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/json-path.ts
/**
 * extract_json() / extractjson(): the element a JSONPath selects in a JSON text, as a
 * string or converted to the typeof() argument's type. The documented JSONPath subset:
 * `$`, `.name`, `['name']` / `["name"]` and `[n]` (0-based); wildcards, recursion,
 * unions and slices are not supported by Kusto either and are refused here. A path that
 * selects nothing gives null. Refused: text that is not strict JSON, the whole document,
 * an object or array unless typeof(dynamic) asks for it, and elements whose text form
 * the documentation does not show (booleans, numbers that are not plain integers, as
 * strings).
 */




/** The steps of a JSONPath in the documented subset, or a refusal. */
function jsonPath(path, fn) {
    if (!path.startsWith('$'))
        throw new engine_refusal.Unsupported(`${fn}() with a JSONPath not starting at $`);
    const steps = [];
    const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\['([^'\\]*)'\]|\["([^"\\]*)"\]|\[(\d+)\]/y;
    re.lastIndex = 1;
    while (re.lastIndex < path.length) {
        const m = re.exec(path);
        if (!m)
            throw new engine_refusal.Unsupported(`${fn}() with JSONPath ${path}`);
        steps.push(m[4] !== undefined ? Number(m[4]) : (m[1] ?? m[2] ?? m[3] ?? ''));
    }
    return steps;
}
function json_path_select(doc, steps) {
    let at = doc;
    for (const step of steps) {
        if (typeof step === 'number')
            at = Array.isArray(at) ? at[step] : undefined;
        else
            at = (0,engine_values.isBag)(at) && Object.prototype.hasOwnProperty.call(at, step) ? at[step] : undefined;
        if (at === undefined)
            return undefined;
    }
    return at;
}
const convert = (name) => CONVERSION_FUNCTIONS.find((f) => f.name === name);
const CONVERSIONS = {
    long: convert('tolong'),
    int: convert('toint'),
    real: convert('toreal'),
    bool: convert('tobool'),
};
function extractJson(name) {
    return {
        name,
        evaluate: ([path, source], { resultType }) => {
            if (path === null || source === null || source === undefined)
                return null;
            if (typeof path !== 'string' || typeof source !== 'string')
                throw new engine_refusal.Unsupported(`${name}() of a non-string argument`);
            const steps = jsonPath(path, name);
            if (steps.length === 0)
                throw new engine_refusal.Unsupported(`${name}() of the whole document`);
            if (source === '')
                return null;
            const doc = parseJson(source);
            if (typeof doc === 'string' && !/^\s*"/.test(source))
                throw new engine_refusal.Unsupported(`${name}() of text that is not JSON`);
            const found = json_path_select(doc, steps);
            if (found === undefined || found === null)
                return null;
            if (resultType === 'dynamic')
                return found;
            if (typeof found === 'object')
                throw new engine_refusal.Unsupported(`${name}() of an object or array as ${resultType}`);
            if (resultType === 'string') {
                if (typeof found === 'string')
                    return found;
                if (typeof found === 'number' && Number.isSafeInteger(found))
                    return String(found);
                throw new engine_refusal.Unsupported(`${name}() of a JSON ${typeof found} as text`);
            }
            const conversion = CONVERSIONS[resultType];
            if (!conversion)
                throw new engine_refusal.Unsupported(`${name}() to ${resultType}`);
            const argType = typeof found === 'string' ? 'string' : typeof found === 'boolean' ? 'bool' : 'real';
            return conversion.evaluate([found], { resultType, argTypes: [argType], now: 0n, offset: 0 });
        },
    };
}
const JSON_PATH_FUNCTIONS = [extractJson('extract_json'), extractJson('extractjson')];

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/engine/functions/compression.ts
/**
 * gzip_decompress_from_base64_string() and zlib_decompress_from_base64_string(): base64
 * decoding, then the gzip (RFC 1952) or zlib (RFC 1950, window size 15) stream's
 * deflate data, as UTF-8 text. Documented: a string that is not base64, or a gzip
 * header whose ID1, ID2 or CM is wrong, gives the empty string ("x0x0x0" does); so does
 * deflate data that does not decode. Refused where the pages leave the outcome open: a
 * gzip FLG byte other than zero ("expected to be zero"), a zlib window size other than
 * 15 or a preset dictionary, a failing CRC-32/Adler-32 or length check, bytes after the
 * stream, output that is not valid UTF-8.
 *
 * The compressing side (gzip_compress_to_base64_string, zlib_compress_to_base64_string)
 * is refused: its output bytes depend on the compressor's choices, which the pages do not
 * define (their examples are stored blocks, not what zlib's default level emits).
 */


/** Strict base64 (as .NET's Convert.FromBase64String, without its whitespace skipping), or null. */
function base64(text) {
    if (/\s/.test(text))
        throw new engine_refusal.Unsupported('base64 text with whitespace');
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
        return null;
    return Buffer.from(text, 'base64');
}
/** The deflate data from `start`: its output and where it ended, or null when it does not decode. */
function inflate(bytes, start, name) {
    const body = bytes.subarray(start);
    let result;
    try {
        result = (0,external_node_zlib_.inflateRawSync)(body, { info: true });
    }
    catch (error) {
        if (error.code === 'Z_BUF_ERROR')
            throw new engine_refusal.Unsupported(`${name}() of a truncated stream`);
        return null;
    }
    return { out: result.buffer, end: start + result.engine.bytesWritten };
}
function utf8(out, name) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(out);
    if (!Buffer.from(text, 'utf8').equals(out))
        throw new engine_refusal.Unsupported(`${name}() of output that is not UTF-8 text`);
    return text;
}
/** CRC-32 (IEEE, reflected), for the gzip trailer. */
function crc32(bytes) {
    let crc = 0xffffffff;
    for (const b of bytes) {
        crc ^= b;
        for (let k = 0; k < 8; k++)
            crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
    return (crc ^ 0xffffffff) >>> 0;
}
function adler32(bytes) {
    let a = 1;
    let b = 0;
    for (const x of bytes) {
        a = (a + x) % 65521;
        b = (b + a) % 65521;
    }
    return ((b << 16) | a) >>> 0;
}
function gunzip(text) {
    const name = 'gzip_decompress_from_base64_string';
    const bytes = base64(text);
    if (bytes === null || bytes.length < 18)
        return '';
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8)
        return '';
    if (bytes[3] !== 0)
        throw new engine_refusal.Unsupported(`${name}() of a gzip header with flags`);
    const inflated = inflate(bytes, 10, name);
    if (inflated === null)
        return '';
    const { out, end } = inflated;
    if (end + 8 !== bytes.length)
        throw new engine_refusal.Unsupported(`${name}() of a stream with bytes after it or a short trailer`);
    if (bytes.readUInt32LE(end) !== crc32(out) || bytes.readUInt32LE(end + 4) !== out.length % 2 ** 32)
        throw new engine_refusal.Unsupported(`${name}() of a stream whose CRC or length check fails`);
    return utf8(out, name);
}
function unzlib(text) {
    const name = 'zlib_decompress_from_base64_string';
    const bytes = base64(text);
    if (bytes === null || bytes.length < 6)
        return '';
    const cmf = bytes[0];
    const flg = bytes[1];
    if ((cmf & 0x0f) !== 8 || ((cmf << 8) | flg) % 31 !== 0)
        return '';
    if (cmf >> 4 !== 7)
        throw new engine_refusal.Unsupported(`${name}() with a window size other than 15`);
    if (flg & 0x20)
        throw new engine_refusal.Unsupported(`${name}() with a preset dictionary`);
    const inflated = inflate(bytes, 2, name);
    if (inflated === null)
        return '';
    const { out, end } = inflated;
    if (end + 4 !== bytes.length)
        throw new engine_refusal.Unsupported(`${name}() of a stream with bytes after it or a short trailer`);
    if (bytes.readUInt32BE(end) !== adler32(out))
        throw new engine_refusal.Unsupported(`${name}() of a stream whose Adler-32 check fails`);
    return utf8(out, name);
}
function decompressor(name, decode) {
    return {
        name,
        evaluate: ([v]) => {
            if (v === null || v === undefined || v === '')
                return '';
            if (typeof v !== 'string')
                throw new engine_refusal.Unsupported(`${name}() of a non-string value`);
            return decode(v);
        },
    };
}
const COMPRESSION_FUNCTIONS = [
    decompressor('gzip_decompress_from_base64_string', gunzip),
    decompressor('zlib_decompress_from_base64_string', unzlib),
];

;// CONCATENATED MODULE: ./src/engine/functions/punycode.ts
/**
 * Punycode (RFC 3492) and the domain forms built on it.
 *
 * punycode_from_string(s) / punycode_to_string(s): the bare Punycode encoding of a
 * string (no "xn--"), and back. punycode_domain_to_string(domain) encodes each label
 * that holds a non-ASCII character as "xn--" + Punycode, splitting at the IDNA dots
 * (. 。 ． ｡) and joining with "."; punycode_domain_from_string(encoded) decodes each
 * "xn--" label. The documented examples keep case and spaces as given ("xn--L Li-gpa4517b"
 * for "Lê Lợi"): no IDNA mapping or validity rules apply, so none are applied here.
 *
 * Documented: decoding text that is not valid Punycode gives the empty string
 * (punycode_to_string takes ASCII only). Refused where the pages are silent: encoding a
 * string that is all ASCII (whether the delimiter is kept), empty labels, a label over
 * 63 characters, lone surrogates, decoded text outside the BMP's non-surrogate range
 * (code points beyond U+FFFF are fine; a decoded surrogate code point is refused).
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX = 0x7fffffff;
function adapt(delta, points, first) {
    delta = first ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
    delta += Math.floor(delta / points);
    let k = 0;
    while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
        delta = Math.floor(delta / (BASE - T_MIN));
        k += BASE;
    }
    return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}
const digit = (d) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);
function digitValue(c) {
    if (c >= 48 && c <= 57)
        return c - 22;
    if (c >= 65 && c <= 90)
        return c - 65;
    if (c >= 97 && c <= 122)
        return c - 97;
    return BASE;
}
/** RFC 3492 encoding of `text` (code points; basic ones copied as they are). */
function punycodeEncode(text, name) {
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
        throw new engine_refusal.Unsupported(`${name}() of text with a lone surrogate`);
    const points = [...text].map((c) => c.codePointAt(0));
    let out = points
        .filter((p) => p < 0x80)
        .map((p) => String.fromCharCode(p))
        .join('');
    const basic = out.length;
    let handled = basic;
    if (basic > 0)
        out += '-';
    let n = INITIAL_N;
    let delta = 0;
    let bias = INITIAL_BIAS;
    while (handled < points.length) {
        const m = Math.min(...points.filter((p) => p >= n));
        if (m - n > Math.floor((MAX - delta) / (handled + 1)))
            throw new engine_refusal.Unsupported(`${name}(): overflow`);
        delta += (m - n) * (handled + 1);
        n = m;
        for (const p of points) {
            if (p < n)
                delta++;
            if (p === n) {
                let q = delta;
                for (let k = BASE;; k += BASE) {
                    const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
                    if (q < t)
                        break;
                    out += digit(t + ((q - t) % (BASE - t)));
                    q = Math.floor((q - t) / (BASE - t));
                }
                out += digit(q);
                bias = adapt(delta, handled + 1, handled === basic);
                delta = 0;
                handled++;
            }
        }
        delta++;
        n++;
    }
    return out;
}
/** RFC 3492 decoding, or null when `text` is not valid Punycode. */
function punycodeDecode(text) {
    if (!/^[\x00-\x7f]*$/.test(text))
        return null;
    const cut = text.lastIndexOf('-');
    const output = cut > 0 ? [...text.slice(0, cut)].map((c) => c.charCodeAt(0)) : [];
    let i = 0;
    let n = INITIAL_N;
    let bias = INITIAL_BIAS;
    for (let at = cut > 0 ? cut + 1 : 0; at < text.length;) {
        const old = i;
        let w = 1;
        for (let k = BASE;; k += BASE) {
            if (at >= text.length)
                return null;
            const d = digitValue(text.charCodeAt(at++));
            if (d >= BASE || d > Math.floor((MAX - i) / w))
                return null;
            i += d * w;
            const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
            if (d < t)
                break;
            if (w > Math.floor(MAX / (BASE - t)))
                return null;
            w *= BASE - t;
        }
        bias = adapt(i - old, output.length + 1, old === 0);
        if (Math.floor(i / (output.length + 1)) > MAX - n)
            return null;
        n += Math.floor(i / (output.length + 1));
        i %= output.length + 1;
        if (n > 0x10ffff || n < 0x80)
            return null;
        output.splice(i, 0, n);
        i++;
    }
    if (output.some((p) => p >= 0xd800 && p <= 0xdfff))
        throw new engine_refusal.Unsupported('punycode decoding to a surrogate code point');
    return String.fromCodePoint(...output);
}
const DOTS = /[.\u3002\uff0e\uff61]/;
function labels(domain, name) {
    const parts = domain.split(DOTS);
    if (parts.some((p) => p === ''))
        throw new engine_refusal.Unsupported(`${name}() of a domain with an empty label`);
    return parts;
}
function checkLength(label, name) {
    if (label.length > 63)
        throw new engine_refusal.Unsupported(`${name}() of a label over 63 characters`);
    return label;
}
const PUNYCODE_FUNCTIONS = [
    {
        name: 'punycode_from_string',
        evaluate: ([v]) => {
            if (v === null || v === undefined || v === '')
                return '';
            if (typeof v !== 'string')
                throw new engine_refusal.Unsupported('punycode_from_string() of a non-string value');
            if (/^[\x00-\x7f]*$/.test(v))
                throw new engine_refusal.Unsupported('punycode_from_string() of text that is all ASCII');
            return punycodeEncode(v, 'punycode_from_string');
        },
    },
    {
        name: 'punycode_to_string',
        evaluate: ([v]) => {
            if (v === null || v === undefined || v === '')
                return '';
            if (typeof v !== 'string')
                throw new engine_refusal.Unsupported('punycode of a non-string value');
            return punycodeDecode(v) ?? '';
        },
    },
    {
        name: 'punycode_domain_to_string',
        evaluate: ([v]) => {
            const name = 'punycode_domain_to_string';
            if (v === null || v === undefined || v === '')
                return '';
            if (typeof v !== 'string')
                throw new engine_refusal.Unsupported('punycode of a non-string value');
            return labels(v, name)
                .map((label) => checkLength(/^[\x00-\x7f]*$/.test(label) ? label : `xn--${punycodeEncode(label, name)}`, name))
                .join('.');
        },
    },
    {
        name: 'punycode_domain_from_string',
        evaluate: ([v]) => {
            const name = 'punycode_domain_from_string';
            if (v === null || v === undefined || v === '')
                return '';
            if (typeof v !== 'string')
                throw new engine_refusal.Unsupported('punycode of a non-string value');
            if (!/^[\x00-\x7f]*$/.test(v))
                throw new engine_refusal.Unsupported(`${name}() of text that is not ASCII`);
            const out = [];
            for (const label of labels(v, name)) {
                checkLength(label, name);
                if (!/^xn--/i.test(label)) {
                    out.push(label);
                    continue;
                }
                const decoded = punycodeDecode(label.slice(4));
                if (decoded === null)
                    return '';
                out.push(decoded);
            }
            return out.join('.');
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/series-seasonal.ts
/**
 * series_seasonal(series, period): the documented seasonal component — for each bin, the
 * median of the values at the same position in every period (an even count takes the
 * mean of the two middle values). Refused: the default period (-1 detects it with
 * series_periods_detect(), whose algorithm is not documented), other non-positive
 * periods, fewer than two whole periods, and null or non-numeric elements.
 */


/** The mean of two doubles, where the usual forms of it agree (else refused). */
function midpoint(a, b) {
    const candidates = [(a + b) / 2, a + (b - a) / 2, a / 2 + b / 2];
    if (candidates.some((c) => c !== candidates[0]))
        throw new engine_refusal.Unsupported('series_seasonal() of a median that depends on rounding');
    return candidates[0];
}
function median(values) {
    const sorted = [...values].sort((x, y) => x - y);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : midpoint(sorted[mid - 1], sorted[mid]);
}
const SERIES_SEASONAL_FUNCTIONS = [
    {
        name: 'series_seasonal',
        evaluate: ([s, p]) => {
            const fn = 'series_seasonal';
            if (s === null)
                return null;
            const series = arrayArg(s, fn);
            if (p === undefined || p === null || p === -1)
                throw new engine_refusal.Unsupported(`${fn}() with a detected period (series_periods_detect is not documented exactly)`);
            if (typeof p !== 'number' || !Number.isInteger(p) || p <= 0)
                throw new engine_refusal.Unsupported(`${fn}() with period ${String(p)}`);
            if (!series.every((v) => typeof v === 'number' && Number.isFinite(v)))
                throw new engine_refusal.Unsupported(`${fn}() of null or non-numeric elements`);
            if (series.length < 2 * p)
                throw new engine_refusal.Unsupported(`${fn}() of fewer than two whole periods`);
            const values = series;
            const medians = Array.from({ length: p }, (_, k) => median(values.filter((_, i) => i % p === k)));
            return values.map((_, i) => medians[i % p]);
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/hex.ts
/** tohex(): an int or long as lowercase hexadecimal; negatives in two's complement of their size. */

function tohex(args, context) {
    const type = context.argTypes[0];
    if (type !== 'int' && type !== 'long')
        throw new engine_refusal.Unsupported(`tohex() of a ${type ?? 'missing'} value`);
    const value = args[0];
    let minLength = 0;
    if (args.length > 1) {
        const m = args[1];
        if (typeof m !== 'number' || !Number.isInteger(m) || m < 1)
            throw new engine_refusal.Unsupported('tohex() with a null or non-positive minLength');
        minLength = Math.min(m, 16); // documented: values above 16 count as 16
    }
    if (value === null)
        return '';
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
        throw new engine_refusal.Unsupported('tohex() of a value beyond ±2^53');
    const bits = type === 'int' ? 32n : 64n;
    let n = BigInt(value);
    if (n < 0n)
        n += 1n << bits; // two's complement: at least 8 (int) or 16 (long) digits
    return n.toString(16).padStart(minLength, '0');
}
const HEX_FUNCTIONS = [{ name: 'tohex', evaluate: tohex }];

;// CONCATENATED MODULE: ./src/engine/functions/sets.ts
/** Set functions over dynamic arrays, and range() (the array-producing scalar function). */



/** Identity of an element for set operations: its type and JSON text (so 1 and "1" differ). */
function elementKey(v) {
    return `${v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v}:${JSON.stringify(v)}`;
}
function distinct(values) {
    const seen = new Set();
    return values.filter((v) => {
        const k = elementKey(v);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function sets(args, fn) {
    return args.map((a) => arrayArg(a, fn));
}
/** range() supports at most 2^20 elements; longer results are truncated (documented). */
const RANGE_LIMIT = 1_048_576;
function range(args, context) {
    if (args.slice(0, 2).some((a) => a === null) || (args.length > 2 && args[2] === null))
        return null;
    const [startType = 'long'] = context.argTypes;
    if (startType === 'datetime' || startType === 'timespan') {
        const start = args[0];
        const stop = args[1];
        const step = args.length > 2 ? args[2] : 3600n * engine_values.TICKS_PER_SECOND;
        if (typeof start !== 'bigint' || typeof stop !== 'bigint' || typeof step !== 'bigint' || context.argTypes[1] !== startType)
            throw new engine_refusal.Unsupported('range() mixing time and numbers');
        if (step <= 0n)
            throw new engine_refusal.Unsupported('range() with a step that is not positive');
        const out = [];
        for (let t = start; t <= stop && out.length < RANGE_LIMIT; t += step)
            out.push((0,engine_values.toDynamic)(t, startType));
        return out;
    }
    const start = args[0];
    const stop = args[1];
    const step = args.length > 2 ? args[2] : 1;
    if (typeof start !== 'number' || typeof stop !== 'number' || typeof step !== 'number')
        throw new engine_refusal.Unsupported('range() of these argument types');
    if (![start, stop, step].every(Number.isSafeInteger))
        throw new engine_refusal.Unsupported('range() of real numbers (rounding of the steps)');
    if (step <= 0)
        throw new engine_refusal.Unsupported('range() with a step that is not positive');
    const out = [];
    for (let v = start; v <= stop && out.length < RANGE_LIMIT; v += step)
        out.push(v);
    return out;
}
const SET_FUNCTIONS = [
    { name: 'set_union', evaluate: (args) => distinct(sets(args, 'set_union').flat()) },
    {
        name: 'set_intersect',
        evaluate: (args) => {
            const [first = [], ...others] = sets(args, 'set_intersect');
            const keys = others.map((o) => new Set(o.map(elementKey)));
            return distinct(first).filter((v) => keys.every((k) => k.has(elementKey(v))));
        },
    },
    {
        name: 'set_difference',
        evaluate: (args) => {
            const [first = [], ...others] = sets(args, 'set_difference');
            const removed = new Set(others.flat().map(elementKey));
            return distinct(first).filter((v) => !removed.has(elementKey(v)));
        },
    },
    {
        name: 'set_has_element',
        evaluate: (args, context) => {
            const value = dynamicArg(args, 1, context);
            return arrayArg(args[0], 'set_has_element').some((e) => sameElement(e, value, 'set_has_element'));
        },
    },
    {
        name: 'jaccard_index',
        evaluate: ([a, b]) => {
            const left = new Set(arrayArg(a, 'jaccard_index').map(elementKey));
            const right = new Set(arrayArg(b, 'jaccard_index').map(elementKey));
            const union = new Set([...left, ...right]).size;
            if (union === 0)
                throw new engine_refusal.Unsupported('jaccard_index() of two empty sets');
            return [...left].filter((k) => right.has(k)).length / union;
        },
    },
    { name: 'range', evaluate: range },
];

;// CONCATENATED MODULE: ./src/engine/functions/strings.ts
/** String functions. */



const str = (v) => (typeof v === 'string' ? v : toKustoString(v));
/**
 * Kusto maps case character by character (invariant culture); JavaScript's full
 * Unicode mappings can change the length (ß → SS, İ → i̇): refuse those.
 */
function caseMapped(text, map, name) {
    const out = map(text);
    if (out.length !== text.length)
        throw new engine_refusal.Unsupported(`${name}() of a character whose case mapping changes its length`);
    return out;
}
const STRING_FUNCTIONS = [
    {
        name: 'strlen',
        evaluate: ([s]) => {
            const text = str(s ?? '');
            // Whether Kusto counts a surrogate pair as one character or two is not documented.
            if (/[\uD800-\uDFFF]/.test(text))
                throw new engine_refusal.Unsupported('strlen() of text outside the BMP');
            return text.length;
        },
    },
    { name: 'tolower', evaluate: ([s]) => caseMapped(str(s ?? ''), (t) => t.toLowerCase(), 'tolower') },
    { name: 'toupper', evaluate: ([s]) => caseMapped(str(s ?? ''), (t) => t.toUpperCase(), 'toupper') },
    { name: 'strcat', evaluate: (args, { argTypes }) => args.map((a, i) => asText(a, argTypes[i])).join('') },
    {
        name: 'strcat_delim',
        evaluate: ([d, ...args], { argTypes }) => args.map((a, i) => asText(a, argTypes[i + 1])).join(asText(d, argTypes[0])),
    },
    { name: 'isempty', evaluate: ([v]) => v === null || v === '' },
    { name: 'isnotempty', evaluate: ([v]) => !(v === null || v === '') },
    {
        name: 'substring',
        evaluate: ([s, start, length]) => {
            if (start === null)
                return '';
            const text = str(s);
            if (typeof start !== 'number' || (length !== undefined && length !== null && typeof length !== 'number'))
                throw new engine_refusal.Unsupported('substring with non-integer bounds');
            if (/[\uD800-\uDFFF]/.test(text))
                throw new engine_refusal.Unsupported('substring() of text outside the BMP');
            // A negative start counts from the end (documented: substring("123456", -2, 2) is "56").
            const from = start < 0 ? text.length + start : start;
            if (from < 0)
                throw new engine_refusal.Unsupported('substring() with a negative start beyond the string');
            if (typeof length === 'number' && length < 0)
                throw new engine_refusal.Unsupported('substring() with a negative length');
            return length === undefined || length === null ? text.slice(from) : text.slice(from, from + length);
        },
    },
    {
        // Other types are "forcibly cast" to string (reverse docs: a datetime reverses its ISO text).
        name: 'reverse',
        evaluate: ([s], { argTypes }) => {
            const text = asText(s, argTypes[0]);
            if (/[\uD800-\uDFFF]/.test(text))
                throw new engine_refusal.Unsupported('reverse() of text outside the BMP');
            return [...text].reverse().join('');
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/regex-functions.ts
/** Regex functions: extract, extract_all, replace_regex, indexof_regex, regex_quote, countof, trim*. */



const pattern = (v, what) => {
    if (typeof v !== 'string')
        throw new engine_refusal.Unsupported(`${what} with a non-string regex`);
    return compileRegex(v);
};
/** extract(regex, group, source [, typeof(T)]): '' (or null for typed results) when nothing matches. */
function extract(args, argTypes, resultType) {
    const [re, group, source] = args;
    const regex = pattern(re, 'extract()');
    if (typeof group !== 'number' || !Number.isInteger(group))
        throw new engine_refusal.Unsupported('extract() with a non-integer group');
    if (group < 0 || group > regex.groupCount())
        throw new engine_refusal.QueryError(`extract(): capture group ${group} is not in the regex`);
    const m = firstMatch(regex, asText(source, argTypes[2]));
    const text = m?.groups[group] ?? null;
    if (text === null)
        return resultType === 'string' ? '' : null;
    return convertText(text, resultType, 'extract()');
}
/** extract_all(regex, [groups,] source): one value per match, or an array per match for several groups. */
function extractAll(args, argTypes) {
    const regex = pattern(args[0], 'extract_all()');
    const source = asText(args[args.length - 1], argTypes[args.length - 1]);
    if (regex.groupCount() < 1 || regex.groupCount() > 16)
        throw new engine_refusal.QueryError('extract_all(): the regex must have 1 to 16 capture groups');
    let groups = Array.from({ length: regex.groupCount() }, (_, i) => i + 1);
    if (args.length === 3) {
        const wanted = args[1];
        if (!Array.isArray(wanted) || wanted.length === 0)
            throw new engine_refusal.QueryError('extract_all(): captureGroups must be a non-empty array');
        groups = wanted.map((g) => {
            const index = typeof g === 'number' || typeof g === 'string' ? groupIndex(regex, g) : null;
            if (index === null || index === 0)
                throw new engine_refusal.QueryError(`extract_all(): capture group ${JSON.stringify(g)} is not in the regex`);
            return index;
        });
    }
    const out = [];
    for (const m of matchesOf(regex, source)) {
        const values = groups.map((g) => m.groups[g] ?? '');
        out.push(groups.length === 1 ? values[0] : values);
    }
    return out.length === 0 ? null : out;
}
/** The rewrite of replace_regex: \0..\9 name groups, \\ is a backslash. */
function rewrite(template, groupCount) {
    const parts = [];
    let literal = '';
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (c !== '\\') {
            literal += c;
            continue;
        }
        const next = template[++i];
        if (next !== undefined && /[0-9]/.test(next)) {
            if (Number(next) > groupCount)
                throw new engine_refusal.QueryError(`replace_regex(): rewrite refers to group \\${next} the regex does not have`);
            parts.push(literal, Number(next));
            literal = '';
        }
        else if (next === '\\')
            literal += '\\';
        else
            throw new engine_refusal.Unsupported(`replace_regex() rewrite with the escape \\${next ?? ''}`);
    }
    parts.push(literal);
    return (groups) => parts.map((p) => (typeof p === 'number' ? (groups[p] ?? '') : p)).join('');
}
function replaceRegex([source, re, template], argTypes) {
    const regex = pattern(re, 'replace_regex()');
    const text = asText(source, argTypes[0]);
    const build = rewrite(asText(template, argTypes[2]), regex.groupCount());
    let out = '';
    let last = 0;
    for (const m of matchesOf(regex, text)) {
        out += text.slice(last, m.start) + build(m.groups);
        last = m.end;
    }
    return out + text.slice(last);
}
/** Assertions whose outcome depends on where the text ends: a bounded search range would change them. */
const END_SENSITIVE = /\$|\\[bBz]/;
function indexofRegex(args, argTypes) {
    const [source, re, start = 0, length = -1, occurrence = 1] = args;
    if (start === null || length === null || occurrence === null)
        return null;
    if (typeof start !== 'number' || typeof length !== 'number' || typeof occurrence !== 'number')
        throw new engine_refusal.Unsupported('indexof_regex() with non-integer bounds');
    if (start < 0 || occurrence < 0 || length < -1)
        return null;
    if (occurrence === 0)
        throw new engine_refusal.Unsupported('indexof_regex() with occurrence 0');
    const regex = pattern(re, 'indexof_regex()');
    const text = requireBmp(asText(source, argTypes[0]), 'indexof_regex()');
    if (start > text.length)
        return -1;
    let nth = 0;
    for (const m of matchesOf(regex, text, start)) {
        if (++nth < occurrence)
            continue;
        if (length === -1)
            return m.start;
        const end = start + length;
        if (m.end <= end && !END_SENSITIVE.test(String(re)))
            return m.start;
        if (m.start >= end)
            return -1;
        throw new engine_refusal.Unsupported('indexof_regex() with a length that cuts a match');
    }
    return -1;
}
/** Characters that RE2's QuoteMeta and .NET's Regex.Escape both escape with a backslash. */
const BOTH_ESCAPE = new Set('\\*+?|{[()^$.# ');
function regexQuote([s], argTypes) {
    let out = '';
    for (const c of asText(s, argTypes[0])) {
        if (BOTH_ESCAPE.has(c))
            out += `\\${c}`;
        else if (/[A-Za-z0-9_]/.test(c) || c.codePointAt(0) > 0x7f)
            out += c;
        else
            throw new engine_refusal.Unsupported(`regex_quote() of the character ${JSON.stringify(c)} (escaping not documented)`);
    }
    return out;
}
function countof([source, search, kind = 'normal'], argTypes) {
    const text = asText(source, argTypes[0]);
    const needle = asText(search, argTypes[1]);
    if (kind === 'regex') {
        let n = 0;
        for (const _m of matchesOf(compileRegex(needle), text))
            n++;
        return n;
    }
    if (kind !== 'normal')
        throw new engine_refusal.QueryError(`countof(): kind must be 'normal' or 'regex', not ${JSON.stringify(kind)}`);
    if (needle === '')
        throw new engine_refusal.Unsupported('countof() of an empty string');
    let n = 0;
    // Plain matches may overlap (documented: countof("aaaa", "aa") is 3).
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
        n++;
    return n;
}
/** Strip leading (or trailing) matches of the regex, as many as there are. */
function trim(side) {
    return ([re, source], argTypes) => {
        if (typeof re !== 'string')
            throw new engine_refusal.Unsupported('trim() with a non-string regex');
        let text = asText(source, argTypes[1]);
        if (side !== 'end') {
            const head = compileRegex(`^(?:${re})`);
            for (let m = firstMatch(head, text); m && m.end > 0; m = firstMatch(head, text))
                text = text.slice(m.end);
        }
        if (side !== 'start') {
            const tail = compileRegex(`(?:${re})$`);
            for (let m = firstMatch(tail, text); m && m.start < text.length; m = firstMatch(tail, text))
                text = text.slice(0, m.start);
        }
        return text;
    };
}
const REGEX_FUNCTIONS = [
    { name: 'extract', evaluate: (args, { argTypes, resultType }) => extract(args, argTypes, resultType) },
    { name: 'extract_all', evaluate: (args, { argTypes }) => extractAll(args, argTypes) },
    { name: 'replace_regex', evaluate: (args, { argTypes }) => replaceRegex(args, argTypes) },
    { name: 'indexof_regex', evaluate: (args, { argTypes }) => indexofRegex(args, argTypes) },
    { name: 'regex_quote', evaluate: (args, { argTypes }) => regexQuote(args, argTypes) },
    { name: 'countof', evaluate: (args, { argTypes }) => countof(args, argTypes) },
    { name: 'trim', evaluate: (args, { argTypes }) => trim('both')(args, argTypes) },
    { name: 'trim_start', evaluate: (args, { argTypes }) => trim('start')(args, argTypes) },
    { name: 'trim_end', evaluate: (args, { argTypes }) => trim('end')(args, argTypes) },
];

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/engine/functions/strings-extra.ts
/** More string functions: replace/search, sizes, encodings, hashes, code points. */





const strings_extra_LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Bytes as UTF-8 text, or null when they are not valid UTF-8. */
function strings_extra_utf8(bytes) {
    try {
        return UTF8.decode(bytes);
    }
    catch {
        return null;
    }
}
function integer(v, what) {
    if (v === null || v === undefined)
        return null;
    if (typeof v !== 'number' || !Number.isInteger(v))
        throw new engine_refusal.Unsupported(`${what} with a non-integer argument`);
    return v;
}
/** indexof(source, lookup [, start [, length [, occurrence]]]) */
function indexof(args, types) {
    const text = requireBmp(asText(args[0], types[0]), 'indexof()');
    const lookup = asText(args[1], types[1]);
    const start = args.length > 2 ? integer(args[2], 'indexof()') : 0;
    const length = args.length > 3 ? integer(args[3], 'indexof()') : -1;
    const occurrence = args.length > 4 ? integer(args[4], 'indexof()') : 1;
    if (start === null || length === null || occurrence === null)
        return null;
    if (occurrence < 0 || length < -1)
        return null;
    // Older and newer documentation disagree on negative starts (null vs offset from the end).
    if (start < 0)
        throw new engine_refusal.Unsupported('indexof() with a negative start');
    if (occurrence === 0)
        throw new engine_refusal.Unsupported('indexof() with occurrence 0');
    // How a bounded length applies to later occurrences is not documented consistently.
    if (occurrence > 1 && length !== -1)
        throw new engine_refusal.Unsupported('indexof() with both a length and an occurrence');
    if (lookup === '')
        throw new engine_refusal.Unsupported('indexof() of an empty string');
    if (start > text.length)
        return -1;
    let at = text.indexOf(lookup, start);
    for (let n = 1; n < occurrence && at >= 0; n++)
        at = text.indexOf(lookup, at + 1);
    if (at < 0)
        return -1;
    return length === -1 || at + lookup.length <= start + length ? at : -1;
}
function replaceString([text, lookup, rewrite], types) {
    const needle = asText(lookup, types[1]);
    if (needle === '')
        throw new engine_refusal.Unsupported('replace_string() with an empty lookup');
    return asText(text, types[0]).split(needle).join(asText(rewrite, types[2]));
}
function replaceStrings([text, lookups, rewrites], types) {
    if (!Array.isArray(lookups) || !Array.isArray(rewrites))
        throw new engine_refusal.Unsupported('replace_strings() without literal arrays');
    if (lookups.length !== rewrites.length)
        throw new engine_refusal.QueryError('replace_strings(): lookups and rewrites differ in length');
    const source = asText(text, types[0]);
    // Each lookup in array order claims its non-overlapping matches in the source text that
    // no earlier lookup claimed ("Replacement order": ['is', 'This'] turns "This" into "Thwas").
    // A lookup that is not a string is ignored; a rewrite that is not a string leaves its
    // matches as they are (no replacement made), though they stay claimed.
    const claims = [];
    lookups.forEach((lookup, k) => {
        if (typeof lookup !== 'string')
            return;
        if (lookup === '')
            throw new engine_refusal.Unsupported('replace_strings() with an empty lookup');
        const rewrite = rewrites[k];
        const mine = [];
        for (let i = source.indexOf(lookup); i >= 0;) {
            const end = i + lookup.length;
            if (claims.some((c) => i < c.end && end > c.start))
                i = source.indexOf(lookup, i + 1);
            else {
                mine.push({ start: i, end, rewrite: typeof rewrite === 'string' ? rewrite : null });
                i = source.indexOf(lookup, end);
            }
        }
        claims.push(...mine);
    });
    claims.sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const c of claims) {
        out += source.slice(at, c.start) + (c.rewrite ?? source.slice(c.start, c.end));
        at = c.end;
    }
    return out + source.slice(at);
}
function strrep([value, multiplier, delimiter = ''], types) {
    const n = integer(multiplier, 'strrep()');
    if (n === null || n < 1 || n > 1024)
        throw new engine_refusal.Unsupported('strrep() with a multiplier outside 1..1024');
    return Array.from({ length: n }, () => asText(value, types[0])).join(asText(delimiter, types[2]));
}
/** .NET's HttpUtility.UrlEncode: unreserved characters stay, space is + (or `space`), the rest %xx (lowercase). */
function urlEncode(text, space = '+') {
    let out = '';
    for (const c of text) {
        if (/[A-Za-z0-9\-_.!*()]/.test(c))
            out += c;
        else if (c === ' ')
            out += space;
        else
            for (const b of Buffer.from(c, 'utf8'))
                out += `%${b.toString(16).padStart(2, '0')}`;
    }
    return out;
}
function urlDecode(text) {
    if (/%(?![0-9A-Fa-f]{2})/.test(text))
        throw new engine_refusal.Unsupported('url_decode() of a malformed escape');
    const bytes = [];
    for (let i = 0; i < text.length;) {
        if (text[i] === '%') {
            bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
            i += 3;
        }
        else {
            const c = text.codePointAt(i);
            const ch = String.fromCodePoint(c);
            bytes.push(...Buffer.from(ch === '+' ? ' ' : ch, 'utf8'));
            i += ch.length;
        }
    }
    const decoded = strings_extra_utf8(Uint8Array.from(bytes));
    if (decoded === null)
        throw new engine_refusal.Unsupported('url_decode() to bytes that are not UTF-8');
    return decoded;
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function base64Decode(text) {
    if (!BASE64.test(text))
        throw new engine_refusal.Unsupported('base64_decode_tostring() of text that is not padded base64');
    return strings_extra_utf8(Buffer.from(text, 'base64')) ?? '';
}
function hashText(v, type, name) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'bigint' && type === 'datetime')
        return fullDatetime(v);
    throw new engine_refusal.Unsupported(`${name}() of a ${type ?? 'null'} value`);
}
function digest(algorithm, name) {
    return {
        name,
        evaluate: ([v], { argTypes }) => {
            const text = hashText(v, argTypes[0], name);
            if (strings_extra_LONE_SURROGATE.test(text))
                throw new engine_refusal.Unsupported(`${name}() of text with a lone surrogate`);
            return (0,external_node_crypto_.createHash)(algorithm).update(text, 'utf8').digest('hex');
        },
    };
}
function translate([search, replace, source], types) {
    const from = [...asText(search, types[0])];
    const to = [...asText(replace, types[1])];
    if (from.length !== to.length || new Set(from).size !== from.length)
        throw new engine_refusal.Unsupported('translate() with lists of different lengths or repeated characters');
    const map = new Map(from.map((c, i) => [c, to[i]]));
    return [...asText(source, types[2])].map((c) => map.get(c) ?? c).join('');
}
function hasAnyIndex([source, lookups], types) {
    if (!Array.isArray(lookups))
        throw new engine_refusal.Unsupported('has_any_index() without an array of lookups');
    const terms = new Set(termsOf(asText(source, types[0]).toLowerCase(), 'has_any_index()'));
    return lookups.findIndex((item) => {
        if (item === null || typeof item === 'object')
            throw new engine_refusal.Unsupported('has_any_index() with a non-scalar lookup');
        const needle = String(item).toLowerCase();
        if (!/^[a-z0-9]+$/.test(needle))
            throw new engine_refusal.Unsupported('has_any_index() with a lookup that is not a single alphanumeric term');
        return terms.has(needle);
    });
}
function codepointsToString(args) {
    const points = args.flatMap((a) => (Array.isArray(a) ? a : [a]));
    return points
        .map((p) => {
        if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 0x10ffff || (p >= 0xd800 && p <= 0xdfff))
            throw new engine_refusal.Unsupported('unicode_codepoints_to_string() of a value that is not a Unicode scalar value');
        return String.fromCodePoint(p);
    })
        .join('');
}
const EXTRA_STRING_FUNCTIONS = [
    { name: 'indexof', evaluate: (args, { argTypes }) => indexof(args, argTypes) },
    { name: 'replace_string', evaluate: (args, { argTypes }) => replaceString(args, argTypes) },
    { name: 'replace_strings', evaluate: (args, { argTypes }) => replaceStrings(args, argTypes) },
    { name: 'strrep', evaluate: (args, { argTypes }) => strrep(args, argTypes) },
    {
        name: 'strcmp',
        evaluate: ([a, b], { argTypes }) => {
            const x = asText(a, argTypes[0]);
            const y = asText(b, argTypes[1]);
            return x < y ? -1 : x > y ? 1 : 0;
        },
    },
    {
        name: 'string_size',
        evaluate: ([s], { argTypes }) => {
            const text = asText(s, argTypes[0]);
            if (strings_extra_LONE_SURROGATE.test(text))
                throw new engine_refusal.Unsupported('string_size() of text with a lone surrogate');
            return Buffer.byteLength(text, 'utf8');
        },
    },
    { name: 'url_encode', evaluate: ([s], { argTypes }) => urlEncode(asText(s, argTypes[0])) },
    { name: 'url_decode', evaluate: ([s], { argTypes }) => urlDecode(asText(s, argTypes[0])) },
    { name: 'base64_encode_tostring', evaluate: ([s], { argTypes }) => Buffer.from(asText(s, argTypes[0]), 'utf8').toString('base64') },
    { name: 'base64_decode_tostring', evaluate: ([s], { argTypes }) => base64Decode(asText(s, argTypes[0])) },
    digest('md5', 'hash_md5'),
    digest('sha1', 'hash_sha1'),
    digest('sha256', 'hash_sha256'),
    { name: 'isascii', evaluate: ([s], { argTypes }) => /^[\x00-\x7f]*$/.test(asText(s, argTypes[0])) },
    {
        name: 'isutf8',
        evaluate: ([s], { argTypes }) => {
            if (strings_extra_LONE_SURROGATE.test(asText(s, argTypes[0])))
                throw new engine_refusal.Unsupported('isutf8() of text with a lone surrogate');
            return true;
        },
    },
    { name: 'translate', evaluate: (args, { argTypes }) => translate(args, argTypes) },
    { name: 'has_any_index', evaluate: (args, { argTypes }) => hasAnyIndex(args, argTypes) },
    {
        name: 'unicode_codepoints_from_string',
        evaluate: ([s], { argTypes }) => [...asText(s, argTypes[0])].map((c) => c.codePointAt(0)),
    },
    { name: 'unicode_codepoints_to_string', evaluate: (args) => codepointsToString(args) },
];

;// CONCATENATED MODULE: ./src/engine/functions/strings-records.ts
/** GUID base64 forms and CSV records. */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** .NET's Guid byte order: the first three fields little-endian, the last eight bytes as written. */
function guidBytes(guid) {
    const hex = guid.replace(/-/g, '');
    const swap = (s) => s.match(/../g).reverse().join('');
    return Buffer.from(swap(hex.slice(0, 8)) + swap(hex.slice(8, 12)) + swap(hex.slice(12, 16)) + hex.slice(16), 'hex');
}
function bytesToGuid(bytes) {
    const hex = bytes.toString('hex');
    const swap = (s) => s.match(/../g).reverse().join('');
    return `${swap(hex.slice(0, 8))}-${swap(hex.slice(8, 12))}-${swap(hex.slice(12, 16))}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** Whether a CSV record ends at text[i]: an unquoted \n or \r\n (a lone \r is refused). */
function recordEnd(text, i) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n'))
        return true;
    if (text[i] === '\r')
        throw new engine_refusal.Unsupported('parse_csv() of a lone carriage return');
    return false;
}
/**
 * The first CSV record (RFC 4180 quoting): "Only the first record is taken since this
 * function doesn't support multiple records" (parse_csv docs). A record ends at an unquoted
 * \n or \r\n; a lone \r is refused.
 */
function parseCsv(text) {
    const fields = [];
    let i = 0;
    for (;;) {
        let field = '';
        if (text[i] === '"') {
            for (i++;; i++) {
                if (i >= text.length)
                    throw new engine_refusal.Unsupported('parse_csv() of an unclosed quoted field');
                if (text[i] === '"') {
                    if (text[i + 1] === '"') {
                        field += '"';
                        i++;
                    }
                    else
                        break;
                }
                else
                    field += text[i];
            }
            i++;
            if (recordEnd(text, i))
                return [...fields, field];
            if (i < text.length && text[i] !== ',')
                throw new engine_refusal.Unsupported('parse_csv() of text after a closing quote');
        }
        else {
            while (i < text.length && text[i] !== ',') {
                if (text[i] === '"')
                    throw new engine_refusal.Unsupported('parse_csv() of a quote inside an unquoted field');
                if (recordEnd(text, i))
                    return [...fields, field];
                field += text[i++];
            }
        }
        fields.push(field);
        if (i >= text.length)
            return fields;
        i++; // the comma
    }
}
/**
 * toguid(s): "takes the first 32 characters of the input, ignoring properly located hyphens,
 * validates that the characters are between 0-9 or a-f … The rest of the string is ignored",
 * else null (toguid docs). Computed for 32 leading hex digits, the 8-4-4-4-12 form, and the
 * page's own 12-4-4-12 example; other hyphen places, upper-case digits and non-strings are
 * refused (which hyphens count as "properly located" is not spelled out).
 */
function toGuid(args, { argTypes }) {
    const s = args[0] ?? null;
    if (s === null)
        return null;
    if (argTypes[0] === 'guid')
        return s;
    if (typeof s !== 'string' || argTypes[0] !== 'string')
        throw new engine_refusal.Unsupported('toguid() of a value that is not a string');
    const head = s.slice(0, 36);
    const digits = head.match(/^[0-9a-f]{32}/)?.[0] ??
        head
            .match(/^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})/)
            ?.slice(1)
            .join('') ??
        head
            .match(/^([0-9a-f]{12})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})/)
            ?.slice(1)
            .join('');
    if (digits)
        return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
    // Fewer than 32 digits before the text ends or a character that is not a digit or hyphen: not a guid.
    const lead = head.match(/^[0-9a-f-]*/)[0];
    const leadDigits = lead.replace(/-/g, '').length;
    if (leadDigits < 32 && (lead.length === s.length || !/[A-F]/.test(s[lead.length])))
        return null;
    throw new engine_refusal.Unsupported('toguid() of text with hyphens elsewhere or upper-case digits');
}
const RECORD_FUNCTIONS = [
    { name: 'toguid', evaluate: toGuid },
    {
        name: 'base64_encode_fromguid',
        evaluate: ([g]) => {
            if (g === null)
                return '';
            if (typeof g !== 'string' || !GUID.test(g))
                throw new engine_refusal.QueryError('base64_encode_fromguid() expects a guid');
            return guidBytes(g).toString('base64');
        },
    },
    {
        name: 'base64_decode_toguid',
        evaluate: ([s]) => {
            if (typeof s !== 'string' || !/^[A-Za-z0-9+/]{22}==$/.test(s))
                throw new engine_refusal.Unsupported('base64_decode_toguid() of text that is not 16 base64 bytes');
            return bytesToGuid(Buffer.from(s, 'base64'));
        },
    },
    {
        // Bytes of padded base64 as longs. Unpadded text decodes to an empty array: the page
        // of base64_encode_fromarray() names the result of decoding such text `empty_bytes_array`.
        name: 'base64_decode_toarray',
        evaluate: ([s]) => {
            if (typeof s !== 'string')
                return null;
            if (/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s))
                return [...Buffer.from(s, 'base64')];
            if (/^[A-Za-z0-9+/]+$/.test(s) && s.length % 4 !== 0)
                return [];
            throw new engine_refusal.Unsupported('base64_decode_toarray() of text that is not base64');
        },
    },
    {
        // An array of bytes (whole numbers 0..255) as base64; null (empty) for null or no array.
        name: 'base64_encode_fromarray',
        evaluate: ([a]) => {
            if (a === null || a === undefined)
                return '';
            if (!Array.isArray(a))
                throw new engine_refusal.Unsupported('base64_encode_fromarray() of a value that is not an array');
            if (!a.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= 0 && b <= 255))
                throw new engine_refusal.Unsupported('base64_encode_fromarray() of elements that are not bytes');
            return Buffer.from(a).toString('base64');
        },
    },
    {
        name: 'parse_csv',
        evaluate: ([s]) => {
            if (typeof s !== 'string')
                throw new engine_refusal.Unsupported('parse_csv() of a non-string value');
            return parseCsv(s);
        },
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/bin-auto.ts
/**
 * bin_auto(value): bin() with the size and fixed point of the query's
 * `set query_bin_auto_size` / `set query_bin_auto_at` (default fixed point 0).
 * It is bin_at(value, size, at), or bin(value, size) without a fixed point, so it
 * computes (and refuses) exactly what those do.
 */

function binAutoFunction(lookup) {
    return {
        name: 'bin_auto',
        evaluate: ([value], context) => {
            const size = context.options?.get('query_bin_auto_size');
            if (!size)
                throw new engine_refusal.Unsupported('bin_auto() without set query_bin_auto_size');
            const at = context.options?.get('query_bin_auto_at');
            const valueType = context.argTypes[0];
            if (!at)
                return lookup('bin').evaluate([value ?? null, size.value], { ...context, argTypes: [valueType, size.type] });
            // The fixed point is a value of the binned kind (a datetime for datetimes).
            const numeric = (t) => t === 'int' || t === 'long' || t === 'real';
            if (at.type !== valueType && !(numeric(at.type) && numeric(valueType)))
                throw new engine_refusal.Unsupported(`bin_auto() of a ${valueType} with a ${at.type} query_bin_auto_at`);
            return lookup('bin_at').evaluate([value ?? null, size.value, at.value], { ...context, argTypes: [valueType, size.type, at.type] });
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/decimal.ts
/**
 * Kusto's decimal: a 128-bit decimal number with SqlDecimal's representation (Kusto docs,
 * "The decimal data type"): up to 38 significant digits, up to 38 after the point. In the
 * engine a decimal value is its canonical text (`-12.5`, `700000000`: no exponent, no
 * trailing fractional zeros, no `-0`), told apart from a string by its column type, so one
 * number has one representation (equality, grouping and joins compare the text) and it
 * serializes as the v2 API writes a decimal, as a JSON string. Arithmetic here is exact
 * on (digits, scale) bigints; a result that needs rounding to fit is refused.
 */

const MAX_DIGITS = 38;
const LIMIT = 10n ** BigInt(MAX_DIGITS);
const TEXT = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;
/** The canonical text of m / 10^scale; refused beyond 38 digits. */
function decimalText(m, scale, what) {
    // Drop trailing fractional zeros, and a negative scale becomes zeros of the integer.
    while (scale > 0 && m % 10n === 0n) {
        m /= 10n;
        scale--;
    }
    if (scale < 0) {
        m *= 10n ** BigInt(-scale);
        scale = 0;
    }
    if (scale > MAX_DIGITS || m >= LIMIT || m <= -LIMIT)
        throw new engine_refusal.Unsupported(`${what} beyond the 38 digits of a decimal`);
    const negative = m < 0n;
    const digits = (negative ? -m : m).toString().padStart(scale + 1, '0');
    const whole = digits.slice(0, digits.length - scale);
    const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
    return `${negative ? '-' : ''}${whole}${fraction}`;
}
/** Parts of decimal text (`12.50`, `-3`, `1e5`); null when the text is not a plain number. */
function parseDecimal(text) {
    const match = TEXT.exec(text);
    if (!match)
        return null;
    const [, sign, whole, fraction = '', exponent = '0'] = match;
    const m = BigInt(`${whole}${fraction}`) * (sign === '-' ? -1n : 1n);
    return { m, scale: fraction.length - Number(exponent) };
}
/** The parts of a decimal value (canonical text). */
function partsOf(value) {
    const parts = parseDecimal(value);
    if (!parts)
        throw new engine_refusal.Unsupported(`decimal value ${value}`);
    return parts;
}
/** A decimal from an int or long. */
function decimalFromInteger(n) {
    if (typeof n === 'number' && !Number.isSafeInteger(n))
        throw new engine_refusal.Unsupported('decimal of a long beyond ±2^53');
    return decimalText(BigInt(n), 0, 'decimal');
}
/** The decimal of a real, when every conversion agrees: the exact binary value has at most 15 significant digits. */
function decimalFromReal(x) {
    if (!Number.isFinite(x))
        throw new engine_refusal.Unsupported('decimal of a non-finite real');
    const text = x.toString();
    const parts = parseDecimal(text);
    // Shortest round-trip digits; they are the exact value only when the double is that
    // decimal exactly (e.g. 1.5, 0.25), which its exact expansion (toFixed up to 100) shows.
    if (!parts)
        throw new engine_refusal.Unsupported(`decimal of the real ${text}`);
    const exact = parts.scale > 0 ? x.toFixed(Math.min(100, parts.scale + 30)) : null;
    const exactParts = exact === null ? parts : parseDecimal(exact);
    const canonical = decimalText(parts.m, parts.scale, 'decimal');
    if (!exactParts || decimalText(exactParts.m, exactParts.scale, 'decimal') !== canonical || significant(parts) > 15)
        throw new engine_refusal.Unsupported(`decimal of the real ${text} (how its binary digits are rounded is not documented)`);
    return canonical;
}
function significant({ m }) {
    return (m < 0n ? -m : m).toString().replace(/0+$/, '').length;
}
function aligned(a, b) {
    const scale = Math.max(a.scale, b.scale);
    return [a.m * 10n ** BigInt(scale - a.scale), b.m * 10n ** BigInt(scale - b.scale), scale];
}
/** -1, 0 or 1. */
function compareDecimals(a, b) {
    const [x, y] = aligned(a, b);
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Exact + - * of decimals; refused when the result does not fit 38 digits. */
function decimalArithmetic(name, a, b) {
    if (name === 'Multiply')
        return decimalText(a.m * b.m, a.scale + b.scale, 'decimal product');
    const [x, y, scale] = aligned(a, b);
    return decimalText(name === 'Add' ? x + y : x - y, scale, name === 'Add' ? 'decimal sum' : 'decimal difference');
}

;// CONCATENATED MODULE: ./src/engine/functions/decimals.ts
/**
 * decimal functions: todecimal() and parse_version() (Kusto docs). Decimal values are
 * canonical text (decimal.ts).
 */


const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const VERSION = /^\d{1,8}(?:\.\d{1,8}){0,3}$/;
const DECIMAL_FUNCTIONS = [
    {
        name: 'todecimal',
        evaluate: ([v], { argTypes }) => {
            if (v === null || v === undefined)
                return null;
            const type = argTypes[0];
            if (type === 'decimal')
                return v;
            if ((type === 'int' || type === 'long') && (typeof v === 'number' || typeof v === 'bigint'))
                return decimalFromInteger(v);
            if (type === 'real' && typeof v === 'number')
                return decimalFromReal(v);
            if (type === 'string' && typeof v === 'string') {
                if (PLAIN_NUMBER.test(v)) {
                    const parts = parseDecimal(v);
                    return decimalText(parts.m, parts.scale, 'todecimal()');
                }
                // No digits: the conversion fails (null); any other layout is not documented.
                if (!/\d/.test(v))
                    return null;
                throw new engine_refusal.Unsupported('todecimal() of text that is not a plain decimal number');
            }
            throw new engine_refusal.Unsupported(`todecimal() of a ${type} value`);
        },
        bigLongs: 'handle',
    },
    {
        // One to four dot-separated parts of up to 8 digits; missing parts are trailing zeros:
        // the parts are the 8-digit groups of one number (1.2.3.4 = 1 00000002 00000003 00000004).
        name: 'parse_version',
        evaluate: ([v]) => {
            if (typeof v !== 'string')
                return null;
            if (!VERSION.test(v)) {
                if (/\s/.test(v) && /\d/.test(v))
                    throw new engine_refusal.Unsupported('parse_version() of a version with white space');
                return null;
            }
            const parts = v.split('.');
            let n = 0n;
            for (let i = 0; i < 4; i++)
                n = n * 100000000n + BigInt(parts[i] ?? '0');
            return decimalText(n, 0, 'parse_version()');
        },
    },
];
/** Functions that take or return decimals as such; the rest would read a decimal's text as a string. */
const DECIMAL_AWARE = new Set(['todecimal', 'parse_version', 'iff', 'iif', 'case', 'coalesce', 'isnull', 'isnotnull']);
/** Why a call of `name` with these types is refused, or undefined when it may run. */
function decimalRefusal(name, argTypes, resultType) {
    if (DECIMAL_AWARE.has(name) || !(argTypes.includes('decimal') || resultType === 'decimal'))
        return undefined;
    return `${name}() of a decimal value`;
}
const ORDERING = {
    LessThan: (c) => c < 0,
    LessThanOrEqual: (c) => c <= 0,
    GreaterThan: (c) => c > 0,
    GreaterThanOrEqual: (c) => c >= 0,
};
/** A decimal operand (decimal, int or long) as parts. */
function operand(v, type) {
    if (type === 'decimal' && typeof v === 'string')
        return partsOf(v);
    if ((type === 'int' || type === 'long') && (typeof v === 'number' || typeof v === 'bigint'))
        return partsOf(decimalFromInteger(v));
    throw new engine_refusal.Unsupported(`a ${type} operand of a decimal operator`);
}
/**
 * A binary operator with a decimal operand: exact + - * and comparisons of decimals with
 * decimals, ints and longs (null semantics as for other numbers); anything else (division,
 * modulo, reals, strings) is refused.
 */
function decimalOperator(name) {
    return (resultType, [a, bLazy], [ta, tb]) => {
        const b = bLazy;
        const exact = (ta === 'decimal' || ta === 'int' || ta === 'long') && (tb === 'decimal' || tb === 'int' || tb === 'long');
        if (!exact)
            throw new engine_refusal.Unsupported(`operator ${name} on ${ta} and ${tb}`);
        if (name === 'Add' || name === 'Subtract' || name === 'Multiply') {
            if (resultType !== 'decimal')
                throw new engine_refusal.Unsupported(`operator ${name} on ${ta} and ${tb} giving ${resultType}`);
            if (a === null || b === null)
                return null;
            return decimalArithmetic(name, operand(a, ta), operand(b, tb));
        }
        if (name === 'Equal' || name === 'NotEqual') {
            const negate = name === 'NotEqual';
            if (a === null && b === null)
                return null;
            if (a === null || b === null)
                return negate;
            return (compareDecimals(operand(a, ta), operand(b, tb)) === 0) !== negate;
        }
        const test = ORDERING[name];
        if (!test)
            throw new engine_refusal.Unsupported(`operator ${name} on decimal values`);
        if (a === null || b === null)
            return null;
        return test(compareDecimals(operand(a, ta), operand(b, tb)));
    };
}
/** A datatable value for a decimal column: decimals as they are, ints, longs and exact reals converted. */
function decimalCell(value, type) {
    if (value === null || type === 'decimal')
        return value;
    if ((type === 'int' || type === 'long') && (typeof value === 'number' || typeof value === 'bigint'))
        return decimalFromInteger(value);
    if (type === 'real' && typeof value === 'number')
        return decimalFromReal(value);
    throw new engine_refusal.Unsupported(`a ${type} value in a decimal column`);
}

;// CONCATENATED MODULE: ./src/engine/functions/structured-text.ts
/**
 * Text that security data is full of: Windows command lines (parse_command_line), file
 * paths (parse_path) and URL query strings (parse_urlquery, url_encode_component). Each answers only the
 * inputs whose result the documentation pins down, and refuses the rest.
 */



const BLANK = /[ \t]/;
/**
 * CommandLineToArgvW's documented rules: space and tab outside quotes separate
 * arguments; 2n backslashes before a quote give n backslashes and the quote toggles
 * quoting; 2n+1 backslashes before a quote give n backslashes and a literal quote;
 * other backslashes are literal; leading blanks make the first argument empty;
 * trailing blanks are ignored. The first argument (the program name) is read with its
 * own rules, so only the forms on which both readings agree are answered.
 */
function windowsArgv(line) {
    if (/[\r\n\v\f\0]/.test(line))
        throw new engine_refusal.Unsupported('parse_command_line() of a line break or control character');
    if (line.trim() === '')
        throw new engine_refusal.Unsupported('parse_command_line() of an empty command line (the API answers the running program)');
    const args = [];
    let i = 0;
    if (BLANK.test(line[0]))
        args.push('');
    else {
        const first = programName(line);
        args.push(first.name);
        i = first.end;
    }
    while (i < line.length) {
        while (i < line.length && BLANK.test(line[i]))
            i++;
        if (i >= line.length)
            break;
        let arg = '';
        let quoted = false;
        while (i < line.length && (quoted || !BLANK.test(line[i]))) {
            const c = line[i];
            if (c === '\\') {
                let n = 0;
                while (line[i] === '\\') {
                    n++;
                    i++;
                }
                if (line[i] !== '"')
                    arg += '\\'.repeat(n);
                else {
                    arg += '\\'.repeat(n >> 1);
                    if (n % 2 === 1) {
                        arg += '"';
                        i++;
                    }
                }
                continue;
            }
            if (c === '"') {
                // `""` inside quotes is not among the documented rules (implementations differ).
                if (quoted && line[i + 1] === '"')
                    throw new engine_refusal.Unsupported('parse_command_line() of "" inside a quoted argument');
                quoted = !quoted;
                i++;
                continue;
            }
            arg += c;
            i++;
        }
        if (quoted)
            throw new engine_refusal.Unsupported('parse_command_line() of an unterminated quote');
        args.push(arg);
    }
    return args;
}
/** The program name: a quoted run, or a run up to the first blank, holding nothing either reading would treat differently. */
function programName(line) {
    if (line[0] === '"') {
        const close = line.indexOf('"', 1);
        if (close < 0)
            throw new engine_refusal.Unsupported('parse_command_line() of an unterminated quoted program name');
        const name = line.slice(1, close);
        const next = line[close + 1];
        if (name.includes('\\') || (next !== undefined && !BLANK.test(next)))
            throw new engine_refusal.Unsupported('parse_command_line() of a quoted program name with backslashes or text after its quote');
        return { name, end: close + 1 };
    }
    let end = 0;
    while (end < line.length && !BLANK.test(line[end]))
        end++;
    const name = line.slice(0, end);
    if (name.includes('"'))
        throw new engine_refusal.Unsupported('parse_command_line() of a quote inside the program name');
    return { name, end };
}
/**
 * A query string's `key=value` pairs, as the page's examples show them. What the page
 * does not say (percent-escapes and `+`, keys without `=`, repeated keys, a leading
 * `?` or a fragment) is refused rather than guessed.
 */
function urlQueryParameters(query) {
    if (query === '')
        throw new engine_refusal.Unsupported('parse_urlquery() of an empty query');
    if (/[%+?#]/.test(query))
        throw new engine_refusal.Unsupported('parse_urlquery() of escapes, +, ? or # (their decoding is not documented)');
    const parameters = {};
    for (const pair of query.split('&')) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new engine_refusal.Unsupported('parse_urlquery() of a parameter without a name or a value');
        const key = pair.slice(0, eq);
        if (Object.hasOwn(parameters, key))
            throw new engine_refusal.Unsupported('parse_urlquery() of a repeated parameter');
        parameters[key] = pair.slice(eq + 1);
    }
    return parameters;
}
/**
 * parse_path's parts, for the path shapes the page's examples show: an optional
 * `file://` scheme, an optional drive (`C:`), a UNC `\\` or `/` start, at least one
 * directory, and a file name with an extension (an alternate data stream only after
 * `file://`, as in the example). Other shapes (no directory, no extension, a bare
 * drive, trailing or mixed separators, `.`/`..` segments) are refused: the page does
 * not say what they give.
 */
function pathParts(path) {
    const refuse = (why) => {
        throw new engine_refusal.Unsupported(`parse_path() of ${why} (not shown by the documentation)`);
    };
    let rest = path;
    let scheme = '';
    const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
    if (schemeMatch) {
        scheme = schemeMatch[1];
        if (scheme !== 'file')
            refuse(`a ${scheme}:// path`);
        rest = rest.slice(schemeMatch[0].length);
    }
    let stream = '';
    const root = /^[A-Za-z]:(?=[\\/])/.exec(rest)?.[0] ?? '';
    const afterRoot = rest.slice(root.length);
    const colon = afterRoot.indexOf(':');
    if (colon >= 0) {
        if (!scheme)
            refuse('a colon after the drive');
        stream = afterRoot.slice(colon + 1);
        if (stream === '' || /[:\\/]/.test(stream))
            refuse('an empty or nested stream name');
    }
    const body = colon >= 0 ? rest.slice(0, root.length + colon) : rest;
    if (body.includes('\\') && body.includes('/'))
        refuse('mixed separators');
    const separator = body.includes('\\') ? '\\' : '/';
    const cut = body.lastIndexOf(separator);
    if (cut < 0)
        refuse('a path without a directory');
    const directoryPath = body.slice(0, cut);
    const filename = body.slice(cut + 1);
    const directories = directoryPath.slice(root.length);
    let lead = '';
    if (root)
        lead = separator;
    else if (scheme)
        refuse('a file:// path without a drive');
    else if (directories.startsWith('\\\\'))
        lead = '\\\\';
    else if (directories.startsWith('\\'))
        refuse('a path rooted on the current drive');
    else if (directories.startsWith('/'))
        lead = '/';
    if (!directories.startsWith(lead) || directories.length === lead.length)
        refuse('a file at the root');
    const segments = directories.slice(lead.length).split(separator);
    if (segments.some((d) => d === '' || d === '.' || d === '..'))
        refuse('an empty, . or .. directory');
    if (lead === '\\\\' && segments.length < 2)
        refuse('a UNC path without a share');
    const dot = filename.lastIndexOf('.');
    if (filename === '' || dot <= 0 || dot === filename.length - 1)
        refuse('a file name without an extension');
    return {
        Scheme: scheme,
        RootPath: root,
        DirectoryPath: directoryPath,
        DirectoryName: segments[segments.length - 1],
        Filename: filename,
        Extension: filename.slice(dot + 1),
        AlternateDataStreamName: stream,
    };
}
const STRUCTURED_TEXT_FUNCTIONS = [
    {
        name: 'parse_command_line',
        evaluate: ([line, parser], { argTypes }) => {
            const kind = asText(parser, argTypes[1]);
            if (kind !== 'windows')
                throw new engine_refusal.Unsupported(`parse_command_line() with parser type "${kind}" (only "windows" is documented)`);
            return windowsArgv(asText(line, argTypes[0]));
        },
    },
    { name: 'parse_path', evaluate: ([path], { argTypes }) => pathParts(asText(path, argTypes[0])) },
    {
        name: 'parse_urlquery',
        evaluate: ([query], { argTypes }) => ({ 'Query Parameters': urlQueryParameters(asText(query, argTypes[0])) }),
    },
    {
        // The page's example: url_encode's escapes (lowercase hex), with a space as %20.
        name: 'url_encode_component',
        evaluate: ([s], { argTypes }) => urlEncode(asText(s, argTypes[0]), '%20'),
    },
];

;// CONCATENATED MODULE: ./src/engine/functions/index.ts
/**
 * The scalar-function registry, keyed by the language service's function symbol
 * names: "is this function supported offline?" is a lookup here.
 */



































/** Every family, one per module; a name registered twice is a programming error. */
const FAMILIES = [
    STRING_FUNCTIONS,
    EXTRA_STRING_FUNCTIONS,
    STRUCTURED_TEXT_FUNCTIONS,
    REGEX_FUNCTIONS,
    RECORD_FUNCTIONS,
    CONVERSION_FUNCTIONS,
    LOGIC_FUNCTIONS,
    DATETIME_FUNCTIONS,
    DATETIME_PART_FUNCTIONS,
    DATETIME_ARITH_FUNCTIONS,
    DATETIME_FORMAT_FUNCTIONS,
    DATETIME_CONVERT_FUNCTIONS,
    DYNAMIC_FUNCTIONS,
    MATH_FUNCTIONS,
    MATH_FUNCTIONS_MORE,
    BIT_FUNCTIONS,
    IPV4_FUNCTIONS,
    IPV4_TEXT_FUNCTIONS,
    IPV6_FUNCTIONS,
    ARRAY_FUNCTIONS,
    BAG_FUNCTIONS,
    SET_FUNCTIONS,
    SERIES_FUNCTIONS,
    SERIES_MATH_FUNCTIONS,
    SERIES_FIT_FUNCTIONS,
    HEX_FUNCTIONS,
    HASH_FUNCTIONS,
    UNIT_FUNCTIONS,
    BYTE_FUNCTIONS,
    SPECIAL_FUNCTIONS,
    JSON_PATH_FUNCTIONS,
    COMPRESSION_FUNCTIONS,
    PUNYCODE_FUNCTIONS,
    SERIES_SEASONAL_FUNCTIONS,
    DECIMAL_FUNCTIONS,
    // bin_auto() is bin()/bin_at() with the query's set options: looked up when called.
    [binAutoFunction((name) => SCALAR_FUNCTIONS.get(name))],
];
function registry(families) {
    const map = new Map();
    for (const f of families.flat()) {
        if (map.has(f.name))
            throw new Error(`scalar function ${f.name} is registered twice`);
        map.set(f.name, f);
    }
    return map;
}
const SCALAR_FUNCTIONS = registry(FAMILIES);

;// CONCATENATED MODULE: ./src/engine/functions/row.ts
/**
 * Row access for functions that read the whole row (pack_all): the columns of
 * the enclosing operator's input, as the binder lists them, with this row's values.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */



/** The row a call sees: the input columns of its operator (not columns the same extend adds). */
function rowColumns(call, table, row) {
    let operator = call?.Parent;
    while (operator && !/Operator$/.test((0,language_service/* nodeKind */.Fl)(operator)))
        operator = operator.Parent;
    const kind = operator ? (0,language_service/* nodeKind */.Fl)(operator) : '';
    const pipe = operator?.Parent;
    if (!['ExtendOperator', 'ProjectOperator', 'FilterOperator', 'SummarizeOperator'].includes(kind) ||
        !pipe ||
        (0,language_service/* nodeKind */.Fl)(pipe) !== 'PipeExpression' ||
        !table)
        throw new engine_refusal.Unsupported('pack_all() outside extend, project, where or summarize', call?.TextStart);
    const columns = pipe.Expression?.ResultType?.Columns;
    const out = [];
    for (let i = 0; i < Number(columns?.Count ?? 0); i++) {
        const column = columns.getItem(i);
        const name = String(column.Name);
        const at = table.columns.findIndex((c) => c.name === name);
        if (at < 0)
            throw new engine_refusal.Unsupported(`pack_all() over column ${name}`, call?.TextStart);
        out.push({ name, type: (0,engine_values.kustoType)(String(column.Type?.Name)), value: table.data[at][row] });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/star-columns.ts
/**
 * A test over every column of a row: search's terms (`search "err"`) and `* has "x"`
 * in search and where. Only string columns are read; a non-string column whose text
 * could hold the term is refused when it would decide the row (whether and how `*`
 * reads such columns is not documented).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */


/** The string operator of a binary-operator name (operators.ts), applied to a text and a fixed right side. */
function operatorMatcher(op, right, needs) {
    const implementation = BINARY_OPERATORS.get(op);
    if (!implementation)
        throw new engine_refusal.Unsupported(`search with operator ${op}`);
    return { test: (text) => implementation('bool', [text, right], ['string', 'string']) === true, needs };
}
/**
 * Characters any text of a non-string value could hold, lower-cased: a term needing
 * another character cannot match such a column, however Kusto reads it.
 */
const POSSIBLE_CHARACTERS = {
    int: '0123456789-',
    long: '0123456789-',
    real: '0123456789-+.e naifty',
    decimal: '0123456789-+.e',
    bool: 'truefals01',
    datetime: '0123456789-+:./ tz',
    timespan: '0123456789-:. ',
    guid: '0123456789abcdef-',
};
/** Whether a non-string, non-null value's text could match a term needing `needs`. */
function couldMatch(type, value, needs) {
    if (needs === undefined)
        return true;
    let possible = POSSIBLE_CHARACTERS[type];
    if (type === 'dynamic' && typeof value === 'object' && value !== null && Object.keys(value).length === 0)
        possible = '[]{}';
    if (possible === undefined)
        return true;
    return [...needs.toLowerCase()].every((ch) => possible.includes(ch));
}
/**
 * A term over every column of the row: true when a string column matches. A
 * non-string column that could match decides the row only when no string column
 * does; then it is refused (whether and how `* has` reads such columns is not
 * documented). A string column refused by its operator (text outside ASCII for has)
 * is refused likewise unless another column matches.
 */
function anyColumn(table, matcher, offset) {
    let columns;
    return (scope) => {
        columns ??= table.columns.map((column, c) => ({ column, values: table.data[c] }));
        let refusal;
        let undecided;
        for (const { column, values } of columns) {
            const value = values[scope.row];
            if (column.type === 'string') {
                try {
                    if (matcher.test(value))
                        return true;
                }
                catch (error) {
                    if (!(error instanceof engine_refusal.Unsupported))
                        throw error;
                    refusal ??= error;
                }
            }
            else if (value !== null && !undecided && couldMatch(column.type, value, matcher.needs))
                undecided = column;
        }
        if (refusal) {
            refusal.offset ??= offset;
            throw refusal;
        }
        if (undecided)
            throw new engine_refusal.Unsupported(`a term over every column, deciding on the ${undecided.type} column ${undecided.name} (how * reads non-string columns is not documented)`, offset);
        return false;
    };
}
/** `* has "x"` and its kin written out: the positive string operators the page pairs with terms. */
const STAR_OPERATORS = new Set([
    'Has',
    'HasCs',
    'HasPrefix',
    'HasPrefixCs',
    'HasSuffix',
    'HasSuffixCs',
    'Contains',
    'ContainsCs',
    'MatchRegex',
]);
/**
 * `* op "x"` in an ordinary expression (`where * has "err"`): the operator over every
 * column of the row's table, as search reads it. The table is the scope's, per run.
 */
const COMPARISONS = new WeakMap();
function starComparison(node) {
    let comparison = COMPARISONS.get(node);
    if (!comparison)
        COMPARISONS.set(node, (comparison = makeStarComparison(node)));
    return comparison;
}
function makeStarComparison(node) {
    const op = String(node.ReferencedSymbol?.Name ?? '');
    const needle = node.Right?.ConstantValue;
    const offset = Number(node.TextStart);
    if (!STAR_OPERATORS.has(op) || typeof needle !== 'string')
        throw new engine_refusal.Unsupported(`* ${String(node.Operator?.Text ?? op)}`, offset);
    const matcher = operatorMatcher(op, needle, op === 'MatchRegex' ? undefined : needle);
    const tests = new WeakMap();
    return (scope) => {
        const table = scope.table;
        if (!table)
            throw new engine_refusal.Unsupported('* outside a row', offset);
        let test = tests.get(table);
        if (!test)
            tests.set(table, (test = anyColumn(table, matcher, offset)));
        return test(scope);
    };
}

;// CONCATENATED MODULE: ./src/engine/functions/window.ts
/**
 * Window functions over the rows of the table being extended, in their order:
 * prev, next, row_number, row_cumsum, row_rank_min, row_rank_dense, row_window_session. The
 * running ones compute their whole column once per (table, call) and then
 * answer by row.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */



const columns = new WeakMap();
// Window functions docs: these operators output a serialized row set, and these keep one.
const SERIALIZING = new Set(['SortOperator', 'TopOperator', 'SerializeOperator', 'RangeOperator']);
const PRESERVING = new Set([
    'ExtendOperator',
    'FilterOperator',
    'ProjectOperator',
    'ProjectAwayOperator',
    'ProjectRenameOperator',
    'TakeOperator',
    'ParseOperator',
    'MvExpandOperator',
]);
/** Whether the rows reaching the operator that contains `call` are serialized, read from the syntax. */
function serializedInput(call) {
    let node = call;
    while (node && !(node.Parent && (0,language_service/* nodeKind */.Fl)(node.Parent) === 'PipeExpression' && node.Parent.Operator === node))
        node = node.Parent;
    if (!node)
        return false;
    if ((0,language_service/* nodeKind */.Fl)(node) === 'SerializeOperator')
        return true;
    let left = node.Parent.Expression;
    for (;;) {
        const kind = (0,language_service/* nodeKind */.Fl)(left);
        if (SERIALIZING.has(kind))
            return true;
        if (kind !== 'PipeExpression')
            return false;
        const operator = (0,language_service/* nodeKind */.Fl)(left.Operator);
        if (SERIALIZING.has(operator))
            return true;
        if (!PRESERVING.has(operator))
            return false;
        left = left.Expression;
    }
}
const checked = new WeakSet();
function requireSerialized(name, call) {
    if (checked.has(call))
        return;
    if (serializedInput(call))
        checked.add(call);
    else
        throw new engine_refusal.Unsupported(`${name}() over rows that are not serialized (add serialize or sort)`, call.TextStart);
}
function argsOf(call) {
    return (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
}
function typeName(node) {
    return String(node?.ResultType?.Name ?? '');
}
/** Evaluate `node` at another row of the same table. */
function at(node, scope, row, evaluate) {
    return evaluate(node, { ...scope, row });
}
function running(name, step) {
    return (call, scope, evaluate) => {
        const table = scope.table;
        if (!table)
            throw new engine_refusal.Unsupported(`${name}() outside a row context`, call.TextStart);
        requireSerialized(name, call);
        let perTable = columns.get(table);
        if (!perTable)
            columns.set(table, (perTable = new Map()));
        let values = perTable.get(call);
        if (!values) {
            const args = argsOf(call);
            values = new Array(table.rowCount);
            const walk = { runStart: 0, call, scope, evaluate, args };
            for (let r = 0; r < table.rowCount; r++) {
                // The second argument, when given, restarts the count on rows where it is true.
                const restart = r === 0 || (args[1] ? at(args[1], scope, r, evaluate) === true : false);
                if (restart)
                    walk.runStart = r;
                values[r] = step(walk, r, r === 0 ? null : values[r - 1], restart);
            }
            perTable.set(call, values);
        }
        return values[scope.row];
    };
}
/** prev(column [, offset [, default]]) and next(...): the value `offset` rows before/after. */
function shifted(direction) {
    return (call, scope, evaluate) => {
        const table = scope.table;
        const name = direction < 0 ? 'prev' : 'next';
        if (!table)
            throw new engine_refusal.Unsupported(`${name}() outside a row context`, call.TextStart);
        requireSerialized(name, call);
        const [expr, offsetArg, defaultArg] = argsOf(call);
        const offset = offsetArg ? evaluate(offsetArg, scope) : 1;
        if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0)
            throw new engine_refusal.Unsupported(`${name}() with an offset that is not a non-negative whole number`, call.TextStart);
        const row = scope.row + direction * offset;
        if (row < 0 || row >= table.rowCount)
            return defaultArg ? evaluate(defaultArg, scope) : (0,engine_values.nullOf)(typeName(call));
        return at(expr, scope, row, evaluate);
    };
}
/** row_rank_min / row_rank_dense: rank of the term among the (sorted) rows since the last restart. */
function rank(name, dense) {
    return running(name, ({ runStart, call, scope, evaluate, args }, row, previous, restart) => {
        const term = at(args[0], scope, row, evaluate);
        if (typeof term === 'object' && term !== null)
            throw new engine_refusal.Unsupported(`${name}() of dynamic values`, call.TextStart);
        if (restart)
            return 1;
        const before = at(args[0], scope, row - 1, evaluate);
        const same = typeof term === 'bigint' || typeof before === 'bigint' ? term === before : Object.is(term, before);
        if (same)
            return previous;
        return dense ? previous + 1 : row - runStart + 1;
    });
}
/**
 * row_window_session(expr, maxFromFirst, maxBetweenNeighbors [, restart]): the value at the
 * start of each row's session (row_window_session docs). A session starts on the first row,
 * when expr reaches the session's start plus maxFromFirst or the previous row's expr plus
 * maxBetweenNeighbors ("equals or exceeds"), or where restart is true. Null values of expr
 * (whose own row the docs leave open) are refused.
 */
const windowSession = (call, scope, evaluate) => {
    const table = scope.table;
    if (!table)
        throw new engine_refusal.Unsupported('row_window_session() outside a row context', call.TextStart);
    requireSerialized('row_window_session', call);
    const args = argsOf(call);
    if (typeName(args[0]) !== 'datetime' || typeName(args[1]) !== 'timespan' || typeName(args[2]) !== 'timespan')
        throw new engine_refusal.Unsupported('row_window_session() of values that are not datetime with timespan distances', call.TextStart);
    let perTable = columns.get(table);
    if (!perTable)
        columns.set(table, (perTable = new Map()));
    let values = perTable.get(call);
    if (!values) {
        values = new Array(table.rowCount);
        let start = null;
        let before = null;
        for (let r = 0; r < table.rowCount; r++) {
            const v = at(args[0], scope, r, evaluate);
            const fromFirst = at(args[1], scope, r, evaluate);
            const between = at(args[2], scope, r, evaluate);
            if (typeof v !== 'bigint' || typeof fromFirst !== 'bigint' || typeof between !== 'bigint')
                throw new engine_refusal.Unsupported('row_window_session() of a null value or distance', call.TextStart);
            const restart = args[3] ? at(args[3], scope, r, evaluate) === true : false;
            if (start === null || before === null || restart || v >= start + fromFirst || v >= before + between)
                start = v;
            values[r] = start;
            before = v;
        }
        perTable.set(call, values);
    }
    return values[scope.row];
};
const WINDOW_FUNCTIONS = new Map([
    ['row_window_session', windowSession],
    ['prev', shifted(-1)],
    ['next', shifted(1)],
    [
        'row_number',
        running('row_number', ({ call, scope, evaluate, args }, row, previous, restart) => {
            const start = args[0] ? at(args[0], scope, row, evaluate) : 1;
            if (typeof start !== 'number')
                throw new engine_refusal.Unsupported('row_number() with a null start', call.TextStart);
            return restart ? start : (0,engine_values.exactInteger)(previous + 1, 'row_number()');
        }),
    ],
    [
        'row_cumsum',
        running('row_cumsum', ({ call, scope, evaluate, args }, row, previous, restart) => {
            const term = at(args[0], scope, row, evaluate);
            // How a null term accumulates is not documented: refuse rather than guess.
            if (typeof term !== 'number')
                throw new engine_refusal.Unsupported('row_cumsum() of a null or non-numeric term', call.TextStart);
            if (restart)
                return term;
            const total = previous + term;
            return typeName(call) === 'real' ? total : (0,engine_values.exactInteger)(total, 'row_cumsum()');
        }),
    ],
    ['row_rank_min', rank('row_rank_min', false)],
    ['row_rank_dense', rank('row_rank_dense', true)],
]);

;// CONCATENATED MODULE: ./src/engine/functions/function.ts
/** What a scalar function implementation looks like. */

/** Refuse a long beyond ±2^53 for a function that would misread it (as ticks, say). */
function checkLongs(fn, args, argTypes, resultType) {
    if (fn.bigLongs === 'handle')
        return;
    for (let i = 0; i < args.length; i++) {
        if (typeof args[i] !== 'bigint' || (argTypes[i] !== 'long' && argTypes[i] !== 'int'))
            continue;
        if (fn.bigLongs === 'pass' && resultType === 'long')
            continue;
        throw new engine_refusal.Unsupported(`${fn.name}() of a long beyond ±2^53`);
    }
}

;// CONCATENATED MODULE: ./src/engine/scalar.ts
/**
 * Scalar expressions: literals, names, operators and function calls, evaluated
 * against one row. Operators and functions are looked up in registries keyed by
 * the language service's symbol names; anything missing is refused.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the Bridge.NET language service */














/** The Kusto type the binder computed for an expression. */
function scalar_typeOf(node) {
    const name = node?.ResultType?.Name;
    if (!name || name === 'unknown' || name === 'error')
        throw new engine_refusal.Unsupported('expression of unknown type', node?.TextStart);
    return (0,engine_values.kustoType)(String(name));
}
function literal(node) {
    const type = scalar_typeOf(node);
    const text = String(node.ToString ? node.ToString() : (node.Token?.Text ?? '')).trim();
    // The text inside `type(...)`, without quotes (`datetime("2021-01-01")` is allowed).
    const inner = (/^[a-z]+\s*\(([\s\S]*)\)$/i.exec(text)?.[1] ?? text).trim().replace(/^(['"])([\s\S]*)\1$/, '$2');
    if (/^[a-z]+\s*\(\s*null\s*\)$/i.test(text))
        return type === 'string' ? '' : null;
    switch (type) {
        case 'string':
            return String(node.LiteralValue ?? '');
        case 'bool': {
            const v = node.LiteralValue;
            if (typeof v === 'boolean')
                return v;
            const word = String(v ?? inner)
                .trim()
                .toLowerCase();
            if (word === 'true' || word === '1')
                return true;
            if (word === 'false' || word === '0')
                return false;
            throw new engine_refusal.Unsupported(`bool literal ${text}`, node.TextStart);
        }
        case 'int':
        case 'long': {
            // Parse the literal's own text (decimal or 0x hex) so no digit is lost.
            let big;
            try {
                big = BigInt(inner.replace(/^\+/, ''));
            }
            catch {
                throw new engine_refusal.Unsupported(`${type} literal ${text}`, node.TextStart);
            }
            if (type === 'int' && BigInt.asIntN(32, big) !== big)
                throw new engine_refusal.Unsupported('int literal beyond 32 bits', node.TextStart);
            if (BigInt.asIntN(64, big) !== big)
                throw new engine_refusal.Unsupported('long literal beyond 64 bits', node.TextStart);
            return (0,engine_values.longValue)(big, 'long literal');
        }
        case 'real': {
            if (/^[+-]?nan$/i.test(inner))
                return NaN;
            if (/^\+?inf(inity)?$/i.test(inner))
                return Infinity;
            if (/^-inf(inity)?$/i.test(inner))
                return -Infinity;
            const n = Number(inner);
            if (!Number.isFinite(n))
                throw new engine_refusal.Unsupported(`real literal ${text}`, node.TextStart);
            return n;
        }
        case 'datetime': {
            let ticks;
            try {
                ticks = (0,engine_values.parseDatetime)(inner) ?? documentedDatetime(inner, `datetime literal ${text}`);
            }
            catch (error) {
                if (error instanceof engine_refusal.Unsupported)
                    error.offset ??= Number(node.TextStart);
                throw error;
            }
            if (ticks === null || ticks === 'invalid')
                throw new engine_refusal.Unsupported(`datetime literal ${text}`, node.TextStart);
            return ticks;
        }
        case 'timespan': {
            const ticks = (0,engine_values.parseTimespan)(inner);
            if (ticks === null)
                throw new engine_refusal.Unsupported(`timespan literal ${text}`, node.TextStart);
            return ticks;
        }
        case 'dynamic': {
            try {
                return JSON.parse(inner);
            }
            catch {
                throw new engine_refusal.Unsupported(`dynamic literal ${text.slice(0, 40)}`, node.TextStart);
            }
        }
        case 'guid':
            return inner.toLowerCase();
        case 'decimal': {
            // decimal(1.5), decimal(-2), decimal(1e5): exact digits, canonical text (decimal.ts).
            const parts = parseDecimal(inner);
            if (!parts)
                throw new engine_refusal.Unsupported(`decimal literal ${text}`, node.TextStart);
            try {
                return decimalText(parts.m, parts.scale, `decimal literal ${text}`);
            }
            catch (error) {
                if (error instanceof engine_refusal.Unsupported)
                    error.offset ??= Number(node.TextStart);
                throw error;
            }
        }
        default:
            throw new engine_refusal.Unsupported(`${type} literal`, node.TextStart);
    }
}
/** SymbolKind of a column in the language service (an unbound name counts too). */
const COLUMN_SYMBOL_KIND = '9';
function boundToColumn(symbol) {
    return !symbol || String(symbol.Kind) === COLUMN_SYMBOL_KIND || Boolean(symbol.constructor?.$$name?.endsWith('ColumnSymbol'));
}
/** A scope with no row: for constants (take counts, range bounds, datatable values). */
function constantScope(context) {
    const query = context.scalars ? context : undefined;
    return { row: 0, variables: context.variables, now: context.now, query };
}
/** The query context of a scope; toscalar() outside a query is refused. */
function scopeQuery(node, scope) {
    if (!scope.query)
        throw new engine_refusal.Unsupported('toscalar() in this position', node.TextStart);
    return scope.query;
}
/** column_names_of(T): the names of T's columns, as the binder types T (T itself is not run). */
function columnNamesOf(node) {
    const arg = (0,language_service/* listOf */.c3)(node.ArgumentList?.Expressions).map((e) => e.Element ?? e)[0];
    if (!arg || !isTabularNode(arg) || arg.ResultType?.IsOpen)
        throw new engine_refusal.Unsupported('column_names_of() of a table whose columns are not known', node.TextStart);
    return (0,language_service/* listOf */.c3)(arg.ResultType.Columns).map((c) => String(c.Name));
}
/** Types of a call's arguments; a typeof(T) argument counts as type T. */
function argumentTypes(argNodes) {
    return argNodes.map((a) => ((0,language_service/* nodeKind */.Fl)(a) === 'TypeOfLiteralExpression' ? (0,engine_values.kustoType)(String(a.ReferencedSymbol?.Name)) : scalar_typeOf(a)));
}
/**
 * Evaluate a scalar expression for one row. The node is compiled once into a
 * closure (scalar-compile.ts) so rows do not walk the syntax tree again.
 */
function evaluateScalar(node, scope) {
    return evaluateNode(node, scope);
}
/**
 * How evaluateScalar runs a node: the interpreter below until scalar-compile.ts
 * installs its compiled closures (it builds on this module, so this module
 * cannot import it; evaluate.ts installs them before any query runs).
 */
let evaluateNode = (node, scope) => interpretScalar(node, scope);
function installScalarEvaluator(evaluate) {
    evaluateNode = evaluate;
}
/** Window calls whose argument types were checked (decimals). */
const checkedWindows = new WeakSet();
/** The tree-walking evaluation: the reference semantics, and the path for kinds not compiled. */
function interpretScalar(node, scope) {
    const kind = (0,language_service/* nodeKind */.Fl)(node);
    switch (kind) {
        case 'LiteralExpression':
            return literal(node);
        case 'CompoundStringLiteralExpression': {
            // "a" "b": adjacent string literals are one string.
            const value = node.ConstantValue ?? node.LiteralValue;
            if (typeof value !== 'string')
                throw new engine_refusal.Unsupported('compound string literal', node.TextStart);
            return value;
        }
        case 'ParenthesizedExpression':
            return evaluateScalar(node.Expression, scope);
        case 'NameReference': {
            const name = String(node.SimpleName ?? node.Name?.SimpleName ?? node.ToString().trim());
            // Columns first (a row scope), then let-bound scalars.
            if (scope.table && boundToColumn(node.ReferencedSymbol)) {
                const index = scope.table.columns.findIndex((c) => c.name === name);
                if (index >= 0)
                    return scope.table.data[index][scope.row];
            }
            if (scope.variables.has(name))
                return scope.variables.get(name);
            throw new engine_refusal.Unsupported(`name ${name}`, node.TextStart);
        }
        case 'DynamicExpression':
            return jsonValue(node.Expression);
        case 'PathExpression': {
            const base = evaluateScalar(node.Expression, scope);
            const selector = node.Selector;
            const name = (0,language_service/* nodeKind */.Fl)(selector) === 'BracketedExpression'
                ? evaluateScalar(selector.Expression, scope)
                : String(selector?.SimpleName ?? selector?.ToString().trim());
            return member(base, name);
        }
        case 'ElementExpression': {
            // A tuple-returning call (array_sort_asc(a, b)[1]) gives its parts as an array here.
            const base = (0,language_service/* nodeKind */.Fl)(node.Expression) === 'FunctionCallExpression' && String(node.Expression.ResultType?.Name) === 'tuple'
                ? callFunction(node.Expression, scope, 'dynamic')
                : evaluateScalar(node.Expression, scope);
            const selector = (0,language_service/* nodeKind */.Fl)(node.Selector) === 'BracketedExpression' ? node.Selector.Expression : node.Selector;
            return member(base, evaluateScalar(selector, scope));
        }
        case 'InExpression':
            return inList(node, scope);
        case 'BetweenExpression': {
            const range = node.Right;
            const negate = String(node.Operator?.Text ?? '').startsWith('!');
            return between(evaluateScalar(node.Left, scope), evaluateScalar(range.First, scope), evaluateScalar(range.Second, scope), [scalar_typeOf(node.Left), scalar_typeOf(range.First), scalar_typeOf(range.Second)], negate);
        }
        case 'HasAnyExpression':
        case 'HasAllExpression':
            return hasAnyAll(node, scope);
        case 'TypeOfLiteralExpression':
            // typeof(T) only selects a result type (extract); the binder already applied it.
            return null;
        case 'BrackettedExpression':
            throw new engine_refusal.Unsupported('bracketed name', node.TextStart);
        case 'PrefixUnaryExpression': {
            const op = String(node.ReferencedSymbol?.Name ?? '');
            const value = evaluateScalar(node.Expression, scope);
            if (op === 'UnaryMinus') {
                if (value === null)
                    return null;
                if (typeof value === 'string' && scalar_typeOf(node) === 'decimal') {
                    const parts = parseDecimal(value);
                    if (parts)
                        return decimalText(-parts.m, parts.scale, 'negated decimal');
                }
                if (typeof value === 'bigint')
                    return scalar_typeOf(node) === 'long' ? (0,engine_values.longValue)(-value, 'negated long') : -value;
                if (typeof value === 'number')
                    return -value;
            }
            if (op === 'UnaryPlus')
                return value;
            throw new engine_refusal.Unsupported(`unary operator ${op || node.Operator?.Text}`, node.TextStart);
        }
        case 'BinaryExpression': {
            if ((0,language_service/* nodeKind */.Fl)(node.Left) === 'StarExpression')
                return starComparison(node)(scope);
            const op = String(node.ReferencedSymbol?.Name ?? '');
            const decimals = scalar_typeOf(node.Left) === 'decimal' || scalar_typeOf(node.Right) === 'decimal';
            const implementation = decimals ? decimalOperator(op) : BINARY_OPERATORS.get(op);
            if (!implementation)
                throw new engine_refusal.Unsupported(`operator ${String(node.Operator?.Text ?? op)}`, node.TextStart);
            const resultType = scalar_typeOf(node);
            // and/or short-circuit on their left side.
            if (op === 'And' || op === 'Or')
                return implementation(resultType, [evaluateScalar(node.Left, scope), () => evaluateScalar(node.Right, scope)], [scalar_typeOf(node.Left), scalar_typeOf(node.Right)]);
            return implementation(resultType, [evaluateScalar(node.Left, scope), evaluateScalar(node.Right, scope)], [scalar_typeOf(node.Left), scalar_typeOf(node.Right)]);
        }
        case 'ToScalarExpression':
            return scopeQuery(node, scope).toScalar(node, scope);
        case 'FunctionCallExpression': {
            if (scope.aggregates?.has(node))
                return scope.aggregates.get(node);
            const name = String(node.ReferencedSymbol?.Name ?? node.Name?.SimpleName ?? '');
            if (scope.query?.functions.has(name))
                return scope.query.callUserScalar(node, scope);
            const window = WINDOW_FUNCTIONS.get(name);
            if (window) {
                if (!checkedWindows.has(node)) {
                    // prev()/next() pass a decimal through; sums and ranks over one would read its text.
                    const args = (0,language_service/* listOf */.c3)(node.ArgumentList?.Expressions).map((e) => scalar_typeOf(e.Element ?? e));
                    if ((args.includes('decimal') || scalar_typeOf(node) === 'decimal') && name !== 'prev' && name !== 'next')
                        throw new engine_refusal.Unsupported(`${name}() of a decimal value`, node.TextStart);
                    checkedWindows.add(node);
                }
                return window(node, scope, evaluateScalar);
            }
            if (name === 'column_names_of')
                return columnNamesOf(node);
            return callFunction(node, scope, scalar_typeOf(node));
        }
        default:
            throw new engine_refusal.Unsupported(`expression ${kind}`, node.TextStart);
    }
}
/** The parts of a tuple-valued call (array_sort_asc(a, b), series_stats(x)), one value per part. */
function tupleParts(node, scope) {
    const kind = (0,language_service/* nodeKind */.Fl)(node);
    if (kind === 'ParenthesizedExpression')
        return tupleParts(node.Expression, scope);
    if (kind !== 'FunctionCallExpression')
        throw new engine_refusal.Unsupported(`tuple-valued ${kind}`, node.TextStart);
    const parts = callFunction(node, scope, 'dynamic');
    if (!Array.isArray(parts))
        throw new engine_refusal.Unsupported('tuple-valued call without parts', node.TextStart);
    return parts;
}
function callFunction(node, scope, resultType) {
    const name = String(node.ReferencedSymbol?.Name ?? node.Name?.SimpleName ?? '');
    const fn = SCALAR_FUNCTIONS.get(name);
    if (!fn)
        throw new engine_refusal.Unsupported(`function ${name}()`, node.TextStart);
    const argNodes = (0,language_service/* listOf */.c3)(node.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    const row = () => rowColumns(node, scope.table, scope.row);
    if (fn.star && argNodes.some((a) => (0,language_service/* nodeKind */.Fl)(a) === 'StarExpression')) {
        const columns = row();
        return fn.evaluate(columns.map((c) => c.value), { resultType, argTypes: columns.map((c) => c.type), now: scope.now, offset: Number(node.TextStart), row });
    }
    const argTypes = argumentTypes(argNodes);
    const decimal = decimalRefusal(name, argTypes, resultType);
    if (decimal)
        throw new engine_refusal.Unsupported(decimal, node.TextStart);
    const args = argNodes.map((a) => evaluateScalar(a, scope));
    const argNames = argNodes.map((a) => ((0,language_service/* nodeKind */.Fl)(a) === 'NameReference' ? String(a.SimpleName) : undefined));
    try {
        checkLongs(fn, args, argTypes, resultType);
    }
    catch (error) {
        if (error instanceof engine_refusal.Unsupported)
            error.offset ??= Number(node.TextStart);
        throw error;
    }
    return fn.evaluate(args, {
        resultType,
        argTypes,
        now: scope.now,
        offset: Number(node.TextStart),
        options: scope.query?.options,
        argNames,
        row,
    });
}
/** The value of a `dynamic(...)` literal's JSON tree (single-quoted strings allowed, as KQL does). */
function jsonValue(node) {
    const kind = (0,language_service/* nodeKind */.Fl)(node);
    if (kind === 'JsonObjectExpression') {
        const out = {};
        for (const element of (0,language_service/* listOf */.c3)(node.Pairs)) {
            const pair = element.Element ?? element;
            out[stringToken(pair.Name)] = jsonValue(pair.Value);
        }
        return out;
    }
    if (kind === 'JsonArrayExpression')
        return (0,language_service/* listOf */.c3)(node.Values).map((e) => jsonValue(e.Element ?? e));
    // A dynamic literal nested in one (dynamic_to_json docs: `dynamic({'X8': dynamic({'c3':1})})`): its value.
    if (kind === 'DynamicExpression')
        return jsonValue(node.Expression);
    if (kind === 'LiteralExpression') {
        const typeName = String(node.ResultType?.Name ?? '');
        if (typeName === 'null')
            return null;
        const type = scalar_typeOf(node);
        if (['string', 'bool', 'long', 'int', 'real', 'datetime', 'timespan', 'guid'].includes(type)) {
            const v = literal(node);
            if (typeof v === 'number' && !Number.isFinite(v))
                throw new engine_refusal.Unsupported('non-finite real inside dynamic', node.TextStart);
            return (0,engine_values.toDynamic)(v, type);
        }
        throw new engine_refusal.Unsupported(`${type} value inside dynamic`, node.TextStart);
    }
    // Negative numbers (and timespans) inside a literal: `dynamic([-1, -2.5, -1h])`.
    if (kind === 'PrefixUnaryExpression' && (0,language_service/* nodeKind */.Fl)(node.Expression) === 'LiteralExpression') {
        const type = scalar_typeOf(node);
        if (type === 'long' || type === 'int' || type === 'real' || type === 'timespan') {
            const v = evaluateScalar(node, { row: 0, variables: new Map(), now: 0n });
            if (typeof v === 'number' && !Number.isFinite(v))
                throw new engine_refusal.Unsupported('non-finite real inside dynamic', node.TextStart);
            return (0,engine_values.toDynamic)(v, type);
        }
    }
    throw new engine_refusal.Unsupported(`dynamic literal element ${kind}`, node?.TextStart);
}
/** The text of a string token ('x' or "x"), unescaped. */
function stringToken(token) {
    const text = String(token?.Text ?? '');
    if (/^"/.test(text))
        return JSON.parse(text);
    if (/^'/.test(text))
        return JSON.parse(`"${text.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`);
    return text;
}
/** d.name, d["name"], d[0], d[-1]: null when absent or not a container. */
function member(base, selector) {
    if (base === null || typeof base !== 'object')
        return null;
    if (Array.isArray(base)) {
        if (typeof selector !== 'number' || !Number.isInteger(selector))
            return null;
        const index = selector < 0 ? base.length + selector : selector;
        return index >= 0 && index < base.length ? base[index] : null;
    }
    if (typeof selector !== 'string')
        return null;
    const bag = base;
    return Object.prototype.hasOwnProperty.call(bag, selector) ? bag[selector] : null;
}
/** has_any / has_all: the left side has any / all of the listed terms (case-insensitive). */
function hasAnyAll(node, scope) {
    const name = String(node.ReferencedSymbol?.Name ?? '');
    const all = name === 'HasAll';
    if (name !== 'HasAny' && !all)
        throw new engine_refusal.Unsupported(`operator ${name}`, node.TextStart);
    const left = evaluateScalar(node.Left, scope);
    if (typeof left !== 'string')
        throw new engine_refusal.Unsupported(`${all ? 'has_all' : 'has_any'} on a non-string value`, node.TextStart);
    const terms = new Set(termsOf(left.toLowerCase(), 'has_any'));
    const needles = [];
    for (const element of (0,language_service/* listOf */.c3)(node.Right?.Expressions)) {
        const v = evaluateScalar(element.Element ?? element, scope);
        for (const item of Array.isArray(v) ? v : [v]) {
            if (typeof item !== 'string')
                throw new engine_refusal.Unsupported('has_any with a non-string term', node.TextStart);
            if (!/^[A-Za-z0-9]+$/.test(item))
                throw new engine_refusal.Unsupported('has_any with a term that is not a single alphanumeric term', node.TextStart);
            needles.push(item.toLowerCase());
        }
    }
    return all ? needles.every((n) => terms.has(n)) : needles.some((n) => terms.has(n));
}
/** in / !in (case-sensitive) and in~ / !in~; a dynamic array in the list counts element by element. */
/** True when the binder typed an expression as a table (e.g. the subquery of `x in (T | project c)`). */
function isTabularNode(expr) {
    return Boolean(expr?.ResultType?.IsTabular ?? String(expr?.ResultType?.Kind) === 'Table');
}
const subqueryValues = new WeakMap();
/** The first column of a tabular `in` operand, computed once per query. */
function tabularInValues(expr, scope) {
    const query = scope.query;
    if (!query)
        throw new engine_refusal.Unsupported('in with a tabular operand here', expr.TextStart);
    let cache = subqueryValues.get(query);
    if (!cache)
        subqueryValues.set(query, (cache = new Map()));
    let values = cache.get(expr);
    if (!values) {
        const table = query.evaluateTabular(expr);
        if (table.columns.length === 0)
            throw new engine_refusal.Unsupported('in with a table of no columns', expr.TextStart);
        values = table.data[0];
        cache.set(expr, values);
    }
    return values;
}
function inList(node, scope) {
    const op = String(node.Operator?.Text ?? '').replace(/\s+/g, '');
    if (scalar_typeOf(node.Left) === 'decimal')
        throw new engine_refusal.Unsupported(`${op} on a decimal value`, node.TextStart);
    const caseless = op.endsWith('~');
    const negate = op.startsWith('!');
    const left = evaluateScalar(node.Left, scope);
    if (left === null || typeof left === 'object')
        throw new engine_refusal.Unsupported(`${op} with a null or dynamic left side`, node.TextStart);
    const norm = (v) => (caseless && typeof v === 'string' ? v.toLowerCase() : typeof v === 'bigint' ? `t${v}` : v);
    const target = norm(left);
    let found = false;
    for (const element of (0,language_service/* listOf */.c3)(node.Right?.Expressions)) {
        const expr = element.Element ?? element;
        if (isTabularNode(expr)) {
            // `x in (T)`: the values of T's first column.
            if (tabularInValues(expr, scope).some((c) => !(typeof c === 'number' && typeof left === 'string') && norm(c) === target))
                found = true;
            if (found)
                break;
            continue;
        }
        // A literal or let-bound array expands element by element; a per-row dynamic value is refused.
        const constant = (0,language_service/* nodeKind */.Fl)(expr) === 'DynamicExpression' || ((0,language_service/* nodeKind */.Fl)(expr) === 'NameReference' && scope.variables.has(String(expr.SimpleName)));
        if (scalar_typeOf(expr) === 'dynamic' && !constant)
            throw new engine_refusal.Unsupported(`${op} over a computed dynamic value`, expr.TextStart);
        const v = evaluateScalar(expr, scope);
        const candidates = Array.isArray(v) ? v : [v];
        for (const c of candidates) {
            if (typeof c === 'number' && typeof left === 'string')
                continue;
            if (norm(c) === target)
                found = true;
        }
        if (found)
            break;
    }
    return negate ? !found : found;
}


;// CONCATENATED MODULE: ./src/engine/scan-refs.ts
const SCAN_REFERENCES = new WeakMap();

;// CONCATENATED MODULE: ./src/engine/scalar-compile.ts
/**
 * Compiled scalar evaluation: a syntax node becomes a closure once, so each row
 * costs plain JavaScript calls instead of walking the language service's tree
 * (every property read on a syntax node goes through Bridge.NET). The closures
 * follow scalar.ts's interpreter exactly; kinds not compiled here fall back to it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */









const CACHE = new WeakMap();
/** The closure of a scalar expression node (compiled on first use, then cached). */
function compiledScalar(node) {
    let f = CACHE.get(node);
    if (f === undefined) {
        f = compile(node);
        CACHE.set(node, f);
    }
    return f;
}
/** Compiled on first call: a subtree that may never run (and/or right side, later in-list items) is not compiled early. */
function lazy(node) {
    let f;
    return (scope) => (f ??= compiledScalar(node))(scope);
}
/** Functions whose value depends only on their arguments and the query's now. */
const FOLDABLE = new Set(['ago', 'now']);
/** Row-independent: literals, let-bound names, and foldable calls and operators over them. */
function isConstant(node) {
    switch ((0,language_service/* nodeKind */.Fl)(node)) {
        case 'LiteralExpression':
            return true;
        case 'ParenthesizedExpression':
            return isConstant(node.Expression);
        case 'NameReference':
            return !boundToColumn(node.ReferencedSymbol);
        case 'FunctionCallExpression':
            return (FOLDABLE.has(String(node.ReferencedSymbol?.Name ?? '')) &&
                (0,language_service/* listOf */.c3)(node.ArgumentList?.Expressions).every((e) => isConstant(e.Element ?? e)));
        default:
            return false;
    }
}
/** Evaluate once per query (same now and let-bound values), then reuse. */
function folded(inner) {
    let now;
    let variables;
    let value = null;
    return (scope) => {
        if (scope.now !== now || scope.variables !== variables) {
            value = inner(scope);
            now = scope.now;
            variables = scope.variables;
        }
        return value;
    };
}
function compile(node) {
    switch ((0,language_service/* nodeKind */.Fl)(node)) {
        case 'LiteralExpression': {
            const value = literal(node);
            return () => value;
        }
        case 'DynamicExpression': {
            // One value per literal (values are never mutated in place).
            const value = jsonValue(node.Expression);
            return () => value;
        }
        case 'ParenthesizedExpression':
            return compiledScalar(node.Expression);
        case 'NameReference':
            return nameReference(node);
        case 'BinaryExpression':
            return (0,language_service/* nodeKind */.Fl)(node.Left) === 'StarExpression' ? starComparison(node) : scalar_compile_binary(node);
        case 'FunctionCallExpression': {
            const call = functionCall(node);
            return isConstant(node) ? folded(call) : call;
        }
        case 'InExpression':
            return scalar_compile_inList(node);
        case 'PathExpression': {
            const ref = SCAN_REFERENCES.get(node);
            return ref ? scanReference(node, ref.step, ref.column) : (scope) => interpretScalar(node, scope);
        }
        default:
            return (scope) => interpretScalar(node, scope);
    }
}
function nameReference(node) {
    const name = String(node.SimpleName ?? node.Name?.SimpleName ?? node.ToString().trim());
    const column = boundToColumn(node.ReferencedSymbol);
    // Columns first (a row scope), then let-bound scalars; the column index is kept per table.
    // The column's values are kept per table too: a vector-held column materializes once, not per row.
    let table;
    let index = -1;
    let values;
    return (scope) => {
        const t = scope.table;
        if (t && column) {
            if (t !== table) {
                table = t;
                index = t.columns.findIndex((c) => c.name === name);
                values = index >= 0 ? t.data[index] : undefined;
            }
            if (values !== undefined)
                return values[scope.row];
        }
        if (scope.variables.has(name))
            return scope.variables.get(name);
        throw new engine_refusal.Unsupported(`name ${name}`, node.TextStart);
    };
}
/**
 * A `StepName.ColumnName` reference of a scan step (scan-refs.ts), read from the scope's scan
 * state. The interpreter has no such case: uncompiled, the step name is an unknown name, refused.
 */
function scanReference(node, step, column) {
    return (scope) => {
        if (!scope.scan)
            throw new engine_refusal.Unsupported('scan step reference outside its scan', node.TextStart);
        return scope.scan(step, column);
    };
}
const TICK_TYPES = new Set(['datetime', 'timespan']);
const ORDERINGS = new Map([
    ['LessThan', (a, b) => a < b],
    ['LessThanOrEqual', (a, b) => a <= b],
    ['GreaterThan', (a, b) => a > b],
    ['GreaterThanOrEqual', (a, b) => a >= b],
]);
function scalar_compile_binary(node) {
    const op = String(node.ReferencedSymbol?.Name ?? '');
    const types = [scalar_typeOf(node.Left), scalar_typeOf(node.Right)];
    const implementation = types.includes('decimal') ? decimalOperator(op) : BINARY_OPERATORS.get(op);
    if (!implementation)
        throw new engine_refusal.Unsupported(`operator ${String(node.Operator?.Text ?? op)}`, node.TextStart);
    const resultType = scalar_typeOf(node);
    const left = compiledScalar(node.Left);
    // and/or short-circuit on their left side.
    if (op === 'And' || op === 'Or') {
        const right = lazy(node.Right);
        return (scope) => implementation(resultType, [left(scope), () => right(scope)], types);
    }
    const right = compiledScalar(node.Right);
    const fast = ORDERINGS.get(op);
    if (fast && TICK_TYPES.has(types[0]) && TICK_TYPES.has(types[1])) {
        // datetime/timespan orderings on two tick values: the hot `TimeGenerated > ago(…)`.
        // Anything else (null) goes through the operator itself.
        const pair = [null, null];
        return (scope) => {
            const a = left(scope);
            const b = right(scope);
            if (typeof a === 'bigint' && typeof b === 'bigint')
                return fast(a, b);
            pair[0] = a;
            pair[1] = b;
            return implementation(resultType, pair, types);
        };
    }
    // One operands array per node: implementations read it at once and never keep it.
    const operands = [null, null];
    return (scope) => {
        const a = left(scope);
        operands[1] = right(scope);
        operands[0] = a;
        return implementation(resultType, operands, types);
    };
}
/** Functions that need the enclosing row or their arguments' names, which only the interpreter passes. */
const ROW_FUNCTIONS = new Set(['pack_all', 'bag_pack_columns']);
function functionCall(node) {
    const name = String(node.ReferencedSymbol?.Name ?? node.Name?.SimpleName ?? '');
    const fn = SCALAR_FUNCTIONS.get(name);
    // Not a built-in (a let-bound function, say), or one that reads the whole row (pack_all):
    // the interpreter handles those.
    if (!fn || ROW_FUNCTIONS.has(name) || fn.star)
        return (scope) => interpretScalar(node, scope);
    const argNodes = (0,language_service/* listOf */.c3)(node.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    const argTypes = argumentTypes(argNodes);
    const args = argNodes.map((a) => compiledScalar(a));
    const resultType = scalar_typeOf(node);
    const offset = Number(node.TextStart);
    const decimal = decimalRefusal(name, argTypes, resultType);
    if (decimal)
        return () => {
            throw new engine_refusal.Unsupported(decimal, offset);
        };
    let context;
    return (scope) => {
        // In summarize, an aggregate call inside an expression already has its value.
        if (scope.aggregates?.has(node))
            return scope.aggregates.get(node);
        const values = new Array(args.length);
        for (let i = 0; i < args.length; i++)
            values[i] = args[i](scope);
        if (context === undefined || context.now !== scope.now || context.options !== scope.query?.options)
            context = { resultType, argTypes, now: scope.now, offset, options: scope.query?.options };
        try {
            checkLongs(fn, values, argTypes, resultType);
        }
        catch (error) {
            if (error instanceof engine_refusal.Unsupported)
                error.offset ??= offset;
            throw error;
        }
        return fn.evaluate(values, context);
    };
}
/** in / !in / in~ / !in~, as scalar.ts's inList; a list value seen again reuses its lookup set. */
function scalar_compile_inList(node) {
    const op = String(node.Operator?.Text ?? '').replace(/\s+/g, '');
    const caseless = op.endsWith('~');
    const negate = op.startsWith('!');
    const norm = (v) => (caseless && typeof v === 'string' ? v.toLowerCase() : typeof v === 'bigint' ? `t${v}` : v);
    if (scalar_typeOf(node.Left) === 'decimal')
        return () => {
            throw new engine_refusal.Unsupported(`${op} on a decimal value`, Number(node.TextStart));
        };
    const left = compiledScalar(node.Left);
    const items = (0,language_service/* listOf */.c3)(node.Right?.Expressions).map((element) => {
        const expr = element.Element ?? element;
        const kind = (0,language_service/* nodeKind */.Fl)(expr);
        const name = kind === 'NameReference' ? String(expr.SimpleName) : undefined;
        const tabular = isTabularNode(expr);
        const dynamic = !tabular && scalar_typeOf(expr) === 'dynamic';
        let list;
        let set;
        return {
            expr,
            kind,
            name,
            dynamic,
            tabular,
            value: tabular ? () => null : lazy(expr),
            lookup: (v) => (v === list ? set : ((list = v), (set = new Set(v.map(norm))))),
        };
    });
    return (scope) => {
        const l = left(scope);
        if (l === null || typeof l === 'object')
            throw new engine_refusal.Unsupported(`${op} with a null or dynamic left side`, node.TextStart);
        const target = norm(l);
        const nan = typeof target === 'number' && Number.isNaN(target);
        let found = false;
        for (const item of items) {
            if (item.tabular) {
                // `x in (T)`: the values of T's first column, once per query.
                found = !nan && item.lookup(tabularInValues(item.expr, scope)).has(target);
                if (found)
                    break;
                continue;
            }
            // A literal or let-bound array expands element by element; a per-row dynamic value is refused.
            const constant = item.kind === 'DynamicExpression' || (item.name !== undefined && scope.variables.has(item.name));
            if (item.dynamic && !constant)
                throw new engine_refusal.Unsupported(`${op} over a computed dynamic value`, item.expr.TextStart);
            const v = item.value(scope);
            if (Array.isArray(v))
                found = !nan && item.lookup(v).has(target);
            else
                found = norm(v) === target;
            if (found)
                break;
        }
        return negate ? !found : found;
    };
}
/** Make evaluateScalar run compiled closures (called once by evaluate.ts, the engine's entry). */
function installCompiledScalars() {
    installScalarEvaluator((node, scope) => compiledScalar(node)(scope));
}

// EXTERNAL MODULE: ./src/engine/table.ts
var engine_table = __webpack_require__(85046);
;// CONCATENATED MODULE: ./src/engine/operators/columns.ts
/** Helpers shared by operators that compute columns (print, extend, project). */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */







/**
 * Columns the binder could not type and no row has a value in: a column of an
 * open-schema source (an ASIM parser, a pivot's output) that the rows at hand
 * lack, over no rows. Listed as dynamic; any computation on one is refused, as
 * the binder types expressions over it `unknown`.
 */
const UNTYPED = new WeakSet();
/** Whether a column's type is a stand-in (see UNTYPED). */
function isUntyped(column) {
    return UNTYPED.has(column);
}
/**
 * The output columns the binder computed for an operator node. A column it types
 * `unknown` (open-schema sources) passes through from `input` by name with the
 * type its values have there; absent from an input without rows, it is a
 * stand-in (no value of it exists); absent from rows, it is refused.
 */
function resultColumns(node, input, sourceOf = (n) => n) {
    const columns = node?.ResultType?.Columns;
    if (!columns)
        throw new engine_refusal.Unsupported('operator without a tabular result', node?.TextStart);
    return (0,language_service/* listOf */.c3)(columns).map((c, index) => {
        const name = String(c.Name);
        const type = String(c.Type?.Name);
        if (type !== 'unknown')
            return { name, type: (0,engine_values.kustoType)(type) };
        const source = input?.positional ? input.columns[index] : input?.columns.find((column) => column.name === sourceOf(name));
        if (source) {
            const column = { name, type: source.type };
            if (UNTYPED.has(source))
                UNTYPED.add(column);
            return column;
        }
        if (input && input.rowCount === 0)
            return standIn(name);
        throw new engine_refusal.Unsupported(`column ${name} of unknown type`, node?.TextStart);
    });
}
/** A stand-in column (see UNTYPED) for a name no input row carries. */
function standIn(name) {
    const column = { name, type: 'dynamic' };
    UNTYPED.add(column);
    return column;
}
/** The expression nodes of a separated list (`a = 1, b`). */
function expressions(list) {
    return (0,language_service/* listOf */.c3)(list).map((e) => e.Element ?? e);
}
/** Explicit name of an expression: `x = …` or a plain column reference. */
function explicitName(expr) {
    const kind = (0,language_service/* nodeKind */.Fl)(expr);
    if (kind === 'SimpleNamedExpression')
        return String(expr.Name?.SimpleName ?? expr.Name?.ToString().trim());
    if (kind === 'NameReference')
        return String(expr.SimpleName ?? expr.ToString().trim());
    return undefined;
}
/** The value expression (without the `name =` part). */
function columns_valueOf(expr) {
    if ((0,language_service/* nodeKind */.Fl)(expr) === 'SimpleNamedExpression')
        return expr.Expression;
    if ((0,language_service/* nodeKind */.Fl)(expr) === 'CompoundNamedExpression')
        throw new engine_refusal.Unsupported('tuple assignment (a, b) = …', expr.TextStart);
    return expr;
}
/** Compute one column over every row of `table`. */
function computeColumn(expr, table, context) {
    const out = new Array(table.rowCount);
    if (table.rowCount === 0)
        return out;
    const scope = { table, row: 0, variables: context.variables, now: context.now, query: context };
    const evaluate = compiledScalar(expr);
    for (let r = 0; r < table.rowCount; r++) {
        scope.row = r;
        out[r] = evaluate(scope);
    }
    // Computed strings are fresh memory: count them against the budget.
    context.budget.bytes(columnBytes(out), expr, 'expression');
    return out;
}
/** The input column a plain column reference names, or -1. */
function referencedColumn(expr, table) {
    if ((0,language_service/* nodeKind */.Fl)(expr) !== 'NameReference' || !boundToColumn(expr.ReferencedSymbol))
        return -1;
    const name = String(expr.SimpleName ?? expr.Name?.SimpleName ?? expr.ToString().trim());
    return table.columns.findIndex((c) => c.name === name);
}
/**
 * One column over every row of `table`, as computeColumn computes it; a plain
 * reference to an input column passes that column on as it is held (a vector stays one).
 */
function computeColumnData(expr, table, context) {
    const index = referencedColumn(expr, table);
    if (index >= 0 && table.vectors?.[index] && table.columns[index].type === scalar_typeOf(expr))
        return (0,engine_table.columnData)(table, index);
    return computeColumn(expr, table, context);
}
/**
 * Names of the expressions, using the binder's output columns for the generated
 * names of unnamed expressions (Column1, print_0, …) in order.
 */
function expressionNames(exprs, output, taken) {
    const explicit = derivedNames(exprs, output, exprs.map(explicitName));
    const used = new Set([...taken, ...explicit.filter(Boolean)]);
    const generated = output.map((c) => c.name).filter((n) => !used.has(n));
    return explicit.map((name) => {
        if (name)
            return name;
        const next = generated.shift();
        if (!next)
            throw new engine_refusal.Unsupported('unnamed expression whose column name is unknown');
        return next;
    });
}
/**
 * Names of unnamed expressions that the language derives from the expression
 * itself (`split(s, ";")` is `s`, `tostring(s.a.b)` is `s_a_b`): used when the
 * binder's output has that column and no other item claims the name, so an
 * existing input column of that name is replaced, as the binder does (mv-expand
 * docs: an expression whose name equals an input column replaces it).
 */
function derivedNames(exprs, output, given) {
    const derived = exprs.map((e, i) => (given[i] ? undefined : (0,language_service/* expressionResultName */.Tf)(valueOfAny(e)) || undefined));
    const claims = new Map();
    for (const n of [...given, ...derived])
        if (n)
            claims.set(n, (claims.get(n) ?? 0) + 1);
    return given.map((name, i) => {
        if (name)
            return name;
        const d = derived[i];
        return d && claims.get(d) === 1 && output.some((c) => c.name === d) ? d : undefined;
    });
}
function valueOfAny(expr) {
    return (0,language_service/* nodeKind */.Fl)(expr) === 'SimpleNamedExpression' || (0,language_service/* nodeKind */.Fl)(expr) === 'CompoundNamedExpression' ? undefined : expr;
}
/** Type of a computed column: the binder's type for the expression. */
function columnType(expr) {
    return typeOf(columns_valueOf(expr));
}
/** `name=value` parameters of an operator (`kind=leftouter`), as text. */
function namedParameters(list) {
    return (0,language_service/* listOf */.c3)(list).map((parameter) => {
        const p = parameter.Element ?? parameter;
        return { name: String(p.Name?.SimpleName ?? p.Name?.ToString() ?? '').trim(), value: String(p.Expression?.ToString() ?? '').trim() };
    });
}
/** Execution hints that change how Kusto distributes work, never the result (shuffle and partitioning docs). */
const RESULT_NEUTRAL_HINTS = new Set([
    'hint.strategy',
    'hint.shufflekey',
    'hint.num_partitions',
    'hint.materialized',
    'hint.concurrency',
    'hint.spread',
]);
/** The operator's parameters other than result-neutral hints. */
function semanticParameters(list) {
    return namedParameters(list).filter((p) => !RESULT_NEUTRAL_HINTS.has(p.name.toLowerCase()));
}

;// CONCATENATED MODULE: ./src/engine/operators/externaldata.ts
/**
 * externaldata (Schema) [uri, …]: rows from outside the workspace. Offline there is
 * no storage to read, so a test supplies the rows under the data key
 * `externaldata('<uri>')` (any of the operator's URIs), converted to the declared
 * schema when loaded; without them the operator is refused.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */





/** The data key under which a test supplies an externaldata source's rows. */
function externalDataKey(uri) {
    return `externaldata('${uri}')`;
}
/** The URIs an externaldata node reads (constant strings only). */
function externalDataUris(node) {
    return (0,language_service/* listOf */.c3)(node.URIs)
        .map((e) => e.Element ?? e)
        .map((e) => e.ConstantValue ?? e.Token?.ValueText)
        .filter((v) => typeof v === 'string');
}
/** Every externaldata node under `node`, with its declared columns. */
function externalDataSources(node) {
    const found = [];
    for (const n of (0,language_service/* syntaxDescendants */.qV)(node))
        if ((0,language_service/* nodeKind */.Fl)(n) === 'ExternalDataExpression')
            found.push({ uris: externalDataUris(n), columns: resultColumns(n) });
    return found;
}
const externalDataOperator = {
    kind: 'ExternalDataExpression',
    keyword: 'externaldata',
    evaluate(node, _input, context) {
        const columns = resultColumns(node);
        const uris = externalDataUris(node);
        const supplied = uris.map((uri) => context.tables.get(externalDataKey(uri))).find((t) => t !== undefined);
        if (!supplied) {
            const key = uris[0] === undefined ? 'externaldata(…)' : externalDataKey(uris[0]);
            throw new engine_refusal.Unsupported(`operator externaldata (a test can supply its rows under the data key ${key})`, node.TextStart);
        }
        // Declared columns in declared order; the loader already converted the rows to them.
        const data = columns.map((column) => {
            const at = supplied.columns.findIndex((c) => c.name === column.name);
            if (at >= 0 && supplied.columns[at].type === column.type)
                return supplied.data[at];
            if (at >= 0)
                throw new engine_refusal.Unsupported(`externaldata column ${column.name} supplied as ${supplied.columns[at].type}`, node.TextStart);
            return new Array(supplied.rowCount).fill((0,engine_values.nullOf)(column.type));
        });
        return { columns, data, rowCount: supplied.rowCount };
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/tuples.ts
/**
 * Tuple-valued expressions in print/extend/project: `(a, b) = array_sort_asc(x, y)`
 * and `series_stats(x)` give one column per part. The binder's tuple type lists
 * the parts; the operator's output columns give their final names.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */




/** The value expression of an item, `(a, b) = f(…)` included. */
function tupleValue(expr) {
    return (0,language_service/* nodeKind */.Fl)(expr) === 'CompoundNamedExpression' ? expr.Expression : columns_valueOf(expr);
}
/** How many columns an item makes: the number of tuple parts, or 1. */
function partCount(expr) {
    const value = tupleValue(expr);
    if (String(value?.ResultType?.Name) !== 'tuple')
        return 1;
    return (0,language_service/* listOf */.c3)(value.ResultType.Columns).length;
}
/** Names the query gives an item's parts: `(a, b) = …`, `a = …` or a column reference. */
function givenNames(expr) {
    if ((0,language_service/* nodeKind */.Fl)(expr) === 'CompoundNamedExpression') {
        const list = expr.Names;
        const items = (0,language_service/* listOf */.c3)(list?.Names ?? list).map((e) => e.Element ?? e);
        return items
            .filter((n) => (0,language_service/* nodeKind */.Fl)(n) === 'NameDeclaration' || n.SimpleName !== undefined)
            .map((n) => String(n.SimpleName ?? n.ToString().trim()));
    }
    const name = explicitName(expr);
    return name ? [name] : [];
}
/**
 * Names of every item's parts, generated names taken in order from the binder's
 * output columns that no given name or kept input column claims.
 */
function partNames(exprs, output, taken) {
    const counts = exprs.map(partCount);
    const named = exprs.map(givenNames);
    // A single-column item without a name may have one the language derives from it.
    const derived = derivedNames(exprs, output, named.map((names, i) => (names.length > 0 ? names.join(',') : counts[i] > 1 ? '\u0000tuple' : undefined)));
    const given = named.map((names, i) => (names.length === 0 && counts[i] === 1 && derived[i] ? [derived[i]] : names));
    given.forEach((names, i) => {
        if (names.length > counts[i])
            throw new engine_refusal.Unsupported('more names than the tuple has parts', exprs[i]?.TextStart);
        // The docs say fewer names keep only those columns; the binder keeps all parts: refuse the conflict.
        if ((0,language_service/* nodeKind */.Fl)(exprs[i]) === 'CompoundNamedExpression' && names.length < counts[i])
            throw new engine_refusal.Unsupported('fewer names than the tuple has parts', exprs[i]?.TextStart);
    });
    const used = new Set([...taken, ...given.flat()]);
    const generated = output.map((c) => c.name).filter((n) => !used.has(n));
    const names = given.map((names, i) => {
        const out = [...names];
        while (out.length < counts[i]) {
            const next = generated.shift();
            if (!next)
                throw new engine_refusal.Unsupported('unnamed expression whose column name is unknown', exprs[i]?.TextStart);
            out.push(next);
        }
        return out;
    });
    // Every generated name must be used, or the names were not matched as the binder matched them.
    if (generated.length > 0 && counts.some((c) => c > 1))
        throw new engine_refusal.Unsupported('tuple columns whose names are unknown');
    return names;
}
/** The columns of one item: one for a plain expression, one per part for a tuple (a referenced vector column stays one). */
function computeParts(expr, table, context) {
    const count = partCount(expr);
    const value = tupleValue(expr);
    if (count === 1 && String(value?.ResultType?.Name) !== 'tuple')
        return [computeColumnData(value, table, context)];
    const out = Array.from({ length: count }, () => new Array(table.rowCount));
    const scope = { table, row: 0, variables: context.variables, now: context.now };
    for (let r = 0; r < table.rowCount; r++) {
        scope.row = r;
        const parts = tupleParts(value, scope);
        if (parts.length !== count)
            throw new engine_refusal.Unsupported('tuple with an unexpected number of parts', value.TextStart);
        parts.forEach((v, j) => (out[j][r] = v));
    }
    for (const column of out)
        context.budget.bytes(columnBytes(column), value, 'expression');
    return out;
}

;// CONCATENATED MODULE: ./src/engine/operators/projection.ts
/** Column operators: extend, project. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */



const extendOperator = {
    kind: 'ExtendOperator',
    keyword: 'extend',
    evaluate(node, input, context) {
        let table = input;
        const output = resultColumns(node, table);
        const exprs = expressions(node.Expressions);
        const names = partNames(exprs, output, new Set(table.columns.map((c) => c.name)));
        // One expression at a time, so later ones can use earlier ones; a tuple gives several columns.
        exprs.forEach((expr, i) => {
            const parts = computeParts(expr, table, context);
            names[i].forEach((name, j) => {
                const values = parts[j];
                const column = output.find((c) => c.name === name) ?? { name, type: 'string' };
                const at = table.columns.findIndex((c) => c.name === name);
                const columns = [...table.columns];
                const data = table.columns.map((_, c) => (0,engine_table.columnData)(table, c));
                if (at >= 0) {
                    columns[at] = column;
                    data[at] = values;
                }
                else {
                    columns.push(column);
                    data.push(values);
                }
                table = (0,engine_table.makeTable)(columns, data, table.rowCount);
            });
        });
        return table;
    },
};
const projectOperator = {
    kind: 'ProjectOperator',
    keyword: 'project',
    evaluate(node, input, context) {
        const table = input;
        const output = resultColumns(node, table);
        const exprs = expressions(node.Expressions);
        const names = partNames(exprs, output, new Set());
        const columns = [];
        const data = exprs.flatMap((expr, i) => {
            const parts = computeParts(expr, table, context);
            names[i].forEach((name) => columns.push(output.find((c) => c.name === name) ?? output[columns.length]));
            return parts;
        });
        return (0,engine_table.makeTable)(columns, data, table.rowCount);
    },
};

// EXTERNAL MODULE: ./src/engine/vectors.ts
var vectors = __webpack_require__(37754);
;// CONCATENATED MODULE: ./src/engine/operators/dictionary.ts
/**
 * Expressions over one dictionary-coded string column, evaluated once per
 * dictionary entry instead of once per row: `ResultType in (codes)`,
 * `isnotempty(UserPrincipalName)`, `R != "0"` and the like. The same compiled
 * expression computes each entry's value, with the column's dictionary as a
 * one-column table, so the values are those the row-by-row path computes. Only
 * expressions whose value depends on nothing but that column qualify (no window
 * functions, no functions reading the whole row, no other column); an entry whose
 * evaluation throws is marked, and rows with that code take the row-by-row path
 * (which then throws, or not, exactly as before: a filtered table's dictionary may
 * hold strings no row has).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */




/** Functions whose value depends on more than their arguments' values. */
const ROW_DEPENDENT = new Set(['pack_all', 'bag_pack_columns', 'rand', 'new_guid', 'toscalar']);
/** Names of the columns an expression references; undefined when it has a part that depends on more than column values. */
function referencedColumns(node, names) {
    if (!node || typeof node.ChildCount !== 'number')
        return names;
    const kind = (0,language_service/* nodeKind */.Fl)(node);
    if (kind === 'StarExpression' || kind.endsWith('Operator') || kind === 'PipeExpression')
        return undefined;
    if (kind === 'NameReference' && boundToColumn(node.ReferencedSymbol)) {
        const symbolKind = String(node.ReferencedSymbol?.constructor?.$$name ?? '');
        // A let-bound scalar resolves to a variable; a column to a column (the compiled reference tries columns first).
        if (!symbolKind.endsWith('VariableSymbol'))
            names.add(String(node.SimpleName ?? node.Name?.SimpleName ?? node.ToString().trim()));
    }
    if (kind === 'FunctionCallExpression') {
        const name = String(node.ReferencedSymbol?.Name ?? '');
        if (ROW_DEPENDENT.has(name) || WINDOW_FUNCTIONS.has(name) || (0,language_service/* isAggregateFunction */.eY)(node.ReferencedSymbol))
            return undefined;
        if (node.ReferencedSymbol && !String(node.ReferencedSymbol.constructor?.$$name ?? '').endsWith('FunctionSymbol'))
            return undefined;
    }
    for (let i = 0; i < node.ChildCount; i++) {
        const child = node.GetChild(i);
        if (child && typeof child.ChildCount === 'number' && referencedColumns(child, names) === undefined)
            return undefined;
    }
    return names;
}
/** The string-vector column that is the only column `expr` reads, or undefined. */
function singleStringColumn(expr, table) {
    if (!table.vectors)
        return undefined;
    const names = referencedColumns(expr, new Set());
    if (names === undefined || names.size !== 1)
        return undefined;
    const [name] = [...names];
    const index = table.columns.findIndex((c) => c.name === name);
    const vector = index < 0 ? undefined : table.vectors[index];
    return vector?.kind === 'string' ? { index, vector } : undefined;
}
/** Marks an entry whose evaluation threw: rows with it take the row-by-row path. */
const FAILED = Symbol('failed');
/** The value of `expr` for each dictionary entry of column `index`. */
function perEntry(expr, table, index, vector, scope) {
    const dictTable = { columns: [table.columns[index]], data: [vector.dict], rowCount: vector.dict.length };
    const fn = compiledScalar(expr);
    const local = { ...scope, table: dictTable, row: 0 };
    const out = new Array(vector.dict.length);
    for (let i = 0; i < vector.dict.length; i++) {
        local.row = i;
        try {
            out[i] = fn(local);
        }
        catch {
            out[i] = FAILED;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/operators/fast-filter.ts
/**
 * Whole-column filters for the hot `where` shapes: `Column <op> constant` on
 * datetime/timespan columns, `Column ==|!= "text"` on strings,
 * `isnotempty(Column)` / `isempty(Column)`, and `and`
 * of such parts. One loop over the column array instead of a closure call per
 * row (profiles: the closures cost ~75 ns a row, the loop ~13 ns). The results are
 * the rows the general path keeps: nulls never pass an ordering (the operator
 * gives null for them), and any other shape returns undefined so the caller
 * evaluates it row by row.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */





const fast_filter_TICK_TYPES = new Set(['datetime', 'timespan']);
function columnOf(node, table) {
    if ((0,language_service/* nodeKind */.Fl)(node) !== 'NameReference' || !boundToColumn(node.ReferencedSymbol))
        return undefined;
    const name = String(node.SimpleName ?? node.Name?.SimpleName ?? '');
    const index = table.columns.findIndex((c) => c.name === name);
    return index < 0 ? undefined : table.data[index];
}
function ticksVectorOf(node, table) {
    const name = String(node.SimpleName ?? node.Name?.SimpleName ?? '');
    const index = table.columns.findIndex((c) => c.name === name);
    const v = index < 0 ? undefined : table.vectors?.[index];
    return v?.kind === 'ticks' ? v : undefined;
}
/**
 * An ordering against constant ticks on a ticks vector: (ms, sub) pairs compare
 * as the ticks do; a null (NaN ms) fails every comparison, as in the general path.
 */
function ticksScan(table, vector, c, op) {
    const [cms, csub] = (0,vectors.splitTicks)(c);
    const { ms, sub } = vector;
    // Each as "v > c" style tests on (ms, sub) pairs.
    const test = op === 'LessThan'
        ? (r) => ms[r] < cms || (ms[r] === cms && sub[r] < csub)
        : op === 'LessThanOrEqual'
            ? (r) => ms[r] < cms || (ms[r] === cms && sub[r] <= csub)
            : op === 'GreaterThan'
                ? (r) => ms[r] > cms || (ms[r] === cms && sub[r] > csub)
                : (r) => ms[r] > cms || (ms[r] === cms && sub[r] >= csub);
    return (rows) => {
        const picked = [];
        if (rows === undefined) {
            for (let r = 0; r < table.rowCount; r++)
                if (test(r))
                    picked.push(r);
        }
        else
            for (const r of rows)
                if (test(r))
                    picked.push(r);
        return picked;
    };
}
/** A condition on one dictionary-coded string column: evaluated per entry, rows picked by code. */
function dictionaryPredicate(node, table, scope) {
    const single = singleStringColumn(node, table);
    if (!single)
        return undefined;
    const values = perEntry(node, table, single.index, single.vector, scope);
    // 1: passes, 0: does not, 2: evaluate the row on the general path.
    const verdict = new Uint8Array(values.length);
    values.forEach((v, i) => (verdict[i] = v === FAILED ? 2 : v === true ? 1 : 0));
    const codes = single.vector.codes;
    const condition = compiledScalar(node);
    const general = (r) => {
        const local = { ...scope, table, row: r };
        return condition(local) === true;
    };
    return (rows) => {
        const picked = [];
        const n = rows === undefined ? table.rowCount : rows.length;
        for (let k = 0; k < n; k++) {
            const r = rows === undefined ? k : rows[k];
            const v = verdict[codes[r]];
            if (v === 1 || (v === 2 && general(r)))
                picked.push(r);
        }
        return picked;
    };
}
/** Rows of `rows` (all rows when undefined) whose value passes `test`. */
function scan(table, rows, column, test) {
    const picked = [];
    if (rows === undefined) {
        for (let r = 0; r < table.rowCount; r++)
            if (test(column[r]))
                picked.push(r);
    }
    else
        for (const r of rows)
            if (test(column[r]))
                picked.push(r);
    return picked;
}
function ordering(node, table, scope) {
    const op = String(node.ReferencedSymbol?.Name ?? '');
    if (!['LessThan', 'LessThanOrEqual', 'GreaterThan', 'GreaterThanOrEqual'].includes(op))
        return undefined;
    if (!fast_filter_TICK_TYPES.has(scalar_typeOf(node.Left)) || !fast_filter_TICK_TYPES.has(scalar_typeOf(node.Right)))
        return undefined;
    let column = columnOf(node.Left, table);
    let constant = node.Right;
    let flipped = false;
    if (column === undefined) {
        column = columnOf(node.Right, table);
        constant = node.Left;
        flipped = true;
    }
    if (column === undefined || !isConstant(constant))
        return undefined;
    const c = compiledScalar(constant)(scope);
    if (typeof c !== 'bigint')
        return undefined;
    const col = column;
    const vector = ticksVectorOf(flipped ? node.Right : node.Left, table);
    // `c < Column` is `Column > c`.
    const effective = flipped
        ? {
            LessThan: 'GreaterThan',
            LessThanOrEqual: 'GreaterThanOrEqual',
            GreaterThan: 'LessThan',
            GreaterThanOrEqual: 'LessThanOrEqual',
        }[op]
        : op;
    if (vector)
        return ticksScan(table, vector, c, effective);
    switch (effective) {
        case 'LessThan':
            return (rows) => scan(table, rows, col, (v) => typeof v === 'bigint' && v < c);
        case 'LessThanOrEqual':
            return (rows) => scan(table, rows, col, (v) => typeof v === 'bigint' && v <= c);
        case 'GreaterThan':
            return (rows) => scan(table, rows, col, (v) => typeof v === 'bigint' && v > c);
        default:
            return (rows) => scan(table, rows, col, (v) => typeof v === 'bigint' && v >= c);
    }
}
/**
 * `Column == "text"` / `Column != "text"` on strings, as equality() in
 * functions/operators.ts: a null value is unequal; a value that is not a string
 * (never in a string column) gives undefined, so the general path refuses it.
 */
function stringEquality(node, table, scope) {
    const op = String(node.ReferencedSymbol?.Name ?? '');
    if (op !== 'Equal' && op !== 'NotEqual')
        return undefined;
    if (scalar_typeOf(node.Left) !== 'string' || scalar_typeOf(node.Right) !== 'string')
        return undefined;
    let column = columnOf(node.Left, table);
    let constant = node.Right;
    if (column === undefined) {
        column = columnOf(node.Right, table);
        constant = node.Left;
    }
    if (column === undefined || !isConstant(constant))
        return undefined;
    const c = compiledScalar(constant)(scope);
    if (typeof c !== 'string')
        return undefined;
    const col = column;
    const negate = op === 'NotEqual';
    return (rows) => {
        const picked = [];
        const n = rows === undefined ? table.rowCount : rows.length;
        for (let k = 0; k < n; k++) {
            const r = rows === undefined ? k : rows[k];
            const v = col[r];
            if (v === null) {
                if (negate)
                    picked.push(r);
            }
            else if (typeof v !== 'string')
                return undefined;
            else if ((v === c) !== negate)
                picked.push(r);
        }
        return picked;
    };
}
function emptiness(node, table) {
    const name = String(node.ReferencedSymbol?.Name ?? '');
    if (name !== 'isnotempty' && name !== 'isempty')
        return undefined;
    const args = (0,language_service/* listOf */.c3)(node.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    if (args.length !== 1 || scalar_typeOf(args[0]) !== 'string')
        return undefined;
    const column = columnOf(args[0], table);
    if (column === undefined)
        return undefined;
    return name === 'isnotempty'
        ? (rows) => scan(table, rows, column, (v) => !(v === null || v === ''))
        : (rows) => scan(table, rows, column, (v) => v === null || v === '');
}
function picker(node, table, scope) {
    const dictionary = (0,language_service/* nodeKind */.Fl)(node) === 'ParenthesizedExpression' ? undefined : dictionaryPredicate(node, table, scope);
    if (dictionary)
        return dictionary;
    switch ((0,language_service/* nodeKind */.Fl)(node)) {
        case 'ParenthesizedExpression':
            return picker(node.Expression, table, scope);
        case 'FunctionCallExpression':
            return emptiness(node, table);
        case 'BinaryExpression': {
            if (String(node.ReferencedSymbol?.Name ?? '') === 'And') {
                const left = picker(node.Left, table, scope);
                const right = left && picker(node.Right, table, scope);
                if (!left || !right)
                    return undefined;
                return (rows) => {
                    const first = left(rows);
                    return first === undefined ? undefined : right(first);
                };
            }
            return ordering(node, table, scope) ?? stringEquality(node, table, scope);
        }
        default:
            return undefined;
    }
}
/** The rows of `table` where `condition` is true, or undefined when its shape is not one of these. */
function fastFilter(condition, table, scope) {
    const pick = picker(condition, table, scope);
    return pick ? pick(undefined) : undefined;
}

;// CONCATENATED MODULE: ./src/engine/operators/rows.ts
/** Row operators: where, take/limit, count, sort/order. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */







const whereOperator = {
    kind: 'FilterOperator',
    keyword: 'where',
    evaluate(node, input, context) {
        const table = input;
        if (table.rowCount === 0)
            return (0,engine_table.filterRows)(table, () => false);
        // Test row by row (no column of booleans for the whole input).
        const scope = { table, row: 0, variables: context.variables, now: context.now, query: context };
        const fast = fastFilter(node.Condition, table, scope);
        if (fast)
            return (0,engine_table.pickRows)(table, fast);
        const condition = compiledScalar(node.Condition);
        const picked = [];
        for (let r = 0; r < table.rowCount; r++) {
            scope.row = r;
            if (condition(scope) === true)
                picked.push(r);
        }
        return (0,engine_table.pickRows)(table, picked);
    },
};
function takeCount(node, context) {
    const n = evaluateScalar(node.Expression, constantScope(context));
    if (typeof n !== 'number' || !Number.isInteger(n))
        throw new engine_refusal.QueryError('take expects a whole number of rows');
    return Math.max(0, n);
}
const takeOperator = {
    kind: 'TakeOperator',
    keyword: 'take',
    evaluate(node, input, context) {
        const table = input;
        // take without sort returns "any" rows in Kusto; the first rows are one valid answer.
        const n = Math.min(table.rowCount, takeCount(node, context));
        return (0,engine_table.pickRows)(table, Array.from({ length: n }, (_, i) => i));
    },
};
const countOperator = {
    kind: 'CountOperator',
    keyword: 'count',
    evaluate(_node, input) {
        return { columns: [{ name: 'Count', type: 'long' }], data: [[input.rowCount]], rowCount: 1 };
    },
};
/** Kusto order: nulls first ascending and last descending, unless `nulls first|last` says otherwise. */
function compareValues(a, b, decimal = false) {
    // Decimals are canonical text (decimal.ts): ordered by value, not as strings.
    if (decimal && typeof a === 'string' && typeof b === 'string')
        return compareDecimals(partsOf(a), partsOf(b));
    // Ticks with ticks, numbers with numbers, and a long beyond ±2^53 (bigint) with a number: exact in JS.
    if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number'))
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'boolean' && typeof b === 'boolean')
        return Number(a) - Number(b);
    throw new engine_refusal.Unsupported('sort by a dynamic value');
}
const sortOperator = {
    kind: 'SortOperator',
    keyword: 'sort',
    evaluate(node, input, context) {
        const table = input;
        const keys = expressions(node.Expressions).map((ordered) => {
            const expr = ordered.Expression ?? ordered;
            const clause = ordered.Ordering;
            const direction = String(clause?.AscOrDescKeyword?.Text ?? 'desc').toLowerCase();
            const nulls = String(clause?.NullsClause?.FirstOrLastKeyword?.Text ?? '').toLowerCase();
            const descending = direction !== 'asc';
            const nullsFirst = nulls ? nulls === 'first' : !descending;
            const values = computeColumn(expr, table, context);
            const decimal = scalar_typeOf(expr) === 'decimal';
            if (values.some((v) => typeof v === 'number' && Number.isNaN(v)))
                throw new engine_refusal.Unsupported('sort with NaN values');
            return { values, descending, nullsFirst, decimal };
        });
        const order = Array.from({ length: table.rowCount }, (_, i) => i);
        order.sort((x, y) => {
            for (const key of keys) {
                const a = key.values[x];
                const b = key.values[y];
                if (a === null || b === null) {
                    if (a === b)
                        continue;
                    return (a === null) === key.nullsFirst ? -1 : 1;
                }
                const c = compareValues(a, b, key.decimal);
                if (c !== 0)
                    return key.descending ? -c : c;
            }
            return x - y; // stable
        });
        return (0,engine_table.pickRows)(table, order);
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/source.ts
/** Source operators: print, datatable, range. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */






const printOperator = {
    kind: 'PrintOperator',
    keyword: 'print',
    evaluate(node, _input, context) {
        const output = resultColumns(node);
        const exprs = expressions(node.Expressions);
        const names = partNames(exprs, output, new Set());
        let table = { columns: [], data: [], rowCount: 1 };
        exprs.forEach((expr, i) => {
            const parts = computeParts(expr, table, context);
            const columns = names[i].map((name, j) => output.find((c) => c.name === name) ?? output[table.columns.length + j]);
            table = { columns: [...table.columns, ...columns], data: [...table.data, ...parts], rowCount: 1 };
        });
        return table;
    },
};
const datatableOperator = {
    kind: 'DataTableExpression',
    keyword: 'datatable',
    evaluate(node, _input, context) {
        const columns = resultColumns(node);
        const values = expressions(node.Values);
        if (values.length % Math.max(1, columns.length) !== 0)
            throw new engine_refusal.QueryError('datatable: the number of values is not a multiple of the number of columns');
        const scope = constantScope(context);
        const data = columns.map(() => []);
        values.forEach((expr, i) => {
            const column = i % columns.length;
            const value = evaluateScalar(expr, scope);
            data[column].push(columns[column].type === 'decimal' ? decimalCell(value, scalar_typeOf(expr)) : value);
        });
        const rowCount = columns.length ? values.length / columns.length : 0;
        context.budget.rows(rowCount, node, 'datatable');
        return { columns, data, rowCount };
    },
};
const rangeOperator = {
    kind: 'RangeOperator',
    keyword: 'range',
    evaluate(node, _input, context) {
        const [column] = resultColumns(node);
        const scope = constantScope(context);
        const from = evaluateScalar(node.From, scope);
        const to = evaluateScalar(node.To, scope);
        const step = evaluateScalar(node.Step, scope);
        const values = [];
        if (typeof from === 'bigint' && typeof to === 'bigint' && typeof step === 'bigint') {
            if (step === 0n)
                throw new engine_refusal.QueryError('range: step must not be zero');
            // Count the rows first, so a runaway range stops before allocating.
            const span = step > 0n ? to - from : from - to;
            const count = span < 0n ? 0n : span / (step > 0n ? step : -step) + 1n;
            context.budget.rows(count > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(count), node, 'range');
            context.budget.bytes(estimateBytes(Number(count), 1), node, 'range');
            for (let v = from; step > 0n ? v <= to : v >= to; v += step)
                values.push(v);
        }
        else if (typeof from === 'number' && typeof to === 'number' && typeof step === 'number') {
            if (step === 0)
                throw new engine_refusal.QueryError('range: step must not be zero');
            if (!Number.isInteger(from) || !Number.isInteger(step))
                throw new engine_refusal.Unsupported('range with real values (floating accumulation)');
            const count = Number.isNaN(to) ? 0 : Math.max(0, Math.floor((step > 0 ? to - from : from - to) / Math.abs(step)) + 1);
            context.budget.rows(count, node, 'range');
            context.budget.bytes(estimateBytes(count, 1), node, 'range');
            if (count > 0 && !Number.isSafeInteger(from + (count - 1) * step))
                throw new engine_refusal.Unsupported('range beyond ±2^53', node.TextStart);
            for (let i = 0, v = from; i < count; i++, v += step)
                values.push(v);
        }
        else if (from === null || to === null || step === null) {
            // an empty range
        }
        else {
            throw new engine_refusal.Unsupported('range over these types', node.TextStart);
        }
        return { columns: [column], data: [values], rowCount: values.length };
    },
};

;// CONCATENATED MODULE: ./src/engine/functions/buildschema.ts
/**
 * buildschema(DynamicExpr): the minimal schema admitting every value (Kusto docs, "Schema
 * model"): a property bag is a container of its keys, an array the container
 * {"`indexer`": item type}, a primitive its type name (`long`, `double`, `string`, `bool`);
 * a key of several types is the union array of them, in order of first appearance, and
 * one type is the type itself. Keys keep their order of first appearance.
 * Refused where the docs say nothing or the engine cannot tell: nulls inside a value, an
 * empty array with no items seen, a key that is both an array and a bag, integer-like keys,
 * and strings in the form the engine gives datetimes, timespans or guids inside dynamic
 * values (Kusto types those as datetime/timespan/guid, a parsed JSON string as string).
 * A number is `long` when it is whole and `double` otherwise: dynamic values here do not
 * keep whether a whole number was written `3` or `3.0`.
 */


const emptyUnion = () => ({ order: [] });
const DATETIME_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/;
const TIMESPAN_TEXT = /^-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d{1,7})?$/;
const GUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function note(union, kind) {
    if (!union.order.includes(kind))
        union.order.push(kind);
}
function add(union, value) {
    if (value === null)
        throw new engine_refusal.Unsupported('buildschema() of a value holding null');
    if (Array.isArray(value)) {
        if (union.bag)
            throw new engine_refusal.Unsupported('buildschema() of a key that is both an array and a property bag');
        note(union, 'array');
        union.items ??= emptyUnion();
        for (const item of value)
            add(union.items, item);
        return;
    }
    if (typeof value === 'object') {
        if (union.items)
            throw new engine_refusal.Unsupported('buildschema() of a key that is both an array and a property bag');
        note(union, 'bag');
        union.bag ??= new Map();
        for (const [key, v] of (0,engine_values.bagEntries)(value)) {
            let inner = union.bag.get(key);
            if (!inner)
                union.bag.set(key, (inner = emptyUnion()));
            add(inner, v);
        }
        return;
    }
    if (typeof value === 'boolean')
        return note(union, 'bool');
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new engine_refusal.Unsupported('buildschema() of a non-finite number');
        return note(union, Number.isInteger(value) ? 'long' : 'double');
    }
    if (typeof value === 'string') {
        if (DATETIME_TEXT.test(value) || TIMESPAN_TEXT.test(value) || GUID_TEXT.test(value))
            throw new engine_refusal.Unsupported('buildschema() of a string that may be a datetime, timespan or guid');
        return note(union, 'string');
    }
    throw new engine_refusal.Unsupported('buildschema() of this value');
}
function schemaOf(union) {
    const types = union.order.map((kind) => {
        if (kind === 'bag') {
            const container = {};
            for (const [key, inner] of union.bag)
                container[key] = schemaOf(inner);
            return container;
        }
        if (kind === 'array') {
            if (union.items.order.length === 0)
                throw new engine_refusal.Unsupported('buildschema() of arrays that are all empty');
            return { '`indexer`': schemaOf(union.items) };
        }
        return kind;
    });
    return types.length === 1 ? types[0] : types;
}
const BUILDSCHEMA = {
    name: 'buildschema',
    create: (_resultType, argTypes) => {
        if (argTypes[0] !== 'dynamic')
            throw new engine_refusal.Unsupported(`buildschema() of a ${argTypes[0]} value`);
        const union = emptyUnion();
        return {
            add([v]) {
                // A null row is no value to admit.
                if (v === null || v === undefined)
                    return;
                add(union, v);
            },
            result: () => (union.order.length === 0 ? null : schemaOf(union)),
        };
    },
};

;// CONCATENATED MODULE: ./src/engine/functions/aggregates-stats.ts
/**
 * More aggregation functions: variance/stdev (sample and population),
 * covariance, dcount and count_distinct, make_bag, make_list_with_nulls,
 * binary_all_and/or/xor.
 * The `…if` forms of the one-argument ones are wrapped in aggregates.ts.
 */


function number(v, what) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'number')
        return v;
    throw new engine_refusal.Unsupported(`${what} over this type`);
}
/**
 * Variance from the stored values (two passes, for accuracy). Sample forms use
 * Bessel's correction (n - 1); no values gives 0 (summarize docs: default values
 * of aggregations); a sample of one value is not documented and is refused.
 */
function spread(name, sample, root) {
    return {
        name,
        create: () => {
            const values = [];
            return {
                add([v]) {
                    const x = number(v, `${name}()`);
                    if (x !== null)
                        values.push(x);
                },
                result() {
                    const n = values.length;
                    if (n === 0)
                        return 0;
                    if (sample && n === 1)
                        throw new engine_refusal.Unsupported(`${name}() of a single value`);
                    const mean = values.reduce((a, b) => a + b, 0) / n;
                    const squares = values.reduce((a, b) => a + (b - mean) * (b - mean), 0);
                    const variance = squares / (sample ? n - 1 : n);
                    return root ? Math.sqrt(variance) : variance;
                },
            };
        },
    };
}
/** covariance(x, y) and covariancep; the `if` forms take the predicate third. */
function covariance(name, sample, conditional) {
    return {
        name,
        create: () => {
            const xs = [];
            const ys = [];
            return {
                add([a, b, predicate]) {
                    if (conditional && predicate !== true)
                        return;
                    const x = number(a, `${name}()`);
                    const y = number(b, `${name}()`);
                    // A pair with a null on either side cannot contribute.
                    if (x === null || y === null)
                        return;
                    xs.push(x);
                    ys.push(y);
                },
                result() {
                    const n = xs.length;
                    if (n === 0)
                        return null;
                    if (sample && n === 1)
                        throw new engine_refusal.Unsupported(`${name}() of a single pair`);
                    const mx = xs.reduce((s, v) => s + v, 0) / n;
                    const my = ys.reduce((s, v) => s + v, 0) / n;
                    let total = 0;
                    for (let i = 0; i < n; i++)
                        total += (xs[i] - mx) * (ys[i] - my);
                    return total / (sample ? n - 1 : n);
                },
            };
        },
    };
}
function distinctKey(v) {
    if (typeof v === 'bigint')
        return `t${v}`;
    return `${typeof v}:${JSON.stringify(v)}`;
}
/**
 * dcount's HyperLogLog estimate is documented to be a perfect count while the
 * set is small: up to 1000 distinct values at accuracy 1 (the default) and 8000
 * at accuracy 2 ("Estimation accuracy" in the dcount docs). Within those bounds
 * the exact count is Kusto's answer; beyond them, or at accuracy levels with no
 * documented exact range (0, 3, 4), the estimate cannot be reproduced: refuse.
 * (The bound is kept strict — a set of exactly 1000 is refused — as the docs'
 * wording does not say whether it is inclusive.)
 */
const EXACT_DCOUNT_BELOW = { 1: 1000, 2: 8000 };
function distinctCounter(name, estimate) {
    return {
        name,
        create: () => {
            const seen = new Set();
            let accuracy = 1;
            return {
                add([v, level]) {
                    if (typeof level === 'number')
                        accuracy = level;
                    if (v === null || v === undefined)
                        return;
                    if (typeof v === 'object')
                        throw new engine_refusal.Unsupported(`${name}() of dynamic values`);
                    seen.add(distinctKey(v));
                },
                result() {
                    if (estimate) {
                        const bound = EXACT_DCOUNT_BELOW[accuracy];
                        if (bound === undefined)
                            throw new engine_refusal.Unsupported(`${name}() with accuracy ${accuracy} (an estimate with no documented exact range)`);
                        if (seen.size >= bound)
                            throw new engine_refusal.Unsupported(`${name}() of ${bound} or more distinct values (HyperLogLog estimate)`);
                    }
                    return seen.size;
                },
            };
        },
    };
}
/**
 * make_bag(bag [, maxSize]): the union of the property bags (other values are
 * skipped). A key seen with different values takes "an arbitrary value" (docs):
 * refused. No bag at all is refused too: the docs' default ([]) is not a bag.
 */
function bagMaker(name) {
    return {
        name,
        create: () => {
            const bag = {};
            let seen = false;
            let limit = 1_048_576;
            return {
                add([v, max]) {
                    if (typeof max === 'number')
                        limit = max;
                    if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v))
                        return;
                    seen = true;
                    for (const [key, value] of Object.entries(v)) {
                        if (Object.prototype.hasOwnProperty.call(bag, key)) {
                            if (JSON.stringify(bag[key]) !== JSON.stringify(value))
                                throw new engine_refusal.Unsupported(`${name}() with key ${key} holding different values (Kusto picks one arbitrarily)`);
                            continue;
                        }
                        if (Object.keys(bag).length >= limit)
                            throw new engine_refusal.Unsupported(`${name}() beyond maxSize (which keys are kept is not documented)`);
                        bag[key] = value;
                    }
                },
                result() {
                    if (!seen)
                        throw new engine_refusal.Unsupported(`${name}() of a group without property bags`);
                    return bag;
                },
            };
        },
    };
}
/** make_list_with_nulls(expr): every value in order, nulls as JSON null. */
const listWithNulls = {
    name: 'make_list_with_nulls',
    create: (_r, argTypes) => {
        if (argTypes[0] === 'datetime' || argTypes[0] === 'timespan')
            throw new engine_refusal.Unsupported(`make_list_with_nulls() of ${argTypes[0]} values`);
        const items = [];
        const state = {
            add([v]) {
                items.push(v === undefined ? null : v);
            },
            result: () => items,
        };
        return state;
    },
};
/** binary_all_and / _or / _xor: bitwise over the 64-bit longs of the group; nulls skipped, none gives null. */
function bitwise(name, combine) {
    return {
        name,
        create: () => {
            let acc = null;
            return {
                add([v]) {
                    if (v === null || v === undefined)
                        return;
                    if (typeof v !== 'number' || !Number.isInteger(v))
                        throw new engine_refusal.Unsupported(`${name}() over this type`);
                    const x = BigInt.asIntN(64, BigInt(v));
                    acc = acc === null ? x : BigInt.asIntN(64, combine(acc, x));
                },
                result: () => (acc === null ? null : (0,engine_values.exactInteger)(Number(acc), `${name}() result`)),
            };
        },
    };
}
const STATISTICS_AGGREGATES = [
    bitwise('binary_all_and', (a, b) => a & b),
    bitwise('binary_all_or', (a, b) => a | b),
    bitwise('binary_all_xor', (a, b) => a ^ b),
    spread('variance', true, false),
    spread('variancep', false, false),
    spread('stdev', true, true),
    spread('stdevp', false, true),
    covariance('covariance', true, false),
    covariance('covariancep', false, false),
    covariance('covarianceif', true, true),
    covariance('covariancepif', false, true),
    distinctCounter('dcount', true),
    distinctCounter('count_distinct', false),
    bagMaker('make_bag'),
    listWithNulls,
];
/** `…if` forms (expr, predicate [, more]) of the aggregates above. */
const STATISTICS_CONDITIONALS = [
    ['varianceif', 'variance'],
    ['variancepif', 'variancep'],
    ['stdevif', 'stdev'],
    ['stdevpif', 'stdevp'],
    ['dcountif', 'dcount'],
    ['count_distinctif', 'count_distinct'],
    ['make_bag_if', 'make_bag'],
];

;// CONCATENATED MODULE: ./src/engine/functions/aggregates-estimates.ts
/**
 * Estimating aggregates (percentile via T-Digest, hll, tdigest), answered only where the
 * estimate is exact. The percentile page: percentiles 0 and 100 are the exact minimum and
 * maximum, and an estimate never leaves [min, max] — so a group whose values are all equal
 * has that value at every percentile. No values give null (summarize's default for them).
 * Any other group is refused: which value T-Digest picks is not defined.
 */

/** The group's smallest and largest value (nulls and NaN skipped). */
function aggregates_estimates_range(name) {
    let min = null;
    let max = null;
    return {
        add(v) {
            if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)))
                return;
            if (typeof v === 'object' || typeof v === 'boolean' || typeof v === 'string')
                throw new engine_refusal.Unsupported(`${name}() of a ${typeof v} value`);
            if (min === null || v < min)
                min = v;
            if (max === null || v > max)
                max = v;
        },
        get min() {
            return min;
        },
        get max() {
            return max;
        },
    };
}
/** The value at percentile p of a group with this range, when it is exact. */
function exactPercentile(name, min, max, p) {
    if (min === null)
        return null;
    if (min === max || p === 0)
        return min;
    if (p === 100)
        return max;
    throw new engine_refusal.Unsupported(`${name}() between different values (a T-Digest estimate)`);
}
/** A percentile argument: a number in [0, 100], the same on every row. */
function percentArg(name, previous, v) {
    const p = typeof v === 'bigint' ? Number(v) : v;
    if (typeof p !== 'number' || !(p >= 0 && p <= 100))
        throw new engine_refusal.Unsupported(`${name}() with a percentile outside 0..100`);
    if (previous !== undefined && previous !== p)
        throw new engine_refusal.Unsupported(`${name}() with a percentile that changes by row`);
    return p;
}
function asResult(v, type, name) {
    if (type === 'real' && typeof v === 'bigint')
        throw new engine_refusal.Unsupported(`${name}() of a long beyond ±2^53 as a real`);
    return v;
}
const percentile = {
    name: 'percentile',
    create(resultType) {
        const values = aggregates_estimates_range('percentile');
        let p;
        return {
            add([v, percent]) {
                p = percentArg('percentile', p, percent);
                values.add(v);
            },
            result: () => asResult(exactPercentile('percentile', values.min, values.max, p ?? 50), resultType, 'percentile'),
        };
    },
};
/** percentiles_array(expr, p1, p2, …) or (expr, dynamic([p1, …])): one dynamic array of the values. */
const percentilesArray = {
    name: 'percentiles_array',
    create(_resultType, argTypes) {
        if (argTypes[0] !== 'long' && argTypes[0] !== 'int' && argTypes[0] !== 'real')
            throw new engine_refusal.Unsupported(`percentiles_array() of ${argTypes[0]} values (their dynamic form)`);
        const values = aggregates_estimates_range('percentiles_array');
        let percents;
        return {
            add([v, ...rest]) {
                const given = rest.length === 1 && Array.isArray(rest[0]) ? rest[0] : rest;
                const now = given.map((x, i) => percentArg('percentiles_array', percents?.[i], x));
                if (percents && now.length !== percents.length)
                    throw new engine_refusal.Unsupported('percentiles_array() with percentiles that change by row');
                percents = now;
                values.add(v);
            },
            result: () => {
                if (!percents)
                    return null;
                return percents.map((p) => exactPercentile('percentiles_array', values.min, values.max, p));
            },
        };
    },
};
/** hll() and tdigest() hold an encoded sketch; only the sketch of no values (null) is known. */
function sketch(name) {
    return {
        name,
        create() {
            let seen = false;
            return {
                add([v]) {
                    if (v !== null && v !== undefined)
                        seen = true;
                },
                result: () => {
                    if (seen)
                        throw new engine_refusal.Unsupported(`${name}() of values (its encoded sketch is not documented)`);
                    return null;
                },
            };
        },
    };
}
const ESTIMATE_AGGREGATES = [percentile, percentilesArray, sketch('hll'), sketch('tdigest')];

;// CONCATENATED MODULE: ./src/engine/functions/aggregates.ts
/**
 * Aggregation functions for summarize, keyed by the language service's function
 * symbol names. Each keeps a small state per group. Nulls are skipped except by
 * count(), which counts rows (documented: summarize-operator, "count(y)").
 */





function numeric(v, what) {
    if (v === null)
        return null;
    if (typeof v === 'number')
        return v;
    throw new engine_refusal.Unsupported(`${what} over this type`);
}
/** Sum that stays exact for integers and refuses to leave ±2^53. */
function summer(resultType, what) {
    let total = 0;
    let seen = false;
    return {
        add(v) {
            if (v === null)
                return;
            seen = true;
            total = resultType === 'real' ? total + v : (0,engine_values.exactInteger)(total + v, `${what} result`);
        },
        get total() {
            return total;
        },
        get seen() {
            return seen;
        },
    };
}
/** Distinct key of a value for make_set. */
function key(v) {
    return typeof v === 'bigint' ? `t${v}` : JSON.stringify(v);
}
function aggregates_extreme(name, better) {
    return {
        name,
        create: () => {
            let best = null;
            return {
                add([v]) {
                    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)))
                        return;
                    if (typeof v === 'object')
                        throw new engine_refusal.Unsupported(`${name}() of dynamic values`);
                    if (best === null || better(v, best))
                        best = v;
                },
                result: () => best,
            };
        },
    };
}
const less = (a, b) => a < b;
function collector(name, distinct) {
    return {
        name,
        create: (_r, argTypes) => {
            // Datetimes and timespans go into the array as their text, as in any dynamic value.
            const type = argTypes[0] ?? 'dynamic';
            const items = [];
            const seen = new Set();
            let limit = Infinity;
            return {
                add([value, max]) {
                    let v = value;
                    if (typeof max === 'number')
                        limit = max;
                    if (v === null || v === undefined || items.length >= limit)
                        return;
                    if (type === 'datetime' || type === 'timespan')
                        v = (0,engine_values.toDynamic)(v, type);
                    // make_set of an array flattens one level (make-set docs: Arr1_set). For make_list
                    // the docs do not say, so a list of arrays is refused rather than guessed.
                    if (Array.isArray(v) && !distinct)
                        throw new engine_refusal.Unsupported(`${name}() of array values`);
                    const values = Array.isArray(v) ? v : [v];
                    for (const item of values) {
                        if (items.length >= limit)
                            break;
                        if (distinct) {
                            const k = key(item);
                            if (seen.has(k))
                                continue;
                            seen.add(k);
                        }
                        items.push(item);
                    }
                },
                result: () => items,
            };
        },
    };
}
/** `<base>if(expr, predicate [, more])`: the base aggregate over the rows where predicate is true. */
function conditional(name, base) {
    return {
        name,
        create: (resultType, argTypes) => {
            const inner = base.create(resultType, [argTypes[0], ...argTypes.slice(2)]);
            return {
                add: ([value, predicate, ...rest]) => {
                    if (predicate === true)
                        inner.add([value ?? null, ...rest]);
                },
                result: () => inner.result(),
            };
        },
    };
}
const BASE_AGGREGATES = [
    {
        name: 'count',
        create: () => {
            let n = 0;
            return { add: () => void n++, result: () => n };
        },
    },
    {
        name: 'countif',
        create: () => {
            let n = 0;
            return {
                add: ([p]) => {
                    if (p === true)
                        n++;
                },
                result: () => n,
            };
        },
    },
    {
        name: 'sum',
        create: (resultType) => {
            const s = summer(resultType, 'sum()');
            return { add: ([v]) => s.add(numeric(v ?? null, 'sum()')), result: () => s.total };
        },
    },
    {
        name: 'sumif',
        create: (resultType) => {
            const s = summer(resultType, 'sumif()');
            return {
                add: ([v, p]) => {
                    if (p === true)
                        s.add(numeric(v ?? null, 'sumif()'));
                },
                result: () => s.total,
            };
        },
    },
    {
        name: 'avg',
        create: () => {
            let total = 0;
            let n = 0;
            return {
                add: ([v]) => {
                    const x = numeric(v ?? null, 'avg()');
                    if (x === null)
                        return;
                    total += x;
                    n++;
                },
                // No values: the summarize page's example prints NaN for avg of an empty table and
                // says why (a division by 0), though its table of defaults lists avg under null.
                result: () => (n === 0 ? NaN : total / n),
            };
        },
    },
    aggregates_extreme('min', less),
    aggregates_extreme('max', (a, b) => less(b, a)),
    {
        name: 'take_any',
        create: () => {
            let value = null;
            let taken = false;
            return {
                add: ([v]) => {
                    if (!taken && v !== null && v !== undefined) {
                        value = v;
                        taken = true;
                    }
                },
                result: () => value,
            };
        },
    },
    collector('make_set', true),
    collector('make_list', false),
];
const byName = new Map([...BASE_AGGREGATES, ...STATISTICS_AGGREGATES].map((f) => [f.name, f]));
const CONDITIONAL_AGGREGATES = [
    ['minif', 'min'],
    ['maxif', 'max'],
    ['avgif', 'avg'],
    ['take_anyif', 'take_any'],
    ['make_set_if', 'make_set'],
    ['make_list_if', 'make_list'],
    ...STATISTICS_CONDITIONALS,
].map(([name, base]) => conditional(name, byName.get(base)));
/** Deprecated names the language still accepts (any, makeset, …), computed by the function they name now. */
const AGGREGATE_ALIASES = {
    any: 'take_any',
    anyif: 'take_anyif',
    makeset: 'make_set',
    makelist: 'make_list',
    make_dictionary: 'make_bag',
};
const ALL_AGGREGATES = [...BASE_AGGREGATES, ...STATISTICS_AGGREGATES, ...ESTIMATE_AGGREGATES, ...CONDITIONAL_AGGREGATES, BUILDSCHEMA];
const CURRENT = new Map(ALL_AGGREGATES.map((f) => [f.name, f]));
/** Aggregates that take a long beyond ±2^53 (a bigint) as it is: counting, or keeping one value. */
const BIG_LONG_AGGREGATES = new Set(['count', 'countif', 'take_any', 'take_anyif']);
/** Any other aggregate refuses such a value rather than misreading it (as ticks, or as JSON). */
function refusingBigLongs(fn) {
    if (BIG_LONG_AGGREGATES.has(fn.name))
        return fn;
    return {
        name: fn.name,
        create(resultType, argTypes) {
            const state = fn.create(resultType, argTypes);
            const longs = argTypes.flatMap((t, i) => (t === 'long' || t === 'int' ? [i] : []));
            if (longs.length === 0)
                return state;
            return {
                add(args) {
                    for (const i of longs)
                        if (typeof args[i] === 'bigint')
                            throw new engine_refusal.Unsupported(`${fn.name}() of a long beyond ±2^53`);
                    state.add(args);
                },
                result: () => state.result(),
            };
        },
    };
}
/**
 * Decimal values are canonical text (decimal.ts): an aggregate that orders, sums or packs
 * them would read them as strings, so only those that pass a value through or count take
 * them; arg_max/arg_min take decimals in the columns they return, not in what they rank by.
 */
const DECIMAL_PASS_THROUGH = new Set(['count', 'countif', 'take_any', 'any']);
function refusingDecimals(fn) {
    if (DECIMAL_PASS_THROUGH.has(fn.name))
        return fn;
    const ranking = fn.name === 'arg_max' || fn.name === 'arg_min';
    return {
        name: fn.name,
        create(resultType, argTypes) {
            const decimal = ranking ? argTypes[0] === 'decimal' : argTypes.includes('decimal') || resultType === 'decimal';
            if (decimal)
                throw new engine_refusal.Unsupported(`${fn.name}() of a decimal value`);
            return fn.create(resultType, argTypes);
        },
    };
}
const AGGREGATE_FUNCTIONS = new Map([
    ...CURRENT,
    ...Object.entries(AGGREGATE_ALIASES)
        .filter(([, target]) => CURRENT.has(target))
        .map(([alias, target]) => [alias, CURRENT.get(target)]),
].map(([name, fn]) => [name, refusingDecimals(refusingBigLongs(fn))]));

;// CONCATENATED MODULE: ./src/engine/operators/summarize-vector.ts
/**
 * Column-at-a-time states for the aggregates detections use most: count, countif,
 * min/max(if) over datetimes, timespans and numbers, make_set(_if) and
 * dcount/count_distinct over strings.
 * One array per aggregate indexed by group number replaces a closure state per
 * group (profiles of the 1M-row bench: per-group states dominated summarize,
 * mostly as young-generation garbage collection). Each computes exactly what the
 * general state in functions/aggregates.ts computes; any other shape (or a
 * non-constant make_set limit) returns undefined and keeps the general state.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */







const ORDERED = new Set(['datetime', 'timespan', 'long', 'int', 'real']);
function argumentsOf(call) {
    return (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
}
function valueAt(fn, scope, row) {
    scope.row = row;
    return fn(scope);
}
/**
 * The test of an aggregate's predicate: per dictionary entry when it reads one
 * string vector column (dictionary.ts), else the compiled predicate per row.
 */
function predicateTest(node, compiled, scope) {
    const table = scope.table;
    const single = table ? singleStringColumn(node, table) : undefined;
    if (table && single) {
        const values = perEntry(node, table, single.index, single.vector, scope);
        const verdict = new Uint8Array(values.length);
        values.forEach((v, i) => (verdict[i] = v === FAILED ? 2 : v === true ? 1 : 0));
        const codes = single.vector.codes;
        return (row) => {
            const v = verdict[codes[row]];
            return v === 1 || (v === 2 && valueAt(compiled, scope, row) === true);
        };
    }
    return (row) => valueAt(compiled, scope, row) === true;
}
function counter(test) {
    const counts = [];
    return {
        open: () => void counts.push(0),
        add(row, g) {
            if (test === undefined || test(row))
                counts[g]++;
        },
        result: (g) => counts[g],
    };
}
/** min/max(if) of a ticks vector: (ms, sub) compare as the ticks do; nulls (NaN ms) are skipped. */
function ticksExtreme(vector, test, max) {
    const best = [];
    const { ms, sub } = vector;
    return {
        open: () => void best.push(-1),
        add(row, g) {
            const m = ms[row];
            if (m !== m || (test !== undefined && !test(row)))
                return;
            const b = best[g];
            if (b < 0)
                best[g] = row;
            else if (max ? m > ms[b] || (m === ms[b] && sub[row] > sub[b]) : m < ms[b] || (m === ms[b] && sub[row] < sub[b]))
                best[g] = row;
        },
        result(g) {
            const b = best[g];
            return b < 0 ? null : BigInt(ms[b]) * 10000n + BigInt(sub[b]);
        },
    };
}
/** make_set(_if) of a string vector: codes per group in first-seen order, up to `limit`. */
function codeSet(vector, test, limit) {
    const items = [];
    const seen = [];
    const small = limit <= 16;
    const { codes, dict } = vector;
    return {
        open() {
            items.push(undefined);
            seen.push(undefined);
        },
        add(row, g) {
            if (test !== undefined && !test(row))
                return;
            const list = (items[g] ??= []);
            if (list.length >= limit)
                return;
            const c = codes[row];
            if (small) {
                if (list.includes(c))
                    return;
            }
            else {
                const set = (seen[g] ??= new Set());
                if (set.has(c))
                    return;
                set.add(c);
            }
            list.push(c);
        },
        result: (g) => (items[g] ?? []).map((c) => dict[c]),
    };
}
/** dcount / count_distinct of a string vector: distinct codes per group. */
function codeDistinct(name, vector, estimate) {
    const seen = [];
    const bound = EXACT_DCOUNT_BELOW[1];
    const codes = vector.codes;
    return {
        open: () => void seen.push(undefined),
        add(row, g) {
            (seen[g] ??= new Set()).add(codes[row]);
        },
        result(g) {
            const size = seen[g]?.size ?? 0;
            if (estimate && size >= bound)
                throw new engine_refusal.Unsupported(`${name}() of ${bound} or more distinct values (HyperLogLog estimate)`);
            return size;
        },
    };
}
function summarize_vector_extreme(value, predicate, max, scope) {
    const best = [];
    return {
        open: () => void best.push(null),
        add(row, g) {
            if (predicate !== undefined && valueAt(predicate, scope, row) !== true)
                return;
            const v = valueAt(value, scope, row);
            // As extreme() in aggregates.ts: nulls and NaN are skipped.
            if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)))
                return;
            const b = best[g];
            if (b === null || (max ? b < v : v < b))
                best[g] = v;
        },
        result: (g) => best[g],
    };
}
function stringSet(value, predicate, limit, scope) {
    const items = [];
    const seen = [];
    // Small limits (detections use 10 or so) scan the items; larger ones keep a Set as well.
    const small = limit <= 16;
    return {
        open() {
            items.push(undefined);
            seen.push(undefined);
        },
        add(row, g) {
            if (predicate !== undefined && valueAt(predicate, scope, row) !== true)
                return;
            const v = valueAt(value, scope, row);
            if (v === null || v === undefined)
                return;
            const list = (items[g] ??= []);
            if (list.length >= limit)
                return;
            const s = v;
            if (small) {
                if (list.includes(s))
                    return;
            }
            else {
                const set = (seen[g] ??= new Set());
                if (set.has(s))
                    return;
                set.add(s);
            }
            list.push(s);
        },
        result: (g) => items[g] ?? [],
    };
}
/** dcount / count_distinct of strings (default accuracy): distinct strings per group, refused where dcount is an estimate. */
function stringDistinct(name, value, estimate, scope) {
    const seen = [];
    const bound = EXACT_DCOUNT_BELOW[1];
    return {
        open: () => void seen.push(undefined),
        add(row, g) {
            const v = valueAt(value, scope, row);
            if (v === null || v === undefined)
                return;
            (seen[g] ??= new Set()).add(v);
        },
        result(g) {
            const size = seen[g]?.size ?? 0;
            if (estimate && size >= bound)
                throw new engine_refusal.Unsupported(`${name}() of ${bound} or more distinct values (HyperLogLog estimate)`);
            return size;
        },
    };
}
/** A column-at-a-time state for `call`, or undefined to use the general one. */
function vectorState(call, scope) {
    const name = String(call.ReferencedSymbol?.Name ?? '');
    const args = argumentsOf(call);
    if (args.some((a) => (0,language_service/* nodeKind */.Fl)(a) === 'StarExpression'))
        return undefined;
    const compiled = args.map((a) => compiledScalar(a));
    // The vector an argument names, when it is a plain reference to a vector column of the input.
    const table = scope.table;
    const vectorArg = (arg) => {
        if (!table?.vectors)
            return undefined;
        const index = referencedColumn(arg, table);
        return index < 0 || table.columns[index].type !== scalar_typeOf(arg) ? undefined : table.vectors[index];
    };
    const test = (i) => (args[i] === undefined ? undefined : predicateTest(args[i], compiled[i], scope));
    switch (name) {
        case 'count':
            return () => counter(undefined);
        case 'countif':
            return args.length === 1 ? () => counter(test(0)) : undefined;
        case 'min':
        case 'max': {
            if (args.length !== 1 || !ORDERED.has(scalar_typeOf(args[0])))
                return undefined;
            const v = vectorArg(args[0]);
            if (v?.kind === 'ticks')
                return () => ticksExtreme(v, undefined, name === 'max');
            return () => summarize_vector_extreme(compiled[0], undefined, name === 'max', scope);
        }
        case 'minif':
        case 'maxif': {
            if (args.length !== 2 || !ORDERED.has(scalar_typeOf(args[0])))
                return undefined;
            const v = vectorArg(args[0]);
            if (v?.kind === 'ticks')
                return () => ticksExtreme(v, test(1), name === 'maxif');
            return () => summarize_vector_extreme(compiled[0], compiled[1], name === 'maxif', scope);
        }
        case 'make_set':
        case 'make_set_if': {
            const conditional = name === 'make_set_if';
            const limitArg = args[conditional ? 2 : 1];
            if (args.length > (conditional ? 3 : 2) || scalar_typeOf(args[0]) !== 'string')
                return undefined;
            let limit = Infinity;
            if (limitArg !== undefined) {
                if (!isConstant(limitArg))
                    return undefined;
                const l = compiledScalar(limitArg)(scope);
                // The general state takes a numeric limit as it is; anything else keeps it general.
                if (typeof l !== 'number')
                    return undefined;
                limit = l;
            }
            const v = vectorArg(args[0]);
            if (v?.kind === 'string')
                return () => codeSet(v, conditional ? test(1) : undefined, limit);
            return () => stringSet(compiled[0], conditional ? compiled[1] : undefined, limit, scope);
        }
        case 'dcount':
        case 'count_distinct': {
            // One string argument: no accuracy level (dcount's default, 1).
            if (args.length !== 1 || scalar_typeOf(args[0]) !== 'string')
                return undefined;
            const v = vectorArg(args[0]);
            if (v?.kind === 'string')
                return () => codeDistinct(name, v, name === 'dcount');
            return () => stringDistinct(name, compiled[0], name === 'dcount', scope);
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/engine/operators/grouping.ts
/** The map of `level` that holds `v`'s key. */
function mapFor(level, v) {
    return v !== null && typeof v === 'object' ? (level.objects ??= new Map()) : level.values;
}
/** `v` as a key of that map. */
function keyFor(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : null;
    return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
}
class Groups {
    columns;
    /** Groups in first-seen order. */
    list = [];
    root = { values: new Map() };
    single;
    constructor(columns) {
        this.columns = columns;
    }
    /** The group of row `r`, made with `make` the first time its key is seen. */
    of(r, make) {
        const columns = this.columns;
        if (columns.length === 0) {
            if (this.single === undefined)
                this.list.push((this.single = make(r)));
            return this.single;
        }
        let level = this.root;
        const last = columns.length - 1;
        for (let c = 0; c < last; c++) {
            const v = columns[c][r];
            const map = mapFor(level, v);
            const key = keyFor(v);
            let next = map.get(key);
            if (next === undefined)
                map.set(key, (next = { values: new Map() }));
            level = next;
        }
        const v = columns[last][r];
        const map = mapFor(level, v);
        const key = keyFor(v);
        let group = map.get(key);
        if (group === undefined) {
            group = make(r);
            map.set(key, group);
            this.list.push(group);
        }
        return group;
    }
}

;// CONCATENATED MODULE: ./src/engine/operators/summarize-groups.ts
/**
 * The grouping half of summarize: each row's group number and each group's first
 * row, groups numbered in first-seen order (as Groups in grouping.ts keeps them).
 *
 * Fast keys on vector columns: a plain reference to a dictionary-coded string
 * column groups by code (codes are unique per string, so equal codes are equal
 * strings), and `bin(T, span)` on a ticks column with a whole-millisecond span
 * groups by floor(ms / span-in-ms), which is floor(ticks / span) because the
 * sub-millisecond rest never reaches a millisecond. A null datetime (NaN ms) is
 * its own group, as bin(null) is null. The key values are those of each group's
 * first row, computed by the general expression there (so exactly as before).
 * Any other key keeps the general path (computed key columns and Groups).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */




function stringKey(codes, dict) {
    return { ids: codes, cardinality: dict.length, value: (row) => dict[codes[row]] };
}
/** bin(T, span) of ticks T: floor(ticks / span) * span, which is floor(ms / spanMs) * spanMs milliseconds. */
function binKey(ms, spanMs) {
    const ids = new Int32Array(ms.length);
    const dense = new Map();
    for (let r = 0; r < ms.length; r++) {
        const m = ms[r];
        // NaN (null) is one key of the Map, as bin(null) is one null group.
        const k = m !== m ? NaN : Math.floor(m / spanMs);
        let id = dense.get(k);
        if (id === undefined)
            dense.set(k, (id = dense.size));
        ids[r] = id;
    }
    return {
        ids,
        cardinality: dense.size,
        value(row) {
            const m = ms[row];
            return m !== m ? null : BigInt(Math.floor(m / spanMs) * spanMs) * 10000n;
        },
    };
}
/** A dense key for a `by` expression on a vector column, or undefined. */
function denseKey(expr, table, scope) {
    if (!table.vectors)
        return undefined;
    const index = referencedColumn(expr, table);
    if (index >= 0) {
        const v = table.vectors[index];
        return v?.kind === 'string' && table.columns[index].type === scalar_typeOf(expr) ? stringKey(v.codes, v.dict) : undefined;
    }
    if ((0,language_service/* nodeKind */.Fl)(expr) !== 'FunctionCallExpression' || String(expr.ReferencedSymbol?.Name ?? '') !== 'bin')
        return undefined;
    const args = (0,language_service/* listOf */.c3)(expr.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    if (args.length !== 2 || !isConstant(args[1]))
        return undefined;
    const column = referencedColumn(args[0], table);
    const v = column < 0 ? undefined : table.vectors[column];
    if (v?.kind !== 'ticks')
        return undefined;
    const span = compiledScalar(args[1])(scope);
    if (typeof span !== 'bigint' || span <= 0n || span % 10000n !== 0n || span / 10000n > BigInt(Number.MAX_SAFE_INTEGER))
        return undefined;
    return binKey(v.ms, Number(span / 10000n));
}
/** Groups from dense keys when every `by` expression has one; undefined otherwise. */
function fastGroups(byExprs, table, scope) {
    if (byExprs.length === 0 || !table.vectors)
        return undefined;
    const keys = [];
    for (const expr of byExprs) {
        const key = denseKey(expr, table, scope);
        if (!key)
            return undefined;
        keys.push(key);
    }
    const n = table.rowCount;
    const rowGroup = new Int32Array(n);
    const firstRows = [];
    let space = 1;
    for (const k of keys)
        space *= Math.max(1, k.cardinality);
    if (space <= 1 << 22) {
        // A direct table from the combined key to its group.
        const slot = new Int32Array(space).fill(-1);
        for (let r = 0; r < n; r++) {
            let at = 0;
            for (let i = 0; i < keys.length; i++)
                at = at * keys[i].cardinality + keys[i].ids[r];
            let g = slot[at];
            if (g < 0) {
                g = slot[at] = firstRows.length;
                firstRows.push(r);
            }
            rowGroup[r] = g;
        }
    }
    else if (space <= Number.MAX_SAFE_INTEGER) {
        const slot = new Map();
        for (let r = 0; r < n; r++) {
            let at = 0;
            for (let i = 0; i < keys.length; i++)
                at = at * keys[i].cardinality + keys[i].ids[r];
            let g = slot.get(at);
            if (g === undefined) {
                slot.set(at, (g = firstRows.length));
                firstRows.push(r);
            }
            rowGroup[r] = g;
        }
    }
    else
        return undefined;
    return { rowGroup, firstRows, keys: (g) => keys.map((k) => k.value(firstRows[g])) };
}
/** Groups of the general path: key columns computed for every row, grouped by value. */
function generalGroups(byExprs, table, context) {
    const byColumns = byExprs.map((e) => computeColumn(e, table, context));
    const groups = new Groups(byColumns);
    const rowGroup = new Int32Array(table.rowCount);
    const firstRows = [];
    for (let r = 0; r < table.rowCount; r++) {
        rowGroup[r] = groups.of(r, (row) => {
            firstRows.push(row);
            return firstRows.length - 1;
        });
    }
    return { rowGroup, firstRows, keys: (g) => byColumns.map((c) => c[firstRows[g]]) };
}

;// CONCATENATED MODULE: ./src/engine/operators/summarize.ts
/** summarize: group rows by the `by` expressions and aggregate each group (arg_max/arg_min fill several columns). */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */









function wide(make) {
    if (!make)
        return undefined;
    return () => {
        const state = make();
        return { open: state.open, add: state.add, results: (group) => [state.result(group)] };
    };
}
/** A plain aggregate function call (one output column). */
function functionSlot(call, scope) {
    const name = String(call.ReferencedSymbol?.Name ?? '');
    const fn = AGGREGATE_FUNCTIONS.get(name);
    if (!fn)
        throw new engine_refusal.Unsupported(`aggregate ${name}()`, call.TextStart);
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    if (args.some((a) => (0,language_service/* nodeKind */.Fl)(a) === 'StarExpression'))
        throw new engine_refusal.Unsupported(`${name}(*)`, call.TextStart);
    const resultType = scalar_typeOf(call);
    const argTypes = args.map((a) => scalar_typeOf(a));
    // Compiled once, evaluated per row.
    const argFns = args.map((arg) => compiledScalar(arg));
    // One argument array for all groups of the slot: states read their arguments at once and
    // never keep the array (every aggregate destructures it), so rows allocate nothing here.
    const values = new Array(argFns.length).fill(null);
    return {
        width: 1,
        vector: wide(vectorState(call, scope)),
        create() {
            const state = fn.create(resultType, argTypes);
            return {
                add(row) {
                    scope.row = row;
                    for (let i = 0; i < argFns.length; i++)
                        values[i] = argFns[i](scope);
                    state.add(values);
                },
                results: () => [state.result()],
            };
        },
    };
}
/**
 * arg_max / arg_min (expr, cols | *): per group the row with the largest (smallest)
 * expr; its columns are the expr, then the returned expressions or, for `*`, the
 * input columns the binder lists in the call's tuple type. Ties keep the first row.
 */
function argExtremeSlot(call, max, table, scope) {
    const name = max ? 'arg_max' : 'arg_min';
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    // With nothing else to return, the binder types the call as the expr's own type, not a tuple.
    const tupleColumns = call.ResultType?.Columns ? (0,language_service/* listOf */.c3)(call.ResultType.Columns) : [{ Name: '', Type: call.ResultType }];
    const tuple = tupleColumns.map((c) => String(c.Name));
    if (tuple.length === 0)
        throw new engine_refusal.Unsupported(`${name}() without a known result shape`, call.TextStart);
    const star = args.slice(1).some((a) => (0,language_service/* nodeKind */.Fl)(a) === 'StarExpression');
    if (star && args.length !== 2)
        throw new engine_refusal.Unsupported(`${name}() mixing * with other columns`, call.TextStart);
    // What to read at the chosen row for each tuple column after the first.
    const readers = star
        ? tuple.slice(1).map((column) => {
            const index = table.columns.findIndex((c) => c.name === column);
            if (index < 0)
                throw new engine_refusal.Unsupported(`${name}() output column ${column}`, call.TextStart);
            return (row) => table.data[index][row];
        })
        : args.slice(1).map((expr) => (row) => {
            scope.row = row;
            return evaluateScalar(columns_valueOf(expr), scope);
        });
    if (readers.length + 1 !== tuple.length)
        throw new engine_refusal.Unsupported(`${name}() whose columns do not map one to one`, call.TextStart);
    const target = args[0];
    // Decimals are canonical text (decimal.ts): ranking them here would compare strings.
    if (scalar_typeOf(target) === 'decimal')
        throw new engine_refusal.Unsupported(`${name}() of a decimal value`, call.TextStart);
    const defaults = () => tupleColumns.map((c) => (0,engine_values.nullOf)((0,engine_values.kustoType)(String(c.Type?.Name))));
    const index = referencedColumn(target, table);
    const ticks = index >= 0 && table.columns[index].type === scalar_typeOf(target) ? table.vectors?.[index] : undefined;
    // On a ticks vector: the best row per group by (ms, sub), nulls (NaN ms) skipped, ties keeping the first.
    const vector = ticks?.kind === 'ticks'
        ? () => {
            const { ms, sub } = ticks;
            const best = [];
            const first = [];
            return {
                open() {
                    best.push(-1);
                    first.push(-1);
                },
                add(row, g) {
                    if (first[g] < 0)
                        first[g] = row;
                    const m = ms[row];
                    if (m !== m)
                        return;
                    const b = best[g];
                    if (b < 0 || (max ? m > ms[b] || (m === ms[b] && sub[row] > sub[b]) : m < ms[b] || (m === ms[b] && sub[row] < sub[b])))
                        best[g] = row;
                },
                results(g) {
                    if (first[g] < 0)
                        return defaults();
                    const b = best[g];
                    // Always null in the group: null and the group's first row, as in the scalar path.
                    if (b < 0)
                        return [null, ...readers.map((read) => read(first[g]))];
                    return [BigInt(ms[b]) * 10000n + BigInt(sub[b]), ...readers.map((read) => read(b))];
                },
            };
        }
        : undefined;
    return {
        width: tuple.length,
        vector,
        create() {
            let best = null;
            let bestRow = -1;
            let firstRow = -1;
            let rows = 0;
            return {
                add(row) {
                    if (rows++ === 0)
                        firstRow = row;
                    scope.row = row;
                    const v = evaluateScalar(target, scope);
                    if (typeof v === 'object' && v !== null)
                        throw new engine_refusal.Unsupported(`${name}() over dynamic values`, call.TextStart);
                    if (typeof v === 'number' && Number.isNaN(v))
                        throw new engine_refusal.Unsupported(`${name}() over NaN`, call.TextStart);
                    if (v === null)
                        return;
                    if (bestRow < 0 || (max ? v > best : v < best)) {
                        best = v;
                        bestRow = row;
                    }
                },
                results() {
                    // Without `by`, empty input gives the documented default (null) in every column.
                    if (rows === 0)
                        return defaults();
                    // A group whose expr is null on every row: null, and the other columns of the group's
                    // first row (the docs' null-handling example: Banana, null, Yellow).
                    if (bestRow < 0)
                        return [null, ...readers.map((read) => read(firstRow))];
                    return [best, ...readers.map((read) => read(bestRow))];
                },
            };
        },
    };
}
/**
 * take_any(a, b, …) / take_any(*): values of one row of the group, which Kusto
 * chooses arbitrarily ("any"); the group's first row is one such row.
 */
function takeAnySlot(call, table, byNames, scope) {
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    const star = args.some((a) => (0,language_service/* nodeKind */.Fl)(a) === 'StarExpression');
    if (star && args.length !== 1)
        throw new engine_refusal.Unsupported('take_any() mixing * with other columns', call.TextStart);
    let readers;
    if (star) {
        const names = call.ResultType?.Columns
            ? (0,language_service/* listOf */.c3)(call.ResultType.Columns).map((c) => String(c.Name))
            : table.columns.map((c) => c.name).filter((n) => !byNames.includes(n));
        readers = names.map((name) => {
            const index = table.columns.findIndex((c) => c.name === name);
            if (index < 0)
                throw new engine_refusal.Unsupported(`take_any() output column ${name}`, call.TextStart);
            return (row) => table.data[index][row];
        });
    }
    else
        readers = args.map((expr) => (row) => {
            scope.row = row;
            return evaluateScalar(columns_valueOf(expr), scope);
        });
    const types = call.ResultType?.Columns
        ? (0,language_service/* listOf */.c3)(call.ResultType.Columns).map((c) => (0,engine_values.kustoType)(String(c.Type?.Name)))
        : [(0,engine_values.kustoType)(String(call.ResultType?.Name))];
    if (types.length !== readers.length)
        throw new engine_refusal.Unsupported('take_any() whose columns do not map one to one', call.TextStart);
    return {
        width: readers.length,
        create() {
            let first = -1;
            return {
                add(row) {
                    if (first < 0)
                        first = row;
                },
                // No rows (empty input without by): the documented default, null.
                results: () => (first < 0 ? types.map((t) => (0,engine_values.nullOf)(t)) : readers.map((read) => read(first))),
            };
        },
    };
}
/** The aggregate calls inside a computed aggregate expression (not descending into them). */
function aggregateCalls(node, found = []) {
    if (!node)
        return found;
    if ((0,language_service/* nodeKind */.Fl)(node) === 'FunctionCallExpression' && (0,language_service/* isAggregateFunction */.eY)(node.ReferencedSymbol)) {
        found.push(node);
        return found;
    }
    for (let i = 0; i < (node.ChildCount ?? 0); i++) {
        const child = node.GetChild(i);
        if (child && typeof child.ChildCount === 'number')
            aggregateCalls(child, found);
    }
    return found;
}
/** An expression over aggregates, e.g. `round(avg(x), 2)` or `countif(p) * 100.0 / count()`. */
function computedSlot(expr, scope) {
    const calls = aggregateCalls(expr);
    if (calls.length === 0)
        throw new engine_refusal.Unsupported('summarize with an expression that has no aggregate', expr.TextStart);
    const parts = calls.map((call) => {
        const name = String(call.ReferencedSymbol?.Name ?? '');
        if (name === 'arg_max' || name === 'arg_min' || name === 'take_any')
            throw new engine_refusal.Unsupported(`${name}() inside an expression`, call.TextStart);
        return functionSlot(call, scope);
    });
    return {
        width: 1,
        create() {
            const states = parts.map((p) => p.create());
            return {
                add(row) {
                    for (const state of states)
                        state.add(row);
                },
                results() {
                    const values = new Map(calls.map((call, i) => [call, states[i].results()[0]]));
                    return [evaluateScalar(expr, { row: 0, variables: scope.variables, now: scope.now, query: scope.query, aggregates: values })];
                },
            };
        },
    };
}
/**
 * `covariance_x_y` for covariance*(x, y) over two plain columns, when the summarize
 * ends the query (later operators would bind to the language service's `covariance_x`).
 */
function covarianceName(name, call, summarize) {
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    if (args.length < 2 || !args.slice(0, 2).every((a) => (0,language_service/* nodeKind */.Fl)(a) === 'NameReference'))
        return undefined;
    const pipe = summarize.Parent;
    if ((0,language_service/* nodeKind */.Fl)(pipe) !== 'PipeExpression' || (0,language_service/* nodeKind */.Fl)(pipe.Parent) !== 'ExpressionStatement')
        return undefined;
    return `${name}_${String(args[0].SimpleName)}_${String(args[1].SimpleName)}`;
}
const summarizeOperator = {
    kind: 'SummarizeOperator',
    keyword: 'summarize',
    evaluate(node, input, context) {
        const table = input;
        const parameters = semanticParameters(node.Parameters);
        if (parameters.length > 0)
            throw new engine_refusal.Unsupported(`summarize ${parameters[0].name}=${parameters[0].value}`, node.TextStart);
        const output = resultColumns(node, table);
        const byExprs = node.ByClause ? expressions(node.ByClause.Expressions).map(columns_valueOf) : [];
        const byNames = node.ByClause ? expressions(node.ByClause.Expressions).map((e) => explicitName(e) ?? '') : [];
        const scope = { table, row: 0, variables: context.variables, now: context.now, query: context };
        const renames = new Map();
        const slots = expressions(node.Aggregates).map((expr, slotIndex) => {
            // `(a, b) = arg_max(x, y)` names the call's columns in order; the binder's output has those names.
            const call = (0,language_service/* nodeKind */.Fl)(expr) === 'CompoundNamedExpression' ? expr.Expression : columns_valueOf(expr);
            if ((0,language_service/* nodeKind */.Fl)(call) !== 'FunctionCallExpression' || !(0,language_service/* isAggregateFunction */.eY)(call.ReferencedSymbol))
                return computedSlot(call, scope);
            const name = String(call.ReferencedSymbol?.Name ?? '');
            if (name === 'arg_max' || name === 'arg_min')
                return argExtremeSlot(call, name === 'arg_max', table, scope);
            // Kusto names covariance(x, y) `covariance_x_y` (covariance docs); the binder says `covariance_x`.
            if (name.startsWith('covariance') && (0,language_service/* nodeKind */.Fl)(expr) !== 'SimpleNamedExpression') {
                const generated = covarianceName(name, call, node);
                if (generated === undefined)
                    throw new engine_refusal.Unsupported(`${name}() without a column name (its generated name is not known exactly)`, call.TextStart);
                renames.set(slotIndex, generated);
            }
            const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions);
            if ((name === 'take_any' || name === 'any') &&
                (args.length > 1 || args.some((a) => (0,language_service/* nodeKind */.Fl)(a.Element ?? a) === 'StarExpression')))
                return takeAnySlot(call, table, byNames, scope);
            return functionSlot(call, scope);
        });
        const width = slots.reduce((n, s) => n + s.width, 0);
        if (output.length !== byExprs.length + width)
            throw new engine_refusal.Unsupported('summarize whose output columns do not map one to one', node.TextStart);
        for (const [slot, generated] of renames) {
            const at = byExprs.length + slots.slice(0, slot).reduce((n, s) => n + s.width, 0);
            if (output.some((c) => c.name === generated))
                throw new engine_refusal.Unsupported(`${generated} named twice`, node.TextStart);
            output[at] = { ...output[at], name: generated };
        }
        // Grouping first: each row's group number, and each group's first row (groups in first-seen order).
        const grouped = fastGroups(byExprs, table, scope) ?? generalGroups(byExprs, table, context);
        const { rowGroup, firstRows } = grouped;
        // Without `by`, an empty input still gives one row of empty aggregates.
        const groupCount = byExprs.length === 0 && firstRows.length === 0 ? 1 : firstRows.length;
        context.budget.rows(groupCount, node, 'summarize');
        // Slots with a column-at-a-time state share it across groups; the others keep one state per group.
        const vectors = slots.map((s) => s.vector?.());
        const general = slots.flatMap((s, i) => (vectors[i] === undefined ? [i] : []));
        const open = vectors.filter((v) => v !== undefined);
        for (let g = 0; g < groupCount; g++)
            for (const v of open)
                v.open();
        const states = Array.from({ length: groupCount }, () => general.map((i) => slots[i].create()));
        for (let r = 0; r < table.rowCount; r++) {
            const g = rowGroup[r];
            const list = states[g];
            for (let i = 0; i < list.length; i++)
                list[i].add(r);
            for (let i = 0; i < open.length; i++)
                open[i].add(r, g);
        }
        const data = output.map(() => []);
        for (let g = 0; g < groupCount; g++) {
            if (g < firstRows.length)
                grouped.keys(g).forEach((v, i) => data[i].push(v));
            let column = byExprs.length;
            let next = 0;
            for (let i = 0; i < slots.length; i++) {
                const vector = vectors[i];
                if (vector !== undefined)
                    for (const v of vector.results(g))
                        data[column++].push(v);
                else
                    for (const v of states[g][next++].results())
                        data[column++].push(v);
            }
        }
        return { columns: output, data, rowCount: groupCount };
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/union.ts
/**
 * union: the rows of every leg, columns matched by name (kind=outer, the default).
 * withsource=C adds the contributing table's name. isfuzzy=true: a leg whose
 * table does not resolve (no such table, no rows supplied) is left out, as the
 * union page says ("the set of union sources is reduced to the set of table
 * references that exist"); the output columns are then those of the other legs,
 * named as the binder names them (see unionColumns).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */






const unionOperator = {
    kind: 'UnionOperator',
    keyword: 'union',
    evaluate(node, input, context) {
        let source;
        let fuzzy = false;
        for (const { name, value } of namedParameters(node.Parameters)) {
            if (name.toLowerCase() === 'withsource')
                source = value;
            else if (name === 'isfuzzy' && /^(true|false)$/i.test(value))
                fuzzy = value.toLowerCase() === 'true';
            else if (!(name === 'kind' && value === 'outer'))
                throw new engine_refusal.Unsupported(`union ${name}=${value}`, node.TextStart);
        }
        const given = expressions(node.Expressions);
        const named = fuzzy ? given.filter((e) => !unresolvedLeg(e, context)) : given;
        // A fuzzy leg that is a view over tables that do not resolve is left out too, as the
        // language service's relaxed diagnostics say (relaxFuzzyViews); any other refusal stands.
        const evaluated = [];
        for (const leg of named) {
            try {
                evaluated.push({ leg, table: context.evaluateTabular(leg) });
            }
            catch (error) {
                if (!(fuzzy && error instanceof engine_refusal.UnknownTable))
                    throw error;
            }
        }
        const resolved = evaluated.map((e) => e.leg);
        if (resolved.length === 0 && !input)
            throw new engine_refusal.QueryError('union: none of the isfuzzy union legs resolves to a table');
        const dropped = resolved.length < given.length;
        if (dropped && source !== undefined)
            throw new engine_refusal.Unsupported('union withsource= with isfuzzy legs left out', node.TextStart);
        const legNodes = [...(input ? [node.Parent?.Expression] : []), ...resolved];
        const legs = [...(input ? [input] : []), ...evaluated.map((e) => e.table)];
        const output = dropped ? unionColumns(legs, node) : resultColumns(node);
        // Check the total before copying any leg.
        context.budget.rows(legs.reduce((n, leg) => n + leg.rowCount, 0), node, 'union');
        const sourceIndex = source === undefined ? -1 : output.findIndex((c) => c.name === source);
        if (source !== undefined && sourceIndex !== 0)
            throw new engine_refusal.Unsupported(`union withsource=${source}`, node.TextStart);
        if (source === undefined)
            return concatenateLegs(legs, output, node);
        const legNames = legNodes.map((leg) => sourceName(leg, node.TextStart));
        const rows = concatenateLegs(legs, output.slice(1), node);
        return (0,engine_table.makeTable)(output, [sourceVector(legs.map((leg, l) => [legNames[l], leg.rowCount])), ...rows.columns.map((_, c) => (0,engine_table.columnData)(rows, c))], rows.rowCount);
    },
};
/**
 * The rows of every leg end to end, as the columns `output` (an outer union's columns,
 * see unionColumns): each leg column goes to the output column of its name and type, a
 * column a leg lacks is null ('' for strings) in its rows. Shared by union and search.
 */
function concatenateLegs(legs, output, node) {
    const legSources = legs.map((leg) => {
        // Each leg column goes to the output column of its name and type; a name the legs
        // type differently is split by the binder into `<name>_<type>` columns. When a leg
        // has a column literally named so, one of them is numbered (x_long1): the union page
        // numbers the split column and keeps the literal x_long, the language service numbers
        // the literal one; refused while the two disagree.
        const sources = output.map(() => undefined);
        for (const [k, c] of leg.columns.entries()) {
            let at = output.findIndex((o) => o.name === c.name && o.type === c.type);
            if (at < 0) {
                const typed = `${c.name}_${c.type}`;
                if (legs.some((other) => other.columns.some((o) => o.name === typed)))
                    throw new engine_refusal.Unsupported(`union of column ${c.name} whose output name is not known`, node.TextStart);
                at = output.findIndex((o) => o.name === typed && o.type === c.type);
            }
            if (at < 0 || sources[at] !== undefined)
                throw new engine_refusal.Unsupported(`union of column ${c.name} whose output name is not known`, node.TextStart);
            sources[at] = (0,engine_table.columnData)(leg, k);
        }
        return sources;
    });
    // One leg with rows (the other tables empty, as in most detections' union of two
    // sign-in tables): its columns are the output as they are, shared, not copied.
    const filled = legs.flatMap((leg, i) => (leg.rowCount > 0 ? [i] : []));
    if (filled.length === 1) {
        const only = legs[filled[0]];
        const sources = legSources[filled[0]];
        const length = (column) => (Array.isArray(column) ? column.length : (0,vectors.vectorLength)(column));
        if (sources.every((column) => column !== undefined && length(column) === only.rowCount))
            return (0,engine_table.makeTable)(output, sources, only.rowCount);
    }
    // Column by column: one vector where the legs hold vectors of one kind, plain values otherwise.
    const rowCount = legs.reduce((n, leg) => n + leg.rowCount, 0);
    const columns = output.map((column, i) => {
        const vector = concatenated(column.type, legs, legSources, i, rowCount);
        if (vector !== undefined)
            return vector;
        const target = [];
        const fill = (0,engine_values.nullOf)(column.type);
        legs.forEach((leg, l) => {
            const part = legSources[l][i];
            const source = part === undefined || Array.isArray(part) ? part : (0,vectors.materialize)(part);
            for (let r = 0; r < leg.rowCount; r++)
                target.push(source ? source[r] : fill);
        });
        return target;
    });
    return (0,engine_table.makeTable)(output, columns, rowCount);
}
/** The table name withsource reports for a leg: a table's or view's own name, or the leg's final `as` name. */
function sourceName(leg, offset) {
    if (leg && (0,language_service/* nodeKind */.Fl)(leg) === 'ParenthesizedExpression')
        return sourceName(leg.Expression, offset);
    const named = tableOrViewName(leg);
    if (named !== undefined)
        return named;
    if ((0,language_service/* nodeKind */.Fl)(leg) === 'PipeExpression' && (0,language_service/* nodeKind */.Fl)(leg.Operator) === 'AsOperator')
        return String(leg.Operator.Name?.SimpleName).trim();
    throw new engine_refusal.Unsupported('union withsource= over a leg that is not a table or `as` name', offset);
}
/**
 * The name of a source that is a table or a let-bound view, parentheses aside (union docs:
 * `union withsource=TableName View_1, View_2`); undefined for any other expression.
 */
function tableOrViewName(expr) {
    const kind = expr ? (0,language_service/* nodeKind */.Fl)(expr) : '';
    if (kind === 'ParenthesizedExpression')
        return tableOrViewName(expr.Expression);
    if (kind !== 'NameReference')
        return undefined;
    const symbol = expr.ReferencedSymbol;
    const isTable = String(symbol?.constructor?.$$name ?? '').endsWith('TableSymbol');
    return isTable || symbol?.IsView === true ? String(expr.SimpleName).trim() : undefined;
}
function legSource(leg) {
    let node = leg;
    for (;;) {
        const kind = (0,language_service/* nodeKind */.Fl)(node);
        if (kind === 'ParenthesizedExpression' || kind === 'PipeExpression')
            node = node.Expression;
        else
            return node;
    }
}
/** A leg whose table the binder could not resolve (isfuzzy), with no rows supplied under that name. */
function unresolvedLeg(leg, context) {
    const source = legSource(leg);
    if ((0,language_service/* nodeKind */.Fl)(source) !== 'NameReference' || source.ReferencedSymbol)
        return false;
    const name = String(source.SimpleName ?? '').trim();
    return name !== '' && !context.tables.has(name) && context.emptyTable(name) === undefined;
}
/**
 * Output columns of an outer union of these legs, as the binder names them: each
 * name once, at its first appearance; a name the legs give several types becomes
 * one `<name>_<type>` column per type, in order of appearance.
 */
function unionColumns(legs, node) {
    const types = new Map();
    for (const leg of legs)
        for (const c of leg.columns) {
            const list = types.get(c.name) ?? [];
            if (!list.includes(c.type))
                list.push(c.type);
            types.set(c.name, list);
        }
    const out = [];
    for (const [name, list] of types) {
        if (list.length === 1)
            out.push({ name, type: list[0] });
        else
            for (const type of list)
                out.push({ name: `${name}_${type}`, type });
    }
    if (new Set(out.map((c) => c.name)).size !== out.length)
        throw new engine_refusal.Unsupported('union whose split column names collide', node.TextStart);
    return out;
}
/**
 * Output column i as one vector: the legs' vectors of one kind end to end (strings recoded
 * into one dictionary), a leg without the column giving its nulls ('' for strings);
 * undefined when some leg holds the column as plain values.
 */
function concatenated(type, legs, legSources, i, rowCount) {
    const kind = type === 'string'
        ? 'string'
        : type === 'datetime' || type === 'timespan'
            ? 'ticks'
            : type === 'int' || type === 'long'
                ? 'number'
                : undefined;
    if (kind === undefined)
        return undefined;
    const parts = legSources.map((sources) => sources[i]);
    // Legs without rows add nothing, whatever they hold.
    if (parts.some((part, l) => legs[l].rowCount > 0 && part !== undefined && (Array.isArray(part) || part.kind !== kind)))
        return undefined;
    let at = 0;
    if (kind === 'string') {
        const dictionary = new vectors.StringBuilder();
        const codes = new Int32Array(rowCount);
        legs.forEach((leg, l) => {
            const part = parts[l];
            if (part === undefined || part.kind !== 'string')
                codes.fill(dictionary.code(''), at, at + leg.rowCount);
            else {
                const recode = Int32Array.from(part.dict, (s) => dictionary.code(s));
                for (let r = 0; r < leg.rowCount; r++)
                    codes[at + r] = recode[part.codes[r]];
            }
            at += leg.rowCount;
        });
        return { kind: 'string', codes, dict: dictionary.finish().dict };
    }
    if (kind === 'ticks') {
        const ms = new Float64Array(rowCount);
        const sub = new Uint16Array(rowCount);
        legs.forEach((leg, l) => {
            const part = parts[l];
            if (part === undefined || part.kind !== 'ticks')
                ms.fill(NaN, at, at + leg.rowCount);
            else {
                ms.set(part.ms.subarray(0, leg.rowCount), at);
                sub.set(part.sub.subarray(0, leg.rowCount), at);
            }
            at += leg.rowCount;
        });
        return { kind: 'ticks', ms, sub };
    }
    const values = new Float64Array(rowCount);
    legs.forEach((leg, l) => {
        const part = parts[l];
        if (part === undefined || part.kind !== 'number')
            values.fill(NaN, at, at + leg.rowCount);
        else
            values.set(part.values.subarray(0, leg.rowCount), at);
        at += leg.rowCount;
    });
    return { kind: 'number', values };
}
/** A source-name column (union's withsource, search's $table): each name repeated for its count of rows. */
function sourceVector(runs) {
    const dictionary = new vectors.StringBuilder();
    const codes = new Int32Array(runs.reduce((n, [, count]) => n + count, 0));
    let at = 0;
    for (const [name, count] of runs) {
        codes.fill(dictionary.code(name), at, at + count);
        at += count;
    }
    return { kind: 'string', codes, dict: dictionary.finish().dict };
}

;// CONCATENATED MODULE: ./src/engine/lets.ts


/** Contexts of scalar calls made once per row: toscalar() cannot run there (toscalar docs, Limitations). */
const perRow = new WeakSet();
function isTabular(expr) {
    return Boolean(expr?.ResultType?.IsTabular) || String(expr?.ResultType?.Kind) === 'Table';
}
/**
 * A table computed on first use. Kusto evaluates a tabular let only where the
 * query uses it, so an unused let must not fail (or be refused) here either.
 */
function lazyTable(compute) {
    let table;
    const get = () => (table ??= compute());
    return {
        get columns() {
            return get().columns;
        },
        get data() {
            return get().data;
        },
        get rowCount() {
            return get().rowCount;
        },
        get vectors() {
            return get().vectors;
        },
    };
}
/** Evaluate one `let name = …` into the context. */
function runLetStatement(statement, context) {
    const name = String(statement.Name?.SimpleName ?? statement.Name?.ToString().trim());
    const expr = statement.Expression;
    if ((0,language_service/* nodeKind */.Fl)(expr) === 'FunctionDeclaration') {
        const fn = {
            declaration: expr,
            variables: new Map(context.variables),
            tables: new Map(context.tables),
            functions: new Map(context.functions),
        };
        context.functions.set(name, fn);
        context.variables.delete(name);
        context.tables.delete(name);
    }
    else if (isTabular(expr)) {
        context.tables.set(name, lazyTable(() => context.evaluateTabular(expr)));
        context.functions.delete(name);
    }
    else {
        context.variables.set(name, evaluateScalar(expr, constantScope(context)));
        context.functions.delete(name);
    }
}
/**
 * Whether a diagnostic lies in the declared body of a function with an open-schema
 * tabular parameter (`T:(*)`): the binder cannot know T's columns there. Each call
 * is checked instead, against the binder's expansion for that call site.
 */
function inOpenSchemaFunction(code, start, length) {
    for (let node = code?.Syntax?.GetNodeAt?.(start, length); node; node = node.Parent) {
        if ((0,language_service/* nodeKind */.Fl)(node) !== 'FunctionDeclaration')
            continue;
        return (0,language_service/* listOf */.c3)(node.Parameters?.Parameters).some((p) => {
            const type = (p.Element ?? p).NameAndType?.Type;
            return (0,language_service/* nodeKind */.Fl)(type) === 'SchemaTypeExpression' && String(type.ToString()).replace(/\s+/g, '') === '(*)';
        });
    }
    return false;
}
/** Run a function body's own let statements and return its result expression. */
function enterBody(call, child) {
    const errors = (0,language_service/* listOf */.c3)(call.GetCalledFunctionDiagnostics?.()).filter((d) => String(d.Severity) === 'Error');
    if (errors.length > 0)
        throw new engine_refusal.QueryError(`${String(errors[0].Message)} (in the call at offset ${Number(call.TextStart)})`);
    const body = call.GetExpansion?.();
    if (!body || (0,language_service/* nodeKind */.Fl)(body) !== 'FunctionBody')
        throw new engine_refusal.Unsupported('call of a user function without a body', call.TextStart);
    for (const element of (0,language_service/* listOf */.c3)(body.Statements)) {
        const statement = element.Element ?? element;
        if ((0,language_service/* nodeKind */.Fl)(statement) !== 'LetStatement')
            throw new engine_refusal.Unsupported(`statement ${(0,language_service/* nodeKind */.Fl)(statement)} in a function body`, statement.TextStart);
        runLetStatement(statement, child);
    }
    return body.Expression;
}
/**
 * Bind a call's arguments to the declaration's parameters (by position, then by
 * `name = value`, then the declared defaults). `input` is the piped table of
 * `T | invoke f(...)`, which fills the first parameter.
 */
function bindCall(call, context, caller, input) {
    const name = String(call.ReferencedSymbol?.Name ?? '');
    const fn = context.functions.get(name);
    if (!fn)
        throw new engine_refusal.Unsupported(`function ${name}()`, call.TextStart);
    const parameters = (0,language_service/* listOf */.c3)(fn.declaration.Parameters?.Parameters).map((p) => p.Element ?? p);
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    const given = new Map();
    const names = parameters.map((p) => String(p.NameAndType?.Name?.SimpleName ?? '').trim());
    // An unnamed argument fills the parameter at its own place in the list, also after
    // named ones (the assert() page calls `checkLength(len=3, input)`); two arguments
    // for one parameter are refused.
    const offset = input ? 1 : 0;
    args.forEach((arg, place) => {
        const named = (0,language_service/* nodeKind */.Fl)(arg) === 'SimpleNamedExpression';
        const index = named ? names.indexOf(String(arg.Name?.SimpleName ?? '').trim()) : place + offset;
        if (index < 0)
            throw new engine_refusal.Unsupported(`argument ${String(arg.Name?.SimpleName)} of ${name}()`, arg.TextStart);
        if (given.has(index))
            throw new engine_refusal.Unsupported(`two arguments for parameter ${names[index] ?? index} of ${name}()`, arg.TextStart);
        given.set(index, named ? arg.Expression : arg);
    });
    const child = context.child({ variables: new Map(fn.variables), tables: new Map(fn.tables), functions: new Map(fn.functions) });
    parameters.forEach((parameter, i) => {
        const declared = parameter.NameAndType?.Name;
        const paramName = names[i];
        const tabular = (0,language_service/* nodeKind */.Fl)(parameter.NameAndType?.Type) === 'SchemaTypeExpression' || isTabular(declared);
        if (i === 0 && input) {
            if (!tabular)
                throw new engine_refusal.Unsupported(`invoke of ${name}() whose first parameter is not tabular`, call.TextStart);
            child.tables.set(paramName, input);
            return;
        }
        const arg = given.get(i);
        if (tabular) {
            if (!arg)
                throw new engine_refusal.Unsupported(`tabular parameter ${paramName} without an argument`, call.TextStart);
            child.tables.set(paramName, context.evaluateTabular(arg));
            return;
        }
        if (arg)
            child.variables.set(paramName, evaluateScalar(arg, caller));
        else if (parameter.DefaultValue?.Value)
            child.variables.set(paramName, evaluateScalar(parameter.DefaultValue.Value, constantScope(child)));
        else
            throw new engine_refusal.Unsupported(`parameter ${paramName} of ${name}() without a value`, call.TextStart);
    });
    return child;
}
/** A user function called in a scalar expression: `f(x)`. */
function callUserScalar(call, scope) {
    const context = scope.query;
    const child = bindCall(call, context, scope);
    if (scope.table && scope.table.columns.length > 0)
        perRow.add(child);
    const expr = enterBody(call, child);
    if (isTabular(expr))
        throw new engine_refusal.Unsupported('tabular function called as a scalar', call.TextStart);
    return evaluateScalar(expr, constantScope(child));
}
/** A user function called as a table: `f(...)`, or `T | invoke f(...)` with `input`. */
function callUserTabular(call, context, input) {
    const child = bindCall(call, context, constantScope(context), input);
    const expr = enterBody(call, child);
    if (!isTabular(expr))
        throw new engine_refusal.Unsupported('scalar function used as a table', call.TextStart);
    return child.evaluateTabular(expr);
}
/**
 * toscalar(T): the first column of T's first row, computed once per context.
 * What an empty T gives is not documented: refused.
 */
function toScalar(node, scope) {
    const context = scope.query;
    if (!context)
        throw new engine_refusal.Unsupported('toscalar() in this position', node.TextStart);
    if (node.KindParameter)
        throw new engine_refusal.Unsupported('toscalar(kind=…)', node.TextStart);
    if (perRow.has(context))
        throw new engine_refusal.Unsupported('toscalar() inside a function called per row', node.TextStart);
    if (context.scalars.has(node))
        return context.scalars.get(node);
    const expr = node.Expression;
    let value;
    if (isTabular(expr)) {
        const table = context.evaluateTabular(expr);
        if (table.rowCount === 0 || table.columns.length === 0)
            throw new engine_refusal.Unsupported('toscalar() of an empty table', node.TextStart);
        value = table.data[0][0];
    }
    else
        value = evaluateScalar(expr, constantScope(context));
    context.scalars.set(node, value);
    return value;
}
/**
 * The let-bound views in scope, by name: functions declared `view () { … }` (no
 * parameters), which a `search` without a source reads besides the database's
 * tables (let-statement docs: `search MyColumn == 5` over the views Range10, Range20).
 */
function viewsInScope(context) {
    const names = [];
    for (const [name, fn] of context.functions) {
        const declaration = fn.declaration;
        if (declaration?.ViewKeyword && (0,language_service/* listOf */.c3)(declaration.Parameters?.Parameters).length === 0)
            names.push(name);
    }
    return names;
}
/** A let-bound view's rows, as if named in the query: its body in the names seen where it was declared. */
function evaluateView(name, context, offset) {
    const fn = context.functions.get(name);
    const body = fn?.declaration?.Body;
    if (!fn || (0,language_service/* nodeKind */.Fl)(body) !== 'FunctionBody')
        throw new engine_refusal.Unsupported(`view ${name}`, offset);
    const child = context.child({ variables: new Map(fn.variables), tables: new Map(fn.tables), functions: new Map(fn.functions) });
    for (const element of (0,language_service/* listOf */.c3)(body.Statements)) {
        const statement = element.Element ?? element;
        if ((0,language_service/* nodeKind */.Fl)(statement) !== 'LetStatement')
            throw new engine_refusal.Unsupported(`statement ${(0,language_service/* nodeKind */.Fl)(statement)} in a view body`, statement.TextStart);
        runLetStatement(statement, child);
    }
    if (!isTabular(body.Expression))
        throw new engine_refusal.Unsupported(`view ${name} without a tabular result`, offset);
    return child.evaluateTabular(body.Expression);
}

;// CONCATENATED MODULE: ./src/engine/operators/search.ts
/**
 * search (search-operator.md): `[T |] search [kind=…] [in (Tables)] Predicate`.
 * The rows of the sources (the piped table; the `in` tables, wildcards expanded; else
 * every table of the database and every let-bound view, let-statement.md's
 * `search MyColumn == 5` over the views Range10 and Range20) as an outer union, those
 * the predicate holds for, behind a `$table` column naming each row's table.
 *
 * The predicate is a boolean expression in which a string literal standing alone is a
 * search term over every column (`"err"` is `* has "err"`, `"*err"` hassuffix,
 * `"err*"` hasprefix, `"*err*"` contains, `"Lab*PC"` matches regex `\bLab.*PC\b`),
 * `Col:"err"` the same term over one column, `search *` every row; anything else is an
 * ordinary expression. kind=case_sensitive makes the terms case-sensitive (has_cs, …).
 *
 * Where the page leaves the result open, it is refused: a term over a non-string
 * column whose text could hold the term (whether and how `*` reads such columns is not
 * documented), `"a*b"` where its case rule would decide, a row from a source that is
 * not a table or view (its `$table` is "some system-generated name"), explicit
 * case-insensitive operators under kind=case_sensitive.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */










const searchOperator = {
    kind: 'SearchOperator',
    keyword: 'search',
    evaluate(node, input, context) {
        const sensitive = caseSensitive(node);
        const condition = node.Condition;
        let sources = input
            ? [{ name: tableOrViewName(node.Parent?.Expression), table: input }]
            : node.InClause
                ? inSources(node, context)
                : impliedSources(node, context);
        // A predicate naming columns and no term over all of them reads only the tables
        // holding one of those columns (find page, "Source tables that don't contain any
        // column used by the predicate evaluation, are filtered out"; let-statement docs:
        // `search MyColumn == 5` in a database of other tables gives $table, MyColumn).
        const { names, implicit } = predicateColumns(condition);
        const given = sources.length;
        if (sources.length > 1 && !implicit) {
            if (names.size === 0)
                throw new engine_refusal.Unsupported('search of several tables with a predicate naming no column', node.TextStart);
            sources = sources.filter((s) => s.table.columns.some((c) => names.has(c.name)));
        }
        const bound = resultColumns(node, input);
        if (bound[0]?.name !== '$table' || bound.slice(1).some((c) => c.name === '$table'))
            throw new engine_refusal.Unsupported('search whose input has a $table column', node.TextStart);
        // The binder's columns are those of every table; with tables left out, those of the
        // tables read (the docs' `search FirstName:"Aaron" or LastName:"Hughes"` gives the
        // Customers columns only), each one the binder also gives.
        const columns = sources.length < given
            ? unionColumns(sources.map((s) => s.table), node)
            : bound.slice(1);
        for (const column of columns)
            if (!bound.some((c) => c.name === column.name && c.type === column.type))
                throw new engine_refusal.Unsupported(`search output column ${column.name} that the binder does not give`, node.TextStart);
        const output = [bound[0], ...columns];
        context.budget.rows(sources.reduce((n, s) => n + s.table.rowCount, 0), node, 'search');
        const rows = concatenateLegs(sources.map((s) => s.table), columns, node);
        const test = compilePredicate(condition, sensitive, rows);
        const scope = { table: rows, row: 0, variables: context.variables, now: context.now, query: context };
        const picked = [];
        const runs = [];
        let leg = 0;
        let end = sources[0]?.table.rowCount ?? 0;
        for (let r = 0; r < rows.rowCount; r++) {
            while (r >= end)
                end += sources[++leg].table.rowCount;
            scope.row = r;
            if (test(scope) !== true)
                continue;
            const name = sources[leg].name;
            if (name === undefined)
                throw new engine_refusal.Unsupported('search of a source that is not a table or view (its $table name is not documented)', node.TextStart);
            picked.push(r);
            const last = runs[runs.length - 1];
            if (last && last[0] === name)
                last[1]++;
            else
                runs.push([name, 1]);
        }
        const kept = (0,engine_table.pickRows)(rows, picked);
        return (0,engine_table.makeTable)(output, [sourceVector(runs), ...kept.columns.map((_, c) => (0,engine_table.columnData)(kept, c))], picked.length);
    },
};
/** kind=case_sensitive, or the default (case_insensitive, default). */
function caseSensitive(node) {
    let sensitive = false;
    for (const { name, value } of namedParameters(node.Parameters)) {
        if (name === 'kind' && value === 'case_sensitive')
            sensitive = true;
        else if (!(name === 'kind' && (value === 'case_insensitive' || value === 'default')))
            throw new engine_refusal.Unsupported(`search ${name}=${value}`, node.TextStart);
    }
    return sensitive;
}
/** `$table` of a source expression: a table's or let-bound view's own name; undefined for anything else. */
/** The database's tables the binder sees; refused when the query was given a table it does not see. */
function databaseOf(context, node, what) {
    const database = context.database;
    if (!database)
        throw new engine_refusal.Unsupported(`${what} here`, node.TextStart);
    // Rows supplied for a function (a watchlist, externaldata) are tables only to a binder without a catalog.
    const call = database.tables.find((name) => name.includes('('));
    if (call)
        throw new engine_refusal.Unsupported(`${what} with rows supplied for ${call}`, node.TextStart);
    for (const name of database.supplied)
        if (!database.tables.includes(name))
            throw new engine_refusal.Unsupported(`${what}: table ${name} is not in the query's scope (name it in the query)`, node.TextStart);
    return database;
}
function databaseTable(database, name, node) {
    const table = database.table(name);
    if (!table)
        throw new engine_refusal.Unsupported(`table ${name}`, node.TextStart);
    return { name, table };
}
/** No source and no `in`: every table of the database and every let-bound view in scope (search page, Note). */
function impliedSources(node, context) {
    const database = databaseOf(context, node, 'search without a source');
    return [
        ...database.tables.map((name) => databaseTable(database, name, node)),
        ...viewsInScope(context).map((name) => ({ name, table: evaluateView(name, context, node.TextStart) })),
    ];
}
/** `in (T1, (T2 | …), A*)`: each table, a wildcard as the tables it matches. */
function inSources(node, context) {
    const sources = [];
    for (const element of (0,language_service/* listOf */.c3)(node.InClause.Expressions)) {
        const expr = element.Element ?? element;
        const symbol = expr.ReferencedSymbol;
        const pattern = String(expr.ToString()).trim();
        if ((0,language_service/* nodeKind */.Fl)(expr) === 'NameReference' && pattern.includes('*')) {
            // A wildcard matching several tables is a group; matching one, that table.
            const members = String(symbol?.constructor?.$$name ?? '').endsWith('.GroupSymbol') ? (0,language_service/* listOf */.c3)(symbol.Members) : symbol ? [symbol] : [];
            const database = databaseOf(context, node, `search in (${pattern})`);
            const matches = wildcard(pattern);
            if (viewsInScope(context).some((name) => matches.test(name)))
                throw new engine_refusal.Unsupported(`search in (${pattern}) matching a let-bound view`, node.TextStart);
            for (const member of members) {
                const name = String(member.Name);
                if (!String(member.constructor?.$$name ?? '').endsWith('.TableSymbol') || !database.tables.includes(name))
                    throw new engine_refusal.Unsupported(`search in (${pattern}) matching ${name}`, node.TextStart);
                sources.push(databaseTable(database, name, node));
            }
            continue;
        }
        sources.push({ name: tableOrViewName(expr), table: context.evaluateTabular(expr) });
    }
    return sources;
}
/** A table-name wildcard (`A*`), case-insensitively (it only widens the check above). */
function wildcard(pattern) {
    const source = pattern
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${source}$`, 'i');
}
/** A string literal the binder typed bool: a search term standing alone. */
function isTerm(node) {
    const kind = (0,language_service/* nodeKind */.Fl)(node);
    return ((kind === 'LiteralExpression' || kind === 'CompoundStringLiteralExpression') &&
        String(node.ResultType?.Name) === 'bool' &&
        typeof node.ConstantValue === 'string');
}
/** Columns the predicate names, and whether it reads all of them (a term or `*`). */
function predicateColumns(condition) {
    const names = new Set();
    let implicit = false;
    for (const node of (0,language_service/* syntaxDescendants */.qV)(condition)) {
        const kind = (0,language_service/* nodeKind */.Fl)(node);
        if (kind === 'StarExpression' || isTerm(node))
            implicit = true;
        else if (kind === 'NameReference' && String(node.ReferencedSymbol?.constructor?.$$name ?? '').endsWith('.ColumnSymbol'))
            names.add(String(node.SimpleName).trim());
    }
    return { names, implicit };
}
/** The operator a search term stands for, by where its `*` are (search page, "Search predicate syntax"). */
function termMatcher(term, sensitive, offset) {
    const cs = sensitive ? 'Cs' : '';
    const leading = term.startsWith('*');
    const trailing = term.length > 1 && term.endsWith('*');
    const inner = term.slice(leading ? 1 : 0, trailing ? -1 : undefined);
    if (inner === '' || (inner.includes('*') && (leading || trailing || inner.split('*').length !== 2)))
        throw new engine_refusal.Unsupported(`search term ${JSON.stringify(term)}`, offset);
    if (leading && trailing)
        return operatorMatcher(`Contains${cs}`, inner, inner);
    if (leading)
        return operatorMatcher(`HasSuffix${cs}`, inner, inner);
    if (trailing)
        return operatorMatcher(`HasPrefix${cs}`, inner, inner);
    if (!inner.includes('*'))
        return operatorMatcher(`Has${cs}`, inner, inner);
    // "bi*lg": matches regex \bbi.*lg\b. How the parts are escaped is not documented: letters and digits only.
    const [before, after] = inner.split('*');
    if (!/^[A-Za-z0-9]+$/.test(before) || !/^[A-Za-z0-9]+$/.test(after))
        throw new engine_refusal.Unsupported(`search term ${JSON.stringify(term)} with other than letters and digits around *`, offset);
    const pattern = `\\b${before}.*${after}\\b`;
    const exact = operatorMatcher('MatchRegex', pattern, before + after);
    if (sensitive)
        return exact;
    // The page gives `matches regex` (case-sensitive) for it and calls the default case-insensitive:
    // refused where the two differ.
    const caseless = operatorMatcher('MatchRegex', `(?i)${pattern}`, undefined);
    return {
        test(text) {
            const result = exact.test(text);
            if (caseless.test(text) !== result)
                throw new engine_refusal.Unsupported(`search term ${JSON.stringify(term)} where its case rule is not documented`, offset);
            return result;
        },
        needs: exact.needs,
    };
}
/** Case-insensitive string operators: under kind=case_sensitive they would change in a way the page does not give. */
const CASE_INSENSITIVE = new Set([
    'Has',
    'NotHas',
    'HasPrefix',
    'NotHasPrefix',
    'HasSuffix',
    'NotHasSuffix',
    'Contains',
    'NotContains',
    'StartsWith',
    'NotStartsWith',
    'EndsWith',
    'NotEndsWith',
    'EqualTilde',
    'BangTilde',
]);
function checkCaseSensitive(node) {
    for (const n of (0,language_service/* syntaxDescendants */.qV)(node)) {
        const kind = (0,language_service/* nodeKind */.Fl)(n);
        const op = String(n.ReferencedSymbol?.Name ?? '');
        const caseless = (kind === 'BinaryExpression' && CASE_INSENSITIVE.has(op)) ||
            kind === 'HasAnyExpression' ||
            kind === 'HasAllExpression' ||
            (kind === 'InExpression' && String(n.Operator?.Text ?? '').includes('~'));
        if (caseless)
            throw new engine_refusal.Unsupported(`search kind=case_sensitive with the case-insensitive operator ${String(n.Operator?.Text ?? op)}`, n.TextStart);
    }
}
/** The predicate as a test of one row of `table`. */
function compilePredicate(node, sensitive, table) {
    const kind = (0,language_service/* nodeKind */.Fl)(node);
    const offset = Number(node.TextStart);
    if (kind === 'ParenthesizedExpression')
        return compilePredicate(node.Expression, sensitive, table);
    // search *: every row.
    if (kind === 'StarExpression')
        return () => true;
    if (isTerm(node))
        return anyColumn(table, termMatcher(String(node.ConstantValue), sensitive, offset), offset);
    if (kind === 'BinaryExpression') {
        const op = String(node.ReferencedSymbol?.Name ?? '');
        if (op === 'And' || op === 'Or') {
            const left = compilePredicate(node.Left, sensitive, table);
            const right = compilePredicate(node.Right, sensitive, table);
            const implementation = BINARY_OPERATORS.get(op);
            // A side refused for this row decides nothing when the other side decides alone.
            const decisive = op === 'Or';
            return (scope) => {
                let value;
                try {
                    value = left(scope);
                }
                catch (error) {
                    if (error instanceof engine_refusal.Unsupported && right(scope) === decisive)
                        return decisive;
                    throw error;
                }
                return implementation('bool', [value, () => right(scope)], ['bool', 'bool']);
            };
        }
        if (op === 'Search') {
            // Col:"term": the term over that column alone.
            const name = String(node.Left?.SimpleName ?? '').trim();
            const index = table.columns.findIndex((c) => c.name === name);
            const term = node.Right?.ConstantValue;
            if ((0,language_service/* nodeKind */.Fl)(node.Left) !== 'NameReference' || index < 0 || typeof term !== 'string')
                throw new engine_refusal.Unsupported(`search ${String(node.ToString()).trim()}`, offset);
            if (table.columns[index].type !== 'string')
                throw new engine_refusal.Unsupported(`search Col:"term" over a ${scalar_typeOf(node.Left)} column`, offset);
            const matcher = termMatcher(term, sensitive, offset);
            const values = () => table.data[index];
            return (scope) => matcher.test(values()[scope.row]);
        }
        if ((0,language_service/* nodeKind */.Fl)(node.Left) === 'StarExpression') {
            const needle = node.Right?.ConstantValue;
            if (!STAR_OPERATORS.has(op) || typeof needle !== 'string')
                throw new engine_refusal.Unsupported(`search * ${String(node.Operator?.Text ?? op)}`, offset);
            if (sensitive && CASE_INSENSITIVE.has(op))
                throw new engine_refusal.Unsupported(`search kind=case_sensitive with the case-insensitive operator ${String(node.Operator?.Text)}`, offset);
            return anyColumn(table, operatorMatcher(op, needle, op === 'MatchRegex' ? undefined : needle), offset);
        }
    }
    // An ordinary expression (`x == 123`, `A > a`), evaluated as `where` would.
    for (const n of (0,language_service/* syntaxDescendants */.qV)(node))
        if ((0,language_service/* nodeKind */.Fl)(n) === 'StarExpression' || isTerm(n))
            throw new engine_refusal.Unsupported('search term inside an expression', n.TextStart);
    if (sensitive)
        checkCaseSensitive(node);
    return compiledScalar(node);
}

;// CONCATENATED MODULE: ./src/engine/operators/scan.ts
/**
 * `T | scan [with_match_id=Id] [declare (Col:type[=default], …)] with (step s [output=all|none]: Condition [=> Col = Expr, …]; …)`
 * (scan-operator.md). One pass over the serialized input; each record is evaluated
 * against the steps from the last to the first, per the page's matching logic:
 *
 * - Check 1 (step k > 1): the previous step has an active sequence and the record meets
 *   the condition with that sequence's state: the sequence moves to step k (the one
 *   there is dropped), the record, extended by the step's assignments, joins it.
 * - Check 2 (step k has an active sequence, or k is the first step): the record meets
 *   the condition with step k's own state: its values replace step k's in that state;
 *   on the first step with no active sequence a new sequence (the next match id) begins.
 *
 * A match outputs the extended record unless the step is `output=none`. The state of a
 * sequence is its latest record per step, so `s1.col` reads a value there (the input
 * column's null, or the declared default, while the step has none).
 *
 * Refused, as the page leaves them open: `output=last` (when the last record of a series
 * is output, and where), a step referring to its own state from the second step on
 * (under Check 1 that state holds no record of the step), or to a later step, a bare
 * reference to a declared column or the match id, assignments of another type than the
 * column's declared one, unserialized input.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */









/**
 * A declared column's default: the binder leaves the value unbound, so its text is bound
 * alone (`print` of it) and must be a constant of the column's type.
 */
function defaultValue(valueNode, type, context) {
    const text = String(valueNode.ToString()).trim();
    let bound = DEFAULTS.get(text);
    if (!bound) {
        const analysis = (0,language_service/* analyze */.ns)(`print ${text}`, (0,language_service/* globalsWith */.Pw)([]));
        if (analysis.diagnostics.some((d) => d.severity === 'error'))
            throw new engine_refusal.Unsupported(`scan default value ${text.slice(0, 40)}`, valueNode.TextStart);
        const print = [...(0,language_service/* syntaxDescendants */.qV)(analysis.code.Syntax)].find((n) => (0,language_service/* nodeKind */.Fl)(n) === 'PrintOperator');
        const expr = (0,language_service/* listOf */.c3)(print?.Expressions).map((e) => e.Element ?? e)[0];
        if (!expr || [...(0,language_service/* syntaxDescendants */.qV)(expr)].some((n) => isTabularNode(n)))
            throw new engine_refusal.Unsupported(`scan default value ${text.slice(0, 40)}`, valueNode.TextStart);
        bound = expr;
        DEFAULTS.set(text, bound);
    }
    if (scalar_typeOf(bound) !== type)
        throw new engine_refusal.Unsupported(`scan default of type ${scalar_typeOf(bound)} for a ${type} column`, valueNode.TextStart);
    const value = evaluateScalar(bound, constantScope(context));
    return value === null ? (0,engine_values.nullOf)(type) : value;
}
const DEFAULTS = new Map();
// Operators after a scan that read their input's columns by name (so the language service's
// phantom match_id column is never looked for), and those whose result no longer has it.
const BY_NAME = new Set(['FilterOperator', 'ExtendOperator', 'SortOperator', 'TakeOperator', 'TopOperator', 'SerializeOperator']);
const RESHAPING = new Set(['ProjectOperator', 'SummarizeOperator', 'CountOperator']);
/** Whether the scan's rows reach the query's result only through BY_NAME operators or a RESHAPING one. */
function phantomMatchIdUnseen(node) {
    let pipe = node.Parent;
    if (!pipe || (0,language_service/* nodeKind */.Fl)(pipe) !== 'PipeExpression' || pipe.Operator !== node)
        return false;
    for (;;) {
        const parent = pipe.Parent;
        if (!parent)
            return false;
        if ((0,language_service/* nodeKind */.Fl)(parent) !== 'PipeExpression' || parent.Expression !== pipe)
            return (0,language_service/* nodeKind */.Fl)(parent) === 'ExpressionStatement';
        const kind = (0,language_service/* nodeKind */.Fl)(parent.Operator);
        if (RESHAPING.has(kind))
            return true;
        if (!BY_NAME.has(kind))
            return false;
        pipe = parent;
    }
}
function stepOutput(step) {
    for (let i = 0; i < step.ChildCount; i++) {
        const child = step.GetChild(i);
        if (child && typeof child.ChildCount === 'number' && (0,language_service/* nodeKind */.Fl)(child) === 'ScanStepOutput') {
            const text = String(child.ToString()).replace(/\s+/g, '');
            const m = /^output=(all|last|none)$/i.exec(text);
            if (!m)
                throw new engine_refusal.Unsupported(`scan step ${text}`, child.TextStart);
            return m[1].toLowerCase();
        }
    }
    return 'all';
}
const scanOperator = {
    kind: 'ScanOperator',
    keyword: 'scan',
    evaluate(node, input, context) {
        const table = input;
        if (node.OrderByClause || node.PartitionByClause)
            throw new engine_refusal.Unsupported('scan with order by or partition by', node.TextStart);
        if (!serializedInput(node))
            throw new engine_refusal.Unsupported('scan over rows that are not serialized (add serialize or sort)', node.TextStart);
        let matchIdName;
        for (const p of (0,language_service/* listOf */.c3)(node.Parameters)) {
            const name = String(p.Name?.SimpleName ?? '');
            if (name !== 'with_match_id')
                throw new engine_refusal.Unsupported(`scan parameter ${name}`, p.TextStart);
            matchIdName = String(p.Expression?.SimpleName ?? p.Expression?.ToString() ?? '').trim();
        }
        const inputNames = table.columns.map((c) => c.name);
        const nIn = inputNames.length;
        const columns = resultColumns(node, table);
        // Declared columns: names, types (the binder's result schema), defaults.
        const declared = [];
        for (const element of (0,language_service/* listOf */.c3)(node.DeclareClause?.Declarations)) {
            const parameter = element.Element ?? element;
            const name = String(parameter.NameAndType?.Name?.SimpleName ?? '');
            if (inputNames.includes(name) || declared.some((d) => d.name === name))
                throw new engine_refusal.Unsupported(`scan declaring column ${name} again`, parameter.TextStart);
            const column = columns[nIn + declared.length];
            if (!column || column.name !== name)
                throw new engine_refusal.Unsupported('scan result schema', node.TextStart);
            const valueNode = parameter.DefaultValue?.Value;
            const fallback = valueNode ? defaultValue(valueNode, column.type, context) : (0,engine_values.nullOf)(column.type);
            declared.push({ name, type: column.type, fallback });
        }
        if (matchIdName !== undefined && (inputNames.includes(matchIdName) || declared.some((d) => d.name === matchIdName)))
            throw new engine_refusal.Unsupported(`scan match id column ${matchIdName} that is already a column`, node.TextStart);
        // The language service appends a match_id column even without with_match_id; the page's
        // examples (and its Returns section) have none then, so it is left out.
        const expectedNames = [...inputNames, ...declared.map((d) => d.name), matchIdName ?? 'match_id'];
        if (columns.length !== expectedNames.length || columns.some((c, i) => c.name !== expectedNames[i]))
            throw new engine_refusal.Unsupported('scan result schema', node.TextStart);
        if (matchIdName === undefined) {
            if (!phantomMatchIdUnseen(node))
                throw new engine_refusal.Unsupported('scan without with_match_id feeding an operator that reads the whole schema', node.TextStart);
            columns.pop();
        }
        for (let c = 0; c < nIn; c++)
            if (columns[c].type !== table.columns[c].type)
                throw new engine_refusal.Unsupported('scan result schema', node.TextStart);
        // Steps: names and symbols first, so references can be resolved.
        const stepNodes = (0,language_service/* listOf */.c3)(node.Steps);
        if (stepNodes.length === 0)
            throw new engine_refusal.Unsupported('scan without steps', node.TextStart);
        const symbols = new Map();
        stepNodes.forEach((s, k) => {
            const symbol = s.Name?.ReferencedSymbol;
            if (!symbol || symbols.has(symbol))
                throw new engine_refusal.Unsupported('scan step name', s.TextStart);
            symbols.set(symbol, k);
        });
        // The state's record layout. It equals the binder's schema of this node (checked above), so the
        // column index recorded per syntax node (SCAN_REFERENCES) is the same in every run of the query.
        const layout = [...inputNames, ...declared.map((d) => d.name)];
        const declaredOnly = new Set([...declared.map((d) => d.name), ...(matchIdName !== undefined ? [matchIdName] : [])]);
        /** Resolve the step references of an expression of step k; refuse those the page leaves open. */
        const prepare = (expr, k) => {
            const selectors = new Set();
            const bases = new Set();
            for (const sub of (0,language_service/* syntaxDescendants */.qV)(expr)) {
                const kind = (0,language_service/* nodeKind */.Fl)(sub);
                if (kind === 'PathExpression' && (0,language_service/* nodeKind */.Fl)(sub.Expression) === 'NameReference' && symbols.has(sub.Expression.ReferencedSymbol)) {
                    const j = symbols.get(sub.Expression.ReferencedSymbol);
                    if (j > k)
                        throw new engine_refusal.Unsupported('scan step referring to a later step', sub.TextStart);
                    if (j === k && k > 0)
                        throw new engine_refusal.Unsupported('scan step referring to its own state (not the first step)', sub.TextStart);
                    if ((0,language_service/* nodeKind */.Fl)(sub.Selector) !== 'NameReference')
                        throw new engine_refusal.Unsupported('scan state reference by a computed name', sub.TextStart);
                    const name = String(sub.Selector.SimpleName);
                    const column = layout.indexOf(name);
                    if (column < 0)
                        throw new engine_refusal.Unsupported(`scan state reference ${name}`, sub.TextStart);
                    SCAN_REFERENCES.set(sub, { step: j, column });
                    selectors.add(sub.Selector);
                    bases.add(sub.Expression);
                    continue;
                }
                if (kind !== 'NameReference' || selectors.has(sub) || bases.has(sub))
                    continue;
                if (symbols.has(sub.ReferencedSymbol))
                    throw new engine_refusal.Unsupported('scan step name outside StepName.ColumnName', sub.TextStart);
                const name = String(sub.SimpleName);
                if (boundToColumn(sub.ReferencedSymbol) && declaredOnly.has(name))
                    throw new engine_refusal.Unsupported(`scan reference to declared column ${name} outside a step's state`, sub.TextStart);
            }
            return compiledScalar(expr);
        };
        const steps = stepNodes.map((s, k) => {
            const output = stepOutput(s);
            if (output === 'last')
                throw new engine_refusal.Unsupported('scan step output=last (the page does not define when its record is output)', s.TextStart);
            if (scalar_typeOf(s.Condition) !== 'bool')
                throw new engine_refusal.Unsupported('scan step condition that is not bool', s.Condition?.TextStart);
            const condition = prepare(s.Condition, k);
            const assignments = [];
            for (const element of (0,language_service/* listOf */.c3)(s.ComputationClause?.Assignments)) {
                const assignment = element.Element ?? element;
                const name = String(assignment.Name?.SimpleName ?? '');
                const d = declared.findIndex((x) => x.name === name);
                if (d < 0)
                    throw new engine_refusal.Unsupported(`scan assignment to ${name}, not a declared column`, assignment.TextStart);
                if (assignments.some(([i]) => i === d))
                    throw new engine_refusal.Unsupported(`scan step assigning ${name} twice`, assignment.TextStart);
                const type = scalar_typeOf(assignment.Expression);
                if (type !== declared[d].type)
                    throw new engine_refusal.Unsupported(`scan assignment of a ${type} to ${declared[d].type} column ${name}`, assignment.TextStart);
                assignments.push([d, prepare(assignment.Expression, k)]);
            }
            return { name: String(s.Name?.SimpleName), output, condition, assignments };
        });
        // The state read by `s.col`: the input's columns are read from the input (materialized on first use).
        const inputValues = new Array(nIn);
        const empties = [...table.columns.map((c) => (0,engine_values.nullOf)(c.type)), ...declared.map((d) => d.fallback)];
        let current;
        const read = (step, column) => {
            const record = current?.records[step];
            if (!record)
                return empties[column];
            if (column >= nIn)
                return record.declared[column - nIn];
            return (inputValues[column] ??= table.data[column])[record.row];
        };
        const scope = { table, row: 0, variables: context.variables, now: context.now, query: context, scan: read };
        const n = steps.length;
        const state = new Array(n);
        let nextId = 0;
        const outRows = [];
        const outDeclared = declared.map(() => []);
        const outIds = [];
        const extend = (step) => {
            const values = declared.map((d) => d.fallback);
            for (const [d, f] of step.assignments) {
                const v = f(scope);
                values[d] = v === null ? (0,engine_values.nullOf)(declared[d].type) : v;
            }
            return values;
        };
        const emit = (row, values, id) => {
            outRows.push(row);
            for (let d = 0; d < values.length; d++)
                outDeclared[d].push(values[d]);
            outIds.push(id);
            context.budget.rows(outRows.length, node, 'scan');
        };
        for (let r = 0; r < table.rowCount; r++) {
            scope.row = r;
            for (let k = n - 1; k >= 0; k--) {
                const step = steps[k];
                const previous = k > 0 ? state[k - 1] : undefined;
                if (previous) {
                    current = previous;
                    if (step.condition(scope) === true) {
                        const values = extend(step);
                        state[k - 1] = undefined;
                        previous.records[k] = { row: r, declared: values };
                        state[k] = previous;
                        if (step.output === 'all')
                            emit(r, values, previous.id);
                        continue;
                    }
                }
                const own = state[k];
                if (own || k === 0) {
                    current = own;
                    if (step.condition(scope) === true) {
                        const values = extend(step);
                        let sequence = own;
                        if (!sequence) {
                            sequence = { id: nextId++, records: new Array(n) };
                            state[k] = sequence;
                        }
                        sequence.records[k] = { row: r, declared: values };
                        if (step.output === 'all')
                            emit(r, values, sequence.id);
                    }
                }
            }
        }
        current = undefined;
        const picked = (0,engine_table.pickRows)(table, outRows);
        const data = table.columns.map((_, c) => (0,engine_table.columnData)(picked, c));
        data.push(...outDeclared);
        if (matchIdName !== undefined)
            data.push(outIds);
        return (0,engine_table.makeTable)(columns, data, outRows.length);
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/join.ts
/**
 * join: the kinds that detections use, with Kusto's default `innerunique` (the
 * left side keeps the first row of each key before matching). Output columns come
 * from the binder (right-side duplicates renamed Key1, …) and map by position.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */








const NONE = new Int32Array(0);
const KINDS = new Set([
    'innerunique',
    'inner',
    'leftouter',
    'leftanti',
    'leftantisemi',
    'leftsemi',
    'rightouter',
    'rightanti',
    'rightantisemi',
    'rightsemi',
    'fullouter',
]);
/** Column name of one side of a `$left.a == $right.b` condition. */
function sideColumn(expr) {
    if ((0,language_service/* nodeKind */.Fl)(expr) !== 'PathExpression')
        throw new engine_refusal.Unsupported('join condition that is not $left.column == $right.column', expr.TextStart);
    const side = String(expr.Expression?.ToString()).trim();
    if (side !== '$left' && side !== '$right')
        throw new engine_refusal.Unsupported('join condition that is not $left.column == $right.column', expr.TextStart);
    return { side: side === '$left' ? 'left' : 'right', name: String(expr.Selector?.SimpleName ?? expr.Selector?.ToString()).trim() };
}
/** Pairs of (left column, right column) the rows must agree on. */
function keyColumns(node) {
    const clause = node.ConditionClause ?? node.LookupClause;
    if ((0,language_service/* nodeKind */.Fl)(clause) !== 'JoinOnClause')
        throw new engine_refusal.Unsupported('join with a where clause', node.TextStart);
    return expressions(clause.Expressions).map((expr) => {
        if ((0,language_service/* nodeKind */.Fl)(expr) === 'NameReference') {
            const name = String(expr.SimpleName).trim();
            return { left: name, right: name };
        }
        if ((0,language_service/* nodeKind */.Fl)(expr) === 'BinaryExpression' && String(expr.ReferencedSymbol?.Name) === 'Equal') {
            const a = sideColumn(expr.Left);
            const b = sideColumn(expr.Right);
            if (a.side === b.side)
                throw new engine_refusal.Unsupported('join condition comparing one side with itself', expr.TextStart);
            return a.side === 'left' ? { left: a.name, right: b.name } : { left: b.name, right: a.name };
        }
        throw new engine_refusal.Unsupported('join condition other than equality', expr.TextStart);
    });
}
function keyOf(table, columns, row, offset) {
    return columns
        .map((c) => {
        const v = table.data[c][row];
        const type = table.columns[c].type;
        // How Kusto matches null or dynamic keys is not documented precisely: refuse.
        if (v === null)
            throw new engine_refusal.Unsupported('join on a null key value', offset);
        if (type === 'dynamic')
            throw new engine_refusal.Unsupported('join on a dynamic key', offset);
        return typeof v === 'bigint' ? `t${v}` : `${type}:${JSON.stringify(v)}`;
    })
        .join('\u0000');
}
/** Column indexes of the `on` keys in each side (join and lookup). */
function keyIndexes(node, left, right, keyword) {
    const keys = keyColumns(node);
    const leftKeys = keys.map((k) => left.columns.findIndex((c) => c.name === k.left));
    const rightKeys = keys.map((k) => right.columns.findIndex((c) => c.name === k.right));
    if (leftKeys.includes(-1) || rightKeys.includes(-1))
        throw new engine_refusal.Unsupported(`${keyword} key not found`, node.TextStart);
    return { leftKeys, rightKeys };
}
/**
 * Each row's key as a small integer, equal exactly when keyOf's strings are equal: string
 * vectors map their dictionary entries (not their rows) to ids, other columns their keyOf
 * strings; several key columns combine their ids. Fails as keyOf fails (null or dynamic keys).
 */
function keyIds(left, leftKeys, right, rightKeys, offset) {
    let leftIds;
    let rightIds;
    let count = 1;
    for (let k = 0; k < leftKeys.length; k++) {
        const ids = new Map();
        const side = (table, c) => {
            const out = new Int32Array(table.rowCount);
            const v = table.vectors?.[c];
            const type = table.columns[c].type;
            if (v?.kind === 'string') {
                // keyOf's string for a string value, per dictionary entry.
                const entry = new Int32Array(v.dict.length).fill(-1);
                for (let r = 0; r < table.rowCount; r++) {
                    const code = v.codes[r];
                    let id = entry[code];
                    if (id < 0) {
                        const key = `${type}:${JSON.stringify(v.dict[code])}`;
                        id = ids.get(key) ?? ids.size;
                        if (id === ids.size)
                            ids.set(key, id);
                        entry[code] = id;
                    }
                    out[r] = id;
                }
                return out;
            }
            for (let r = 0; r < table.rowCount; r++) {
                const key = keyOf(table, [c], r, offset);
                let id = ids.get(key);
                if (id === undefined)
                    ids.set(key, (id = ids.size));
                out[r] = id;
            }
            return out;
        };
        // Left rows first, as keyOf met them (the first failing row fails the same way).
        const l = side(left, leftKeys[k]);
        const r = side(right, rightKeys[k]);
        const width = Math.max(ids.size, 1);
        if (leftIds === undefined || rightIds === undefined) {
            leftIds = l;
            rightIds = r;
            count = width;
            continue;
        }
        // Combine with the earlier columns' ids: pairs renumbered densely.
        const pairs = new Map();
        const combine = (prev, next) => {
            const out = new Int32Array(prev.length);
            for (let i = 0; i < prev.length; i++) {
                const pair = prev[i] * width + next[i];
                let id = pairs.get(pair);
                if (id === undefined)
                    pairs.set(pair, (id = pairs.size));
                out[i] = id;
            }
            return out;
        };
        leftIds = combine(leftIds, l);
        rightIds = combine(rightIds, r);
        count = Math.max(pairs.size, 1);
    }
    return { left: leftIds ?? new Int32Array(left.rowCount), right: rightIds ?? new Int32Array(right.rowCount), count };
}
/** Column c of `table` at `rows` (-1: a null row): a gathered vector when every row is real. */
function pickColumn(table, c, rows, type) {
    const v = table.vectors?.[c];
    if (v !== undefined && !rows.includes(-1))
        return (0,vectors.gather)(v, rows);
    const col = table.data[c];
    const empty = (0,engine_values.nullOf)(type);
    const out = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        out[i] = r < 0 ? empty : col[r];
    }
    return out;
}
/** Functions whose value depends on the rows around, or on nothing: a filter using them is not moved. */
const ROW_ORDER = new Set([
    'prev',
    'next',
    'row_number',
    'row_cumsum',
    'row_rank_dense',
    'row_rank_min',
    'row_window_session',
    'rand',
    'toscalar',
]);
/**
 * The `where` right after this join when it reads only left-side columns and plain
 * row values. Kusto pushes such a filter to the left side, before innerunique keeps
 * one row per key (innerunique join docs: with `| where value == "val1.2"` the join
 * "gives the second result and will never give the first").
 */
function leftFilter(node, left, context) {
    const pipe = node.Parent;
    const next = pipe?.Parent;
    if ((0,language_service/* nodeKind */.Fl)(pipe) !== 'PipeExpression' || (0,language_service/* nodeKind */.Fl)(next) !== 'PipeExpression')
        return undefined;
    if ((0,language_service/* nodeKind */.Fl)(next.Operator) !== 'FilterOperator' || Number(next.Expression?.TextStart) !== Number(pipe.TextStart))
        return undefined;
    const leftNames = new Set(left.columns.map((c) => c.name));
    for (const d of (0,language_service/* syntaxDescendants */.qV)(next.Operator.Condition)) {
        const kind = (0,language_service/* nodeKind */.Fl)(d);
        if (kind === 'StarExpression' || kind === 'ToScalarExpression')
            return undefined;
        if (kind === 'FunctionCallExpression') {
            const name = String(d.ReferencedSymbol?.Name ?? d.Name?.SimpleName ?? '');
            if (ROW_ORDER.has(name) || context.functions.has(name))
                return undefined;
        }
        if (kind === 'NameReference' && boundToColumn(d.ReferencedSymbol) && !leftNames.has(String(d.SimpleName ?? d.ToString().trim())))
            return undefined;
    }
    return next.Operator;
}
const joinOperator = {
    kind: 'JoinOperator',
    keyword: 'join',
    evaluate(node, input, context) {
        let kind = 'innerunique';
        for (const { name, value } of namedParameters(node.Parameters)) {
            if (name !== 'kind')
                throw new engine_refusal.Unsupported(`join ${name}=${value}`, node.TextStart);
            kind = value;
        }
        if (!KINDS.has(kind))
            throw new engine_refusal.Unsupported(`join kind=${kind}`, node.TextStart);
        let left = input;
        const filter = kind === 'innerunique' ? leftFilter(node, left, context) : undefined;
        if (filter)
            left = context.tabularOperator('FilterOperator').evaluate(filter, left, context);
        const right = context.evaluateTabular(node.Expression);
        const { leftKeys, rightKeys } = keyIndexes(node, left, right, 'join');
        const offset = Number(node.TextStart);
        const ids = keyIds(left, leftKeys, right, rightKeys, offset);
        let leftRows = Array.from({ length: left.rowCount }, (_, i) => i);
        if (kind === 'innerunique') {
            // First row of each left key ("first" in input order).
            const seen = new Uint8Array(ids.count);
            leftRows = leftRows.filter((r) => {
                const k = ids.left[r];
                if (seen[k])
                    return false;
                seen[k] = 1;
                return true;
            });
        }
        // Right rows grouped by key, in input order within a key (a counting sort).
        const starts = new Int32Array(ids.count + 1);
        for (let r = 0; r < right.rowCount; r++)
            starts[ids.right[r] + 1]++;
        for (let k = 0; k < ids.count; k++)
            starts[k + 1] += starts[k];
        const byKey = new Int32Array(right.rowCount);
        const fill = starts.slice(0, ids.count);
        for (let r = 0; r < right.rowCount; r++)
            byKey[fill[ids.right[r]]++] = r;
        const output = resultColumns(node, joinedColumns(left, right, kind));
        const matchesOf = leftRows.map((l) => {
            const k = ids.left[l];
            return k < ids.count && starts[k + 1] > starts[k] ? byKey.subarray(starts[k], starts[k + 1]) : NONE;
        });
        const pairsLeft = [];
        const pairsRight = [];
        const matchedRight = new Uint8Array(right.rowCount);
        // Count the output before building it, so a runaway join stops early.
        const expands = ['inner', 'innerunique', 'leftouter', 'rightouter', 'fullouter'].includes(kind);
        if (expands) {
            let total = 0;
            for (const matches of matchesOf)
                total += matches.length || (kind === 'leftouter' || kind === 'fullouter' ? 1 : 0);
            context.budget.rows(total, node, 'join');
            context.budget.bytes(estimateBytes(total, output.length + 2), node, 'join');
        }
        const pair = (l, r) => {
            pairsLeft.push(l);
            pairsRight.push(r);
        };
        leftRows.forEach((l, i) => {
            const matches = matchesOf[i];
            for (const r of matches)
                matchedRight[r] = 1;
            if (kind === 'leftsemi' && matches.length)
                pair(l, -1);
            else if ((kind === 'leftanti' || kind === 'leftantisemi') && !matches.length)
                pair(l, -1);
            else if (expands) {
                for (const r of matches)
                    pair(l, r);
                if (!matches.length && (kind === 'leftouter' || kind === 'fullouter'))
                    pair(l, -1);
            }
        });
        if (kind === 'rightsemi' || kind === 'rightanti' || kind === 'rightantisemi') {
            for (let r = 0; r < right.rowCount; r++)
                if ((matchedRight[r] === 1) === (kind === 'rightsemi'))
                    pair(-1, r);
        }
        if (kind === 'rightouter' || kind === 'fullouter') {
            for (let r = 0; r < right.rowCount; r++)
                if (!matchedRight[r])
                    pair(-1, r);
        }
        const leftOnly = kind.startsWith('left') && kind !== 'leftouter';
        const rightOnly = kind.startsWith('right') && kind !== 'rightouter';
        const sources = [
            ...(rightOnly ? [] : left.columns.map((_, i) => ['left', i])),
            ...(leftOnly ? [] : right.columns.map((_, i) => ['right', i])),
        ];
        if (sources.length !== output.length)
            throw new engine_refusal.Unsupported('join whose output columns do not map one to one', offset);
        const leftIndex = Int32Array.from(pairsLeft);
        const rightIndex = Int32Array.from(pairsRight);
        const columns = sources.map(([side, i], c) => side === 'left' ? pickColumn(left, i, leftIndex, output[c].type) : pickColumn(right, i, rightIndex, output[c].type));
        return (0,engine_table.makeTable)(output, columns, pairsLeft.length);
    },
};
/**
 * The join's output columns in order (left's, then right's, as the binder lists
 * them, right names made unique), as a table for typing columns the binder types
 * unknown by position (a stand-in that gets rows is refused after the join).
 */
function joinedColumns(left, right, kind) {
    const leftOnly = kind.startsWith('left') && kind !== 'leftouter';
    const rightOnly = kind.startsWith('right') && kind !== 'rightouter';
    const columns = [...(rightOnly ? [] : left.columns), ...(leftOnly ? [] : right.columns)];
    return { columns, data: [], rowCount: 0, positional: true };
}

;// CONCATENATED MODULE: ./src/engine/operators/parse.ts
/**
 * parse and parse-where: the pattern becomes one RE2 regex anchored at the start
 * (parse-operator "Regex mode"): `*` skips text, a string column captures text,
 * an int/long column captures digits. Simple and relaxed modes are lazy (a column
 * ends at the first occurrence of the next delimiter); regex mode is greedy unless
 * flags has U. A row that does not match gets empty/null columns (parse) or is
 * dropped (parse-where).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */








function elementsOf(node) {
    return (0,language_service/* listOf */.c3)(node.Patterns).map((p) => {
        const e = p.Element ?? p;
        const kind = (0,language_service/* nodeKind */.Fl)(e);
        if (kind === 'StarExpression')
            return { kind: 'star' };
        if (kind === 'LiteralExpression') {
            if (scalar_typeOf(e) !== 'string')
                throw new engine_refusal.Unsupported('parse with a non-string delimiter', e.TextStart);
            return { kind: 'text', text: String(e.LiteralValue ?? '') };
        }
        if (kind === 'NameDeclaration')
            return { kind: 'column', name: String(e.SimpleName), type: 'string' };
        if (kind === 'NameAndTypeDeclaration')
            return { kind: 'column', name: String(e.Name.SimpleName), type: (0,engine_values.kustoType)(String(e.Name.ResultType?.Name ?? 'string')) };
        throw new engine_refusal.Unsupported(`parse pattern element ${kind}`, e.TextStart);
    });
}
function plan(node) {
    let kind = 'simple';
    let flags = '';
    for (const { name, value } of namedParameters(node.Parameters)) {
        if (name === 'kind')
            kind = value.toLowerCase();
        else if (name === 'flags')
            flags = value;
        else
            throw new engine_refusal.Unsupported(`parse ${name}=`, node.TextStart);
    }
    if (!['simple', 'regex', 'relaxed'].includes(kind))
        throw new engine_refusal.QueryError(`parse kind=${kind} is not simple, regex or relaxed`);
    if (flags && kind !== 'regex')
        throw new engine_refusal.QueryError('parse flags= needs kind=regex');
    const regexMode = kind === 'regex';
    const lazy = !regexMode || flags.includes('U');
    // In regex mode (?U) swaps greediness; write the greedy form and let the flag apply.
    const any = regexMode ? '.*' : '.*?';
    const elements = elementsOf(node);
    const columns = [];
    let source = '^';
    let groups = 0;
    elements.forEach((e, i) => {
        const next = elements[i + 1];
        if (e.kind === 'star')
            source += `(?:${any})`;
        else if (e.kind === 'text') {
            const piece = regexMode ? e.text : build/* RE2JS */.L3.quote(e.text);
            groups += compileRegex(piece).groupCount();
            source += `(?:${piece})`;
        }
        else {
            groups++;
            columns.push({ name: e.name, type: e.type, group: groups });
            // Documented: `*` cannot follow a string column.
            if (e.type === 'string' && next?.kind === 'star')
                throw new engine_refusal.QueryError('parse: * cannot follow a string column');
            if (e.type === 'int' || e.type === 'long')
                source += kind === 'relaxed' && next?.kind === 'text' ? `(${any})` : '(-?\\d+)';
            else if (e.type === 'string' || next?.kind === 'text')
                source += `(${any})`;
            else
                throw new engine_refusal.Unsupported(`parse of a ${e.type} column not followed by a delimiter`, node.TextStart);
            if (e.type === 'string' && lazy && next === undefined) {
                // A trailing column takes the rest of the text (the common `with * "key=" value` idiom).
                if (regexMode)
                    throw new engine_refusal.Unsupported('parse kind=regex flags=U ending with a string column', node.TextStart);
                source += '$';
            }
        }
    });
    return {
        regex: compileRegex(source, flags),
        columns,
        relaxed: kind === 'relaxed',
        endsWithStar: elements[elements.length - 1]?.kind === 'star' || elements[elements.length - 1]?.kind === 'column',
    };
}
/** Parsed values of one row, or null when the row does not parse. */
function parseRow(p, text) {
    const m = firstMatch(p.regex, text);
    if (!m)
        return null;
    if (m.end !== text.length && !p.endsWithStar)
        throw new engine_refusal.Unsupported('parse pattern ending with a delimiter that is followed by more text (strictness not documented)');
    const values = [];
    for (const c of p.columns) {
        const raw = m.groups[c.group] ?? '';
        const v = convertText(raw, c.type, 'parse');
        if (v === null && c.type !== 'string' && !p.relaxed)
            return null;
        values.push(v);
    }
    return values;
}
function run(node, input, context, dropFailures) {
    const p = plan(node);
    const sourceType = scalar_typeOf(node.Expression);
    const texts = computeColumn(node.Expression, input, context);
    const parsed = texts.map((t) => parseRow(p, asText(t, sourceType)));
    const output = resultColumns(node);
    const data = output.map((column) => {
        const at = p.columns.findIndex((c) => c.name === column.name);
        if (at >= 0)
            return parsed.map((values) => (values ? values[at] : (0,engine_values.nullOf)(column.type)));
        const from = input.columns.findIndex((c) => c.name === column.name);
        if (from < 0)
            throw new engine_refusal.Unsupported(`parse output column ${column.name}`, node.TextStart);
        return input.data[from];
    });
    const table = { columns: output, data, rowCount: input.rowCount };
    return dropFailures ? (0,engine_table.filterRows)(table, (r) => parsed[r] !== null) : table;
}
const parseOperator = {
    kind: 'ParseOperator',
    keyword: 'parse',
    evaluate: (node, input, context) => run(node, input, context, false),
};
const parseWhereOperator = {
    kind: 'ParseWhereOperator',
    keyword: 'parse-where',
    evaluate: (node, input, context) => run(node, input, context, true),
};

;// CONCATENATED MODULE: ./src/engine/operators/parse-kv.ts
/**
 * parse-kv with specified delimiters (pair_delimiter, kv_delimiter, quote, escape)
 * or with regex=. Only listed keys are extracted, the first appearance of a key
 * wins, keys and values are trimmed of white space (parse-kv-operator). Greedy
 * mode is refused: its scanning rule is not documented precisely enough.
 * Without delimiters ("any nonalphanumeric character is considered a delimiter"),
 * only the reading every rule would agree on is computed: each listed key appears
 * once as a whole word and before any quote, then `:` or `=` (white space around allowed), then a quoted
 * value or a run of letters and digits that ends the text or meets white space, `,`
 * or `;`. Anything else (a key seen twice, other delimiters, a value running into
 * `.`, `-`, `/`…) is refused.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */






function options(node) {
    const o = { quotes: new Map(), escapes: new Set() };
    for (const item of (0,language_service/* listOf */.c3)(node.WithClause?.Properties)) {
        const p = item.Element ?? item;
        const name = String(p.Name?.SimpleName ?? '').trim();
        const value = p.Expression?.LiteralValue;
        if (name === 'greedy')
            throw new engine_refusal.Unsupported('parse-kv greedy=true', node.TextStart);
        if (typeof value !== 'string')
            throw new engine_refusal.Unsupported(`parse-kv ${name}= with a non-string value`, node.TextStart);
        if (name === 'pair_delimiter')
            o.pair = value;
        else if (name === 'kv_delimiter')
            o.kv = value;
        else if (name === 'quote') {
            if (value.length < 1 || value.length > 2)
                throw new engine_refusal.QueryError('parse-kv quote must be one or two characters');
            o.quotes.set(value[0], value[value.length - 1]);
        }
        else if (name === 'escape') {
            if (value.length !== 1)
                throw new engine_refusal.QueryError('parse-kv escape must be one character');
            o.escapes.add(value);
        }
        else if (name === 'regex')
            o.regex = value;
        else
            throw new engine_refusal.Unsupported(`parse-kv ${name}=`, node.TextStart);
    }
    if (o.regex === undefined && (o.pair === undefined) !== (o.kv === undefined))
        throw new engine_refusal.Unsupported('parse-kv with only one of pair_delimiter and kv_delimiter', node.TextStart);
    if (o.pair === '' || o.kv === '')
        throw new engine_refusal.QueryError('parse-kv delimiters must not be empty');
    return o;
}
/** Read a quoted token at `i` (text[i] is an opening quote): its content and the index after it. */
function quoted(text, i, close, o) {
    let out = '';
    for (let j = i + 1; j < text.length; j++) {
        const c = text[j];
        if (o.escapes.has(c) && j + 1 < text.length)
            out += text[++j];
        else if (c === close)
            return [out, j + 1];
        else
            out += c;
    }
    throw new engine_refusal.Unsupported('parse-kv with an unclosed quote');
}
/** Read a key or value at `i` up to one of `stops` (or a quoted token). */
function token(text, i, stops, o) {
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    const close = o.quotes.get(text[i] ?? '');
    if (close !== undefined)
        return quoted(text, i, close, o);
    let j = i;
    while (j < text.length && !stops.some((s) => text.startsWith(s, j)))
        j++;
    return [text.slice(i, j).trim(), j];
}
const WORD_CHAR = /[A-Za-z0-9_]/;
const ALNUM = /[A-Za-z0-9]/;
/** Delimiter detection (no pair_delimiter/kv_delimiter): the listed keys' values, see above. */
function detectedPairs(text, keys, o) {
    const found = new Map();
    const refuse = (why) => new engine_refusal.Unsupported(`parse-kv without delimiters: ${why}`);
    for (const key of keys) {
        const at = [];
        for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
            const before = i > 0 ? text[i - 1] : '';
            const after = text[i + key.length] ?? '';
            if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after))
                at.push(i);
        }
        if (at.length === 0)
            continue;
        if (at.length > 1)
            throw refuse(`the key ${key} appears more than once`);
        // A key after an opening quote may be inside another quoted value.
        if ([...text.slice(0, at[0])].some((c) => o.quotes.has(c)))
            throw refuse(`the key ${key} follows a quote`);
        let i = at[0] + key.length;
        const start = i;
        while (i < text.length && !ALNUM.test(text[i]) && !o.quotes.has(text[i]))
            i++;
        if (!/^\s*[:=]\s*$/.test(text.slice(start, i)))
            throw refuse(`the key ${key} is not followed by : or =`);
        let value;
        let end;
        const close = o.quotes.get(text[i] ?? '');
        if (close !== undefined)
            [value, end] = quoted(text, i, close, o);
        else {
            end = i;
            while (end < text.length && ALNUM.test(text[end]))
                end++;
            value = text.slice(i, end);
            if (value === '')
                throw refuse(`the value of ${key} is not letters and digits`);
        }
        if (end < text.length && !/[\s,;]/.test(text[end]))
            throw refuse(`where the value of ${key} ends`);
        found.set(key, value.trim());
    }
    return found;
}
/** The key/value pairs of a text, first appearance of each key kept. */
function pairs(text, o) {
    const found = new Map();
    const keep = (k, v) => {
        if (!found.has(k))
            found.set(k, v);
    };
    if (o.regex !== undefined) {
        const regex = compileRegex(o.regex);
        if (regex.groupCount() !== 2)
            throw new engine_refusal.QueryError('parse-kv regex must have exactly two capturing groups');
        for (const m of matchesOf(regex, text))
            keep((m.groups[1] ?? '').trim(), (m.groups[2] ?? '').trim());
        return found;
    }
    const pair = o.pair;
    const kv = o.kv;
    for (let i = 0; i < text.length;) {
        const [key, afterKey] = token(text, i, [kv, pair], o);
        let next = afterKey;
        if (text.startsWith(kv, afterKey)) {
            const [value, afterValue] = token(text, afterKey + kv.length, [pair], o);
            keep(key, value);
            next = afterValue;
        }
        // Skip what remains up to and past the next pair delimiter.
        const at = text.indexOf(pair, next);
        if (at < 0)
            break;
        i = at + pair.length;
    }
    return found;
}
const parseKvOperator = {
    kind: 'ParseKvOperator',
    keyword: 'parse-kv',
    evaluate(node, input, context) {
        const table = input;
        const o = options(node);
        const keys = (0,language_service/* listOf */.c3)(node.Keys?.Columns).map((item) => {
            const d = item.Element ?? item;
            return { name: String(d.Name?.SimpleName), type: (0,engine_values.kustoType)(String(d.Name?.ResultType?.Name ?? 'string')) };
        });
        const sourceType = scalar_typeOf(node.Expression);
        const names = keys.map((k) => k.name);
        const detect = o.regex === undefined && o.pair === undefined;
        const found = computeColumn(node.Expression, table, context).map((v) => detect ? detectedPairs(asText(v, sourceType), names, o) : pairs(asText(v, sourceType), o));
        const output = resultColumns(node);
        const data = output.map((column) => {
            const key = keys.find((k) => k.name === column.name);
            if (key) {
                return found.map((m) => {
                    const raw = m.get(key.name);
                    return raw === undefined ? (0,engine_values.nullOf)(key.type) : convertText(raw, key.type, 'parse-kv');
                });
            }
            const from = table.columns.findIndex((c) => c.name === column.name);
            if (from < 0)
                throw new engine_refusal.Unsupported(`parse-kv output column ${column.name}`, node.TextStart);
            return table.data[from];
        });
        return { columns: output, data, rowCount: table.rowCount };
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/expansion.ts
/**
 * Array expansion shared by mv-expand and mv-apply: which expressions expand,
 * under which names and types, and the items each input row yields.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */




/** Read the operator's parameters, expressions, and compute the values to expand. */
function expandSpec(node, table, output, keyword, context) {
    let indexName;
    let bagKind = 'bag';
    for (const p of namedParameters(node.Parameters)) {
        const name = p.name.toLowerCase();
        if (name === 'with_itemindex')
            indexName = p.value;
        else if ((name === 'kind' || name === 'bagexpansion') && (p.value === 'bag' || p.value === 'array'))
            bagKind = p.value;
        else
            throw new engine_refusal.Unsupported(`${keyword} parameter ${p.name}=${p.value}`, node.TextStart);
    }
    const items = expressions(node.Expressions);
    const exprs = items.map((e) => e.Expression);
    const names = expressionNames(exprs, output, new Set(table.columns.map((c) => c.name)));
    const targets = items.map((item, i) => {
        const name = names[i];
        const column = output.find((c) => c.name === name);
        // A column the output drops (mv-apply … summarize) takes its type from `to typeof(T)`.
        const declared = item.ToTypeOf ? expressions(item.ToTypeOf.TypeOf?.Types)[0] : undefined;
        const type = column?.type ?? (declared ? (0,engine_values.kustoType)(String(declared.ToString()).trim()) : 'dynamic');
        return { name, type, values: computeColumn(columns_valueOf(exprs[i]), table, context) };
    });
    let limit = Number.MAX_SAFE_INTEGER;
    if (node.RowLimitClause) {
        const n = evaluateScalar(node.RowLimitClause.RowLimit, constantScope(context));
        if (typeof n !== 'number' || !Number.isInteger(n))
            throw new engine_refusal.QueryError(`${keyword} limit expects a whole number`);
        limit = Math.max(0, n);
    }
    return { targets, indexName, bagKind, limit };
}
/** The items one dynamic value expands to: null gives one null, empty gives none, a scalar gives itself. */
function itemsOf(value, bagKind) {
    if (value === null)
        return [null];
    if (Array.isArray(value))
        return value;
    if ((0,engine_values.isBag)(value) && bagKind === 'none')
        throw new engine_refusal.Unsupported('mv-apply over a property bag');
    if ((0,engine_values.isBag)(value))
        return (0,engine_values.bagEntries)(value).map(([k, v]) => (bagKind === 'bag' ? { [k]: v } : [k, v]));
    if (typeof value === 'bigint')
        throw new engine_refusal.Unsupported('mv-expand of a datetime/timespan value');
    return [value];
}
const STRICT_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/;
/** `to typeof(T)`: a cast, not a conversion; non-conforming elements become null, unclear cases are refused. */
function castItem(v, type) {
    if (type === 'dynamic')
        return v;
    if (v === null)
        return type === 'string' ? '' : null;
    const refuse = () => {
        throw new engine_refusal.Unsupported(`to typeof(${type}) of the element ${JSON.stringify(v)}`);
    };
    const numericText = typeof v === 'string' && /^\s*[+-]?(\d|\.\d)/.test(v);
    switch (type) {
        case 'string':
            return typeof v === 'string' ? v : refuse();
        case 'long':
        case 'int':
        case 'real':
            if (typeof v === 'number') {
                if (type === 'real')
                    return v;
                if (!Number.isInteger(v) || (type === 'int' && (v | 0) !== v))
                    refuse();
                return v;
            }
            return typeof v === 'boolean' || numericText ? refuse() : null;
        case 'bool':
            if (typeof v === 'boolean')
                return v;
            return typeof v === 'number' || (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) ? refuse() : null;
        case 'datetime':
            // Datetimes inside dynamic values are held in their serialized form.
            if (typeof v === 'string' && STRICT_DATETIME.test(v)) {
                const ticks = (0,engine_values.parseDatetime)(v);
                if (ticks !== null && (0,engine_values.dynamicDatetimeText)(ticks) === v)
                    return ticks;
            }
            return refuse();
        default:
            return refuse();
    }
}
/**
 * Expand one input row "in parallel" (shorter lists padded with null), at most
 * `limit` rows. Called per row so callers can budget rows as they go.
 */
function expandRow(spec, row) {
    const lists = spec.targets.map((t) => itemsOf(t.values[row], spec.bagKind));
    const count = Math.min(spec.limit, Math.max(0, ...lists.map((l) => l.length)));
    const out = [];
    for (let i = 0; i < count; i++)
        out.push({
            row,
            index: i,
            items: lists.map((l, t) => castItem(i < l.length ? l[i] : null, spec.targets[t].type)),
        });
    return out;
}
/** Build the output table of expanded rows in the binder's column order. */
function expandedTable(input, spec, rows, output, keyword) {
    const data = output.map((column) => {
        const target = spec.targets.findIndex((t) => t.name === column.name);
        if (target >= 0)
            return rows.map((r) => r.items[target]);
        if (column.name === spec.indexName)
            return rows.map((r) => r.index);
        const at = input.columns.findIndex((c) => c.name === column.name);
        if (at < 0)
            throw new engine_refusal.Unsupported(`${keyword} output column ${column.name}`);
        const source = input.data[at];
        return rows.map((r) => source[r.row]);
    });
    return { columns: output, data, rowCount: rows.length };
}
/** Guard used by the expansion loops: the row budget of the query. */
function checkBudget(count, context, keyword) {
    if (count > context.maxRows)
        throw new engine_refusal.QueryError(`${keyword} produced more than ${context.maxRows} rows (row budget)`);
}

;// CONCATENATED MODULE: ./src/engine/operators/ip-lookup.ts
/**
 * `evaluate ipv4_lookup(LookupTable, SourceIPv4Key, IPv4LookupKey [, ExtraKey1, …] [, return_unmatched])`
 * and `evaluate ipv6_lookup(LookupTable, SourceIPv6Key, IPv6LookupKey [, return_unmatched])`
 * (ipv4-lookup-plugin.md, ipv6-lookup-plugin.md): each input row joined with the lookup
 * row whose range (IP-prefix notation or a single address) contains its address and, for
 * ipv4_lookup, whose extra key columns equal the row's. Only matched rows by default;
 * `return_unmatched = true` keeps the others with nulls for the lookup columns.
 *
 * What the pages leave open is refused: which lookup row wins when several match (more
 * than one match for a row), addresses or ranges that are neither empty nor IP text, a
 * source network wider than a range inside it, null or dynamic extra keys, and for
 * ipv6_lookup, whose example gives the lookup table's columns before the input's (the
 * binder lists the input's first, as for ipv4_lookup), column names the two tables
 * share and any later step that would order columns as the binder lists them.
 *
 * Addresses and ranges are read by the IPv4/IPv6 functions' parsers (ipv4-parse.ts,
 * ipv6.ts); the ranges are indexed by prefix length, so a row costs one map look-up
 * per distinct prefix length of the lookup table.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */






const IPV4 = { plugin: 'ipv4_lookup', label: 'IPv4', parse: parseIpv4Text, network: masked };
/** mask(p) for p = 0..128, made once. */
const IPV6_MASKS = Array.from({ length: 129 }, (_, p) => mask(p));
const IPV6 = {
    plugin: 'ipv6_lookup',
    label: 'IP',
    parse: parseIpv6Text,
    network: (address, prefix) => address & IPV6_MASKS[prefix],
};
/**
 * The lookup table's ranges, by prefix length: network → lookup rows. IP-prefix
 * ranges are nested or disjoint, so the ranges holding an address are the buckets
 * (one look-up each) whose prefix is at most the address's.
 */
class RangeIndex {
    family;
    buckets = new Map();
    prefixes = [];
    /** Networks of bucket q cut to a shorter prefix p, by `q/p` (built on first use). */
    cut = new Map();
    constructor(family) {
        this.family = family;
    }
    add(address, prefix, row) {
        let bucket = this.buckets.get(prefix);
        if (!bucket) {
            this.buckets.set(prefix, (bucket = new Map()));
            this.prefixes = [...this.buckets.keys()].sort((a, b) => a - b);
        }
        const network = this.family.network(address, prefix);
        const rows = bucket.get(network);
        if (rows)
            rows.push(row);
        else
            bucket.set(network, [row]);
    }
    /** The rows whose range holds the block `address/prefix`, in lookup-table order. */
    holding(address, prefix, offset) {
        const out = [];
        for (const q of this.prefixes) {
            if (q <= prefix) {
                const rows = this.buckets.get(q).get(this.family.network(address, q));
                if (rows)
                    out.push(...rows);
                continue;
            }
            // A range narrower than the source network and inside it: partly matching (the
            // IPv4/IPv6 functions refuse an address prefix wider than the range too).
            const key = `${q}/${prefix}`;
            let networks = this.cut.get(key);
            if (!networks) {
                networks = new Set([...this.buckets.get(q).keys()].map((n) => this.family.network(n, prefix)));
                this.cut.set(key, networks);
            }
            if (networks.has(this.family.network(address, prefix)))
                throw new engine_refusal.Unsupported(`${this.family.plugin} of a source network wider than a lookup range inside it`, offset);
        }
        return out.length > 1 ? out.sort((a, b) => a - b) : out;
    }
}
/** The column a name argument refers to in `table`, refused when absent. */
function columnIndex(arg, table, what, plugin) {
    if ((0,language_service/* nodeKind */.Fl)(arg) !== 'NameReference')
        throw new engine_refusal.Unsupported(`${plugin} with a ${what} that is not a column`, arg?.TextStart);
    const name = String(arg.SimpleName);
    const at = table.columns.findIndex((c) => c.name === name);
    if (at < 0)
        throw new engine_refusal.Unsupported(`${plugin} ${what} ${name}`, arg.TextStart);
    return at;
}
/** Operators after which the columns keep the order of their input (or name them explicitly). */
const ORDER_KEEPING = new Set([
    'FilterOperator',
    'TakeOperator',
    'SortOperator',
    'ExtendOperator',
    'ProjectOperator',
    'SummarizeOperator',
    'CountOperator',
]);
/**
 * ipv6_lookup's columns come in the page's order, which is not the binder's; operators
 * that take their column order from the binder (project-away, union, join, top, …), a
 * let, a function body or a sub-query would reorder them. Allowed: the query's result,
 * through operators that keep or name their columns.
 */
function checkIpv6Consumers(node) {
    const refuse = () => {
        throw new engine_refusal.Unsupported('ipv6_lookup whose result feeds a step that orders columns as the binder lists them', node.TextStart);
    };
    let current = node.Parent;
    if ((0,language_service/* nodeKind */.Fl)(current) !== 'PipeExpression')
        refuse();
    for (;;) {
        const parent = current.Parent;
        const kind = (0,language_service/* nodeKind */.Fl)(parent);
        if (kind === 'PipeExpression') {
            if (!ORDER_KEEPING.has((0,language_service/* nodeKind */.Fl)(parent.Operator)))
                refuse();
            current = parent;
        }
        else if (kind === 'ParenthesizedExpression')
            current = parent;
        else if (kind === 'ExpressionStatement')
            break;
        else
            refuse();
    }
    // The statement must be the query's own, not a function body's.
    for (let n = current.Parent?.Parent; n; n = n.Parent) {
        const kind = (0,language_service/* nodeKind */.Fl)(n);
        if (kind === 'QueryBlock')
            return;
        if (!kind.startsWith('SeparatedElement') && !kind.startsWith('SyntaxList'))
            refuse();
    }
    refuse();
}
/** The binder's output column names and types (unknown left to the source columns). */
function binderColumns(node) {
    return (0,language_service/* listOf */.c3)(node.ResultType?.Columns).map((c) => ({ name: String(c.Name), type: String(c.Type?.Name) }));
}
/** The output column for a source column, checking the binder agrees on its type. */
function outputColumn(name, source, binderType, plugin, offset) {
    if (binderType !== undefined && binderType !== 'unknown' && (0,engine_values.kustoType)(binderType) !== source.type)
        throw new engine_refusal.Unsupported(`${plugin} column ${name} typed otherwise by the binder`, offset);
    // The same column object keeps a stand-in (see resultColumns) a stand-in.
    return name === source.name ? source : { name, type: source.type };
}
function lookupPlugin(family, call, node, input, context) {
    const { plugin } = family;
    const offset = Number(call.TextStart);
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    if (args.length < 3)
        throw new engine_refusal.Unsupported(`${plugin} with fewer than 3 arguments`, offset);
    if (node.Schema)
        throw new engine_refusal.Unsupported(`evaluate ${plugin} with an output schema`, offset);
    // return_unmatched: the last argument when it is a literal (named or not); the binder
    // accepts only a bool literal there.
    let returnUnmatched = false;
    const last = args[args.length - 1];
    if (args.length > 3 && (0,language_service/* nodeKind */.Fl)(last) !== 'NameReference') {
        args.pop();
        const named = (0,language_service/* nodeKind */.Fl)(last) === 'SimpleNamedExpression';
        if (named && String(last.Name?.SimpleName) !== 'return_unmatched')
            throw new engine_refusal.Unsupported(`${plugin} argument ${String(last.Name?.SimpleName)}`, last.TextStart);
        const flag = evaluateScalar(named ? last.Expression : last, constantScope(context));
        if (typeof flag !== 'boolean')
            throw new engine_refusal.Unsupported(`${plugin} with a return_unmatched that is not true or false`, last.TextStart);
        returnUnmatched = flag;
    }
    const [tableArg, sourceArg, lookupArg, ...extraArgs] = args;
    if (plugin === 'ipv6_lookup' && extraArgs.length > 0)
        throw new engine_refusal.Unsupported(`${plugin} with extra key columns (not in its syntax)`, offset);
    const lookup = context.evaluateTabular(tableArg);
    const sourceAt = columnIndex(sourceArg, input, 'source key', plugin);
    const lookupAt = columnIndex(lookupArg, lookup, 'lookup key', plugin);
    for (const [table, at] of [
        [input, sourceAt],
        [lookup, lookupAt],
    ])
        if (table.columns[at].type !== 'string')
            throw new engine_refusal.Unsupported(`${plugin} on a ${table.columns[at].type} column (the page takes ${family.label} strings)`, offset);
    const extraSource = extraArgs.map((a) => columnIndex(a, input, 'extra key', plugin));
    const extraLookup = extraArgs.map((a) => columnIndex(a, lookup, 'extra key', plugin));
    extraSource.forEach((s, k) => {
        const type = input.columns[s].type;
        if (type !== lookup.columns[extraLookup[k]].type || type === 'dynamic')
            throw new engine_refusal.Unsupported(`${plugin} extra key ${input.columns[s].name} of differing or dynamic types`, offset);
    });
    // Output columns. ipv4_lookup: the input's, then the lookup table's but its extra keys
    // (renamed on a conflict as the binder renames them, like lookup); ipv6_lookup: the
    // lookup table's, then the input's (the page's examples).
    const binder = binderColumns(node);
    const lookupKept = lookup.columns.map((_, i) => i).filter((i) => !extraLookup.includes(i));
    let columns;
    if (plugin === 'ipv4_lookup') {
        const sources = [...input.columns, ...lookupKept.map((i) => lookup.columns[i])];
        if (binder.length !== sources.length)
            throw new engine_refusal.Unsupported(`${plugin} whose output columns do not map one to one`, offset);
        columns = sources.map((source, i) => {
            const { name, type } = binder[i];
            const renamed = i >= input.columns.length && name.startsWith(source.name) && /^\d+$/.test(name.slice(source.name.length));
            if (name !== source.name && !renamed)
                throw new engine_refusal.Unsupported(`${plugin} output column ${name}`, offset);
            return outputColumn(name, source, type, plugin, offset);
        });
    }
    else {
        const sources = [...lookup.columns, ...input.columns];
        const names = new Set(sources.map((c) => c.name));
        if (names.size !== sources.length)
            throw new engine_refusal.Unsupported(`${plugin} of tables sharing a column name (its renaming is not documented)`, offset);
        const byName = new Map(binder.map((c) => [c.name, c.type]));
        if (binder.length !== sources.length || sources.some((c) => !byName.has(c.name)))
            throw new engine_refusal.Unsupported(`${plugin} whose output columns do not map one to one`, offset);
        columns = sources.map((source) => outputColumn(source.name, source, byName.get(source.name), plugin, offset));
        checkIpv6Consumers(node);
    }
    // Index the lookup ranges; an empty range matches nothing.
    const index = new RangeIndex(family);
    const ranges = lookup.data[lookupAt];
    for (let r = 0; r < lookup.rowCount; r++) {
        const text = ranges[r];
        if (text === null || text === '')
            continue;
        const range = family.parse(text, plugin);
        if (range === null)
            throw new engine_refusal.Unsupported(`${plugin} of a lookup range that is not ${family.label} text`, offset);
        index.add(range.address, range.prefix, r);
    }
    const extraValue = (table, c, row) => {
        const v = table.data[c][row];
        if (v === null)
            throw new engine_refusal.Unsupported(`${plugin} with a null extra key value`, offset);
        return v;
    };
    const keysEqual = (s, l) => extraSource.every((c, k) => extraValue(input, c, s) === extraValue(lookup, extraLookup[k], l));
    // One match per input row at most: which one wins among several is not documented.
    const candidatesOf = new Map();
    const addresses = input.data[sourceAt];
    const sourceRows = [];
    const lookupRows = [];
    for (let s = 0; s < input.rowCount; s++) {
        const text = addresses[s];
        let candidates = [];
        if (text !== null && text !== '') {
            let known = candidatesOf.get(text);
            if (!known) {
                const ip = family.parse(text, plugin);
                if (ip === null)
                    throw new engine_refusal.Unsupported(`${plugin} of a source value that is not ${family.label} text`, offset);
                known = index.holding(ip.address, ip.prefix, offset);
                candidatesOf.set(text, known);
            }
            candidates = known;
        }
        let match = -1;
        for (const l of candidates) {
            if (extraSource.length > 0 && !keysEqual(s, l))
                continue;
            if (match >= 0)
                throw new engine_refusal.Unsupported(`${plugin} of an address matching several lookup rows (which one wins is not documented)`, offset);
            match = l;
        }
        if (match < 0 && !returnUnmatched)
            continue;
        sourceRows.push(s);
        lookupRows.push(match);
    }
    context.budget.rows(sourceRows.length, node, `evaluate ${plugin}`);
    const everyRow = sourceRows.length === input.rowCount;
    const kept = everyRow ? input : (0,engine_table.pickRows)(input, sourceRows);
    const inputData = input.columns.map((_, c) => (0,engine_table.columnData)(kept, c));
    const lookupData = lookupKept.map((c) => {
        const values = lookup.data[c];
        const none = (0,engine_values.nullOf)(lookup.columns[c].type);
        return lookupRows.map((l) => (l < 0 ? none : values[l]));
    });
    const data = plugin === 'ipv4_lookup' ? [...inputData, ...lookupData] : [...lookupData, ...inputData];
    return (0,engine_table.makeTable)(columns, data, sourceRows.length);
}
function ipv4Lookup(call, node, input, context) {
    return lookupPlugin(IPV4, call, node, input, context);
}
function ipv6Lookup(call, node, input, context) {
    return lookupPlugin(IPV6, call, node, input, context);
}

;// CONCATENATED MODULE: ./src/engine/operators/rows-near.ts
/**
 * `evaluate rows_near(Condition, NumRows [, RowsAfter])` (rows-near-plugin.md): every input
 * row within NumRows rows before, or RowsAfter (default NumRows) rows after, a row whose
 * condition is true, in input order. "Near" is about row order, so the input must be
 * serialized (sort, serialize, top…), as the page's example sorts; otherwise it is refused.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */





/** A row count argument: a constant whole number of at least 0. */
function rowCountArg(node, context, what) {
    const v = evaluateScalar(node, constantScope(context));
    const n = typeof v === 'bigint' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isSafeInteger(n))
        throw new engine_refusal.Unsupported(`rows_near ${what} that is not a whole number`, node.TextStart);
    if (n < 0)
        throw new engine_refusal.QueryError(`rows_near: ${what} must not be negative`);
    return n;
}
function rowsNear(call, _node, input, context) {
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    if (args.length < 2 || args.length > 3)
        throw new engine_refusal.Unsupported('rows_near with this argument list', call.TextStart);
    if (!serializedInput(call))
        throw new engine_refusal.Unsupported('rows_near over rows that are not serialized (add serialize or sort)', call.TextStart);
    const before = rowCountArg(args[1], context, 'NumRows');
    const after = args[2] ? rowCountArg(args[2], context, 'RowsAfter') : before;
    const condition = compiledScalar(args[0]);
    const scope = { table: input, row: 0, variables: context.variables, now: context.now, query: context };
    // The windows start in row order, so each row is taken at most once: O(rows).
    const rows = [];
    let next = 0;
    for (let r = 0; r < input.rowCount; r++) {
        scope.row = r;
        if (condition(scope) !== true)
            continue;
        const last = Math.min(input.rowCount - 1, r + after);
        for (let k = Math.max(next, r - before); k <= last; k++)
            rows.push(k);
        next = Math.max(next, last + 1);
    }
    return (0,engine_table.pickRows)(input, rows);
}

;// CONCATENATED MODULE: ./src/engine/operators/evaluate.ts
/** `evaluate` plugins, keyed by plugin name: bag_unpack, ipv4_lookup, ipv6_lookup, pivot, rows_near. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */










/** Serialized datetime/timespan strings: Kusto may hold these as typed values, so their column type is unknown here. */
const TYPED_TEXT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z|-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d+)?)$/;
/** The column type bag_unpack infers for a slot: the values' common type, or dynamic when they differ. */
function slotType(values, name) {
    const kinds = new Set();
    let integers = 0;
    for (const v of values) {
        if (v === null)
            continue;
        if (typeof v === 'string' && TYPED_TEXT.test(v))
            throw new engine_refusal.Unsupported(`bag_unpack of slot ${name} holding datetime/timespan text`);
        if (typeof v === 'number' && Number.isInteger(v))
            integers++;
        kinds.add(Array.isArray(v) || (0,engine_values.isBag)(v) ? 'dynamic' : typeof v);
    }
    if (kinds.size !== 1)
        return 'dynamic';
    const [kind] = kinds;
    if (kind === 'string')
        return 'string';
    if (kind === 'boolean')
        return 'bool';
    if (kind === 'number') {
        // 2 and 2.0 look alike here; only all-integer (long) slots are certain.
        if (integers === values.filter((v) => v !== null).length)
            return 'long';
        throw new engine_refusal.Unsupported(`bag_unpack of slot ${name} holding real numbers`);
    }
    return 'dynamic';
}
function bagUnpack(call, node, input, context) {
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    const positional = ['column', 'outputcolumnprefix', 'columnsconflict', 'ignoredproperties'];
    const named = new Map();
    args.forEach((a, i) => {
        if ((0,language_service/* nodeKind */.Fl)(a) === 'SimpleNamedExpression')
            named.set(String(a.Name.SimpleName).toLowerCase(), a.Expression);
        else
            named.set(positional[i] ?? `#${i}`, a);
    });
    const columnNode = named.get('column');
    if (!columnNode || (0,language_service/* nodeKind */.Fl)(columnNode) !== 'NameReference')
        throw new engine_refusal.Unsupported('bag_unpack of an expression that is not a column', call.TextStart);
    const columnName = String(columnNode.SimpleName);
    const constant = (key) => (named.has(key) ? evaluateScalar(named.get(key), constantScope(context)) : null);
    const prefix = String(constant('outputcolumnprefix') ?? '');
    const conflict = String(constant('columnsconflict') || 'error');
    const ignored = new Set(constant('ignoredproperties') ?? []);
    if (conflict !== 'error' && conflict !== 'keep_source' && conflict !== 'replace_source')
        throw new engine_refusal.QueryError(`bag_unpack: columnsConflict must be error, replace_source or keep_source, not '${conflict}'`);
    const at = input.columns.findIndex((c) => c.name === columnName);
    const bags = input.data[at].map((v) => ((0,engine_values.isBag)(v) ? v : v === null ? {} : undefined));
    if (bags.includes(undefined))
        throw new engine_refusal.Unsupported('bag_unpack of a value that is not a property bag', call.TextStart);
    const kept = input.columns.filter((c) => c.name !== columnName);
    // A slot named like a kept column (columnsConflict): the column stays where the input
    // has it; replace_source fills it from the bag, keep_source keeps the input's values
    // (the plugin page's examples: both give `Name, Age` for input `Name, d` and bags
    // with Name and Age, where no conflict gives the slots in name order, `Age, Name`).
    const keptSource = new Map();
    const inPlace = new Map();
    const slotValue = (row, slot) => {
        const bag = bags[row];
        return Object.prototype.hasOwnProperty.call(bag, slot) ? bag[slot] : null;
    };
    let slots;
    let columns;
    if (node.Schema) {
        columns = resultColumns(node);
        const declared = new Set((0,language_service/* listOf */.c3)(node.Schema.Schema?.Columns).map((c) => String((c.Element ?? c).Name?.SimpleName)));
        slots = columns.filter((c) => declared.has(c.name));
    }
    else {
        // Slots in name order after the input columns; the plugin ignores null values.
        const names = new Set();
        for (const bag of bags)
            for (const [k, v] of (0,engine_values.bagEntries)(bag))
                if (v !== null && !ignored.has(k))
                    names.add(k);
        const ordered = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const caseless = [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en'));
        if (ordered.some((n, i) => n !== caseless[i]))
            throw new engine_refusal.Unsupported('bag_unpack column order of mixed-case slot names', call.TextStart);
        slots = ordered.map((k) => ({
            name: prefix + k,
            type: slotType(bags.map((_, r) => slotValue(r, k)), k),
        }));
        slots = slots.map((s) => {
            const source = kept.find((c) => c.name === s.name);
            if (!source)
                return s;
            if (conflict === 'error')
                throw new engine_refusal.QueryError(`bag_unpack: column ${s.name} already exists`);
            if (conflict === 'replace_source') {
                inPlace.set(s.name, s);
                return s;
            }
            const column = { ...source };
            keptSource.set(s.name, column);
            inPlace.set(s.name, column);
            return column;
        });
        columns = [...kept.map((c) => inPlace.get(c.name) ?? c), ...slots.filter((s) => !inPlace.has(s.name))];
    }
    const data = columns.map((column) => {
        if (slots.includes(column) && !keptSource.has(column.name)) {
            const slot = column.name.startsWith(prefix) ? column.name.slice(prefix.length) : column.name;
            return bags.map((_, r) => castItem(ignored.has(slot) ? null : slotValue(r, slot), column.type));
        }
        const source = input.columns.findIndex((c) => c.name === column.name);
        if (source < 0 || column.name === columnName)
            throw new engine_refusal.Unsupported(`bag_unpack output column ${column.name}`, call.TextStart);
        return input.data[source];
    });
    return { columns, data, rowCount: input.rowCount };
}
/** The aggregation functions the pivot plugin page lists (any is take_any's old name). */
const PIVOT_AGGREGATES = new Set([
    'min',
    'max',
    'take_any',
    'any',
    'sum',
    'dcount',
    'avg',
    'stdev',
    'variance',
    'make_list',
    'make_bag',
    'make_set',
    'count',
]);
/**
 * pivot(pivotColumn [, aggregation] [, column1, …]): one row per distinct combination
 * of the columns (default: every column but the pivoted one and the aggregated one),
 * one column per distinct value of pivotColumn holding the aggregate of that value's
 * rows. The page does not say in which order the value columns come (its example has
 * ARKANSAS before ARIZONA), so more than one distinct value is refused; an empty
 * input gives just the columns, and a single value gives one column named after it.
 */
function pivot(call, node, input, context) {
    if (node.Schema)
        throw new engine_refusal.Unsupported('evaluate pivot with an output schema', call.TextStart);
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    // A column the binder only knows as a name of an open-schema input, absent from
    // an input without rows, is a stand-in column (see resultColumns).
    let source = input;
    const columnOf = (a) => {
        if ((0,language_service/* nodeKind */.Fl)(a) !== 'NameReference')
            throw new engine_refusal.Unsupported('evaluate pivot of an expression that is not a column', a?.TextStart);
        const name = String(a.SimpleName);
        let at = source.columns.findIndex((c) => c.name === name);
        if (at < 0 && source.rowCount === 0 && String(a.ResultType?.Name) === 'unknown') {
            source = { columns: [...source.columns, standIn(name)], data: [...source.data, []], rowCount: 0 };
            at = source.columns.length - 1;
        }
        if (at < 0)
            throw new engine_refusal.Unsupported(`evaluate pivot of column ${name}`, a.TextStart);
        return at;
    };
    const [pivotArg, ...rest] = args;
    const pivotAt = columnOf(pivotArg);
    const aggregation = rest[0] && (0,language_service/* nodeKind */.Fl)(rest[0]) === 'FunctionCallExpression' ? rest.shift() : undefined;
    const aggName = aggregation ? String(aggregation.ReferencedSymbol?.Name ?? aggregation.Name?.SimpleName ?? '') : 'count';
    const fn = AGGREGATE_FUNCTIONS.get(aggName);
    if (!PIVOT_AGGREGATES.has(aggName) || !fn)
        throw new engine_refusal.Unsupported(`evaluate pivot with ${aggName}()`, aggregation?.TextStart ?? call.TextStart);
    const aggArgs = aggregation ? (0,language_service/* listOf */.c3)(aggregation.ArgumentList?.Expressions).map((e) => e.Element ?? e) : [];
    const aggregated = new Set(aggArgs.filter((a) => (0,language_service/* nodeKind */.Fl)(a) === 'NameReference').map((a) => String(a.SimpleName)));
    const keyAt = rest.length > 0 ? rest.map(columnOf) : source.columns.flatMap((c, i) => (i !== pivotAt && !aggregated.has(c.name) ? [i] : []));
    const keyColumns = keyAt.map((i) => source.columns[i]);
    // The distinct pivot values, which name the output columns.
    const values = new Set(source.data[pivotAt]);
    if (values.size > 1)
        throw new engine_refusal.Unsupported('evaluate pivot over several pivot values (their column order is not documented)', call.TextStart);
    const groups = new Groups(keyAt.map((i) => source.data[i]));
    const [only] = values;
    if (values.size === 1) {
        if (typeof only !== 'string' || only === '' || source.columns[pivotAt].type !== 'string')
            throw new engine_refusal.Unsupported('evaluate pivot over a value that is not a non-empty string', call.TextStart);
        if (keyColumns.some((c) => c.name === only))
            throw new engine_refusal.Unsupported(`evaluate pivot value ${only} named like a column`, call.TextStart);
    }
    const resultType = aggregation ? scalar_typeOf(aggregation) : 'long';
    const argTypes = aggArgs.map((a) => scalar_typeOf(a));
    const argFns = aggArgs.map((a) => compiledScalar(a));
    const scope = { table: source, row: 0, variables: context.variables, now: context.now, query: context };
    const argValues = new Array(argFns.length).fill(null);
    for (let r = 0; r < source.rowCount; r++) {
        const group = groups.of(r, (row) => ({ row, state: fn.create(resultType, argTypes) }));
        scope.row = r;
        for (let i = 0; i < argFns.length; i++)
            argValues[i] = argFns[i](scope);
        group.state.add(argValues);
    }
    const data = keyAt.map((i) => groups.list.map((g) => source.data[i][g.row]));
    const columns = [...keyColumns];
    if (values.size === 1) {
        columns.push({ name: only, type: resultType });
        data.push(groups.list.map((g) => g.state.result()));
    }
    context.budget.rows(groups.list.length, node, 'evaluate pivot');
    return { columns, data, rowCount: groups.list.length };
}
const PLUGINS = new Map([
    ['bag_unpack', bagUnpack],
    ['ipv4_lookup', ipv4Lookup],
    ['ipv6_lookup', ipv6Lookup],
    ['pivot', pivot],
    ['rows_near', rowsNear],
]);
const evaluateOperator = {
    kind: 'EvaluateOperator',
    keyword: 'evaluate',
    evaluate(node, input, context) {
        const call = node.FunctionCall;
        const name = String(call?.Name?.SimpleName ?? call?.ReferencedSymbol?.Name ?? '');
        const plugin = PLUGINS.get(name);
        if (!plugin)
            throw new engine_refusal.Unsupported(`evaluate ${name}`, node.TextStart);
        if ((0,language_service/* listOf */.c3)(node.Parameters).length > 0)
            throw new engine_refusal.Unsupported(`evaluate ${name} with hints`, node.TextStart);
        return plugin(call, node, input, context);
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/make-series.ts
/**
 * make-series: per `by` group, one array per aggregate over the bins
 * `start, start+step, … < end` of the axis column, plus the axis array itself.
 * Only the main syntax (`from`, `to`, `step`) is supported; from/to may be left out
 * when the input holds at most one series (impliedBounds).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */






/** Arrays made by make-series hold at most 2^20 values (documented). */
const MAX_BINS = 1_048_576;
function aggregateOf(item, context) {
    const call = columns_valueOf(item.Expression);
    const defaultNode = item.DefaultExpression?.Expression;
    const fallback = defaultNode ? (0,engine_values.toDynamic)(evaluateScalar(defaultNode, constantScope(context)), scalar_typeOf(defaultNode)) : 0;
    const isAggregateCall = (0,language_service/* nodeKind */.Fl)(call) === 'FunctionCallExpression' && AGGREGATE_FUNCTIONS.has(String(call.ReferencedSymbol?.Name ?? ''));
    if (!isAggregateCall) {
        // A constant in place of an aggregate (the make-series docs' `other=-1 default=-2`
        // example): the constant in every bin that has rows, the default elsewhere. An
        // expression over the rows would need a row per bin, which is not defined.
        const numeric = ['int', 'long', 'real'].includes(scalar_typeOf(call));
        if (call.IsConstant !== true || !numeric)
            throw new engine_refusal.Unsupported('make-series with a non-aggregate expression', call.TextStart);
        const constant = evaluateScalar(call, constantScope(context));
        if (constant === null)
            throw new engine_refusal.Unsupported('make-series with a null constant', call.TextStart);
        return { create: () => ({ add() { }, result: () => constant }), args: [], resultType: scalar_typeOf(call), fallback };
    }
    const fn = AGGREGATE_FUNCTIONS.get(String(call.ReferencedSymbol?.Name ?? ''));
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    const resultType = scalar_typeOf(call);
    const argTypes = args.map((a) => scalar_typeOf(a));
    return { create: () => fn.create(resultType, argTypes), args, resultType, fallback };
}
function bound(node, context) {
    return node?.Expression ? evaluateScalar(node.Expression, constantScope(context)) : undefined;
}
/** A group's key: its by values as one string (ticks marked apart from numbers). */
function groupKey(values) {
    return values.map((v) => (typeof v === 'bigint' ? `t${v}` : JSON.stringify(v))).join('\u0000');
}
/**
 * from/to left out: "the first bin … that has data in each series" and "the upper bound
 * of the last bin … per each series" (make-series page). Whether that is per series or
 * over all of them is not clear, so only input with at most one series is answered.
 */
function impliedBounds(start, end, step, axis, byColumns, node) {
    let first = null;
    let last = null;
    let series;
    for (let r = 0; r < axis.length; r++) {
        const v = axis[r];
        if (v === null || (typeof v === 'number' && Number.isNaN(v)))
            continue;
        const key = groupKey(byColumns.map((c) => c[r]));
        if (series !== undefined && key !== series)
            throw new engine_refusal.Unsupported('make-series without from/to over several series (per series or over all is not clear)', node.TextStart);
        series = key;
        if (first === null || v < first)
            first = v;
        if (last === null || v > last)
            last = v;
    }
    if (first === null)
        return undefined;
    if (typeof first === 'bigint' && typeof last === 'bigint' && typeof step === 'bigint' && step > 0n)
        return { start: start ?? binStart(first, step), end: end ?? binStart(last, step) + step };
    if (typeof first === 'number' && typeof last === 'number' && typeof step === 'number' && step > 0)
        return { start: start ?? binStart(first, step), end: end ?? binStart(last, step) + step };
    throw new engine_refusal.Unsupported('make-series without from/to on this axis', node.TextStart);
}
const makeSeriesOperator = {
    kind: 'MakeSeriesOperator',
    keyword: 'make-series',
    evaluate(node, input, context) {
        const table = input;
        // kind=nonempty: "produces a default result when the input of make-series operator is empty" (make-series docs).
        const parameters = namedParameters(node.Parameters);
        const nonempty = parameters.length === 1 && parameters[0].name === 'kind' && parameters[0].value === 'nonempty';
        if (parameters.length > 0 && !nonempty)
            throw new engine_refusal.Unsupported('make-series parameters (kind=, hints)', node.TextStart);
        const range = node.RangeClause;
        if (!range || (0,language_service/* nodeKind */.Fl)(range) !== 'MakeSeriesFromToStepClause')
            throw new engine_refusal.Unsupported('make-series … in range()', node.TextStart);
        const output = resultColumns(node);
        const axisType = scalar_typeOf(node.OnClause.Expression);
        const step = bound(range.MakeSeriesStepClause, context);
        if (step === undefined)
            throw new engine_refusal.Unsupported('make-series without step', node.TextStart);
        let start = bound(range.MakeSeriesFromClause, context);
        let end = bound(range.MakeSeriesToClause, context);
        const byExprs = node.ByClause ? expressions(node.ByClause.Expressions).map(columns_valueOf) : [];
        const byColumns = byExprs.map((e) => computeColumn(e, table, context));
        const axis = computeColumn(node.OnClause.Expression, table, context);
        if (start === undefined || end === undefined) {
            const implied = impliedBounds(start, end, step, axis, byColumns, node);
            // No rows with an axis value: no series (kind=nonempty would need the bounds).
            if (!implied) {
                if (nonempty)
                    throw new engine_refusal.Unsupported('make-series kind=nonempty without from/to over no rows', node.TextStart);
                return { columns: output, data: output.map(() => []), rowCount: 0 };
            }
            ({ start, end } = implied);
        }
        // Bin index of an axis value, or -1 when outside [start, end).
        let bins;
        let binOf;
        let axisValue;
        if (typeof start === 'bigint' &&
            typeof end === 'bigint' &&
            typeof step === 'bigint' &&
            (axisType === 'datetime' || axisType === 'timespan')) {
            if (step <= 0n || end <= start)
                throw new engine_refusal.Unsupported('make-series with an empty range or a step that is not positive', node.TextStart);
            const count = (end - start + step - 1n) / step;
            bins = count > BigInt(MAX_BINS) ? MAX_BINS + 1 : Number(count);
            binOf = (v) => (typeof v === 'bigint' && v >= start && v < end ? Number((v - start) / step) : -1);
            axisValue = (i) => (0,engine_values.toDynamic)(start + BigInt(i) * step, axisType);
        }
        else if (typeof start === 'number' &&
            typeof end === 'number' &&
            typeof step === 'number' &&
            (axisType === 'long' || axisType === 'int')) {
            if (![start, end, step].every(Number.isSafeInteger))
                throw new engine_refusal.Unsupported('make-series over a non-integer numeric axis', node.TextStart);
            if (step <= 0 || end <= start)
                throw new engine_refusal.Unsupported('make-series with an empty range or a step that is not positive', node.TextStart);
            bins = Math.ceil((end - start) / step);
            binOf = (v) => (typeof v === 'number' && v >= start && v < end ? Math.floor((v - start) / step) : -1);
            axisValue = (i) => start + i * step;
        }
        else
            throw new engine_refusal.Unsupported(`make-series on a ${axisType} axis with these bounds`, node.TextStart);
        if (bins > MAX_BINS)
            throw new engine_refusal.Unsupported('make-series beyond 2^20 bins', node.TextStart);
        const aggregates = expressions(node.Aggregates).map((item) => aggregateOf(item, context));
        if (output.length !== byExprs.length + aggregates.length + 1)
            throw new engine_refusal.Unsupported('make-series whose output columns do not map one to one', node.TextStart);
        const groups = new Map();
        const scope = { table, row: 0, variables: context.variables, now: context.now, query: context };
        for (let r = 0; r < table.rowCount; r++) {
            const keys = byColumns.map((c) => c[r]);
            const key = groupKey(keys);
            let group = groups.get(key);
            if (!group)
                groups.set(key, (group = { keys, inRange: false, cells: new Map() }));
            const bin = binOf(axis[r]);
            if (bin < 0)
                continue;
            group.inRange = true;
            let states = group.cells.get(bin);
            if (!states)
                group.cells.set(bin, (states = aggregates.map((a) => a.create())));
            scope.row = r;
            aggregates.forEach((a, i) => states[i].add(a.args.map((arg) => evaluateScalar(arg, scope))));
        }
        const data = output.map(() => []);
        const axisArray = Array.from({ length: bins }, (_, i) => axisValue(i));
        for (const group of groups.values()) {
            // Whether Kusto keeps a group whose rows all fall outside the range is not documented.
            if (!group.inRange)
                throw new engine_refusal.Unsupported('make-series group with no rows in the from/to range', node.TextStart);
            group.keys.forEach((v, i) => data[i].push(v));
            aggregates.forEach((a, i) => {
                const series = [];
                for (let b = 0; b < bins; b++) {
                    const states = group.cells.get(b);
                    if (!states)
                        series.push(a.fallback);
                    else {
                        const v = states[i].result();
                        if (v === null)
                            throw new engine_refusal.Unsupported('make-series bin whose aggregate is null', node.TextStart);
                        series.push((0,engine_values.toDynamic)(v, a.resultType));
                    }
                }
                data[byExprs.length + i].push(series);
            });
            data[output.length - 1].push(axisArray);
        }
        if (nonempty && table.rowCount === 0) {
            // One row of default series; what the by columns would hold is not documented.
            if (byExprs.length > 0)
                throw new engine_refusal.Unsupported('make-series kind=nonempty with by columns over no rows', node.TextStart);
            aggregates.forEach((a, i) => data[i].push(Array.from({ length: bins }, () => a.fallback)));
            data[output.length - 1].push(axisArray);
            return { columns: output, data, rowCount: 1 };
        }
        if (groups.size > context.maxRows)
            throw new engine_refusal.QueryError(`make-series produced more than ${context.maxRows} rows (row budget)`);
        return { columns: output, data, rowCount: groups.size };
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/mv-apply.ts
/**
 * mv-apply: expand each input row's arrays into a small table, run the subquery
 * over it, and join the subquery's rows back to the input row.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */




/** Run a subquery whose leftmost operator reads `input` (an implicit source). */
function applySubquery(node, input, context) {
    const kind = (0,language_service/* nodeKind */.Fl)(node);
    if (kind === 'PipeExpression')
        return applySubquery(node.Operator, applySubquery(node.Expression, input, context), context);
    if (kind === 'ParenthesizedExpression')
        return applySubquery(node.Expression, input, context);
    // Looked up through the context: the registry imports this module.
    const operator = context.tabularOperator(kind);
    if (!operator)
        throw new engine_refusal.Unsupported(`operator ${String(node.GetFirstToken?.()?.Text ?? kind)}`, node.TextStart);
    const result = operator.evaluate(node, input, context);
    checkBudget(result.rowCount, context, operator.keyword);
    return result;
}
const mvApplyOperator = {
    kind: 'MvApplyOperator',
    keyword: 'mv-apply',
    evaluate(node, input, context) {
        const table = input;
        const output = resultColumns(node);
        const spec = expandSpec(node, table, output, 'mv-apply', context);
        // mv-apply has no bag expansion mode; how it treats a bag is undocumented.
        spec.bagKind = 'none';
        // The subquery's input: the input columns (expanded ones replaced), new expanded columns, then the index.
        const columns = table.columns.map((c) => {
            const t = spec.targets.find((x) => x.name === c.name);
            return t ? { name: c.name, type: t.type } : c;
        });
        for (const t of spec.targets)
            if (!columns.some((c) => c.name === t.name))
                columns.push({ name: t.name, type: t.type });
        if (spec.indexName)
            columns.push({ name: spec.indexName, type: 'long' });
        const subquery = node.Subquery?.Expression;
        if (!subquery)
            throw new engine_refusal.Unsupported('mv-apply without a subquery', node.TextStart);
        const data = output.map(() => []);
        let rowCount = 0;
        for (let r = 0; r < table.rowCount; r++) {
            const expanded = expandRow(spec, r);
            const sub = {
                columns,
                rowCount: expanded.length,
                data: columns.map((c) => {
                    const t = spec.targets.findIndex((x) => x.name === c.name);
                    if (t >= 0)
                        return expanded.map((e) => e.items[t]);
                    if (c.name === spec.indexName)
                        return expanded.map((e) => e.index);
                    const source = table.data[table.columns.findIndex((x) => x.name === c.name)];
                    return expanded.map(() => source[r]);
                }),
            };
            const result = applySubquery(subquery, sub, context);
            // Whether Kusto runs the subquery over an empty expansion (summarize would then make a row) is undocumented.
            if (expanded.length === 0 && result.rowCount > 0)
                throw new engine_refusal.Unsupported('mv-apply subquery producing rows from an empty array', node.TextStart);
            // Each output column comes from the subquery's result, or else from the input row.
            const sources = output.map((c) => {
                const at = result.columns.findIndex((x) => x.name === c.name);
                if (at >= 0)
                    return (i) => result.data[at][i];
                const inputAt = table.columns.findIndex((x) => x.name === c.name);
                if (inputAt < 0 || spec.targets.some((t) => t.name === c.name))
                    throw new engine_refusal.Unsupported(`mv-apply output column ${c.name}`, node.TextStart);
                return () => table.data[inputAt][r];
            });
            for (let i = 0; i < result.rowCount; i++)
                sources.forEach((get, c) => data[c].push(get(i)));
            rowCount += result.rowCount;
            checkBudget(rowCount, context, 'mv-apply');
        }
        return { columns: output, data, rowCount };
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/partition.ts
/**
 * `T | partition [hint.…] by Column ( TransformationSubQuery )` (partition-operator.md):
 * the rows of T split by the key column's value, the subquery run over each part as its
 * implicit source, and the union of the results. The strategies change how Kusto runs it,
 * never the result. The `{ SubQueryWithSource }` form (legacy, with toscalar(Column)) and
 * null keys (whether nulls form a part is not documented) are refused.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */






const partitionOperator = {
    kind: 'PartitionOperator',
    keyword: 'partition',
    evaluate(node, input, context) {
        const table = input;
        const hints = semanticParameters(node.Parameters);
        if (hints.length > 0)
            throw new engine_refusal.Unsupported(`partition ${hints[0].name}=`, node.TextStart);
        if (node.Scope)
            throw new engine_refusal.Unsupported('partition in scope', node.TextStart);
        const operand = node.Operand;
        if ((0,language_service/* nodeKind */.Fl)(operand) !== 'PartitionSubquery')
            throw new engine_refusal.Unsupported('partition with a subquery that has its own source', node.TextStart);
        const key = node.ByExpression;
        const name = String(key?.SimpleName ?? '').trim();
        const at = (0,language_service/* nodeKind */.Fl)(key) === 'NameReference' ? table.columns.findIndex((c) => c.name === name) : -1;
        if (at < 0)
            throw new engine_refusal.Unsupported('partition by an expression that is not an input column', key?.TextStart ?? node.TextStart);
        const values = table.data[at];
        const parts = new Map();
        for (let r = 0; r < table.rowCount; r++) {
            const v = values[r];
            if (v === null || v === undefined)
                throw new engine_refusal.Unsupported('partition of rows whose key is null', key.TextStart);
            const k = typeof v === 'object' ? JSON.stringify(v) : v;
            const rows = parts.get(k);
            if (rows)
                rows.push(r);
            else
                parts.set(k, [r]);
        }
        const results = [...parts.values()].map((rows) => applySubquery(operand.Subquery, (0,engine_table.pickRows)(table, rows), context));
        const output = resultColumns(node);
        if (results.length === 0)
            return { columns: output, data: output.map(() => []), rowCount: 0 };
        context.budget.rows(results.reduce((n, t) => n + t.rowCount, 0), node, 'partition');
        return concatenateLegs(results, output, node);
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/mv-expand.ts


const mvExpandOperator = {
    kind: 'MvExpandOperator',
    keyword: 'mv-expand',
    evaluate(node, input, context) {
        const table = input;
        const output = resultColumns(node);
        const spec = expandSpec(node, table, output, 'mv-expand', context);
        const rows = [];
        for (let r = 0; r < table.rowCount; r++) {
            for (const row of expandRow(spec, r))
                rows.push(row);
            checkBudget(rows.length, context, 'mv-expand');
        }
        return expandedTable(table, spec, rows, output, 'mv-expand');
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/invoke.ts
/** invoke: `T | invoke f(args)` calls a let-bound tabular function with T as its first argument. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */



const invokeOperator = {
    kind: 'InvokeOperator',
    keyword: 'invoke',
    evaluate(node, input, context) {
        const call = node.Function;
        const name = String(call?.ReferencedSymbol?.Name ?? '');
        if ((0,language_service/* nodeKind */.Fl)(call) !== 'FunctionCallExpression' || !context.functions.has(name))
            throw new engine_refusal.Unsupported(`invoke of ${name || 'this function'}()`, node.TextStart);
        return callUserTabular(call, context, input);
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/lookup.ts
/**
 * lookup: extends each left row with the columns of the matching right rows
 * (kind=leftouter, the default, keeps unmatched left rows with nulls; kind=inner
 * drops them). Unlike join, the right side's key columns are not repeated: the
 * output is every left column, then the right columns other than the keys, as
 * the binder lists them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */




const lookupOperator = {
    kind: 'LookupOperator',
    keyword: 'lookup',
    evaluate(node, input, context) {
        let kind = 'leftouter';
        for (const { name, value } of namedParameters(node.Parameters)) {
            if (name !== 'kind' || (value !== 'leftouter' && value !== 'inner'))
                throw new engine_refusal.Unsupported(`lookup ${name}=${value}`, node.TextStart);
            kind = value;
        }
        const left = input;
        const right = context.evaluateTabular(node.Expression);
        const { leftKeys, rightKeys } = keyIndexes(node, left, right, 'lookup');
        const offset = Number(node.TextStart);
        const output = resultColumns(node);
        const rightKept = right.columns.map((_, i) => i).filter((i) => !rightKeys.includes(i));
        if (output.length !== left.columns.length + rightKept.length)
            throw new engine_refusal.Unsupported('lookup whose output columns do not map one to one', offset);
        const rightByKey = new Map();
        for (let r = 0; r < right.rowCount; r++) {
            const k = keyOf(right, rightKeys, r, offset);
            const list = rightByKey.get(k) ?? [];
            list.push(r);
            rightByKey.set(k, list);
        }
        const pairs = [];
        for (let l = 0; l < left.rowCount; l++) {
            const matches = rightByKey.get(keyOf(left, leftKeys, l, offset)) ?? [];
            for (const r of matches)
                pairs.push([l, r]);
            if (matches.length === 0 && kind === 'leftouter')
                pairs.push([l, null]);
            if (pairs.length > context.maxRows)
                throw new engine_refusal.Unsupported('lookup beyond the row budget', offset);
        }
        const data = [
            ...left.columns.map((_, c) => pairs.map(([l]) => left.data[c][l])),
            ...rightKept.map((c, i) => pairs.map(([, r]) => (r === null ? (0,engine_values.nullOf)(output[left.columns.length + i].type) : right.data[c][r]))),
        ];
        return { columns: output, data, rowCount: pairs.length };
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/top-nested.ts
/**
 * top-nested: hierarchical grouping. Each clause groups the rows of the level
 * above by its expression, aggregates each group, keeps the top N groups by the
 * aggregate (all of them without N) and refines them with the next clause. Two
 * output columns per clause (value, aggregate), named by the binder.
 * Refused: `with others`, aggregates other than one function call, and a tie or
 * null at the top-N cutoff (which group Kusto keeps is not documented).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */




function top_nested_key(v) {
    return typeof v === 'bigint' ? `t${v}` : JSON.stringify(v);
}
function top_nested_compare(a, b, offset) {
    if (a === null || b === null || typeof a === 'object' || typeof b === 'object' || typeof a !== typeof b)
        throw new engine_refusal.Unsupported('top-nested ranking null, dynamic or mixed aggregate values', offset);
    if (typeof a === 'number' && (Number.isNaN(a) || Number.isNaN(b)))
        throw new engine_refusal.Unsupported('top-nested ranking NaN', offset);
    return a < b ? -1 : a > b ? 1 : 0;
}
function clauseOf(node, table, context) {
    if (node.WithOthersClause)
        throw new engine_refusal.Unsupported('top-nested with others', node.TextStart);
    let limit;
    if (node.Expression) {
        const n = evaluateScalar(node.Expression, constantScope(context));
        if (typeof n !== 'number' || !Number.isInteger(n))
            throw new engine_refusal.QueryError('top-nested expects a whole number');
        limit = Math.max(0, n);
    }
    let by = node.ByExpression;
    let descending = true;
    if ((0,language_service/* nodeKind */.Fl)(by) === 'OrderedExpression') {
        descending = String(by.Ordering?.AscOrDescKeyword?.Text ?? 'desc').toLowerCase() !== 'asc';
        if (by.Ordering?.NullsClause)
            throw new engine_refusal.Unsupported('top-nested with nulls first/last', by.TextStart);
        by = by.Expression;
    }
    const call = columns_valueOf(by);
    const name = String(call?.ReferencedSymbol?.Name ?? '');
    const fn = (0,language_service/* nodeKind */.Fl)(call) === 'FunctionCallExpression' ? AGGREGATE_FUNCTIONS.get(name) : undefined;
    if (!fn)
        throw new engine_refusal.Unsupported('top-nested aggregation other than one supported aggregate call', call?.TextStart);
    const args = (0,language_service/* listOf */.c3)(call.ArgumentList?.Expressions).map((e) => e.Element ?? e);
    const resultType = scalar_typeOf(call);
    const argTypes = args.map((a) => scalar_typeOf(a));
    const scope = { table, row: 0, variables: context.variables, now: context.now, query: context };
    return {
        limit,
        descending,
        values: computeColumn(columns_valueOf(node.OfExpression), table, context),
        aggregate(rows) {
            const state = fn.create(resultType, argTypes);
            for (const row of rows) {
                scope.row = row;
                state.add(args.map((a) => evaluateScalar(a, scope)));
            }
            return state.result();
        },
    };
}
const topNestedOperator = {
    kind: 'TopNestedOperator',
    keyword: 'top-nested',
    evaluate(node, input, context) {
        const table = input;
        const offset = Number(node.TextStart);
        const output = resultColumns(node);
        const clauses = expressions(node.Clauses).map((c) => clauseOf(c, table, context));
        if (output.length !== clauses.length * 2)
            throw new engine_refusal.Unsupported('top-nested whose output columns do not map one to one', offset);
        const out = [];
        const descend = (rows, level, prefix) => {
            const clause = clauses[level];
            const groups = new Map();
            for (const row of rows) {
                const v = clause.values[row];
                const k = top_nested_key(v);
                const group = groups.get(k) ?? { value: v, rows: [] };
                group.rows.push(row);
                groups.set(k, group);
            }
            let ranked = [...groups.values()].map((g) => ({ ...g, total: clause.aggregate(g.rows) }));
            if (clause.limit !== undefined && ranked.length > clause.limit) {
                ranked.sort((a, b) => (clause.descending ? -1 : 1) * top_nested_compare(a.total, b.total, offset));
                const last = ranked[clause.limit - 1];
                const next = ranked[clause.limit];
                if (last && top_nested_compare(last.total, next.total, offset) === 0)
                    throw new engine_refusal.Unsupported('top-nested with a tie at the top-N cutoff', offset);
                ranked = ranked.slice(0, clause.limit);
            }
            for (const group of ranked) {
                const row = [...prefix, group.value, group.total];
                if (level + 1 < clauses.length)
                    descend(group.rows, level + 1, row);
                else
                    out.push(row);
                if (out.length > context.maxRows)
                    throw new engine_refusal.Unsupported('top-nested beyond the row budget', offset);
            }
        };
        if (clauses.length > 0)
            descend(Array.from({ length: table.rowCount }, (_, i) => i), 0, []);
        return { columns: output, data: output.map((_, c) => out.map((r) => r[c])), rowCount: out.length };
    },
};

;// CONCATENATED MODULE: ./src/engine/operators/reshape.ts
/**
 * Operators that reshape rows without new arithmetic: project-away, project-keep,
 * project-reorder, project-rename, serialize, as, distinct, top. Output columns
 * (their names, order and wildcard expansion) come from the binder; values are
 * picked from the input by name.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */






/** The input's columns in the binder's output order, renamed by `sourceOf(output name)`. */
function pickColumns(node, table, sourceOf = (n) => n) {
    const output = resultColumns(node, table, sourceOf);
    const data = output.map((column) => {
        const index = table.columns.findIndex((c) => c.name === sourceOf(column.name));
        if (index < 0)
            throw new engine_refusal.Unsupported(`column ${column.name} of ${(0,language_service/* nodeKind */.Fl)(node)}`, node.TextStart);
        return table.data[index];
    });
    return { columns: output, data, rowCount: table.rowCount };
}
function picking(kind, keyword) {
    return { kind, keyword, evaluate: (node, input) => pickColumns(node, input) };
}
const projectAwayOperator = picking('ProjectAwayOperator', 'project-away');
const projectKeepOperator = picking('ProjectKeepOperator', 'project-keep');
const projectReorderOperator = picking('ProjectReorderOperator', 'project-reorder');
const projectRenameOperator = {
    kind: 'ProjectRenameOperator',
    keyword: 'project-rename',
    evaluate(node, input) {
        const renames = new Map();
        for (const expr of expressions(node.Expressions)) {
            if ((0,language_service/* nodeKind */.Fl)(expr) !== 'SimpleNamedExpression')
                throw new engine_refusal.Unsupported('project-rename without new = old', expr.TextStart);
            renames.set(String(expr.Name?.SimpleName).trim(), String(expr.Expression?.SimpleName ?? expr.Expression?.ToString()).trim());
        }
        const renamedAway = new Set(renames.values());
        return pickColumns(node, input, (name) => {
            if (renames.has(name))
                return renames.get(name);
            if (renamedAway.has(name))
                throw new engine_refusal.Unsupported(`project-rename that reuses the name ${name}`, node.TextStart);
            return name;
        });
    },
};
/** serialize [name = expr, …]: rows keep their order; the optional columns are computed like extend. */
const serializeOperator = {
    kind: 'SerializeOperator',
    keyword: 'serialize',
    evaluate(node, input, context) {
        if (namedParameters(node.Parameters).length > 0)
            throw new engine_refusal.Unsupported('serialize with parameters', node.TextStart);
        return expressions(node.Expressions).length === 0 ? input : extendOperator.evaluate(node, input, context);
    },
};
/** as Name: names the rows for later references; the rows pass through unchanged. */
const asOperator = {
    kind: 'AsOperator',
    keyword: 'as',
    evaluate(node, input, context) {
        if (semanticParameters(node.Parameters).length > 0)
            throw new engine_refusal.Unsupported('as with parameters', node.TextStart);
        const table = input;
        context.tables.set(String(node.Name?.SimpleName ?? '').trim(), table);
        return table;
    },
};
function reshape_distinctKey(values) {
    return values.map((v) => (typeof v === 'bigint' ? `t${v}` : JSON.stringify(v))).join('\u0000');
}
/** distinct a, b / distinct *: the first row of each distinct combination (output order is undefined in Kusto). */
const distinctOperator = {
    kind: 'DistinctOperator',
    keyword: 'distinct',
    evaluate(node, input, context) {
        if (semanticParameters(node.Parameters).length > 0)
            throw new engine_refusal.Unsupported('distinct with parameters', node.TextStart);
        const table = input;
        const output = resultColumns(node, table);
        const exprs = expressions(node.Expressions);
        const star = exprs.length === 1 && (0,language_service/* nodeKind */.Fl)(exprs[0]) === 'StarExpression';
        const data = star ? table.data : exprs.map((e) => computeColumn(columns_valueOf(e), table, context));
        if (data.length !== output.length)
            throw new engine_refusal.Unsupported('distinct whose output columns do not map one to one', node.TextStart);
        const seen = new Set();
        const keep = [];
        for (let r = 0; r < table.rowCount; r++) {
            const k = reshape_distinctKey(data.map((c) => c[r]));
            if (seen.has(k))
                continue;
            seen.add(k);
            keep.push(r);
        }
        return (0,engine_table.pickRows)({ columns: output, data, rowCount: table.rowCount }, keep);
    },
};
/** top N by expr [asc|desc] [nulls first|last]: sort (same defaults as sort) and take N. */
const topOperator = {
    kind: 'TopOperator',
    keyword: 'top',
    evaluate(node, input, context) {
        if (namedParameters(node.Parameters).length > 0)
            throw new engine_refusal.Unsupported('top with parameters', node.TextStart);
        const n = evaluateScalar(node.Expression, constantScope(context));
        if (typeof n !== 'number' || !Number.isInteger(n))
            throw new engine_refusal.QueryError('top expects a whole number of rows');
        // The sort operator reads a list of ordered expressions; top has exactly one.
        const sorted = sortOperator.evaluate({ Expressions: { Count: 1, getItem: () => node.ByExpression } }, input, context);
        const count = Math.max(0, Math.min(n, sorted.rowCount));
        const table = (0,engine_table.pickRows)(sorted, Array.from({ length: count }, (_, i) => i));
        return { ...table, columns: resultColumns(node, sorted) };
    },
};
/**
 * project-by-names spec, …: columns named by strings, `*` patterns, dynamic arrays
 * of names or column_names_of(T), in the order given; names matching no column are
 * ignored (project-by-names docs). The binder cannot expand patterns, so the
 * columns are resolved here from the input.
 */
const projectByNamesOperator = {
    kind: 'ProjectByNamesOperator',
    keyword: 'project-by-names',
    evaluate(node, input, context) {
        const table = input;
        const picked = [];
        const pick = (index) => {
            if (picked.includes(index))
                throw new engine_refusal.Unsupported('project-by-names naming a column twice', node.TextStart);
            picked.push(index);
        };
        for (const spec of expressions(node.Expressions)) {
            let value;
            if ((0,language_service/* nodeKind */.Fl)(spec) === 'FunctionCallExpression' && String(spec.ReferencedSymbol?.Name) === 'column_names_of') {
                const [arg] = expressions(spec.ArgumentList?.Expressions);
                value = context.evaluateTabular(arg).columns.map((c) => c.name);
            }
            else
                value = evaluateScalar(spec, constantScope(context));
            if (typeof value === 'string') {
                if (value.includes('*')) {
                    const pattern = new RegExp(`^${value
                        .split('*')
                        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
                        .join('.*')}$`);
                    table.columns.forEach((c, i) => pattern.test(c.name) && pick(i));
                }
                else {
                    const index = table.columns.findIndex((c) => c.name === value);
                    if (index >= 0)
                        pick(index);
                }
            }
            else if (Array.isArray(value)) {
                for (const name of value) {
                    if (typeof name !== 'string' || name.includes('*'))
                        throw new engine_refusal.Unsupported('project-by-names with an array element that is not a plain name', spec.TextStart);
                    const index = table.columns.findIndex((c) => c.name === name);
                    if (index >= 0)
                        pick(index);
                }
            }
            else
                throw new engine_refusal.Unsupported('project-by-names with a value that is not a name or an array of names', spec.TextStart);
        }
        return { columns: picked.map((i) => table.columns[i]), data: picked.map((i) => table.data[i]), rowCount: table.rowCount };
    },
};
/** .NET type names getschema shows, as documented (getschema docs example); others are refused. */
const DATA_TYPES = {
    string: 'System.String',
    int: 'System.Int32',
    real: 'System.Double',
    datetime: 'System.DateTime',
    dynamic: 'System.Object',
};
/** getschema: one row per input column (name, ordinal, .NET type, Kusto type). */
const getSchemaOperator = {
    kind: 'GetSchemaOperator',
    keyword: 'getschema',
    evaluate(node, input) {
        if (node.KindParameter)
            throw new engine_refusal.Unsupported('getschema kind=…', node.TextStart);
        const table = input;
        const output = resultColumns(node);
        if (output.length !== 4)
            throw new engine_refusal.Unsupported('getschema whose output columns are not known', node.TextStart);
        const rows = table.columns.map((c, i) => {
            const dataType = DATA_TYPES[c.type];
            if (!dataType)
                throw new engine_refusal.Unsupported(`getschema of a ${c.type} column (its DataType name is not documented)`, node.TextStart);
            return [c.name, i, dataType, c.type];
        });
        return { columns: output, data: output.map((_, c) => rows.map((r) => r[c])), rowCount: rows.length };
    },
};

;// CONCATENATED MODULE: ./src/engine/set-options.ts
/**
 * `set OptionName [= OptionValue];` statements: request properties for the rest of the
 * query (Kusto docs, "Set statement" and "Client request properties"). Each option the
 * engine knows is one of:
 * - `ignored`: it changes how a query runs (memory, fan-out, caching, tracing, reporting),
 *   not the rows it returns, so offline it has nothing to do;
 * - `applied`: it changes the result in a documented, exact way, and the engine does it;
 * - `refused`: it changes the result in a way the engine does not reproduce.
 * An option not listed is refused by name.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */



const BOOL = ['bool'];
const LONG = ['long', 'int'];
const STRING = ['string'];
const ANY = ['string', 'int', 'long', 'real', 'bool', 'datetime', 'timespan', 'guid', 'dynamic', 'decimal'];
const ignored = (name, types, note) => ({ name, handling: 'ignored', types, note });
const applied = (name, types, note) => ({ name, handling: 'applied', types, note });
const refused = (name, note) => ({ name, handling: 'refused', types: ANY, note });
const OPTIONS = [
    ignored('client_max_redirect_count', LONG, 'client HTTP redirects'),
    ignored('deferpartialqueryfailures', BOOL, 'how partial failures are reported'),
    ignored('materialized_view_shuffle_query', ['dynamic'], 'a shuffle strategy hint'),
    ignored('max_memory_consumption_per_query_per_node', LONG, 'a memory limit'),
    ignored('maxmemoryconsumptionperiterator', LONG, 'a memory limit'),
    ignored('push_selection_through_aggregation', BOOL, 'a plan optimisation'),
    ignored('query_distribution_nodes_span', LONG, 'subquery merge layout'),
    ignored('query_fanout_nodes_percent', LONG, 'fan-out across nodes'),
    ignored('query_fanout_threads_percent', LONG, 'fan-out across threads'),
    ignored('query_force_row_level_security', BOOL, 'row level security (no policies offline)'),
    ignored('query_log_query_parameters', BOOL, 'query journal logging'),
    ignored('query_results_cache_max_age', ['timespan'], 'results cache (the engine computes every result)'),
    ignored('query_results_cache_per_shard', BOOL, 'results cache'),
    ignored('query_results_progressive_row_count', LONG, 'progressive result frames'),
    ignored('query_results_progressive_update_period', ['timespan'], 'progressive result frames'),
    ignored('query_weakconsistency_session_id', STRING, 'consistency across cluster nodes'),
    ignored('queryconsistency', STRING, 'consistency across cluster nodes'),
    ignored('querytrace', BOOL, 'tracing'),
    ignored('request_app_name', STRING, 'reporting'),
    ignored('request_block_row_level_security', BOOL, 'row level security (no policies offline)'),
    ignored('request_callout_disabled', BOOL, 'callouts (the engine makes none)'),
    ignored('request_description', STRING, 'reporting'),
    ignored('request_impersonation_disabled', BOOL, 'identity'),
    ignored('request_readonly', BOOL, 'write access (a query does not write)'),
    ignored('request_sandboxed_execution_disabled', BOOL, 'sandboxes (python/R plugins are refused anyway)'),
    ignored('request_user', STRING, 'reporting'),
    ignored('results_progressive_enabled', BOOL, 'progressive result frames'),
    ignored('notruncation', BOOL, 'result truncation off (the engine never truncates)'),
    applied('query_now', ['datetime'], 'the value now() and ago() count from'),
    applied('query_bin_auto_size', ['int', 'long', 'real', 'timespan'], 'the bin size of bin_auto()'),
    applied('query_bin_auto_at', ['int', 'long', 'real', 'timespan', 'datetime'], 'the fixed point of bin_auto()'),
    applied('query_take_max_records', LONG, 'the result keeps at most this many records'),
    applied('truncation_max_records', LONG, 'a result with more records is refused (Kusto truncates it with a partial failure)'),
    applied('truncationmaxrecords', LONG, 'a result with more records is refused (Kusto truncates it with a partial failure)'),
    applied('maxoutputcolumns', LONG, 'a result with more columns is refused (Kusto fails the query)'),
    applied('query_language', STRING, '`kql` and `csl` run; `sql` is refused'),
    applied('query_datascope', STRING, '`default` and `all` run; `hotcache` is refused (no cache tiers offline)'),
    applied('request_external_data_disabled', BOOL, 'a query using externaldata is refused'),
    applied('request_external_table_disabled', BOOL, 'a query using external_table() is refused'),
    applied('request_remote_entities_disabled', BOOL, 'a query using cluster() or database() is refused'),
    refused('query_datetimescope_column', 'an automatic filter on a datetime column'),
    refused('query_datetimescope_from', 'an automatic filter on a datetime column'),
    refused('query_datetimescope_to', 'an automatic filter on a datetime column'),
    refused('query_results_apply_getschema', 'returns schemas instead of rows'),
    refused('validatepermissions', 'validates permissions instead of running'),
    refused('truncation_max_size', 'a result size limit in bytes (the engine does not measure bytes as Kusto does)'),
    refused('truncationmaxsize', 'a result size limit in bytes (the engine does not measure bytes as Kusto does)'),
    refused('query_max_entities_in_union', 'a limit on union legs'),
    refused('query_cursor_after_default', 'database cursors'),
    refused('query_cursor_before_or_at_default', 'database cursors'),
    refused('query_cursor_current', 'database cursors'),
    refused('query_cursor_disabled', 'database cursors'),
    refused('query_cursor_scoped_tables', 'database cursors'),
    refused('query_python_debug', 'the python plugin'),
    refused('norequesttimeout', 'cannot be set by a set statement (Kusto docs)'),
    refused('query_results_cache_force_refresh', 'cannot be set by a set statement (Kusto docs)'),
    refused('servertimeout', 'cannot be set by a set statement (Kusto docs)'),
];
/** The options `set` knows, by name. */
const SET_OPTIONS = new Map(OPTIONS.map((o) => [o.name, o]));
/**
 * Read one `set` statement into `options`. `afterOther` says a let or tabular statement
 * came before it: options that change results must come first (what Kusto does with a let
 * evaluated before the option is not documented).
 */
function readSetStatement(statement, options, query, afterOther) {
    const name = String(statement.Name?.ToString?.() ?? '').trim();
    const key = name.toLowerCase();
    const option = SET_OPTIONS.get(key);
    const at = Number(statement.TextStart);
    if (!option)
        throw new engine_refusal.Unsupported(`set option ${name} (not a request property the engine knows)`, at);
    if (option.handling === 'refused')
        throw new engine_refusal.Unsupported(`set ${name}: ${option.note}`, at);
    const valueNode = statement.ValueClause?.Expression;
    let value = true;
    let type = 'bool';
    if (valueNode) {
        if ((0,language_service/* nodeKind */.Fl)(valueNode) !== 'LiteralExpression')
            throw new engine_refusal.Unsupported(`set ${name} to a value that is not a literal`, at);
        type = String(valueNode.ResultType?.Name ?? '');
        if (!option.types.includes(type))
            throw new engine_refusal.QueryError(`set ${name}: a value of type ${option.types.join(' or ')} expected, got ${type}`);
        value = literal(valueNode);
    }
    else if (!option.types.includes('bool')) {
        throw new engine_refusal.QueryError(`set ${name}: the option needs a value (set ${name} = ...)`);
    }
    if (option.handling === 'ignored')
        return;
    if (afterOther)
        throw new engine_refusal.Unsupported(`set ${name} after a let or query statement (set it first)`, at);
    checkApplicable(key, name, value, query, at);
    options.set(key === 'truncationmaxrecords' ? 'truncation_max_records' : key, { value, type });
}
function checkApplicable(key, name, value, query, at) {
    const text = typeof value === 'string' ? value.toLowerCase() : '';
    if (key === 'query_language' && text !== 'kql' && text !== 'csl')
        throw new engine_refusal.Unsupported(`set ${name}="${String(value)}"`, at);
    if (key === 'query_datascope' && text !== 'default' && text !== 'all')
        throw new engine_refusal.Unsupported(`set ${name}="${String(value)}"`, at);
    // With these on, Kusto refuses the construct; the engine would run it on supplied rows.
    const uses = (pattern) => value === true && pattern.test(query);
    if (key === 'request_external_data_disabled' && uses(/\bexternaldata\b/i))
        throw new engine_refusal.Unsupported(`externaldata with set ${name}`, at);
    if (key === 'request_external_table_disabled' && uses(/\bexternal_table\s*\(/i))
        throw new engine_refusal.Unsupported(`external_table() with set ${name}`, at);
    if (key === 'request_remote_entities_disabled' && uses(/\b(cluster|database)\s*\(/i))
        throw new engine_refusal.Unsupported(`cluster()/database() with set ${name}`, at);
    if ((key === 'query_take_max_records' ||
        key === 'truncation_max_records' ||
        key === 'truncationmaxrecords' ||
        key === 'maxoutputcolumns') &&
        !isCount(value))
        throw new engine_refusal.QueryError(`set ${name}: a non-negative count expected`);
}
function isCount(value) {
    return (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) || (typeof value === 'bigint' && value >= 0n);
}
/** A tabular statement's result under the options: query_take_max_records, truncation and column limits. */
function applyResultOptions(table, options) {
    const columnLimit = options.get('maxoutputcolumns')?.value;
    if (columnLimit !== undefined && table.columns.length > Number(columnLimit))
        throw new engine_refusal.Unsupported(`a result of ${table.columns.length} columns with set maxoutputcolumns=${String(columnLimit)} (Kusto fails the query)`);
    const take = options.get('query_take_max_records')?.value;
    let result = table;
    if (take !== undefined && table.rowCount > Number(take)) {
        result = (0,engine_table.pickRows)(table, Array.from({ length: Number(take) }, (_, r) => r));
    }
    const truncation = options.get('truncation_max_records')?.value;
    if (truncation !== undefined && result.rowCount > Number(truncation))
        throw new engine_refusal.Unsupported(`a result of ${result.rowCount} records with set truncation_max_records=${String(truncation)} (Kusto truncates it with a partial failure)`);
    return result;
}

;// CONCATENATED MODULE: ./src/engine/registry.ts
/**
 * Which constructs the engine runs: tabular operators keyed by syntax node kind,
 * scalar functions and binary operators keyed by the language service's symbols.
 * "Is this supported offline?" is a lookup here.
 */























const TABULAR_OPERATORS = new Map([
    printOperator,
    externalDataOperator,
    datatableOperator,
    rangeOperator,
    whereOperator,
    takeOperator,
    countOperator,
    sortOperator,
    extendOperator,
    projectOperator,
    summarizeOperator,
    unionOperator,
    searchOperator,
    scanOperator,
    joinOperator,
    parseOperator,
    parseWhereOperator,
    parseKvOperator,
    mvExpandOperator,
    mvApplyOperator,
    partitionOperator,
    evaluateOperator,
    makeSeriesOperator,
    invokeOperator,
    lookupOperator,
    projectAwayOperator,
    projectKeepOperator,
    projectRenameOperator,
    projectReorderOperator,
    serializeOperator,
    asOperator,
    distinctOperator,
    getSchemaOperator,
    projectByNamesOperator,
    topOperator,
    topNestedOperator,
].map((op) => [op.kind, op]));



;// CONCATENATED MODULE: ./src/engine/evaluate.ts
/**
 * Runs a query: parse and bind with the language service, then evaluate its
 * statements. The binder is the truth for names and types; this module only
 * computes values, and refuses what it cannot compute exactly.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */












installCompiledScalars();
/** Evaluate a tabular expression node. */
function evaluateTabular(node, context) {
    const kind = (0,language_service/* nodeKind */.Fl)(node);
    if (kind === 'PipeExpression') {
        const input = evaluateTabular(node.Expression, context);
        return applyOperator(node.Operator, input, context);
    }
    if (kind === 'ParenthesizedExpression')
        return evaluateTabular(node.Expression, context);
    if (kind === 'FunctionCallExpression') {
        const supplied = context.tables.get(workspaceFunctionKey(node));
        if (supplied)
            return supplied;
        const name = String(node.ReferencedSymbol?.Name ?? node.Name?.SimpleName ?? '');
        if (name === 'table')
            return tableByName(node, context);
        // A workspace function whose rows the test does not supply returns no rows.
        if (context.isWorkspaceFunction?.(name) && !context.functions.has(name))
            return emptyOfResult(node);
    }
    // materialize(T): evaluation here is deterministic, so T once is T every time.
    if (kind === 'MaterializeExpression')
        return evaluateTabular(node.Expression, context);
    if (kind === 'FunctionCallExpression' && context.functions.has(String(node.ReferencedSymbol?.Name ?? '')))
        return callUserTabular(node, context);
    if (kind === 'NameReference') {
        const name = String(node.SimpleName ?? node.ToString().trim());
        // A parameterless function or view named without parentheses.
        if (!context.tables.has(name) && context.functions.has(name))
            return callUserTabular(node, context);
        const supplied = context.tables.get(name);
        if (supplied)
            return supplied;
        // A declared function shadows a catalog table of the same name (as in the binder), so
        // its empty result has the function's columns, not the table's.
        if (context.isWorkspaceFunction?.(name))
            return emptyOfResult(node);
        const table = context.emptyTable(name);
        if (table)
            return table;
        throw new engine_refusal.UnknownTable(name, node.TextStart);
    }
    return applyOperator(node, undefined, context);
}
/** An empty table of the columns the binder gives an expression's result. */
function emptyOfResult(node) {
    const columns = (0,language_service/* listOf */.c3)(node.ResultType?.Columns).map((c) => ({ name: String(c.Name), type: (0,engine_values.kustoType)(String(c.Type?.Name ?? '')) }));
    return { columns, data: columns.map(() => []), rowCount: 0 };
}
/** table('Name'): the named table (supplied rows, else empty), as if written as a name. */
function tableByName(node, context) {
    const first = (0,language_service/* listOf */.c3)(node.ArgumentList?.Expressions).map((e) => e.Element ?? e)[0];
    const name = first?.ConstantValue;
    if (typeof name !== 'string')
        throw new engine_refusal.Unsupported('table() with a computed name', node.TextStart);
    const table = context.tables.get(name) ?? context.emptyTable(name);
    if (!table)
        throw new engine_refusal.Unsupported(`table ${name}`, node.TextStart);
    return table;
}
/**
 * The table key under which a test supplies a workspace function's rows:
 * `_GetWatchlist('alias')` (alias lower-cased) or the function's name (ASIM parsers
 * and saved functions; their parameters are not applied to supplied rows).
 */
function workspaceFunctionKey(node) {
    const name = String(node.ReferencedSymbol?.Name ?? node.Name?.SimpleName ?? '');
    if (name === '_GetWatchlist') {
        const first = (0,language_service/* listOf */.c3)(node.ArgumentList?.Expressions).map((e) => e.Element ?? e)[0];
        const alias = first?.ConstantValue ?? first?.Token?.ValueText;
        if (typeof alias === 'string')
            return watchlistKey(alias);
    }
    return name;
}

/**
 * The declared columns of every externaldata source in `text`, by the data key a
 * test supplies its rows under (`externaldata('<uri>')`, one per URI), so the
 * rows are converted to the schema the query declares.
 */
function externalDataSchemas(text, catalog) {
    const out = new Map();
    if (!/\bexternaldata\b/i.test(text))
        return out;
    const globals = catalog ? catalog.globalsFor(text) : (0,language_service/* globalsWith */.Pw)([]);
    const code = analyzed(text, globals).code;
    for (const source of externalDataSources(code?.Syntax)) {
        for (const uri of source.uris)
            out.set(externalDataKey(uri), source.columns);
    }
    return out;
}
/** Normalised key of a watchlist's rows: `_GetWatchlist('alias')`, alias lower-cased. */
function watchlistKey(alias) {
    return `_GetWatchlist('${alias.toLowerCase()}')`;
}
function applyOperator(node, input, context) {
    const kind = (0,language_service/* nodeKind */.Fl)(node);
    const operator = TABULAR_OPERATORS.get(kind);
    if (!operator) {
        const keyword = String(node.GetFirstToken?.()?.Text ?? kind);
        throw new engine_refusal.Unsupported(`operator ${keyword}`, node.TextStart);
    }
    const result = operator.evaluate(node, input, context);
    context.budget.table(result, node, operator.keyword);
    // A stand-in type (a column no input row carried) must never hold a value.
    if (result.rowCount > 0) {
        const untyped = result.columns.find(isUntyped);
        if (untyped)
            throw new engine_refusal.Unsupported(`column ${untyped.name} of unknown type`, node.TextStart);
    }
    return result;
}
/**
 * `count(expr)` counts rows, nulls included (summarize docs: count(y) over a null
 * y gives 2 for 2 rows), but the language service types count's argument as a
 * bool predicate. Its "bool expected" error on that argument is not a query error.
 */
function countArgument(code, start, length) {
    return enclosingCall(code, start, length) === 'count';
}
function enclosingCall(code, start, length) {
    let node = code?.Syntax?.GetNodeAt?.(start, length);
    for (let depth = 0; node && depth < 7; depth++, node = node.Parent) {
        if ((0,language_service/* nodeKind */.Fl)(node) === 'FunctionCallExpression')
            return String(node.ReferencedSymbol?.Name ?? '');
    }
    return undefined;
}
/**
 * make_timespan(day, hour, minute, second): the documentation types `second` as real
 * (its example is make_timespan(1, 12, 30, 55.123)), the language service wants an
 * integer there. That one error is not a query error; make_timespan() checks its parts.
 */
function makeTimespanSecond(code, start, length) {
    return enclosingCall(code, start, length) === 'make_timespan';
}
/** Run `text` and return the last statement's table; refusals name their line:column. */
function runQuery(text, options = {}) {
    try {
        return runStatements(text, options);
    }
    catch (error) {
        if (error instanceof engine_refusal.Unsupported && typeof error.offset === 'number' && !/ at \d+:\d+$/.test(error.message)) {
            const before = text.slice(0, error.offset).split('\n');
            error.message = `${error.message} at ${before.length}:${(before.at(-1) ?? '').length + 1}`;
        }
        throw error;
    }
}
/**
 * Analyses (parse and bind) by globals and query text: the language service takes
 * ~50 ms for a detection-sized query, more than evaluating it over 100,000 rows, and
 * tests and backtests run the same text over many inputs. The syntax tree is only
 * read, never changed, so sharing it is safe; its compiled closures are reused too.
 */
const ANALYSES = new WeakMap();
const ANALYSES_PER_GLOBALS = 64;
function analyzed(text, globals) {
    let byText = ANALYSES.get(globals);
    if (!byText)
        ANALYSES.set(globals, (byText = new Map()));
    let analysis = byText.get(text);
    if (!analysis) {
        analysis = (0,language_service/* analyze */.ns)(text, globals);
        // Oldest first out.
        if (byText.size >= ANALYSES_PER_GLOBALS)
            byText.delete(byText.keys().next().value);
        byText.set(text, analysis);
    }
    return analysis;
}
function runStatements(text, options) {
    const tables = options.tables ?? new Map();
    const catalog = options.catalog;
    const globals = catalog
        ? catalog.globalsFor(text)
        : (0,language_service/* globalsWith */.Pw)([...tables].map(([name, t]) => (0,language_service/* tableSymbol */.JJ)(name, (0,kql_catalog.schemaString)(t.columns.map((c) => [c.name, c.type])))));
    const analysis = analyzed(text, globals);
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error' &&
        !(d.message === 'A value of type bool expected.' && countArgument(analysis.code, d.start, d.length)) &&
        !(d.message === 'The expression value must be an integer.' && makeTimespanSecond(analysis.code, d.start, d.length)) &&
        !inOpenSchemaFunction(analysis.code, d.start, d.length));
    if (errors.length > 0)
        throw new engine_refusal.QueryError(`${errors[0].message} (at offset ${errors[0].start})`);
    const code = analysis.code;
    const budget = createBudget(text, options.maxRows ?? DEFAULT_MAX_ROWS, options.maxBytes ?? DEFAULT_MAX_BYTES);
    // Columns of dynamic-schema tables assumed from their suffix (catalog.assumedColumns):
    // supplied rows without them, and empty tables, get them as nulls.
    const assumed = catalog?.assumedColumns(text) ?? [];
    const withAssumed = (name, table) => {
        const missing = assumed.filter((a) => a.tables.includes(name) && !table.columns.some((c) => c.name === a.name));
        if (missing.length === 0)
            return table;
        return {
            ...table,
            columns: [...table.columns, ...missing.map((a) => ({ name: a.name, type: (0,engine_values.kustoType)(a.type) }))],
            data: [...table.data, ...missing.map(() => new Array(table.rowCount).fill(null))],
        };
    };
    const emptyTable = (name) => {
        const spec = catalog?.table(name);
        if (!spec || spec.open)
            return undefined;
        const table = {
            columns: spec.columns.map(([n, t]) => ({ name: n, type: (0,engine_values.kustoType)(t) })),
            data: spec.columns.map(() => []),
            rowCount: 0,
        };
        return withAssumed(name, table);
    };
    const now = options.now ?? BigInt(Date.now()) * 10000n;
    // Request properties of `set` statements (set-options.ts), shared by every nested context.
    const setOptions = new Map();
    const maxRows = budget.maxRows;
    const database = {
        tables: (0,language_service/* listOf */.c3)(code.Globals?.Database?.Tables).map((t) => String(t.Name)),
        // Rows supplied for functions (`_GetWatchlist('a')`, externaldata('uri'), ASIM parsers) are not tables.
        supplied: new Set([...tables.keys()].filter((name) => !name.includes('(') && !catalog?.hasFunction(name))),
        table: (name) => supplied.get(name) ?? emptyTable(name),
    };
    const makeContext = (names) => {
        const context = {
            ...names,
            now: setOptions.get('query_now')?.value ?? now,
            options: setOptions,
            maxRows,
            budget,
            scalars: new Map(),
            emptyTable,
            isWorkspaceFunction: (name) => name === '_GetWatchlist' || Boolean(catalog?.hasFunction(name)),
            evaluateTabular: (node) => evaluateTabular(node, context),
            callUserScalar: callUserScalar,
            toScalar: toScalar,
            tabularOperator: (kind) => TABULAR_OPERATORS.get(kind),
            database,
            child: (inner) => makeContext(inner),
        };
        return context;
    };
    const supplied = new Map([...tables].map(([name, table]) => [name, withAssumed(name, table)]));
    const context = makeContext({ variables: new Map(), tables: supplied, functions: new Map() });
    let last;
    let afterOther = false;
    const root = code.Syntax;
    if ((0,language_service/* nodeKind */.Fl)(root) !== 'QueryBlock')
        throw new engine_refusal.Unsupported((0,language_service/* nodeKind */.Fl)(root));
    for (const element of (0,language_service/* listOf */.c3)(root.Statements)) {
        const statement = element.Element ?? element;
        const kind = (0,language_service/* nodeKind */.Fl)(statement);
        if (kind === 'SetOptionStatement') {
            readSetStatement(statement, setOptions, text, afterOther);
            const queryNow = setOptions.get('query_now')?.value;
            if (typeof queryNow === 'bigint')
                context.now = queryNow;
            continue;
        }
        afterOther = true;
        if (kind === 'LetStatement') {
            runLetStatement(statement, context);
        }
        else if (kind === 'ExpressionStatement') {
            last = applyResultOptions(evaluateTabular(statement.Expression, context), setOptions);
        }
        else {
            throw new engine_refusal.Unsupported(`statement ${kind}`, statement.TextStart);
        }
    }
    if (!last)
        throw new engine_refusal.QueryError('the query has no tabular result');
    return last;
}


/***/ })

};
