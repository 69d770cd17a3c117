export const id = 732;
export const ids = [732,634];
export const modules = {

/***/ 40634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ detectionsAtRef),
/* harmony export */   UnknownRefError: () => (/* binding */ UnknownRefError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _load_load_detection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36035);
/**
 * Detections as they are at another commit (`--compare REF`): the YAML files
 * under the same paths, read with `git ls-tree` and `git show`.
 */




const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** A ref git cannot read. */
class UnknownRefError extends Error {
    name = 'UnknownRefError';
}
async function git(root, args) {
    const { stdout } = await run('git', args, { cwd: root, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
    return stdout;
}
/** Loaded detections at `ref` under `paths` (repository-relative to `root`). */
async function detectionsAtRef(root, ref, paths) {
    try {
        await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch {
        throw new UnknownRefError(`git cannot read '${ref}' (is it a commit, branch or tag of this clone?)`);
    }
    const prefix = (await git(root, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
    const specs = paths.map((p) => node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, p)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')));
    const listing = (await git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', ref, '--', ...specs.map((s) => prefix + (s === '.' ? '' : s))]))
        .toString('utf8')
        .split('\0')
        .filter((f) => /\.ya?ml$/i.test(f) && !/(^|\/)lakeguard\.ya?ml$/i.test(f) && !f.split('/').some((part) => part.startsWith('.')));
    const out = [];
    for (const full of listing.sort()) {
        const file = full.slice(prefix.length);
        const bytes = await git(root, ['show', `${ref}:${full}`]);
        const { detection } = (0,_load_load_detection_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDetection */ .n)(bytes, file, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file));
        if (detection)
            out.push(detection);
    }
    return out;
}


/***/ }),

/***/ 26732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCoverage: () => (/* binding */ runCoverage)
});

// EXTERNAL MODULE: ./src/kql/catalog-from-config.ts
var catalog_from_config = __webpack_require__(72755);
// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(36035);
// EXTERNAL MODULE: ./src/model/result.ts
var result = __webpack_require__(12960);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/checks/data/attack.ts
var data_attack = __webpack_require__(70536);
// EXTERNAL MODULE: ./src/data/attack-enterprise.json
var attack_enterprise = __webpack_require__(19946);
// EXTERNAL MODULE: ./src/data/attack-enterprise-v19.2.json
var attack_enterprise_v19_2 = __webpack_require__(8675);
// EXTERNAL MODULE: ./src/kql/language-service.ts + 1 modules
var language_service = __webpack_require__(80697);
;// CONCATENATED MODULE: ./src/coverage/data-sources.ts

/** Codes the language service uses for a name that is no table or function. */
const UNKNOWN_NAME = 'KS204';
function symbolKind(symbol) {
    return String(symbol?.constructor?.$$name ?? '');
}
/** Data sources of a KQL text against the catalog (function bodies followed up to `depth`). */
function dataSourcesOfQuery(text, catalog, depth = 3) {
    const analysis = (0,language_service/* analyze */.ns)(text, catalog.globalsFor(text));
    const found = new Map();
    const add = (s) => {
        const key = `${s.kind}:${s.kind === 'watchlist' ? s.name.toLowerCase() : s.name}`;
        if (!found.has(key))
            found.set(key, s);
    };
    const code = analysis.code;
    for (const node of (0,language_service/* syntaxDescendants */.qV)(code?.Syntax)) {
        const kind = (0,language_service/* nodeKind */.Fl)(node);
        if (kind === 'NameReference') {
            const symbol = node.ReferencedSymbol;
            const name = String(symbol?.Name ?? '');
            if (symbolKind(symbol).endsWith('TableSymbol') && catalog.hasTable(name))
                add({ name, kind: 'table' });
        }
        else if (kind === 'FunctionCallExpression') {
            const name = String(node.ReferencedSymbol?.Name ?? '');
            const spec = name && name !== '_GetWatchlist' ? catalog.functionSpec(name) : undefined;
            if (spec) {
                add({ name, kind: 'function' });
                if (spec.body && depth > 0) {
                    const body = spec.body.trim().replace(/^\{([\s\S]*)\}$/, '$1');
                    for (const inner of dataSourcesOfQuery(body, catalog, depth - 1))
                        if (!inner.unknown)
                            add(inner);
                }
            }
        }
    }
    for (const m of text.matchAll(/_GetWatchlist\s*\(\s*(['"])(.*?)\1\s*\)/g))
        add({ name: m[2], kind: 'watchlist' });
    for (const d of analysis.diagnostics) {
        if (d.code !== UNKNOWN_NAME)
            continue;
        const name = text.slice(d.start, d.start + d.length).replace(/^\[\s*['"]|['"]\s*\]$/g, '');
        if (name)
            add({ name, kind: 'table', unknown: true });
    }
    return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// EXTERNAL MODULE: ./src/coverage/rules.ts
var rules = __webpack_require__(27961);
;// CONCATENATED MODULE: ./src/coverage/collect.ts
/**
 * Coverage of a set of detections: the ATT&CK techniques they list (scored by
 * the enabled detections), the data sources they read, and warnings for
 * techniques the bundled ATT&CK data marks deprecated or revoked.
 */





const OLDER = attack_enterprise;
const LATEST = attack_enterprise_v19_2;
const TECHNIQUE_KEYS = ['relevantTechniques', 'subTechniques'];
const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;
/** The ATT&CK version the layer and the tables use (the one Sentinel is aligned to). */
const LAYER_ATTACK_VERSION = OLDER.attackVersion;
const tacticBySentinelName = new Map();
for (const t of [...OLDER.tactics, ...LATEST.tactics]) {
    const list = tacticBySentinelName.get(t.sentinelName) ?? [];
    if (!list.includes(t.shortName))
        list.push(t.shortName);
    tacticBySentinelName.set(t.sentinelName, list);
}
const olderTechniques = new Map(OLDER.techniques.map((t) => [t.id, t]));
const latestTechniques = new Map(LATEST.techniques.map((t) => [t.id, t]));
/** ATT&CK tactic short names of a technique (the older bundled version first, as the layer uses it). */
function tacticsOfTechnique(id) {
    return (olderTechniques.get(id) ?? latestTechniques.get(id))?.tactics ?? [];
}
/** What one loaded detection covers. */
function detectionCoverage(detection, catalog) {
    const data = detection.data;
    const attack = (0,data_attack/* attackCatalog */.G)();
    const listed = new Set();
    for (const t of Array.isArray(data.tactics) ? data.tactics : []) {
        if (typeof t === 'string')
            for (const short of tacticBySentinelName.get(t) ?? [])
                listed.add(short);
    }
    const techniques = [];
    const findings = [];
    const seen = new Set();
    for (const key of TECHNIQUE_KEYS) {
        const list = Array.isArray(data[key]) ? data[key] : [];
        list.forEach((raw, index) => {
            if (typeof raw !== 'string')
                return;
            const id = raw.trim();
            if (!TECHNIQUE_ID.test(id) || seen.has(id))
                return;
            const info = attack.techniques.get(id);
            if (!info)
                return; // unknown ids are validate's LG4002
            seen.add(id);
            techniques.push({ id, tactics: tacticsOfTechnique(id).filter((s) => listed.has(s)) });
            const where = info.deprecated ? 'deprecated' : info.revokedInLatest || info.revokedInSentinelVersion ? 'revoked' : undefined;
            if (!where)
                return;
            const replacement = info.replacement;
            const instead = replacement
                ? ` ATT&CK names ${replacement} (${attack.techniques.get(replacement)?.name ?? replacement}) instead.`
                : ' ATT&CK names no replacement; map the detection to a current technique.';
            const version = info.revokedInSentinelVersion ? attack.sentinelVersion : attack.versions.at(-1);
            const span = detection.source.locate([key, index]);
            findings.push({
                ruleId: rules/* COVERED_TECHNIQUE_RULE_ID */.P,
                level: rules/* COVERAGE_RULES */.J.get(rules/* COVERED_TECHNIQUE_RULE_ID */.P).defaultLevel,
                message: `Covered technique ${id} (${info.name}) is ${where} in ATT&CK ${where === 'revoked' ? version : attack.versions.join('/')}.${instead}`,
                file: detection.file,
                line: span.line,
                column: span.column,
                endLine: span.endLine,
                endColumn: span.endColumn,
            });
        });
    }
    const query = typeof data.query === 'string' && data.query.trim() !== '' ? data.query : undefined;
    return {
        file: detection.file,
        id: typeof data.id === 'string' ? data.id : '',
        name: typeof data.name === 'string' ? data.name : detection.file,
        enabled: data.enabled !== false,
        techniques,
        dataSources: query && catalog ? dataSourcesOfQuery(query, catalog) : [],
        findings,
    };
}
/** The coverage section of the report, from every detection's coverage. */
function coverageSection(detections) {
    const attack = (0,data_attack/* attackCatalog */.G)();
    const byTechnique = new Map();
    const bySource = new Map();
    /** Tactics only disabled detections list, for techniques no enabled detection covers. */
    const disabledTactics = new Map();
    const sorted = [...detections].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const d of sorted) {
        for (const t of d.techniques) {
            const entry = byTechnique.get(t.id) ?? {
                id: t.id,
                name: attack.techniques.get(t.id)?.name ?? t.id,
                tactics: [],
                detections: [],
                disabled: [],
            };
            (d.enabled ? entry.detections : entry.disabled).push(d.file);
            if (d.enabled)
                for (const s of t.tactics)
                    if (!entry.tactics.includes(s))
                        entry.tactics.push(s);
            byTechnique.set(t.id, entry);
            const off = disabledTactics.get(t.id) ?? new Set();
            if (!d.enabled)
                for (const s of t.tactics)
                    off.add(s);
            disabledTactics.set(t.id, off);
        }
        for (const s of d.dataSources) {
            const key = `${s.kind}:${s.name}`;
            const entry = bySource.get(key) ?? { name: s.name, kind: s.kind, ...(s.unknown ? { unknown: true } : {}), detections: [] };
            if (!entry.detections.includes(d.file))
                entry.detections.push(d.file);
            bySource.set(key, entry);
        }
    }
    for (const entry of byTechnique.values())
        if (entry.detections.length === 0)
            entry.tactics = [...(disabledTactics.get(entry.id) ?? [])];
    const techniques = [...byTechnique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const order = [...OLDER.tactics];
    for (const t of LATEST.tactics)
        if (!order.some((o) => o.shortName === t.shortName))
            order.push(t);
    const tactics = order
        .map((t) => ({
        shortName: t.shortName,
        name: t.name,
        techniques: techniques.filter((c) => c.detections.length > 0 && tacticsCounted(c).includes(t.shortName)).length,
    }))
        .filter((t) => t.techniques > 0 || OLDER.tactics.some((o) => o.shortName === t.shortName));
    const dataSources = [...bySource.values()].sort((a, b) => b.detections.length - a.detections.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
        attackVersion: LAYER_ATTACK_VERSION,
        detections: detections.length,
        enabled: detections.filter((d) => d.enabled).length,
        techniques,
        tactics,
        dataSources,
    };
}
/** The tactics a covered technique counts under: those the detections list, else all of its own. */
function tacticsCounted(t) {
    return t.tactics.length > 0 ? t.tactics : tacticsOfTechnique(t.id);
}
/** Techniques covered (by an enabled detection) in `head` but not in `base`, and the reverse. */
function coverageChange(ref, base, head) {
    const covered = (s) => new Set(s.techniques.filter((t) => t.detections.length > 0).map((t) => t.id));
    const before = covered(base);
    const after = covered(head);
    return {
        ref,
        gained: [...after].filter((id) => !before.has(id)).sort(),
        lost: [...before].filter((id) => !after.has(id)).sort(),
    };
}

// EXTERNAL MODULE: ./src/coverage/git.ts
var git = __webpack_require__(40634);
;// CONCATENATED MODULE: ./src/coverage/run.ts
/**
 * `lakeguard coverage` behind the command: load the detections, collect what they
 * cover, compare with another commit when asked, and give one run result.
 */






/** Coverage of the files as one run result (`command: 'coverage'`, with its `coverage` section). */
async function runCoverage(options) {
    const started = Date.now();
    const catalog = (0,catalog_from_config/* catalogFromConfig */.y)(options.config);
    const maxFileBytes = options.config.maxFileBytes ?? load_detection.DEFAULT_MAX_FILE_BYTES;
    const covered = [];
    const results = [];
    for (const f of options.files) {
        const { detection, findings } = await (0,load_detection.loadDetectionFile)(f.absPath, f.file, { maxFileBytes });
        if (!detection) {
            results.push({ id: '', name: f.file, file: f.file, status: (0,result/* statusOf */.c2)(findings, []), findings, tests: [] });
            continue;
        }
        const c = detectionCoverage(detection, catalog);
        covered.push(c);
        const all = [...findings, ...c.findings];
        results.push({ id: c.id, name: c.name, file: c.file, status: (0,result/* statusOf */.c2)(all, []), findings: all, tests: [] });
    }
    const section = coverageSection(covered);
    if (options.compare) {
        const before = (await (0,git/* detectionsAtRef */.L)(options.root, options.compare, options.paths)).map((d) => detectionCoverage(d, undefined));
        section.change = coverageChange(options.compare, coverageSection(before), section);
    }
    return {
        tool: 'lakeguard',
        version: version/* TOOL_VERSION */.w,
        command: 'coverage',
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        results,
        totals: (0,result/* totalsOf */.vA)(results),
        coverage: section,
    };
}


/***/ }),

/***/ 72755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ catalogFromConfig)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73270);

function catalogFromConfig(config) {
    const catalog = new _catalog_js__WEBPACK_IMPORTED_MODULE_0__.Catalog();
    for (const table of config.tables)
        catalog.addTable(table);
    for (const fn of config.functions)
        catalog.addFunction(fn);
    for (const watchlist of config.watchlists)
        catalog.addWatchlist(watchlist);
    return catalog;
}


/***/ })

};
