export const id = 804;
export const ids = [804,539];
export const modules = {

/***/ 79475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ entityText),
/* harmony export */   VR: () => (/* binding */ groupText),
/* harmony export */   XP: () => (/* binding */ surfaces),
/* harmony export */   mI: () => (/* binding */ rowMatches),
/* harmony export */   vr: () => (/* binding */ entitiesByRow)
/* harmony export */ });
/* harmony import */ var _load_entity_mappings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89601);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75288);
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

/***/ 49804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  testDetections: () => (/* binding */ testDetections)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/kql/catalog-from-config.ts
var catalog_from_config = __webpack_require__(72755);
// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(36035);
// EXTERNAL MODULE: ./src/engine/evaluate.ts + 88 modules
var evaluate = __webpack_require__(48605);
// EXTERNAL MODULE: ./src/engine/refusal.ts
var refusal = __webpack_require__(86166);
// EXTERNAL MODULE: ./src/engine/table.ts
var engine_table = __webpack_require__(85046);
// EXTERNAL MODULE: ./src/engine/values.ts
var values = __webpack_require__(82370);
// EXTERNAL MODULE: ./src/load/fixture-paths.ts
var fixture_paths = __webpack_require__(89544);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/engine/serialize.ts
var serialize = __webpack_require__(75288);
// EXTERNAL MODULE: ./src/engine/entities.ts
var engine_entities = __webpack_require__(79475);
// EXTERNAL MODULE: ./src/load/trigger.ts
var load_trigger = __webpack_require__(79832);
;// CONCATENATED MODULE: ./src/offline/expectations.ts
/**
 * Compares a test run's result with what the test expects: whether the rule
 * fires (its trigger operator and threshold applied to the row count), the row
 * count bounds, and the entities surfaced through the rule's entityMappings.
 * A failure explains itself: what was expected, what came out, and the first rows.
 */



/** The first rows of a result, one JSON object per line, for failure messages. */
function firstRows(table, limit = 3) {
    const lines = [];
    for (let r = 0; r < Math.min(limit, table.rowCount); r++) {
        const row = {};
        table.columns.forEach((c, i) => (row[c.name] = (0,serialize.serializeValue)(table.data[i][r], c.type)));
        let text = (0,serialize.toJson)(row);
        if (text.length > 400)
            text = `${text.slice(0, 400)}…`;
        lines.push(`  ${text}`);
    }
    if (table.rowCount > limit)
        lines.push(`  … ${table.rowCount - limit} more row(s)`);
    return lines;
}
/** Problems with a result, one line each; empty when the test passes. */
function compareWithExpectation(expect, data, table) {
    const problems = [];
    const rows = table.rowCount;
    if (expect.triggered !== undefined) {
        const trigger = (0,load_trigger/* triggerOf */.ix)(data);
        const fired = (0,load_trigger/* fires */._b)(trigger, rows);
        if (fired !== expect.triggered) {
            const rule = `rows ${load_trigger/* TRIGGER_SYMBOL */.KQ[trigger.operator]} ${trigger.threshold}`;
            problems.push(expect.triggered
                ? `expected the rule to fire (${rule}), but it returned ${rows} row(s)`
                : `expected the rule to stay quiet, but it fired (${rule}) with ${rows} row(s)`);
        }
    }
    if (expect.rows) {
        const { min, max } = expect.rows;
        if (min !== undefined && rows < min)
            problems.push(`expected at least ${min} row(s), got ${rows}`);
        if (max !== undefined && rows > max)
            problems.push(`expected at most ${max} row(s), got ${rows}`);
    }
    if (expect.entities?.length) {
        const byRow = (0,engine_entities/* entitiesByRow */.vr)(data, table);
        const missing = expect.entities.filter((group) => !(0,engine_entities/* surfaces */.XP)(byRow, group));
        for (const group of missing) {
            const caseOnly = byRow.some((entities) => (0,engine_entities/* rowMatches */.mI)(group, entities, true));
            problems.push(`missing entities: ${(0,engine_entities/* groupText */.VR)(group)}${caseOnly ? ' (a row has them with different letter case)' : ''}`);
        }
        if (missing.length > 0) {
            const expected = new Set(expect.entities.flatMap((g) => g.map(engine_entities/* entityText */.Pp)));
            const surfaced = [...new Set(byRow.flat().map(engine_entities/* entityText */.Pp))];
            const unexpected = surfaced.filter((e) => !expected.has(e));
            if (surfaced.length === 0)
                problems.push('the result surfaced no entities');
            else if (unexpected.length > 0)
                problems.push(`unexpected entities: ${unexpected.slice(0, 10).join(', ')}${unexpected.length > 10 ? ` and ${unexpected.length - 10} more` : ''}`);
        }
    }
    if (problems.length > 0 && rows > 0)
        problems.push('first rows:', ...firstRows(table));
    return problems;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/engine/fixtures.ts + 3 modules
var fixtures = __webpack_require__(51708);
// EXTERNAL MODULE: ./src/kql/catalog.ts + 2 modules
var kql_catalog = __webpack_require__(73270);
;// CONCATENATED MODULE: ./src/offline/fixture-data.ts
/**
 * Loads a test's data: fixture files (resolved inside the repository, never
 * outside it, not even through a symlink) and inline rows, converted to the
 * schema the query was bound against, so a wrong column or value is an error
 * with its file and line rather than a silently different answer.
 */







const toColumns = (specs) => specs.map(([name, type]) => ({ name, type: (0,values.kustoType)(type) }));
/** `display` for messages: the path relative to the root, with `/`. */
function displayPath(root, abs) {
    return external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join('/');
}
const inside = (root, target) => {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
};
/** Absolute path of a fixture, checked to stay inside the repository. */
async function resolveFixturePath(relative, options) {
    if ((0,fixture_paths/* isAbsoluteOrUrl */.qP)(relative))
        throw new fixtures.FixtureError(`fixture path '${relative}' must be relative to the detection file`);
    const abs = external_node_path_default().resolve(external_node_path_default().dirname(options.detectionPath), relative);
    if (!inside(options.root, abs))
        throw new fixtures.FixtureError(`fixture path '${relative}' resolves outside the repository`);
    let real;
    let realRoot;
    try {
        [real, realRoot] = await Promise.all([external_node_fs_.promises.realpath(abs), external_node_fs_.promises.realpath(options.root)]);
    }
    catch (error) {
        const code = error.code;
        throw new fixtures.FixtureError(`fixture ${displayPath(options.root, abs)} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}`);
    }
    if (!inside(realRoot, real))
        throw new fixtures.FixtureError(`fixture ${displayPath(options.root, abs)} is a link to a file outside the repository`);
    return abs;
}
/** The columns rows of `name` must have, and whether more may be inferred. */
function schemaOf(name, options) {
    const catalog = options.catalog;
    const uri = (0,fixture_paths/* externalDataUriOf */.HX)(name);
    if (uri !== undefined) {
        const key = (0,evaluate.externalDataKey)(uri);
        const declared = options.externalData?.get(key);
        // The rows of an externaldata source take the schema the query declares for it.
        if (declared)
            return { key, columns: declared, open: false };
        return { key, columns: [], open: true };
    }
    const alias = (0,fixture_paths/* watchlistAliasOf */.jL)(name);
    if (alias !== undefined) {
        const spec = catalog.watchlist(alias);
        return { key: (0,evaluate.watchlistKey)(alias), columns: toColumns(spec ? [...spec.columns, ...kql_catalog.WATCHLIST_SYSTEM_COLUMNS] : []), open: !spec };
    }
    const table = catalog.table(name);
    // Dynamic-schema tables also take the suffixed columns the rows bring (see catalog.assumedColumns).
    if (table)
        return { key: name, columns: toColumns(table.columns), open: Boolean(table.open) || (0,kql_catalog.isDynamicSchemaTable)(name) };
    const fn = catalog.functionSpec(name);
    // A repository parser's columns are those its query outputs (bound against the catalog).
    const bound = fn ? catalog.boundFunction(name) : undefined;
    if (bound)
        return { key: name, columns: toColumns(bound.columns), open: bound.open };
    if (fn)
        return { key: name, columns: toColumns(fn.columns ?? []), open: Boolean(fn.open || !fn.columns) };
    return { key: name, columns: [], open: true };
}
/** Known columns, plus (for open schemas) columns inferred from the rows. */
function columnsFor(schema, records, csv) {
    if (!schema.open)
        return schema.columns;
    const known = new Set(schema.columns.map((c) => c.name));
    const extra = (0,fixtures.inferColumns)(records, csv).filter((c) => !known.has(c.name));
    return [...schema.columns, ...extra];
}
/** Read one data source into a table keyed as the engine looks it up. */
async function loadSource(source, options, detectionFile) {
    const schema = schemaOf(source.table, options);
    if (source.kind === 'rows') {
        const columns = columnsFor(schema, source.rows, false);
        return [schema.key, (0,fixtures.tableFromRecords)(source.rows, columns, detectionFile)];
    }
    const abs = await resolveFixturePath(source.path, options);
    const display = displayPath(options.root, abs);
    const stat = await external_node_fs_.promises.stat(abs);
    if (!stat.isFile())
        throw new fixtures.FixtureError(`fixture ${display} is not a file`);
    // Size cap and strict UTF-8, as for `lakeguard query --data`.
    const text = await (0,fixtures.readFixtureText)(abs, display, options.maxFixtureBytes ?? fixtures.DEFAULT_MAX_FIXTURE_BYTES);
    const csv = external_node_path_default().extname(abs).toLowerCase() === '.csv';
    const records = (0,fixtures.parseFixture)(text, display);
    return [schema.key, (0,fixtures.tableFromRecords)(records, columnsFor(schema, records, csv), display, csv)];
}
/** Every table of a test, keyed by table name or workspace-function key. */
async function loadTestData(sources, options, detectionFile) {
    const tables = new Map();
    for (const source of sources) {
        const [key, table] = await loadSource(source, options, detectionFile);
        tables.set(key, table);
    }
    return tables;
}

// EXTERNAL MODULE: ./src/util/records.ts
var records = __webpack_require__(79378);
;// CONCATENATED MODULE: ./src/offline/test-spec.ts

function entityGroups(value) {
    if (!Array.isArray(value))
        return 'expect.entities must be a list';
    const groups = [];
    for (const item of value) {
        if (!(0,records/* isRecord */.u)(item))
            return 'each expected entity is a mapping such as Account: { FullName: alice@contoso.com }';
        const group = [];
        for (const [type, ids] of Object.entries(item)) {
            if (!(0,records/* isRecord */.u)(ids))
                return `expected entity ${type} needs identifier values, e.g. ${type}: { Name: value }`;
            const identifiers = {};
            for (const [id, v] of Object.entries(ids)) {
                if (typeof v !== 'string' && typeof v !== 'number')
                    return `expected ${type}.${id} must be a string or a number`;
                identifiers[id] = String(v);
            }
            group.push({ type, identifiers });
        }
        groups.push(group);
    }
    return groups;
}
function expectationOf(value) {
    if (value === undefined || value === null)
        return {};
    if (!(0,records/* isRecord */.u)(value))
        return 'expect must be a mapping';
    const out = {};
    if (value.triggered !== undefined) {
        if (typeof value.triggered !== 'boolean')
            return 'expect.triggered must be true or false';
        out.triggered = value.triggered;
    }
    if (value.rows !== undefined) {
        if (!(0,records/* isRecord */.u)(value.rows))
            return 'expect.rows must be a mapping such as { min: 1, max: 5 }';
        const { min, max } = value.rows;
        for (const [key, bound] of [
            ['min', min],
            ['max', max],
        ]) {
            if (bound !== undefined && !(Number.isInteger(bound) && bound >= 0))
                return `expect.rows.${key} must be a non-negative whole number`;
        }
        out.rows = { min: min, max: max };
    }
    if (value.entities !== undefined) {
        const groups = entityGroups(value.entities);
        if (typeof groups === 'string')
            return groups;
        out.entities = groups;
    }
    return out;
}
/** The detection's tests, in the order they are written. */
function testSpecsOf(detection) {
    const tests = detection.data.tests;
    if (!Array.isArray(tests))
        return [];
    const source = detection.source;
    return tests.map((test, index) => {
        const line = source.locate(['tests', index]).line;
        const fallbackName = `test ${index + 1}`;
        if (!(0,records/* isRecord */.u)(test))
            return { name: fallbackName, line, data: [], expect: {}, problem: 'a test is a mapping with name, data and expect' };
        const name = typeof test.name === 'string' && test.name.trim() ? test.name : fallbackName;
        const spec = { name, line, data: [], expect: {} };
        if (test.now !== undefined) {
            if (typeof test.now !== 'string')
                return { ...spec, problem: 'now must be an RFC 3339 date-time such as 2025-06-01T12:00:00Z' };
            spec.now = test.now;
        }
        if (test.data !== undefined && !(0,records/* isRecord */.u)(test.data))
            return { ...spec, problem: 'data must map table names to a fixture path or rows' };
        for (const [table, value] of Object.entries(test.data ?? {})) {
            const at = ['tests', index, 'data', table];
            const span = source.locate(at, 'key');
            if (typeof value === 'string')
                spec.data.push({ table, kind: 'file', path: value, span });
            else if (Array.isArray(value)) {
                const rows = [];
                for (const [i, row] of value.entries()) {
                    const rowLine = source.locate([...at, i]).line;
                    if (!(0,records/* isRecord */.u)(row))
                        return { ...spec, problem: `${detection.file}:${rowLine}: each inline row of ${table} is a mapping of column to value` };
                    rows.push({ line: rowLine, record: row });
                }
                spec.data.push({ table, kind: 'rows', rows, span });
            }
            else if (value === null)
                spec.data.push({ table, kind: 'rows', rows: [], span });
            else
                return { ...spec, problem: `data.${table} must be a fixture path or a list of rows` };
        }
        const expect = expectationOf(test.expect);
        if (typeof expect === 'string')
            return { ...spec, problem: expect };
        spec.expect = expect;
        return spec;
    });
}

;// CONCATENATED MODULE: ./src/offline/run-tests.ts
/**
 * Runs a detection's offline tests: load each test's data, apply the rule's
 * query period the way Sentinel does, run the query in the embedded engine, and
 * compare with the expectation. Every test gets an outcome; one test's bad
 * fixture or unsupported construct never stops the others.
 */









/**
 * Sentinel runs a scheduled rule over the rows of its query period only (the
 * time range ends at the run's now), so rows outside it are left out here too.
 */
function applyQueryPeriod(tables, now, periodMs) {
    const start = now - BigInt(periodMs) * values.TICKS_PER_MS;
    let dropped = 0;
    for (const [name, table] of tables) {
        // Rows from outside the workspace (externaldata) are not bounded by the rule's period.
        if ((0,fixture_paths/* externalDataUriOf */.HX)(name) !== undefined)
            continue;
        const c = table.columns.findIndex((col) => col.name === 'TimeGenerated' && col.type === 'datetime');
        if (c < 0)
            continue;
        const values = table.data[c];
        const kept = (0,engine_table.filterRows)(table, (r) => {
            const t = values[r];
            return t === null || (t >= start && t <= now);
        });
        dropped += table.rowCount - kept.rowCount;
        tables.set(name, kept);
    }
    return dropped;
}
/** A refusal names the construct and where it is in the detection file. */
function messageOf(error, detection, debug) {
    if (error instanceof refusal.Unsupported) {
        if (typeof error.offset !== 'number')
            return error.message;
        const at = detection.source.locateInScalar(['query'], error.offset, 0);
        return `not supported offline: ${error.construct} at ${detection.file}:${at.line}:${at.column}`;
    }
    if (error instanceof refusal.QueryError) {
        // Binder errors carry an offset into the query: point at the detection file instead.
        const offset = /\(at offset (\d+)\)$/.exec(error.message);
        if (!offset)
            return error.message;
        const at = detection.source.locateInScalar(['query'], Number(offset[1]), 0);
        return `${error.message.slice(0, offset.index).trimEnd()} at ${detection.file}:${at.line}:${at.column}`;
    }
    const detail = debug ? `\n${error?.stack ?? ''}` : '';
    return `internal error: ${String(error?.message ?? error)}${detail}`;
}
/**
 * The place a message names (`path/file.jsonl:12: …`, or `… at detections/x.yaml:5:9`), so
 * annotations and SARIF point at the fixture line or the refused construct.
 */
function locationOf(message) {
    const at = / at ([^\s:]+\.ya?ml):(\d+):(\d+)$/.exec(message);
    if (at)
        return { file: at[1], line: Number(at[2]), column: Number(at[3]) };
    const lead = /^(?:fixture )?([^\s:]+\.(?:jsonl|ndjson|json|csv|ya?ml)):(\d+):/.exec(message);
    return lead ? { file: lead[1], line: Number(lead[2]) } : undefined;
}
async function runOne(spec, detection, query, options) {
    const started = performance.now();
    const outcome = (status, message) => ({
        name: spec.name,
        status,
        ...(message ? { message } : {}),
        line: spec.line,
        durationMs: Math.round(performance.now() - started),
    });
    if (spec.problem)
        return outcome('error', spec.problem);
    const now = spec.now === undefined ? BigInt(Date.now()) * values.TICKS_PER_MS : (0,values.parseDatetime)(spec.now);
    if (now === null)
        return outcome('error', `now '${spec.now}' is not a date-time such as 2025-06-01T12:00:00Z`);
    try {
        const tables = await loadTestData(spec.data, {
            root: options.root,
            detectionPath: detection.absPath,
            catalog: options.catalog,
            maxFixtureBytes: options.maxFixtureBytes,
            externalData: (0,evaluate.externalDataSchemas)(query, options.catalog),
        }, detection.file);
        const period = (0,duration/* parseDuration */.E)(detection.data.queryPeriod);
        const dropped = period === undefined ? 0 : applyQueryPeriod(tables, now, period);
        const result = (0,evaluate.runQuery)(query, { tables, now, catalog: options.catalog, maxRows: options.maxRows });
        const problems = compareWithExpectation(spec.expect, detection.data, result);
        if (problems.length === 0)
            return outcome('passed');
        const notes = [];
        if (dropped > 0 && period !== undefined)
            notes.push(`note: ${dropped} fixture row(s) fall outside the rule's ${(0,duration/* formatDuration */.a)(period)} query period ending at now and were left out`);
        if (spec.now === undefined && (period !== undefined || /\b(ago|now)\s*\(/.test(query)))
            notes.push('note: the test sets no `now`, so now() and ago() used the current time');
        return outcome('failed', [...problems, ...notes].join('\n'));
    }
    catch (error) {
        const message = messageOf(error, detection, Boolean(options.debug));
        const failed = outcome('error', message);
        const location = locationOf(message);
        return location ? { ...failed, location } : failed;
    }
}
/** Outcomes of every test of a detection, in order. */
async function runDetectionTests(detection, options) {
    const specs = testSpecsOf(detection);
    if (specs.length === 0)
        return [];
    const query = detection.data.query;
    if (typeof query !== 'string' || !query.trim()) {
        return specs.map((s) => ({ name: s.name, status: 'error', message: 'the detection has no query to test', line: s.line }));
    }
    const outcomes = [];
    for (const spec of specs)
        outcomes.push(await runOne(spec, detection, query, options));
    return outcomes;
}

// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(12960);
// EXTERNAL MODULE: ./src/pipeline/validate.ts + 5 modules
var validate = __webpack_require__(33539);
;// CONCATENATED MODULE: ./src/pipeline/test.ts
/**
 * `lakeguard test`: the static checks of `validate`, then each detection's
 * offline tests in the embedded engine, in one RunResult.
 */






async function testDetections(options) {
    const started = performance.now();
    const { result } = await (0,validate.validateDetections)(options);
    const config = options.config;
    const catalog = (0,catalog_from_config/* catalogFromConfig */.y)({ tables: config.tables, functions: config.functions, watchlists: config.watchlists });
    for (const entry of result.results) {
        // A file that could not be read or parsed has no tests to run.
        if (entry.findings.some((f) => f.level === 'error' && model_result/* EVALUATION_ERROR_RULES */.uZ.has(f.ruleId)))
            continue;
        const { detection } = await (0,load_detection.loadDetectionFile)(external_node_path_default().resolve(options.root, entry.file), entry.file, {
            maxFileBytes: config.maxFileBytes ?? load_detection.DEFAULT_MAX_FILE_BYTES,
        });
        if (!detection)
            continue;
        entry.tests = await runDetectionTests(detection, { root: options.root, catalog, maxRows: options.maxRows, debug: options.debug });
        entry.status = (0,model_result/* statusOf */.c2)(entry.findings, entry.tests);
    }
    result.command = 'test';
    result.totals = (0,model_result/* totalsOf */.vA)(result.results);
    result.durationMs = Math.round(performance.now() - started);
    return { result };
}


/***/ }),

/***/ 33539:
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
var checks = __webpack_require__(21645);
// EXTERNAL MODULE: ./src/checks/check.ts
var checks_check = __webpack_require__(44669);
// EXTERNAL MODULE: ./src/kql/catalog-from-config.ts
var catalog_from_config = __webpack_require__(72755);
// EXTERNAL MODULE: ./src/kql/language-service.ts + 1 modules
var language_service = __webpack_require__(80697);
// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(36035);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(12960);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
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
var check_file = __webpack_require__(86272);
// EXTERNAL MODULE: ./src/pipeline/discover.ts
var discover = __webpack_require__(25803);
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
var catalog = __webpack_require__(73270);
// EXTERNAL MODULE: ./src/pipeline/shard.ts
var shard = __webpack_require__(1366);
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
        .update((0,version/* buildId */.u)())
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
