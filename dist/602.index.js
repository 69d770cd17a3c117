export const id = 602;
export const ids = [602];
export const modules = {

/***/ 18602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_FIXTURE_BYTES: () => (/* binding */ DEFAULT_MAX_FIXTURE_BYTES),
  FixtureError: () => (/* reexport */ FixtureError),
  coerce: () => (/* binding */ coerce),
  inferColumns: () => (/* binding */ inferColumns),
  parseFixture: () => (/* binding */ parseFixture),
  readFixture: () => (/* binding */ readFixture),
  readFixtureText: () => (/* binding */ readFixtureText),
  tableFromRecords: () => (/* binding */ tableFromRecords)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/refusal.ts
var refusal = __webpack_require__(3367);
;// CONCATENATED MODULE: ./src/engine/fixture-scan.ts
/**
 * Defensive reading of fixture text before JSON.parse: strict UTF-8, a nesting
 * limit (deep values would overflow the stack later), integers beyond ±2^53
 * (JSON.parse would round them silently), duplicate column names in a record
 * (JSON.parse would keep the last silently), and the line of each element of a
 * `.json` array so errors can name it.
 */

/** A fixture problem with its position. */
class FixtureError extends refusal.QueryError {
    name = 'FixtureError';
}
/** Deepest nesting of arrays and objects a fixture value may have. */
const MAX_JSON_DEPTH = 256;
/** Decode bytes as UTF-8, naming the line of the first invalid byte sequence. */
function decodeUtf8(bytes, file) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch (error) {
        // Anything but bad bytes (a text longer than JavaScript strings allow) is its own error.
        if (error.code !== 'ERR_ENCODING_INVALID_ENCODED_DATA')
            throw new FixtureError(`${file}: cannot read as text (${error.message})`);
        const decoder = new TextDecoder('utf-8', { fatal: true });
        let line = 1;
        let start = 0;
        for (let i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] !== 0x0a)
                continue;
            try {
                decoder.decode(bytes.subarray(start, i));
            }
            catch {
                throw new FixtureError(`${file}:${line}: not valid UTF-8 text`);
            }
            line++;
            start = i + 1;
        }
        throw new FixtureError(`${file}: not valid UTF-8 text`);
    }
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
/**
 * Check `text` (one JSON value starting on `firstLine`) and, when `array`, split a
 * top-level array into its elements. Syntax errors are left to JSON.parse.
 */
function scanJson(text, file, firstLine, array) {
    const elements = [];
    // Per open container: true for an object. Keys of record-level objects (the
    // elements of the array, or the line's object) are checked for duplicates.
    const stack = [];
    const recordDepth = array ? 2 : 1;
    let keys;
    let line = firstLine;
    let elementStart = -1;
    let elementLine = line;
    const n = text.length;
    const where = () => `${file}:${line}`;
    const startElement = (i) => {
        if (array && stack.length === 1 && elementStart < 0) {
            elementStart = i;
            elementLine = line;
        }
    };
    let closed = false;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === NEWLINE) {
            line++;
            continue;
        }
        if (c === 0x20 || c === 0x09 || c === 0x0d)
            continue;
        if (closed)
            throw new FixtureError(`${where()}: unexpected text after the end of the array`);
        if (c === QUOTE) {
            startElement(i);
            // The closing quote: the next one not escaped by an odd run of backslashes.
            let j = text.indexOf('"', i + 1);
            let escaped = false;
            while (j > 0) {
                let b = j - 1;
                while (text.charCodeAt(b) === BACKSLASH)
                    b--;
                if ((j - 1 - b) % 2 === 0)
                    break;
                escaped = true;
                j = text.indexOf('"', j + 1);
            }
            if (j < 0)
                j = n; // unterminated: JSON.parse reports it
            // A key of a record-level object: followed by ':'.
            if (keys && stack.length === recordDepth && stack[stack.length - 1]) {
                let k = j + 1;
                while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09))
                    k++;
                if (text.charCodeAt(k) === 0x3a) {
                    let key = text.slice(i + 1, j);
                    if (escaped || key.includes('\\')) {
                        try {
                            key = JSON.parse(text.slice(i, j + 1));
                        }
                        catch {
                            /* invalid JSON: JSON.parse reports it */
                        }
                    }
                    if (keys.has(key))
                        throw new FixtureError(`${where()}: column '${key}' appears twice in one record`);
                    keys.add(key);
                }
            }
            i = j;
            continue;
        }
        if (c === 0x5b || c === 0x7b) {
            startElement(i);
            stack.push(c === 0x7b);
            if (stack.length > MAX_JSON_DEPTH)
                throw new FixtureError(`${where()}: values nested deeper than ${MAX_JSON_DEPTH} levels are not supported`);
            if (stack.length === recordDepth && c === 0x7b)
                keys = new Set();
            continue;
        }
        if (c === 0x5d || c === 0x7d) {
            if (array && stack.length === 1 && elementStart >= 0) {
                elements.push({ text: text.slice(elementStart, i), line: elementLine });
                elementStart = -1;
            }
            stack.pop();
            if (array && stack.length === 0)
                closed = true;
            continue;
        }
        if (c === 0x2c) {
            if (array && stack.length === 1 && elementStart >= 0) {
                elements.push({ text: text.slice(elementStart, i), line: elementLine });
                elementStart = -1;
            }
            continue;
        }
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            startElement(i);
            let j = i + 1;
            for (let d = text.charCodeAt(j); (d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d;)
                d = text.charCodeAt(++j);
            const token = text.slice(i, j);
            // An integer JSON.parse cannot hold exactly: refuse rather than round.
            if (/^-?\d+$/.test(token) && token.replace(/^-/, '').length > 15 && !Number.isSafeInteger(Number(token)))
                throw new FixtureError(`${where()}: the integer ${token} is beyond ±2^53 and cannot be read exactly (write it as a string, or as a real with a decimal point)`);
            i = j - 1;
            continue;
        }
        startElement(i);
    }
    if (array && stack.length > 0)
        throw new FixtureError(`${where()}: the file ends inside an unclosed array or object`);
    return elements;
}

// EXTERNAL MODULE: ./src/engine/table.ts
var engine_table = __webpack_require__(17991);
// EXTERNAL MODULE: ./src/engine/vectors.ts
var vectors = __webpack_require__(45839);
// EXTERNAL MODULE: ./src/engine/functions/calendar.ts
var calendar = __webpack_require__(18727);
;// CONCATENATED MODULE: ./src/engine/fixture-fast.ts
/**
 * The fast path of the streamed fixture readers: a `.jsonl` line that is a flat
 * JSON object (string, number, true/false/null values; no escapes, nesting or
 * repeated keys), or a simple `.csv` line, goes straight into the column
 * builders, with no record object and no JSON.parse. Anything else — and any
 * value that does not convert — returns false before a column is touched, and
 * the caller reads the line with the general reader, which accepts it or names
 * the error exactly as before.
 */


const digit = (c) => c >= 48 && c <= 57;
/**
 * `YYYY-MM-DDTHH:MM:SS[.f{1,7}]Z` (what exports write) in text[start, end) as [ms, sub],
 * written to `out`; false for anything else, which parseDatetime then decides (years
 * below 100 included: Date.UTC reads them as 19xx).
 */
function isoParts(text, start, end, out) {
    const n = end - start;
    if (n < 20 || n > 28 || text.charCodeAt(end - 1) !== 90 /* Z */)
        return false;
    if (text.charCodeAt(start + 4) !== 45 ||
        text.charCodeAt(start + 7) !== 45 ||
        text.charCodeAt(start + 10) !== 84 ||
        text.charCodeAt(start + 13) !== 58 ||
        text.charCodeAt(start + 16) !== 58)
        return false;
    const y1 = two(text, start);
    const y2 = two(text, start + 2);
    const mo = two(text, start + 5);
    const d = two(text, start + 8);
    const h = two(text, start + 11);
    const mi = two(text, start + 14);
    const s = two(text, start + 17);
    if (y1 < 0 || y2 < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0)
        return false;
    const y = y1 * 100 + y2;
    if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > (0,calendar/* daysInMonth */.L3)(y, mo) || h > 23 || mi > 59 || s > 59)
        return false;
    let frac = 0;
    if (n > 20) {
        // `.` and 1..7 digits before the Z.
        if (text.charCodeAt(start + 19) !== 46 || n === 21)
            return false;
        let scale = 1_000_000;
        for (let i = start + 20; i < end - 1; i++) {
            const c = text.charCodeAt(i);
            if (!digit(c))
                return false;
            frac += (c - 48) * scale;
            scale /= 10;
        }
    }
    out[0] = (0,calendar/* daysFromCivil */.Hd)(y, mo, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000 + Math.floor(frac / 10_000);
    out[1] = frac % 10_000;
    return true;
}
/** Two digits at text[i], or -1. */
function two(text, i) {
    const a = text.charCodeAt(i) - 48;
    const b = text.charCodeAt(i + 1) - 48;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
/** The index of the first character at or after i that is not JSON whitespace. */
function skipWs(text, i) {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 13; c = text.charCodeAt(++i))
        ;
    return i;
}
/**
 * What a string on the fast path may not hold: escapes and control characters (\r and \t
 * are control characters inside strings). \n is left out: lines never hold one (the reader
 * splits at it), so one search serves many lines of a chunk instead of each line's end.
 */
const SPECIAL = /[\u0000-\u0009\u000b-\u001f\\]/g;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/**
 * Reads flat lines into builders. Values are staged per column, then committed
 * together, so a line that falls back leaves the columns as they were.
 */
class FastRows {
    coerce;
    byName;
    slots;
    /** Per column, the staged value: a string code, ticks parts, or a converted value. */
    codes;
    ms;
    sub;
    values;
    /** What is staged for each column: 0 a string code, 1 ticks parts, 2 a converted value. */
    kind;
    seen;
    stamp = 0;
    parts = [0, 0];
    /** Keys in the order the last line had them, with quotes, to skip map lookups. */
    lastKeys = [];
    lastColumns = [];
    constructor(columns, builders, 
    /** The general reader's conversion of one JSON value (fixtures.ts). */
    coerce) {
        this.coerce = coerce;
        this.byName = new Map(columns.map((c, i) => [c.name, i]));
        this.slots = columns.map((c, i) => ({ builder: builders[i], type: c.type }));
        const n = columns.length;
        this.codes = new Int32Array(n);
        this.ms = new Float64Array(n);
        this.sub = new Uint16Array(n);
        this.values = new Array(n).fill(null);
        this.kind = new Uint8Array(n);
        this.seen = new Int32Array(n);
    }
    /** Stage the value text[start, end) (a JSON string's contents, or a CSV cell) for column c. */
    stageText(c, text, start, end, csv) {
        const slot = this.slots[c];
        const b = slot.builder;
        if (slot.type === 'string' && b instanceof vectors.StringBuilder) {
            this.codes[c] = b.codeRange(text, start, end);
            this.kind[c] = 0;
            return true;
        }
        if ((slot.type === 'datetime' || slot.type === 'timespan') && b instanceof vectors.TicksBuilder) {
            if (slot.type === 'datetime' && isoParts(text, start, end, this.parts)) {
                this.ms[c] = this.parts[0];
                this.sub[c] = this.parts[1];
                this.kind[c] = 1;
                return true;
            }
            if (csv && start === end) {
                this.ms[c] = NaN;
                this.sub[c] = 0;
                this.kind[c] = 1;
                return true;
            }
        }
        // In CSV an empty cell is null (string columns are handled above); dynamic cells are JSON text.
        if (csv && slot.type === 'dynamic')
            return false;
        const raw = csv && start === end ? null : text.slice(start, end);
        return this.stageValue(c, raw);
    }
    stageValue(c, raw) {
        const slot = this.slots[c];
        const v = this.coerce(raw, slot.type);
        if (v === undefined)
            return false;
        const b = slot.builder;
        if (b instanceof vectors.StringBuilder) {
            this.codes[c] = b.code(v);
            this.kind[c] = 0;
        }
        else {
            this.values[c] = v;
            this.kind[c] = 2;
        }
        return true;
    }
    /** Append the staged values (columns not staged on this line get their null). */
    commit() {
        for (let c = 0; c < this.slots.length; c++) {
            const b = this.slots[c].builder;
            const staged = this.seen[c] === this.stamp;
            if (b instanceof vectors.StringBuilder)
                b.pushCode(staged ? this.codes[c] : b.code(''));
            else if (!staged)
                b.push(null);
            else if (this.kind[c] === 1)
                b.pushParts(this.ms[c], this.sub[c]);
            else {
                b.push(this.values[c]);
                this.values[c] = null;
            }
        }
    }
    clearStaged() {
        for (let c = 0; c < this.values.length; c++)
            this.values[c] = null;
    }
    /** One `.jsonl` line text[start, end): true when it was read; false to use the general reader. */
    jsonLine(text, start, end) {
        const stamp = ++this.stamp;
        let i = skipWs(text, start);
        if (text.charCodeAt(i) !== 123 /* { */)
            return false;
        i = skipWs(text, i + 1);
        let position = 0;
        if (text.charCodeAt(i) === 125 /* } */)
            i++;
        else
            for (;;) {
                if (text.charCodeAt(i) !== 34)
                    return this.bail();
                // The key: the one the last line had at this position, or looked up.
                let c;
                const expected = this.lastKeys[position];
                if (expected !== undefined && i + expected.length <= end && (0,vectors.occursAt)(text, i, expected)) {
                    c = this.lastColumns[position];
                    i += expected.length;
                }
                else {
                    const close = text.indexOf('"', i + 1);
                    if (close < 0 || close >= end)
                        return this.bail();
                    const key = text.slice(i + 1, close);
                    if (key.includes('\\'))
                        return this.bail();
                    const found = this.byName.get(key);
                    if (found === undefined)
                        return this.bail();
                    c = found;
                    this.lastKeys[position] = `"${key}"`;
                    this.lastColumns[position] = c;
                    i = close + 1;
                }
                position++;
                if (this.seen[c] === stamp)
                    return this.bail();
                this.seen[c] = stamp;
                i = skipWs(text, i);
                if (text.charCodeAt(i) !== 58 /* : */)
                    return this.bail();
                i = skipWs(text, i + 1);
                const first = text.charCodeAt(i);
                if (first === 34) {
                    // A string without escapes or control characters (natively found, not scanned here).
                    const j = text.indexOf('"', i + 1);
                    if (j < 0 || j >= end || this.special(text, i) < j)
                        return this.bail();
                    if (!this.stageText(c, text, i + 1, j, false))
                        return this.bail();
                    i = j + 1;
                }
                else if (first === 116 && text.startsWith('true', i)) {
                    if (!this.stageValue(c, true))
                        return this.bail();
                    i += 4;
                }
                else if (first === 102 && text.startsWith('false', i)) {
                    if (!this.stageValue(c, false))
                        return this.bail();
                    i += 5;
                }
                else if (first === 110 && text.startsWith('null', i)) {
                    if (!this.stageValue(c, null))
                        return this.bail();
                    i += 4;
                }
                else if (first === 45 || digit(first)) {
                    let j = i + 1;
                    for (let d = text.charCodeAt(j); digit(d) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45; d = text.charCodeAt(++j))
                        ;
                    const token = text.slice(i, j);
                    // Integers JSON.parse would round are the general reader's error to report.
                    if (!NUMBER.test(token) || (token.length > 15 && /^-?\d+$/.test(token)))
                        return this.bail();
                    if (!this.stageValue(c, Number(token)))
                        return this.bail();
                    i = j;
                }
                else
                    return this.bail();
                i = skipWs(text, i);
                const next = text.charCodeAt(i);
                if (next === 44 /* , */) {
                    i = skipWs(text, i + 1);
                    continue;
                }
                if (next === 125) {
                    i++;
                    break;
                }
                return this.bail();
            }
        if (skipWs(text, i) !== end)
            return this.bail();
        this.commit();
        return true;
    }
    specialChunk = -1;
    specialAt = -1;
    /**
     * The position of the next backslash or control character at or after `from`
     * (text.length when none), cached per chunk of text, as lines are read in order.
     */
    special(text, from) {
        if (this.chunk !== this.specialChunk || this.specialAt < from) {
            SPECIAL.lastIndex = from;
            const m = SPECIAL.exec(text);
            this.specialChunk = this.chunk;
            this.specialAt = m ? m.index : text.length;
        }
        return this.specialAt;
    }
    /** Which text the lines come from: a new number for each new text (see eachLine). */
    chunk = 0;
    bail() {
        this.clearStaged();
        return false;
    }
    /** One simple `.csv` line (no quotes, no stray CR): `header` gives each cell's column (-1: not in the schema). */
    csvLine(text, start, end, header) {
        const stamp = ++this.stamp;
        let cell = 0;
        let from = start;
        for (;;) {
            let comma = text.indexOf(',', from);
            if (comma < 0 || comma > end)
                comma = end;
            // A cell beyond the header, or a header column the schema lacks: the general reader's error.
            if (cell >= header.length)
                return this.bail();
            const c = header[cell];
            if (c < 0)
                return this.bail();
            this.seen[c] = stamp;
            if (!this.stageText(c, text, from, comma, true))
                return this.bail();
            cell++;
            if (comma === end)
                break;
            from = comma + 1;
        }
        // Fewer cells than the header: the rest are '' (null for non-strings), as the general reader reads them.
        for (; cell < header.length; cell++) {
            const c = header[cell];
            if (c < 0)
                return this.bail();
            this.seen[c] = stamp;
            if (!this.stageText(c, text, end, end, true))
                return this.bail();
        }
        this.commit();
        return true;
    }
}

// EXTERNAL MODULE: ./src/engine/values.ts
var values = __webpack_require__(1665);
;// CONCATENATED MODULE: ./src/engine/fixtures.ts
/**
 * Fixture tables: `.jsonl` (one object per line), `.json` (an array of objects) or
 * `.csv` (header row), converted to a table schema. A value that cannot be
 * converted is an error naming file, line and column name.
 */









/** Largest fixture file read by default (100 MiB); larger files need a higher limit. */
const DEFAULT_MAX_FIXTURE_BYTES = 100 * 1024 * 1024;
const isoScratch = [0, 0];
/** The fast reader's ISO form as ticks; null for anything else, which goes through parseDatetime. */
function isoTicks(text) {
    return isoParts(text, 0, text.length, isoScratch) ? BigInt(isoScratch[0]) * 10000n + BigInt(isoScratch[1]) : null;
}
/** Convert one JSON value to a column type; `undefined` means "cannot". */
function coerce(value, type) {
    if (value === null || value === undefined)
        return type === 'string' ? '' : null;
    switch (type) {
        case 'string':
            return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
        case 'int':
        case 'long': {
            const n = typeof value === 'number' ? value : typeof value === 'string' && /^[+-]?\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
            if (!Number.isSafeInteger(n))
                return undefined;
            if (type === 'int' && (n | 0) !== n)
                return undefined;
            return n;
        }
        case 'real': {
            if (typeof value === 'number')
                return value;
            if (typeof value !== 'string')
                return undefined;
            const t = value.trim();
            if (/^nan$/i.test(t))
                return NaN;
            if (/^\+?infinity$/i.test(t))
                return Infinity;
            if (/^-infinity$/i.test(t))
                return -Infinity;
            const n = Number(t);
            return t !== '' && !Number.isNaN(n) ? n : undefined;
        }
        case 'bool':
            if (typeof value === 'boolean')
                return value;
            if (value === 'true' || value === 'True')
                return true;
            if (value === 'false' || value === 'False')
                return false;
            return undefined;
        case 'datetime':
            return typeof value === 'string' ? (isoTicks(value) ?? (0,values.parseDatetime)(value) ?? undefined) : undefined;
        case 'timespan':
            return typeof value === 'string' ? ((0,values.parseTimespan)(value) ?? undefined) : undefined;
        case 'guid':
            return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
                ? value.toLowerCase()
                : undefined;
        case 'dynamic':
            return value;
        default:
            return undefined;
    }
}
/** Parse a CSV text (RFC 4180 quoting) into records with their line numbers. */
function parseCsv(text, file) {
    const records = [];
    let cells = [];
    let cell = '';
    let quoted = false;
    let line = 1;
    let startLine = 1;
    let quoteLine = 1;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else {
                if (ch === '\n')
                    line++;
                cell += ch;
            }
        }
        else if (ch === '"' && cell === '') {
            quoted = true;
            quoteLine = line;
        }
        else if (ch === ',') {
            cells.push(cell);
            cell = '';
        }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            cells.push(cell);
            if (cells.some((c) => c !== ''))
                records.push({ line: startLine, cells });
            cells = [];
            cell = '';
            line++;
            startLine = line;
        }
        else
            cell += ch;
    }
    if (quoted)
        throw new FixtureError(`${file}:${quoteLine}: a quoted cell is never closed (unbalanced ")`);
    cells.push(cell);
    if (cells.some((c) => c !== ''))
        records.push({ line: startLine, cells });
    return records;
}
/** JSON.parse one record; it must be an object. */
function parseRecord(text, file, line, notObject) {
    let record;
    try {
        record = JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        throw new FixtureError(`${file}:${line}: not valid JSON (${message.length > 200 ? `${message.slice(0, 200)}…` : message})`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record))
        throw new FixtureError(`${file}:${line}: ${notObject}`);
    return record;
}
/** Raw records of a fixture file: objects with the line each starts on. */
function parseFixture(text, file) {
    const ext = external_node_path_default().extname(file).toLowerCase();
    const body = text.replace(/^\uFEFF/, '');
    if (ext === '.jsonl' || ext === '.ndjson') {
        const out = [];
        body.split('\n').forEach((raw, i) => {
            if (!raw.trim())
                return;
            scanJson(raw, file, i + 1, false);
            out.push({ line: i + 1, record: parseRecord(raw, file, i + 1, 'each line must be a JSON object') });
        });
        return out;
    }
    if (ext === '.json') {
        const trimmed = body.trim();
        if (trimmed === '')
            return [];
        if (!trimmed.startsWith('['))
            throw new FixtureError(`${file}: a .json fixture is an array of objects`);
        return scanJson(body, file, 1, true).map(({ text: element, line }, i) => ({
            line,
            record: parseRecord(element, file, line, `element ${i} of the array is not an object`),
        }));
    }
    if (ext === '.csv') {
        const [header, ...rows] = parseCsv(body, file);
        if (!header)
            return [];
        const names = header.cells.map((name) => name.trim());
        const seen = new Set();
        for (const name of names) {
            if (name === '')
                throw new FixtureError(`${file}:${header.line}: the header has an empty column name`);
            if (seen.has(name))
                throw new FixtureError(`${file}:${header.line}: column '${name}' appears twice in the header`);
            seen.add(name);
        }
        return rows.map(({ line, cells }) => {
            if (cells.length > names.length)
                throw new FixtureError(`${file}:${line}: ${cells.length} cells but the header names ${names.length} columns`);
            return { line, record: Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])) };
        });
    }
    throw new FixtureError(`${file}: fixtures are .jsonl, .json or .csv`);
}
/**
 * Appends records to the columns of a table: unknown columns and unconvertible
 * values are errors. Columns are built as vectors while records arrive (strings
 * dictionary-coded, datetimes and timespans as ms + sub-ms arrays, longs as
 * Float64Array), so a million rows of a few hundred user names hold a few hundred strings.
 */
function recordAppender(columns, file, csv) {
    const byName = new Map(columns.map((c, i) => [c.name, i]));
    const builders = columns.map((c) => (0,vectors.builderFor)(c.type));
    let rows = 0;
    const raws = new Array(columns.length);
    const append = (line, record) => {
        rows++;
        let present = 0;
        for (let i = 0; i < columns.length; i++) {
            // Own properties only: a column named like an Object.prototype member is just absent.
            const name = columns[i].name;
            if (Object.prototype.hasOwnProperty.call(record, name)) {
                present++;
                raws[i] = record[name];
            }
            else
                raws[i] = undefined;
        }
        // A key that is not a column: the record has more own keys than columns present.
        if (present !== Object.keys(record).length) {
            for (const key of Object.keys(record)) {
                if (!byName.has(key))
                    throw new FixtureError(`${file}:${line}: column '${key}' is not in the table's schema`);
            }
        }
        for (let i = 0; i < columns.length; i++) {
            const column = columns[i];
            let raw = raws[i];
            // In CSV every cell is text: an empty cell is null, a dynamic cell is JSON text.
            if (csv && typeof raw === 'string') {
                if (raw === '' && column.type !== 'string')
                    raw = null;
                else if (column.type === 'dynamic') {
                    try {
                        raw = JSON.parse(raw);
                    }
                    catch {
                        /* keep the text as a string value */
                    }
                }
            }
            const value = coerce(raw, column.type);
            if (value === undefined)
                throw new FixtureError(`${file}:${line}: ${JSON.stringify(raw)} is not a valid ${column.type} for column '${column.name}'`);
            raws[i] = value;
        }
        // Every value converted: only then append (an error leaves no partial row).
        for (let i = 0; i < columns.length; i++)
            builders[i].push(raws[i]);
    };
    const table = () => (0,engine_table.makeTable)(columns, builders.map((b) => b.finish()), rows);
    return { append, table, builders, byName, count: () => rows, addRow: () => rows++ };
}
/** Build a table of `columns` from records; unknown columns and unconvertible values are errors. */
function tableFromRecords(records, columns, file, csv = false) {
    const appender = recordAppender(columns, file, csv);
    for (const { line, record } of records)
        appender.append(line, record);
    return appender.table();
}
/** Bytes read at a time by the streamed readers. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/** Whether the bytes end with the start of a UTF-8 sequence that the next bytes must finish. */
function endsInsideCharacter(bytes) {
    // The last byte that is not a continuation byte (10xxxxxx), within a sequence's length.
    for (let back = 1; back <= 4 && back <= bytes.length; back++) {
        const b = bytes[bytes.length - back];
        if ((b & 0xc0) === 0x80)
            continue;
        const length = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        return length > back;
    }
    return true;
}
/**
 * The lines of a file, streamed in chunks with strict UTF-8 decoding; `each` gets
 * every line (without its `\n`) and its number. Returns false, having stopped, when
 * `each` returns false; throws "not valid UTF-8" errors through `invalid`.
 */
async function eachLine(file, each, invalid) {
    const handle = await external_node_fs_.promises.open(file, 'r');
    try {
        // The BOM is removed below (a decoder that skips an ASCII chunk would otherwise take a
        // U+FEFF after it for the stream's BOM).
        const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        let rest = '';
        let line = 1;
        let first = true;
        let pending = false;
        // Each text lines are read from gets a new number.
        let chunk = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
            let text;
            const bytes = buffer.subarray(0, bytesRead);
            // An all-ASCII chunk, with no multi-byte character pending from the last one, is
            // its own text byte for byte (the decoder would give the same string, slower).
            if (!pending && bytesRead > 0 && (0,external_node_buffer_.isAscii)(bytes))
                text = bytes.toString('latin1');
            else {
                try {
                    text = decoder.decode(bytes, { stream: bytesRead > 0 });
                }
                catch {
                    invalid();
                }
                pending = endsInsideCharacter(bytes);
            }
            if (first) {
                // As the whole-file reader: the decoder's BOM, then one more U+FEFF (parseFixture).
                text = text.replace(/^\uFEFF\uFEFF?/, '');
                first = false;
            }
            // Lines are read from the decoded chunk itself (a flat string); only the line that
            // spans two chunks is joined (a joined string would make every read slower).
            let start = 0;
            let end = text.indexOf('\n');
            if (rest !== '') {
                if (end < 0) {
                    rest += text;
                    if (bytesRead === 0)
                        break;
                    continue;
                }
                // Flat, as every other text the readers see (a joined string reads slower).
                const joined = (0,vectors.flatString)(rest + text.slice(0, end));
                rest = '';
                if (!each(joined, line++, 0, joined.length, ++chunk))
                    return false;
                start = end + 1;
                end = text.indexOf('\n', start);
            }
            chunk++;
            for (; end >= 0; end = text.indexOf('\n', start)) {
                if (!each(text, line++, start, end, chunk))
                    return false;
                start = end + 1;
            }
            rest = text.slice(start);
            if (bytesRead === 0)
                break;
        }
        return rest === '' || each(rest, line, 0, rest.length, ++chunk);
    }
    finally {
        await handle.close();
    }
}
const TWO_53 = 2 ** 53;
/** Occurrences of `part` in `text`. */
function occurrences(text, part) {
    let n = 0;
    for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length))
        n++;
    return n;
}
/**
 * One `.jsonl` line as parseFixture reads it (scanJson's checks, then JSON.parse),
 * with scanJson skipped when the parsed record shows it would pass: as many `":`
 * as the record has keys and no whitespace before a colon (so no key is repeated
 * and nothing nested has keys), no `[` (no nested arrays), and no number of
 * magnitude 2^53 or more (every integer beyond ±2^53 parses to one). Anything
 * else, or bad JSON, goes through scanJson first, which decides.
 */
function checkedRecord(raw, file, line) {
    let record;
    try {
        record = JSON.parse(raw);
    }
    catch {
        record = undefined;
    }
    if (typeof record === 'object' &&
        record !== null &&
        !Array.isArray(record) &&
        !raw.includes('[') &&
        !raw.includes(' :') &&
        !raw.includes('\t:') &&
        !raw.includes('\r:')) {
        let keys = 0;
        let plain = true;
        for (const key in record) {
            if (!Object.prototype.hasOwnProperty.call(record, key))
                continue;
            keys++;
            const v = record[key];
            if (typeof v === 'number' && Math.abs(v) >= TWO_53)
                plain = false;
        }
        if (plain && occurrences(raw, '":') === keys)
            return record;
    }
    scanJson(raw, file, line, false);
    return parseRecord(raw, file, line, 'each line must be a JSON object');
}
/** A streamed `.jsonl` fixture: one JSON object a line, checked as parseFixture checks it. */
async function streamJsonl(file, display, columns, invalid) {
    const appender = recordAppender(columns, display, false);
    const fast = new FastRows(columns, appender.builders, coerce);
    await eachLine(file, (text, line, start, end, chunk) => {
        fast.chunk = chunk;
        if (fast.jsonLine(text, start, end)) {
            appender.addRow();
            return true;
        }
        const raw = text.slice(start, end);
        if (!raw.trim())
            return true;
        appender.append(line, checkedRecord(raw, display, line));
        return true;
    }, invalid);
    return appender.table();
}
/**
 * A streamed `.csv` fixture whose records are single lines without quotes or
 * stray carriage returns (the common case); undefined when a line is not, so the
 * caller reads the file with the full RFC 4180 parser instead.
 */
async function streamCsv(file, display, columns, invalid) {
    const appender = recordAppender(columns, display, true);
    const fast = new FastRows(columns, appender.builders, coerce);
    let names;
    let header = [];
    // The next `"` and `\r` at or after the current line's start, per chunk (lines come in order).
    let seenChunk = -1;
    let quoteAt = -1;
    let crAt = -1;
    const simple = await eachLine(file, (chunk, line, start, end, chunkNumber) => {
        if (chunkNumber !== seenChunk) {
            seenChunk = chunkNumber;
            quoteAt = crAt = -1;
        }
        if (quoteAt < start) {
            const q = chunk.indexOf('"', start);
            quoteAt = q < 0 ? chunk.length : q;
        }
        if (crAt < start) {
            const r = chunk.indexOf('\r', start);
            crAt = r < 0 ? chunk.length : r;
        }
        // Without its trailing \r; a quote or another \r means the line is not simple.
        const stop = end > start && chunk.charCodeAt(end - 1) === 13 ? end - 1 : end;
        if (quoteAt < stop || crAt < stop)
            return false;
        const first = chunk.charCodeAt(start);
        if ((stop === start || first === 44) && /^,*$/.test(chunk.slice(start, stop)))
            return true;
        if (names !== undefined && fast.csvLine(chunk, start, stop, header)) {
            appender.addRow();
            return true;
        }
        const text = chunk.slice(start, stop);
        const cells = text.split(',');
        if (!cells.some((c) => c !== ''))
            return true;
        if (names === undefined) {
            names = cells.map((name) => name.trim());
            const seen = new Set();
            for (const name of names) {
                if (name === '')
                    throw new FixtureError(`${display}:${line}: the header has an empty column name`);
                if (seen.has(name))
                    throw new FixtureError(`${display}:${line}: column '${name}' appears twice in the header`);
                seen.add(name);
            }
            header = names.map((name) => appender.byName.get(name) ?? -1);
            return true;
        }
        if (cells.length > names.length)
            throw new FixtureError(`${display}:${line}: ${cells.length} cells but the header names ${names.length} columns`);
        // No prototype: a `__proto__` header is a plain (unknown) column, as in parseFixture.
        const record = Object.create(null);
        for (let i = 0; i < names.length; i++)
            record[names[i]] = cells[i] ?? '';
        appender.append(line, record);
        return true;
    }, invalid);
    return simple ? appender.table() : undefined;
}
/** Read a fixture file's text: at most `maxBytes` bytes, strict UTF-8. */
async function readFixtureText(file, display = file, maxBytes = DEFAULT_MAX_FIXTURE_BYTES) {
    let bytes;
    try {
        const { size } = await external_node_fs_.promises.stat(file);
        if (size > maxBytes)
            throw new FixtureError(`${display}: the file is ${mb(size)}, over the fixture size limit of ${mb(maxBytes)} (raise it with --max-fixture-mb)`);
        bytes = await external_node_fs_.promises.readFile(file);
    }
    catch (error) {
        if (error instanceof FixtureError)
            throw error;
        throw new FixtureError(`${display}: cannot read (${error.code ?? 'EIO'})`);
    }
    return decodeUtf8(bytes, display);
}
function mb(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
/**
 * Read one fixture file as a table of `columns`. `.jsonl` and simple `.csv` files
 * are streamed (never one string for the whole file); the others, and any file with
 * bad UTF-8 (for the error's line number), are read whole.
 */
async function readFixture(file, columns, display = file, maxBytes = DEFAULT_MAX_FIXTURE_BYTES) {
    const ext = external_node_path_default().extname(display).toLowerCase();
    const csv = external_node_path_default().extname(file).toLowerCase() === '.csv';
    const whole = async () => {
        const text = await readFixtureText(file, display, maxBytes);
        return tableFromRecords(parseFixture(text, display), columns, display, csv);
    };
    const streamable = ((ext === '.jsonl' || ext === '.ndjson') && !csv) || (ext === '.csv' && csv);
    if (!streamable)
        return whole();
    let size;
    try {
        size = (await external_node_fs_.promises.stat(file)).size;
    }
    catch (error) {
        throw new FixtureError(`${display}: cannot read (${error.code ?? 'EIO'})`);
    }
    if (size > maxBytes)
        throw new FixtureError(`${display}: the file is ${mb(size)}, over the fixture size limit of ${mb(maxBytes)} (raise it with --max-fixture-mb)`);
    // Bad UTF-8: the whole-file reader names its line.
    class Invalid extends Error {
    }
    const invalid = () => {
        throw new Invalid();
    };
    try {
        const table = ext === '.csv' ? await streamCsv(file, display, columns, invalid) : await streamJsonl(file, display, columns, invalid);
        return table ?? (await whole());
    }
    catch (error) {
        if (error instanceof Invalid)
            return whole();
        if (error instanceof FixtureError)
            throw error;
        throw new FixtureError(`${display}: cannot read (${error.code ?? 'EIO'})`);
    }
}
/** Column types for a table the catalog does not know, inferred from its records. */
function inferColumns(records, csv = false) {
    const types = new Map();
    for (const { record } of records) {
        for (const [key, v] of Object.entries(record)) {
            const set = types.get(key) ?? new Set();
            if (v === null || v === undefined)
                set.add('null');
            else if (typeof v === 'boolean')
                set.add('bool');
            else if (typeof v === 'number')
                set.add(Number.isInteger(v) ? 'long' : 'real');
            else if (csv && v === '')
                set.add('null');
            else if (csv && typeof v === 'string' && /^[+-]?\d+$/.test(v) && Number.isSafeInteger(Number(v)))
                set.add('long');
            else if (csv && typeof v === 'string' && /^[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?$/.test(v))
                set.add('real');
            else if (csv && typeof v === 'string' && /^(true|false)$/.test(v))
                set.add('bool');
            else if (typeof v === 'string')
                set.add(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && (0,values.parseDatetime)(v) !== null ? 'datetime' : 'string');
            else
                set.add('dynamic');
            types.set(key, set);
        }
    }
    return [...types].map(([name, set]) => {
        set.delete('null');
        if (set.size === 0)
            return { name, type: 'string' };
        if (set.size === 1)
            return { name, type: [...set][0] };
        if ([...set].every((t) => t === 'long' || t === 'real'))
            return { name, type: 'real' };
        return { name, type: 'dynamic' };
    });
}


/***/ })

};
