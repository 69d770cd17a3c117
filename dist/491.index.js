export const id = 491;
export const ids = [491,880];
export const modules = {

/***/ 6161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ propertyName),
/* harmony export */   bU: () => (/* binding */ diffProperties),
/* harmony export */   wm: () => (/* binding */ shortValue)
/* harmony export */ });
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68021);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19303);
/**
 * Semantic comparison of a wanted alert rule with a deployed one: ISO 8601
 * durations compare as durations (`PT60M` is `PT1H`), tactics, techniques and
 * grouping entity lists as sets, an absent value equals its default (false, '',
 * [], {}), and properties the service adds (lastModifiedUtc, …) are ignored. So a
 * rule read back unchanged compares equal and a rerun makes no write.
 */


/** Lists compared as sets (order and case of ids do not matter). */
const SET_KEYS = new Set(['tactics', 'techniques', 'subTechniques', 'groupByEntities', 'groupByAlertDetails', 'groupByCustomDetails']);
const ISO_DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/i;
function isDefault(value) {
    if (value === undefined || value === null || value === false || value === '')
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value))
        return Object.values(value).every(isDefault);
    return false;
}
function sameScalar(a, b) {
    if (a === b)
        return true;
    if (typeof a === 'string' && typeof b === 'string' && ISO_DURATION.test(a) && ISO_DURATION.test(b)) {
        const x = (0,_util_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(a);
        const y = (0,_util_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(b);
        return x !== undefined && x === y;
    }
    return false;
}
function setOf(list) {
    return new Set(list.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : JSON.stringify(v))));
}
/** Every property of `wanted` that the deployed `properties` do not match. */
function diffProperties(wanted, deployed) {
    const changes = [];
    walk(wanted, deployed, [], changes);
    return changes;
}
function walk(wanted, deployed, path, changes) {
    if (deployed === undefined || deployed === null) {
        if (!isDefault(wanted))
            changes.push({ path, wanted, deployed });
        return;
    }
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(wanted)) {
        if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(deployed)) {
            changes.push({ path, wanted, deployed });
            return;
        }
        for (const [key, value] of Object.entries(wanted))
            walk(value, deployed[key], [...path, key], changes);
        return;
    }
    if (Array.isArray(wanted)) {
        if (!Array.isArray(deployed)) {
            if (!(wanted.length === 0 && isDefault(deployed)))
                changes.push({ path, wanted, deployed });
            return;
        }
        const key = path[path.length - 1];
        if (typeof key === 'string' && SET_KEYS.has(key)) {
            const a = setOf(wanted);
            const b = setOf(deployed);
            if (a.size !== b.size || [...a].some((x) => !b.has(x)))
                changes.push({ path, wanted, deployed });
            return;
        }
        if (wanted.length !== deployed.length) {
            changes.push({ path, wanted, deployed });
            return;
        }
        const before = changes.length;
        const inner = [];
        wanted.forEach((w, i) => walk(w, deployed[i], [...path, i], inner));
        if (inner.length > 0)
            changes.splice(before, 0, { path, wanted, deployed });
        return;
    }
    if (wanted === undefined)
        return;
    if (wanted === false && deployed === false)
        return;
    if (!sameScalar(wanted, deployed)) {
        if (isDefault(wanted) && isDefault(deployed))
            return;
        changes.push({ path, wanted, deployed });
    }
}
/** `queryFrequency`, `incidentConfiguration.createIncident`, `entityMappings`. */
function propertyName(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
/** A value shortened for one line of a plan or a finding. */
function shortValue(value, max = 80) {
    const text = value === undefined ? '(absent)' : typeof value === 'string' ? JSON.stringify(value.replace(/\s+/g, ' ')) : JSON.stringify(value);
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ }),

/***/ 44491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SECURITY_INSIGHTS_API_VERSION: () => (/* binding */ SECURITY_INSIGHTS_API_VERSION),
/* harmony export */   applyPlan: () => (/* binding */ applyPlan),
/* harmony export */   metadataBody: () => (/* binding */ metadataBody),
/* harmony export */   metadataName: () => (/* binding */ metadataName),
/* harmony export */   notDeployable: () => (/* binding */ notDeployable),
/* harmony export */   planFrom: () => (/* binding */ planFrom),
/* harmony export */   readWorkspace: () => (/* binding */ readWorkspace),
/* harmony export */   ruleBody: () => (/* binding */ ruleBody),
/* harmony export */   ruleResourceId: () => (/* binding */ ruleResourceId),
/* harmony export */   workspacePath: () => (/* binding */ workspacePath)
/* harmony export */ });
/* harmony import */ var _export_arm_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83876);
/* harmony import */ var _lake_arm_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56880);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6161);
/**
 * Planning and applying a deployment of analytic rules to one Sentinel
 * workspace, and reading its drift. The rule body is `export`'s
 * ({@link alertRuleProperties}); provenance is a `Microsoft.SecurityInsights/metadata`
 * resource per rule (kind AnalyticsRule, source SourceRepository = the repository).
 */



const SECURITY_INSIGHTS_API_VERSION = '2024-09-01';
/** The workspace's Security Insights prefix. */
function workspacePath(ref) {
    const e = encodeURIComponent;
    return `/subscriptions/${e(ref.subscriptionId)}/resourceGroups/${e(ref.resourceGroup)}/providers/Microsoft.OperationalInsights/workspaces/${e(ref.workspace)}/providers/Microsoft.SecurityInsights`;
}
const q = `?api-version=${SECURITY_INSIGHTS_API_VERSION}`;
function ruleResourceId(ref, ruleId) {
    return `${workspacePath(ref)}/alertRules/${encodeURIComponent(ruleId)}`;
}
function metadataName(ruleId) {
    return `analyticrule-${ruleId}`;
}
/** Properties of `export`'s body that the stable 2024-09-01 API does not have (they came with 2023-12-01-preview). */
const PREVIEW_ONLY = ['subTechniques', 'sentinelEntitiesMappings'];
/** Why the stable API cannot take this detection, or undefined. */
function notDeployable(data) {
    if (data.kind === 'NRT')
        return `NRT rules are not in the stable API ${SECURITY_INSIGHTS_API_VERSION} (only Scheduled); deploy it from the export template`;
    return undefined;
}
/** The alert-rule resource body lakeguard PUTs: `export`'s properties, less what the stable API lacks. */
function ruleBody(data, etag) {
    const properties = (0,_export_arm_template_js__WEBPACK_IMPORTED_MODULE_0__/* .alertRuleProperties */ .QC)(data);
    for (const key of PREVIEW_ONLY)
        delete properties[key];
    return { ...(etag ? { etag } : {}), kind: 'Scheduled', properties };
}
/** The metadata resource body: where the rule came from. */
function metadataBody(ref, detection, provenance) {
    const ruleId = detection.id.toLowerCase();
    return {
        properties: {
            contentId: ruleId,
            parentId: ruleResourceId(ref, ruleId),
            kind: 'AnalyticsRule',
            version: typeof detection.data.version === 'string' ? detection.data.version : '1.0.0',
            source: { kind: 'SourceRepository', name: provenance.repository },
            ...(provenance.commit ? { customVersion: provenance.commit } : {}),
        },
    };
}
/** Rule id (lower case) a metadata resource of this repository points at, when it is ours. */
function ownRuleOf(item, provenance) {
    const p = item.properties;
    const source = p?.source;
    if (p?.kind !== 'AnalyticsRule' || source?.kind !== 'SourceRepository')
        return undefined;
    if (typeof source.name !== 'string' || source.name.toLowerCase() !== provenance.repository.toLowerCase())
        return undefined;
    if (typeof p.parentId !== 'string')
        return undefined;
    return decodeURIComponent(p.parentId.split('/').pop() ?? '').toLowerCase() || undefined;
}
/** Read every rule and metadata item of the workspace (two paged lists). */
async function readWorkspace(client, ref) {
    const base = workspacePath(ref);
    const [rules, metadata] = await Promise.all([client.list(`${base}/alertRules${q}`), client.list(`${base}/metadata${q}`)]);
    const byName = (items) => new Map(items.filter((i) => typeof i.name === 'string').map((i) => [i.name.toLowerCase(), i]));
    return { rules: byName(rules), metadata: byName(metadata) };
}
function metadataStale(existing, wanted) {
    if (!existing)
        return true;
    const p = (existing.properties ?? {});
    const w = wanted.properties;
    return (0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .diffProperties */ .bU)({ parentId: w.parentId, kind: w.kind, version: w.version, source: w.source }, p).length > 0;
}
/** Compare each detection with what is deployed. */
function planFrom(deployed, detections, ref, provenance) {
    const items = [];
    const wantedIds = new Set();
    for (const detection of detections) {
        const ruleId = detection.id.toLowerCase();
        wantedIds.add(ruleId);
        items.push(planOne(deployed.rules.get(ruleId), deployed.metadata.get(metadataName(ruleId)), detection, ref, provenance));
    }
    const orphans = [];
    for (const [name, item] of deployed.metadata) {
        const ruleId = ownRuleOf(item, provenance);
        if (!ruleId || wantedIds.has(ruleId))
            continue;
        const exists = deployed.rules.has(ruleId);
        orphans.push({ action: 'delete', ruleId, changes: [], metadataName: name, ...(exists ? {} : { metadataStale: true }) });
    }
    orphans.sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
    return { items, orphans };
}
function planOne(rule, meta, detection, ref, provenance) {
    const ruleId = detection.id.toLowerCase();
    const stale = metadataStale(meta, metadataBody(ref, detection, provenance));
    if (!rule)
        return { action: 'create', ruleId, detection, changes: [], metadataStale: true };
    const wanted = ruleBody(detection.data);
    const changes = [];
    if (rule.kind !== wanted.kind)
        changes.push({ path: ['kind'], wanted: wanted.kind, deployed: rule.kind });
    changes.push(...(0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .diffProperties */ .bU)(wanted.properties, (rule.properties ?? {})));
    const etag = typeof rule.etag === 'string' ? rule.etag : undefined;
    return { action: changes.length ? 'update' : 'unchanged', ruleId, detection, changes, ...(etag ? { etag } : {}), metadataStale: stale };
}
/** Write the plan: PUT creates and updates (If-Match), metadata, and deletes when `prune`. Failures stay per item. */
async function applyPlan(client, plan, ref, provenance, options) {
    const work = [...plan.items, ...(options.prune ? plan.orphans : [])];
    const outcomes = new Array(work.length);
    let next = 0;
    const worker = async () => {
        while (next < work.length) {
            const index = next++;
            const item = work[index];
            try {
                outcomes[index] = await applyOne(client, item, ref, provenance);
            }
            catch (error) {
                outcomes[index] = { item, error: error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, work.length) }, worker));
    return outcomes;
}
async function applyOne(client, item, ref, provenance) {
    const base = workspacePath(ref);
    if (item.action === 'delete') {
        if (!item.metadataStale)
            await client.delete(`${ruleResourceId(ref, item.ruleId)}${q}`);
        if (item.metadataName)
            await client.delete(`${base}/metadata/${encodeURIComponent(item.metadataName)}${q}`);
        return { item };
    }
    const detection = item.detection;
    let replanned = false;
    let current = item;
    if (current.action === 'create' || current.action === 'update') {
        try {
            await client.put(`${ruleResourceId(ref, current.ruleId)}${q}`, ruleBody(detection.data, current.etag), current.etag);
        }
        catch (error) {
            if (!(error instanceof _lake_arm_client_js__WEBPACK_IMPORTED_MODULE_1__.ArmError) || error.status !== 412)
                throw error;
            // The rule changed since it was read: read it again and plan this rule once more.
            replanned = true;
            const fresh = await client.get(`${ruleResourceId(ref, current.ruleId)}${q}`);
            const rule = fresh.status === 404 ? undefined : fresh.body;
            if (rule && fresh.etag && typeof rule.etag !== 'string')
                rule.etag = fresh.etag;
            current = { ...planOne(rule, undefined, detection, ref, provenance), metadataStale: true };
            if (current.action !== 'unchanged')
                await client.put(`${ruleResourceId(ref, current.ruleId)}${q}`, ruleBody(detection.data, current.etag), current.etag);
        }
    }
    if (item.metadataStale || current.action !== 'unchanged') {
        await client.put(`${base}/metadata/${encodeURIComponent(metadataName(current.ruleId))}${q}`, metadataBody(ref, detection, provenance));
    }
    return { item: current, ...(replanned ? { replanned } : {}) };
}


/***/ }),

/***/ 56880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ArmClient: () => (/* binding */ ArmClient),
/* harmony export */   ArmError: () => (/* binding */ ArmError),
/* harmony export */   DEFAULT_ARM_ENDPOINT: () => (/* binding */ DEFAULT_ARM_ENDPOINT),
/* harmony export */   armScope: () => (/* binding */ armScope)
/* harmony export */ });
/* unused harmony export checkArmEndpoint */
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64718);
/* harmony import */ var _client_classify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77792);
/* harmony import */ var _client_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65334);
/**
 * A small client of the Azure Resource Manager API (the Sentinel management
 * plane): GET, PUT (with If-Match), DELETE and paged lists over undici, with the
 * lake client's habits: a deadline per attempt, bounded backoff for 5xx and
 * resets, `Retry-After` honoured on 429, bounded bodies, and messages that never
 * carry the token.
 */



const DEFAULT_ARM_ENDPOINT = 'https://management.azure.com';
/** The Entra scope of an ARM endpoint: `<endpoint>/.default`. */
function armScope(endpoint) {
    return `${endpoint.replace(/\/+$/, '')}/.default`;
}
/** An ARM answer that is not a success: status, the service's code and message. */
class ArmError extends Error {
    status;
    code;
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = 'ArmError';
    }
}
function isLoopbackHost(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
/** Refuse an endpoint that would send the token in clear text. */
function checkArmEndpoint(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new ArmError(`the ARM endpoint '${endpoint}' is not a URL`, undefined, 'BadEndpoint');
    }
    if (url.protocol === 'https:')
        return url;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return url;
    throw new ArmError(`the ARM endpoint must be https (or http to loopback), not '${url.protocol}//${url.host}'`, undefined, 'BadEndpoint');
}
class ArmClient {
    options;
    endpoint;
    /** Requests sent, by method (every attempt counts). */
    sent = {};
    dispatcher;
    secrets = [];
    constructor(options) {
        this.options = options;
        this.endpoint = checkArmEndpoint(options.endpoint ?? DEFAULT_ARM_ENDPOINT)
            .toString()
            .replace(/\/+$/, '');
        this.dispatcher = options.dispatcher ?? new undici__WEBPACK_IMPORTED_MODULE_0__/* .Agent */ .g6({ connections: 8 });
    }
    get(path) {
        return this.call('GET', path, undefined, undefined, [200, 404]);
    }
    put(path, body, ifMatch) {
        return this.call('PUT', path, body, ifMatch, [200, 201]);
    }
    delete(path) {
        return this.call('DELETE', path, undefined, undefined, [200, 204, 404]);
    }
    /** Every item of a list, following `nextLink` (only to this endpoint). */
    async list(path) {
        const items = [];
        let next = path;
        for (let page = 0; next !== undefined; page++) {
            if (page > 10_000)
                throw new ArmError('the list did not end after 10000 pages', undefined, 'TooManyPages');
            const answer = await this.call('GET', next, undefined, undefined, [200]);
            const body = answer.body;
            if (!body || typeof body !== 'object' || !Array.isArray(body.value))
                throw new ArmError('malformed list answer: no value array', answer.status, 'Malformed');
            for (const item of body.value)
                if (item && typeof item === 'object' && !Array.isArray(item))
                    items.push(item);
            next = undefined;
            if (typeof body.nextLink === 'string' && body.nextLink) {
                const link = new URL(body.nextLink, this.endpoint);
                if (link.origin !== new URL(this.endpoint).origin)
                    throw new ArmError(`refusing a nextLink to another host (${link.host})`, answer.status, 'BadNextLink');
                next = `${link.pathname}${link.search}`;
            }
        }
        return items;
    }
    url(path) {
        return new URL(path, `${this.endpoint}/`);
    }
    clean(text) {
        return (0,_client_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLine */ .om)(text, this.secrets);
    }
    async call(method, path, body, ifMatch, ok) {
        const maxAttempts = this.options.maxAttempts ?? 4;
        const random = this.options.random ?? Math.random;
        for (let attempt = 1;; attempt++) {
            const token = await this.options.token();
            if (!this.secrets.includes(token))
                this.secrets.push(token);
            this.sent[method] = (this.sent[method] ?? 0) + 1;
            const outcome = await this.attempt(method, path, body, ifMatch, token);
            if ('response' in outcome) {
                const { response } = outcome;
                if (ok.includes(response.status))
                    return response;
                const retryable = response.status === 429 || response.status >= 500;
                if (!retryable || attempt >= maxAttempts)
                    throw this.errorOf(method, path, response);
                const after = outcome.retryAfterMs;
                const wait = response.status === 429 && after !== undefined
                    ? Math.min(after, this.options.maxRetryAfterMs ?? 60_000)
                    : (0,_client_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .EY)(this.policy(), attempt, random);
                await (0,_client_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .abortableSleep */ .Mf)(wait);
                continue;
            }
            if (attempt >= maxAttempts)
                throw new ArmError(`${method} ${path}: ${outcome.cause} (after ${attempt} attempts)`, undefined, 'Network');
            await (0,_client_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .abortableSleep */ .Mf)((0,_client_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .EY)(this.policy(), attempt, random));
        }
    }
    policy() {
        return {
            maxAttempts: this.options.maxAttempts ?? 4,
            totalBudgetMs: 10 * 60_000,
            baseDelayMs: this.options.baseDelayMs ?? 1000,
            maxDelayMs: this.options.maxDelayMs ?? 30_000,
            maxRetryAfterMs: this.options.maxRetryAfterMs ?? 60_000,
        };
    }
    errorOf(method, path, response) {
        const err = response.body?.error;
        const code = typeof err?.code === 'string' ? err.code : undefined;
        const message = typeof err?.message === 'string' ? err.message : undefined;
        const text = message
            ? `${code ?? 'Error'}: ${message}`
            : `HTTP ${response.status}${typeof response.body === 'string' && response.body ? `: ${response.body}` : ''}`;
        return new ArmError(this.clean(`${method} ${path}: ${text}`), response.status, code);
    }
    async attempt(method, path, body, ifMatch, token) {
        const timeoutMs = this.options.timeoutMs ?? 60_000;
        const cap = this.options.maxResponseBytes ?? 8 * 1024 * 1024;
        const controller = new AbortController();
        const deadline = setTimeout(() => controller.abort(), timeoutMs);
        try {
            const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
            if (body !== undefined)
                headers['content-type'] = 'application/json';
            if (ifMatch)
                headers['if-match'] = ifMatch;
            const response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(this.url(path), {
                dispatcher: this.dispatcher,
                method: method,
                headers,
                body: body === undefined ? undefined : JSON.stringify(body),
                signal: controller.signal,
                headersTimeout: timeoutMs,
                bodyTimeout: timeoutMs,
            });
            const chunks = [];
            let size = 0;
            for await (const chunk of response.body) {
                size += chunk.length;
                if (size > cap) {
                    response.body.destroy();
                    return { response: { status: 502, body: `response too large: more than ${cap} bytes` } };
                }
                chunks.push(chunk);
            }
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed = text;
            if (text.trim()) {
                try {
                    parsed = JSON.parse(text);
                }
                catch {
                    if (response.statusCode >= 200 && response.statusCode < 300)
                        return { response: { status: 502, body: 'malformed response: not JSON' } };
                    parsed = text.slice(0, 200);
                }
            }
            else
                parsed = undefined;
            const etagHeader = response.headers.etag;
            const bodyEtag = parsed?.etag;
            const etag = typeof etagHeader === 'string' ? etagHeader : typeof bodyEtag === 'string' ? bodyEtag : undefined;
            return {
                response: { status: response.statusCode, body: parsed, ...(etag ? { etag } : {}) },
                retryAfterMs: (0,_client_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(response.headers['retry-after'], Date.now()),
            };
        }
        catch (error) {
            if (controller.signal.aborted)
                return { cause: `no answer within ${Math.round(timeoutMs / 1000)} s` };
            const code = error?.code;
            return { cause: this.clean(`network error${typeof code === 'string' ? ` ${code}` : ''}: ${error?.message ?? error}`) };
        }
        finally {
            clearTimeout(deadline);
        }
    }
    async close() {
        if (!this.options.dispatcher)
            await this.dispatcher.close();
    }
}


/***/ }),

/***/ 77792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ classifyNetworkError),
/* harmony export */   nW: () => (/* binding */ classifyHttpError),
/* harmony export */   om: () => (/* binding */ safeLine),
/* harmony export */   rY: () => (/* binding */ classifyProblems)
/* harmony export */ });
/* unused harmony exports limitKind, serviceErrorOf */
const TRUNCATION = /E_QUERY_RESULT_SET_TOO_LARGE|80DA0003/i;
const RUNAWAY = /E_RUNAWAY_QUERY|80DA0001/i;
/** The kind a service error text points at, when it is a limit. */
function limitKind(text) {
    if (TRUNCATION.test(text))
        return 'truncated';
    if (RUNAWAY.test(text))
        return 'runaway';
    return undefined;
}
const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BEARER = /(bearer\s+)[^\s"',;]+/gi;
/** One line, bounded, with the token and anything token-shaped removed. */
function safeLine(text, secrets, max = 400) {
    let out = text;
    for (const s of secrets)
        if (s.length >= 4)
            out = out.split(s).join('***');
    out = out.replace(JWT, '***').replace(BEARER, '$1***');
    out = out.replace(/\s+/g, ' ').trim();
    return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}
/** The `{"error": {...}}` body of a failed request, when it is one. */
function serviceErrorOf(body) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return undefined;
    const err = body.error;
    if (!err || typeof err !== 'object' || Array.isArray(err))
        return undefined;
    const s = (v) => (typeof v === 'string' ? v : '');
    return {
        code: s(err.code) || 'Error',
        message: s(err['@message']) || s(err.message) || 'no message',
        permanent: typeof err['@permanent'] === 'boolean' ? err['@permanent'] : undefined,
        text: JSON.stringify(err, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)),
    };
}
/** A non-2xx answer, or an error object served as the whole body. */
function classifyHttpError(status, statusText, body, retryAfterMs) {
    const err = serviceErrorOf(body);
    const detail = err ? `${err.code}: ${err.message}` : `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
    const base = { httpStatus: status, serviceCode: err?.code };
    if (status === 401 || status === 403) {
        const what = status === 401
            ? 'unauthorized (HTTP 401: the token was rejected'
            : 'forbidden (HTTP 403: the identity lacks access to this workspace';
        return { ...base, kind: 'unauthorized', cause: `${what})${err ? ` — ${detail}` : ''}`, retryable: false };
    }
    if (status === 429) {
        return {
            ...base,
            kind: 'throttled',
            cause: `throttled by the service (HTTP 429)${err ? ` — ${detail}` : ''}`,
            retryable: true,
            retryAfterMs,
        };
    }
    const limit = err ? limitKind(err.text) : undefined;
    if (limit === 'truncated')
        return { ...base, kind: 'truncated', cause: `result truncated by the service — ${detail}`, retryable: false };
    if (limit === 'runaway')
        return { ...base, kind: 'runaway', cause: `runaway query stopped by the service — ${detail}`, retryable: false };
    if (status === 408 || status === 504) {
        return {
            ...base,
            kind: 'timeout',
            cause: `the service timed out (HTTP ${status})${err ? ` — ${detail}` : ''}`,
            retryable: err?.permanent !== true,
        };
    }
    const retryable = err?.permanent === true ? false : status >= 500 || err?.permanent === false;
    const prefix = status >= 200 && status < 300 ? 'service error' : `service error (HTTP ${status})`;
    return { ...base, kind: 'service', cause: err ? `${prefix} — ${detail}` : prefix, retryable, retryAfterMs };
}
/** Errors reported inside a 200 data set: never a complete result. */
function classifyProblems(problems, cancelled) {
    const all = problems.map((p) => `${p.code} ${p.message} ${p.text}`).join('\n');
    const first = problems[0];
    const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
    const detail = first ? `${first.code}: ${first.message} [${first.where}]${more}` : 'the query was cancelled';
    const limit = limitKind(all);
    if (limit === 'truncated')
        return {
            kind: 'truncated',
            cause: `result truncated by the service (E_QUERY_RESULT_SET_TOO_LARGE) — ${detail}`,
            retryable: false,
            serviceCode: first?.code,
        };
    if (limit === 'runaway')
        return {
            kind: 'runaway',
            cause: `runaway query stopped by the service (E_RUNAWAY_QUERY) — ${detail}`,
            retryable: false,
            serviceCode: first?.code,
        };
    const what = cancelled && !first ? 'partial failure: the query was cancelled' : `partial failure (HTTP 200 with errors) — ${detail}`;
    return { kind: 'partial', cause: what, retryable: false, serviceCode: first?.code };
}
const NETWORK_RETRYABLE = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
/** An exception from the HTTP layer (undici or node:net). */
function classifyNetworkError(error) {
    const e = error;
    const code = typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : '';
    const message = typeof e?.message === 'string' ? e.message : String(error);
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        return { kind: 'timeout', cause: `the service did not answer in time (${code})`, retryable: false };
    }
    return {
        kind: 'network',
        cause: `network error: ${message}${code && !message.includes(code) ? ` (${code})` : ''}`,
        retryable: NETWORK_RETRYABLE.has(code),
    };
}


/***/ }),

/***/ 65334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Mf: () => (/* binding */ abortableSleep),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
const DEFAULT_RETRY = {
    maxAttempts: 4,
    totalBudgetMs: 10 * 60_000,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    maxRetryAfterMs: 60_000,
};
/** `Retry-After` as delay-seconds or an HTTP date, in ms from `nowMs`; undefined when absent or unreadable. */
function parseRetryAfter(header, nowMs) {
    const value = Array.isArray(header) ? header[0] : header;
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
/** Backoff before retry number `retry` (1 = the first retry): half fixed, half random ("equal jitter"). */
function backoffDelay(policy, retry, random) {
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    return Math.round(exp / 2 + (exp / 2) * random());
}
/** A wait that ends early (rejecting) when the signal aborts. */
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ })

};
