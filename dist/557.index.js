export const id = 557;
export const ids = [557,370,166,989];
export const modules = {

/***/ 13557:
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/refusal.ts
var refusal = __webpack_require__(86166);
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

// EXTERNAL MODULE: ./src/engine/values.ts
var values = __webpack_require__(82370);
;// CONCATENATED MODULE: ./src/engine/fixtures.ts
/**
 * Fixture tables: `.jsonl` (one object per line), `.json` (an array of objects) or
 * `.csv` (header row), converted to a table schema. A value that cannot be
 * converted is an error naming file, line and column name.
 */





/** Largest fixture file read by default (100 MiB); larger files need a higher limit. */
const DEFAULT_MAX_FIXTURE_BYTES = 100 * 1024 * 1024;
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?Z$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * `YYYY-MM-DDTHH:MM:SS[.f…]Z` (what exports write), as parseDatetime reads it but
 * without its general pattern and Date objects; null for anything else, which then
 * goes through parseDatetime.
 */
function isoTicks(text) {
    const m = ISO_UTC.exec(text);
    if (!m)
        return null;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const h = Number(m[4]);
    const mi = Number(m[5]);
    const sec = Number(m[6]);
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    // Years below 100 are left to parseDatetime (Date.UTC reads them as 19xx).
    if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && !leap ? 28 : DAYS[mo - 1]) || h > 23 || mi > 59 || sec > 59)
        return null;
    const ticks = BigInt(Date.UTC(y, mo - 1, d, h, mi, sec)) * 10000n;
    const frac = m[7];
    return frac === undefined ? ticks : ticks + BigInt((frac + '000000').slice(0, 7));
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
/** Distinct strings kept per column for interning: beyond that a column is mostly unique values. */
const INTERN_LIMIT = 65_536;
/**
 * Appends records to the columns of a table: unknown columns and unconvertible
 * values are errors. Equal strings of a column share one string (interned), so a
 * million rows of a few hundred user names hold a few hundred strings.
 */
function recordAppender(columns, file, csv) {
    const byName = new Map(columns.map((c, i) => [c.name, i]));
    const data = columns.map(() => []);
    const interned = columns.map((c) => (c.type === 'string' ? new Map() : undefined));
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
            let value = coerce(raw, column.type);
            if (value === undefined)
                throw new FixtureError(`${file}:${line}: ${JSON.stringify(raw)} is not a valid ${column.type} for column '${column.name}'`);
            const strings = interned[i];
            if (strings !== undefined && typeof value === 'string') {
                const shared = strings.get(value);
                if (shared !== undefined)
                    value = shared;
                else if (strings.size < INTERN_LIMIT)
                    strings.set(value, value);
            }
            data[i].push(value);
        }
    };
    return { append, table: () => ({ columns, data, rowCount: rows }), data };
}
/** Build a table of `columns` from records; unknown columns and unconvertible values are errors. */
function tableFromRecords(records, columns, file, csv = false) {
    const appender = recordAppender(columns, file, csv);
    for (const { line, record } of records)
        appender.append(line, record);
    return { columns, data: appender.data, rowCount: records.length };
}
/** Bytes read at a time by the streamed readers. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * The lines of a file, streamed in chunks with strict UTF-8 decoding; `each` gets
 * every line (without its `\n`) and its number. Returns false, having stopped, when
 * `each` returns false; throws "not valid UTF-8" errors through `invalid`.
 */
async function eachLine(file, each, invalid) {
    const handle = await external_node_fs_.promises.open(file, 'r');
    try {
        const decoder = new TextDecoder('utf-8', { fatal: true });
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        let rest = '';
        let line = 1;
        let first = true;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
            let text;
            try {
                text = decoder.decode(buffer.subarray(0, bytesRead), { stream: bytesRead > 0 });
            }
            catch {
                invalid();
            }
            if (first) {
                text = text.replace(/^\uFEFF/, '');
                first = false;
            }
            text = rest + text;
            let start = 0;
            for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                if (!each(text.slice(start, end), line++))
                    return false;
                start = end + 1;
            }
            rest = text.slice(start);
            if (bytesRead === 0)
                break;
        }
        return rest === '' || each(rest, line);
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
    await eachLine(file, (raw, line) => {
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
    let names;
    const simple = await eachLine(file, (raw, line) => {
        const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (text.includes('"') || text.includes('\r'))
            return false;
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


/***/ }),

/***/ 86166:
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

/***/ 82370:
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
/* harmony import */ var _refusal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86166);
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
