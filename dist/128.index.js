export const id = 128;
export const ids = [128];
export const modules = {

/***/ 26128:
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
var checks = __webpack_require__(8060);
// EXTERNAL MODULE: ./src/checks/check.ts
var checks_check = __webpack_require__(71652);
// EXTERNAL MODULE: ./src/kql/catalog-from-config.ts
var catalog_from_config = __webpack_require__(93952);
// EXTERNAL MODULE: ./src/kql/language-service.ts + 1 modules
var language_service = __webpack_require__(39753);
// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(54110);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(72473);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(83912);
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
var check_file = __webpack_require__(59408);
// EXTERNAL MODULE: ./src/pipeline/discover.ts
var discover = __webpack_require__(92332);
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
var catalog = __webpack_require__(92444);
// EXTERNAL MODULE: ./src/pipeline/shard.ts
var shard = __webpack_require__(90623);
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
