export const id = 991;
export const ids = [991,839];
export const modules = {

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
