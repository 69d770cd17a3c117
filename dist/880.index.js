export const id = 880;
export const ids = [880];
export const modules = {

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
