export const id = 669;
export const ids = [669];
export const modules = {

/***/ 88669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AuthError: () => (/* reexport */ AuthError),
  DEFAULT_AUDIENCE: () => (/* reexport */ DEFAULT_AUDIENCE),
  DEFAULT_AUTHORITY_HOST: () => (/* reexport */ DEFAULT_AUTHORITY_HOST),
  DEFAULT_SCOPE: () => (/* reexport */ DEFAULT_SCOPE),
  MICROSOFT_AUTHORITY_HOSTS: () => (/* reexport */ MICROSOFT_AUTHORITY_HOSTS),
  aadstsCode: () => (/* reexport */ aadstsCode),
  authorityFor: () => (/* reexport */ authorityFor),
  createTokenProvider: () => (/* reexport */ createTokenProvider),
  decodeJwtClaims: () => (/* reexport */ decodeJwtClaims),
  defaultSubject: () => (/* reexport */ defaultSubject),
  describeMatchingClaims: () => (/* reexport */ describeMatchingClaims),
  entraNetworkClient: () => (/* reexport */ entraNetworkClient),
  explainTokenFailure: () => (/* reexport */ explainTokenFailure),
  redact: () => (/* reexport */ redact),
  registerSecret: () => (/* reexport */ registerSecret),
  registeredSecretCount: () => (/* reexport */ registeredSecretCount),
  suggestFederatedSubject: () => (/* reexport */ suggestFederatedSubject)
});

// EXTERNAL MODULE: ../../main/node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(84559);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/lake/auth/secrets.ts
/**
 * Secret hygiene for everything the lake stage prints: every token, client
 * assertion and client secret is registered here (and with the runner's log
 * masking when running in GitHub Actions), and `redact` scrubs them, plus
 * anything shaped like a JWT, from text before it reaches a message.
 */
const REDACTED = '***';
/** Shorter values would shred ordinary words when replaced; no real credential is this short. */
const MIN_SECRET_LENGTH = 4;
/** A compact JWS: base64url header starting with `{"` (eyJ), payload, optional signature. */
const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;
/** Credentials that may sit in a form body or header quoted by an error. */
const CREDENTIAL_FIELD_PATTERN = /\b(client_secret|client_assertion|assertion|access_token|id_token|refresh_token)=[^&\s"']+/gi;
/** 16+ characters, so prose such as "a ready bearer token" is left alone. */
const BEARER_PATTERN = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]{16,}/gi;
const knownSecrets = new Set();
/** Values already sent to each core's setSecret: the runner masks for the whole job, once is enough. */
const maskedBy = new WeakMap();
/**
 * Remember a secret so `redact` removes it, and mask it in the runner's log
 * when a core is given. Returns the secret for chaining.
 */
function registerSecret(secret, core) {
    if (secret.length === 0)
        return secret;
    if (core) {
        let masked = maskedBy.get(core);
        if (!masked)
            maskedBy.set(core, (masked = new Set()));
        if (!masked.has(secret)) {
            core.setSecret(secret);
            masked.add(secret);
        }
    }
    if (secret.length >= MIN_SECRET_LENGTH)
        knownSecrets.add(secret);
    return secret;
}
/** `text` with every known secret, JWT-looking string and bearer credential replaced by `***`. */
function redact(text) {
    let out = text;
    // Longest first, so a secret containing another is removed whole.
    for (const secret of [...knownSecrets].sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    }
    return out
        .replace(JWT_PATTERN, REDACTED)
        .replace(CREDENTIAL_FIELD_PATTERN, (_match, field) => `${field}=${REDACTED}`)
        .replace(BEARER_PATTERN, (_match, word) => `${word} ${REDACTED}`);
}
/** How many secrets are registered (for tests and diagnostics; never the values). */
function registeredSecretCount() {
    return knownSecrets.size;
}

;// CONCATENATED MODULE: ./src/lake/auth/errors.ts
/** Outcomes of the auth chain other than a token: no credentials at all, or a failure with its cause. */

/** A failure of the auth chain. The message is one or two plain lines and never contains a secret. */
class AuthError extends Error {
    name = 'AuthError';
    failure;
    details;
    constructor(failure, message, details = {}) {
        super(redact(message));
        this.failure = failure;
        this.details = details;
    }
}
/** The message of anything thrown, redacted and cut to its first line. */
function firstLineOf(error) {
    const text = error instanceof Error ? error.message : String(error);
    return redact(text.split(/\r?\n/)[0] ?? '').trim();
}
/** The whole message of anything thrown on one line (for multi-line library errors), redacted and capped. */
function oneLineOf(error, maxLength = 300) {
    const text = redact(error instanceof Error ? error.message : String(error))
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/lake/auth/authority.ts
/**
 * Which Entra authority to ask: `<authority-host>/<tenant-id>`. Microsoft's
 * public and sovereign clouds are known to MSAL; any other host (a private
 * or test authority) must be declared a known authority, or MSAL would try
 * to validate it against Microsoft's instance discovery and refuse.
 */

const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
/** Hosts of Microsoft's clouds (public, China, Germany, US government, sovereign EU/Asia). */
const MICROSOFT_AUTHORITY_HOSTS = new Set([
    'login.microsoftonline.com',
    'login.windows.net',
    'login.microsoft.com',
    'sts.windows.net',
    'login.partner.microsoftonline.cn',
    'login.chinacloudapi.cn',
    'login.microsoftonline.de',
    'login.microsoftonline.us',
    'login.usgovcloudapi.net',
    'login-us.microsoftonline.com',
    'login.sovcloud-identity.fr',
    'login.sovcloud-identity.de',
    'login.sovcloud-identity.sg',
]);
const TENANT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;
/** The MSAL authority settings for a host (`https://…` or a bare host name) and tenant. */
function authorityFor(authorityHost, tenantId) {
    const trimmed = authorityHost.trim() || DEFAULT_AUTHORITY_HOST;
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    }
    catch {
        throw new AuthError('configuration', `authority-host '${trimmed}' is not a URL (expected e.g. ${DEFAULT_AUTHORITY_HOST}).`);
    }
    if (url.protocol !== 'https:') {
        throw new AuthError('configuration', `authority-host must use https (got '${url.protocol}//${url.host}'): Entra ID and MSAL only talk to https authorities.`);
    }
    if (url.search || url.hash || url.username || url.password) {
        throw new AuthError('configuration', `authority-host must be a plain https URL without query, fragment or credentials.`);
    }
    const tenant = tenantId.trim();
    if (!TENANT_PATTERN.test(tenant)) {
        throw new AuthError('configuration', `tenant-id '${tenant}' is not a tenant id or domain (expected a GUID such as 00000000-0000-0000-0000-000000000000, or contoso.onmicrosoft.com).`);
    }
    const path = url.pathname.replace(/\/+$/, '');
    const known = MICROSOFT_AUTHORITY_HOSTS.has(url.hostname.toLowerCase()) && url.port === '';
    return {
        authority: `${url.origin}${path}/${tenant}`,
        knownAuthorities: known ? [] : [url.host],
    };
}

;// CONCATENATED MODULE: ./src/lake/auth/jwt.ts
/**
 * Read a JWT's claims without verifying it: only to explain a failed token
 * exchange (which issuer, subject and audience GitHub put in the token).
 * The token itself is never returned or printed.
 */
const STRING_CLAIMS = ['iss', 'sub', 'repository', 'ref', 'ref_type', 'environment', 'event_name', 'job_workflow_ref'];
const NUMBER_CLAIMS = ['exp', 'nbf', 'iat'];
/** The payload claims of a compact JWT, or undefined when it is not one. */
function decodeJwtClaims(token) {
    const parts = token.trim().split('.');
    if (parts.length !== 3 || !parts[1])
        return undefined;
    let payload;
    try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        return undefined;
    const record = payload;
    const claims = {};
    for (const name of STRING_CLAIMS) {
        const value = record[name];
        if (typeof value === 'string')
            claims[name] = value;
    }
    for (const name of NUMBER_CLAIMS) {
        const value = record[name];
        if (typeof value === 'number' && Number.isFinite(value))
            claims[name] = value;
    }
    const aud = record.aud;
    if (typeof aud === 'string')
        claims.aud = aud;
    else if (Array.isArray(aud) && aud.every((a) => typeof a === 'string'))
        claims.aud = aud;
    return claims;
}
/** `iss=…, sub=…, aud=…` for messages: the claims Entra matches a federated credential on. */
function describeMatchingClaims(claims) {
    const aud = Array.isArray(claims.aud) ? claims.aud.join(' ') : claims.aud;
    return `iss=${claims.iss ?? '(none)'}, sub=${claims.sub ?? '(none)'}, aud=${aud ?? '(none)'}`;
}

// EXTERNAL MODULE: ../../main/node_modules/@azure/msal-node/dist/index.mjs + 115 modules
var dist = __webpack_require__(59723);
;// CONCATENATED MODULE: ./src/lake/auth/subject.ts
const DEFAULT_FORM = /^repo:([^:]+\/[^:]+):(environment:(.+)|pull_request|ref:refs\/heads\/(.+)|ref:refs\/tags\/(.+))$/;
/** The subject to configure, from the claims of a GitHub token; undefined when nothing identifies the workflow. */
function suggestFederatedSubject(claims) {
    const subject = claims.sub ?? defaultSubject(claims);
    if (!subject)
        return undefined;
    const match = DEFAULT_FORM.exec(subject);
    if (!match) {
        return {
            subject,
            kind: 'custom',
            advice: `the subject uses a customised template: add a federated credential of type "Other issuer" with subject '${subject}' exactly`,
        };
    }
    const repo = match[1];
    if (match[3] !== undefined)
        return suggestion(subject, 'environment', `entity type Environment, repository ${repo}, environment '${match[3]}'`);
    if (match[2] === 'pull_request')
        return suggestion(subject, 'pull_request', `entity type Pull request, repository ${repo}`);
    if (match[4] !== undefined)
        return suggestion(subject, 'branch', `entity type Branch, repository ${repo}, branch '${match[4]}'`);
    return suggestion(subject, 'tag', `entity type Tag, repository ${repo}, tag '${match[5]}'`);
}
/**
 * GitHub's default subject from the individual claims: an environment wins,
 * then a pull_request event, then the ref.
 */
function defaultSubject(claims) {
    if (!claims.repository)
        return undefined;
    const prefix = `repo:${claims.repository}`;
    if (claims.environment)
        return `${prefix}:environment:${claims.environment}`;
    if (claims.event_name === 'pull_request')
        return `${prefix}:pull_request`;
    if (claims.ref)
        return `${prefix}:ref:${claims.ref}`;
    return undefined;
}
function suggestion(subject, kind, where) {
    return { subject, kind, advice: `add a federated credential with subject '${subject}' (${where}); it is case-sensitive` };
}

;// CONCATENATED MODULE: ./src/lake/auth/entra-errors.ts
/**
 * Turn a failed MSAL token request into one plain line: the AADSTS code, what
 * it usually means for this setup, and for federated assertions the decoded
 * iss/sub/aud Entra matched against (never the assertion itself).
 */




const claimsOf = (context) => (context.claims ? ` Token claims: ${describeMatchingClaims(context.claims)}.` : '');
const subjectFix = (context) => {
    const suggestion = context.claims ? suggestFederatedSubject(context.claims) : undefined;
    return suggestion ? ` Fix: ${suggestion.advice}.` : '';
};
/** One line per common code: what went wrong and what to change. */
const EXPLANATIONS = {
    70021: (c) => `no federated credential on app ${c.clientId} matches the presented token (issuer, subject and audience must all match).${claimsOf(c)}${subjectFix(c)}`,
    700213: (c) => `no federated credential on app ${c.clientId} matches the token's subject.${claimsOf(c)}${subjectFix(c)}`,
    700211: (c) => `no federated credential on app ${c.clientId} has the token's issuer: set the credential's issuer to exactly '${c.claims?.iss ?? 'https://token.actions.githubusercontent.com'}'.${claimsOf(c)}`,
    7002138: (c) => `a federated credential matches the subject only when case is ignored; subjects are case-sensitive, so spell it exactly as the token does.${claimsOf(c)}${subjectFix(c)}`,
    700024: (c) => `the client assertion is not within its valid time range (expired or not yet valid): check the machine's clock, and that a federated token file is refreshed.${expiryOf(c.claims)}`,
    700016: (c) => `application ${c.clientId} was not found in tenant ${c.tenantId}: check client-id is the app's Application (client) ID and tenant-id is the tenant it is registered in (and the authority host is that tenant's cloud).`,
    90002: (c) => `tenant ${c.tenantId} was not found at ${c.authority}: check tenant-id, and authority-host for sovereign clouds.`,
    500011: (c) => `the resource for scope '${c.scope}' is not provisioned in tenant ${c.tenantId}: onboard the Sentinel data lake in this tenant, or check the scope input.`,
    7000215: (c) => `invalid client secret for app ${c.clientId}: use the secret's Value, not its Secret ID.`,
    7000222: (c) => `the client secret of app ${c.clientId} has expired: create a new one, or switch to GitHub OIDC (no stored secret).`,
};
/** Codes whose explanation is about the federated assertion, so its claims are worth keeping. */
const ASSERTION_CODES = new Set([70021, 700213, 700211, 7002138, 700024]);
/** An AuthError explaining why MSAL could not get a token. */
function explainTokenFailure(error, context) {
    const code = aadstsCode(error);
    const raw = rawMessage(error);
    const correlationId = /Correlation ID:\s*([0-9a-f-]{36})/i.exec(raw)?.[1];
    const details = { correlationId };
    const suffix = correlationId ? ` (correlation id ${correlationId})` : '';
    if (code === undefined) {
        const cause = context.networkFailure ? redact(context.networkFailure) : firstLineOf(error);
        return new AuthError('network', `Could not get a token from ${context.authority}: ${cause}${suffix}`, details);
    }
    details.aadsts = code;
    if (ASSERTION_CODES.has(code) && context.claims) {
        details.claims = pickClaims(context.claims);
        details.subject = suggestFederatedSubject(context.claims);
    }
    const explain = EXPLANATIONS[code];
    const text = explain ? explain(context) : (entraDescription(raw, code) ?? firstLineOf(error));
    return new AuthError('entra', `Entra ID refused the token request: AADSTS${code}: ${text}${suffix}`, details);
}
/** The AADSTS number of an MSAL error: its errorNo, else the first `AADSTS<code>` in its message. */
function aadstsCode(error) {
    if (typeof error === 'object' && error !== null) {
        const errorNo = error.errorNo;
        const fromField = typeof errorNo === 'number' ? errorNo : typeof errorNo === 'string' ? Number(errorNo) : NaN;
        if (Number.isInteger(fromField) && fromField > 0)
            return fromField;
    }
    const match = /AADSTS(\d+)/.exec(rawMessage(error));
    return match ? Number(match[1]) : undefined;
}
/** Entra's own first line for a code (`AADSTS123: …`), without MSAL's trailing fields. */
function entraDescription(raw, code) {
    const match = new RegExp(`AADSTS${code}:\\s*([^\\r\\n]*)`).exec(raw);
    if (!match?.[1])
        return undefined;
    return redact(match[1].split(/ - (?:Correlation ID|Trace ID|Timestamp):/)[0].trim());
}
function rawMessage(error) {
    if (error instanceof Error)
        return error.message;
    return typeof error === 'string' ? error : '';
}
function pickClaims(claims) {
    return { iss: claims.iss, sub: claims.sub, aud: claims.aud };
}
function expiryOf(claims) {
    if (claims?.exp === undefined)
        return '';
    const nbf = claims.nbf === undefined ? '' : `, valid from ${new Date(claims.nbf * 1000).toISOString()}`;
    return ` The token expires ${new Date(claims.exp * 1000).toISOString()}${nbf}; this machine's time is ${new Date().toISOString()}.`;
}

// EXTERNAL MODULE: ../../main/node_modules/undici/index.js
var undici = __webpack_require__(64718);
;// CONCATENATED MODULE: ./src/lake/auth/network-client.ts

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
function entraNetworkClient(options = {}, onFailure) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    async function send(method, url, requestOptions, timeout) {
        try {
            return await attempt(method, url, requestOptions, timeout);
        }
        catch (error) {
            onFailure?.(error instanceof Error ? error.message : String(error));
            throw error;
        }
    }
    async function attempt(method, url, requestOptions, timeout) {
        const limit = timeout && timeout > 0 ? Math.min(timeout, timeoutMs) : timeoutMs;
        const where = hostOf(url);
        let response;
        try {
            response = await (0,undici/* request */.Em)(url, {
                method,
                headers: requestOptions?.headers,
                body: method === 'POST' ? (requestOptions?.body ?? '') : undefined,
                dispatcher: options.dispatcher,
                signal: AbortSignal.timeout(limit),
                headersTimeout: limit,
                bodyTimeout: limit,
            });
        }
        catch (error) {
            throw new Error(`${method} ${where} failed: ${describeNetworkError(error, limit)}`);
        }
        const text = await readCapped(response, maxBodyBytes, where, limit);
        let body;
        try {
            body = text.length === 0 ? {} : JSON.parse(text);
        }
        catch {
            throw new Error(`${where} answered HTTP ${response.statusCode} with a body that is not JSON (${contentTypeOf(response)}).`);
        }
        return { headers: headerRecord(response.headers), body: body, status: response.statusCode };
    }
    return {
        sendGetRequestAsync: (url, requestOptions, timeout) => send('GET', url, requestOptions, timeout),
        sendPostRequestAsync: (url, requestOptions) => send('POST', url, requestOptions),
    };
}
async function readCapped(response, maxBytes, where, limit) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of response.body) {
            const buffer = chunk;
            size += buffer.length;
            if (size > maxBytes) {
                response.body.destroy();
                throw new Error(`${where} answered more than ${maxBytes} bytes; a token response is far smaller.`);
            }
            chunks.push(buffer);
        }
    }
    catch (error) {
        if (error instanceof Error && error.message.startsWith(where))
            throw error;
        throw new Error(`reading the answer of ${where} failed: ${describeNetworkError(error, limit)}`);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function describeNetworkError(error, limit) {
    if (error instanceof Error) {
        if (error.name === 'TimeoutError' || error.name === 'AbortError' || /timeout/i.test(error.name))
            return `no answer within ${limit} ms`;
        const code = error.code ?? error.cause?.code;
        return typeof code === 'string' ? `${code} (${error.message})` : error.message;
    }
    return String(error);
}
function headerRecord(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
function contentTypeOf(response) {
    const value = response.headers['content-type'];
    return `content-type ${Array.isArray(value) ? value[0] : (value ?? 'none')}`;
}
function hostOf(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return 'the authority';
    }
}

;// CONCATENATED MODULE: ./src/lake/auth/msal-provider.ts
/**
 * A token provider backed by one MSAL ConfidentialClientApplication, created
 * once so MSAL's in-memory token cache lives as long as the provider.
 *
 * MSAL (7.x) calls the clientAssertion callback on every
 * acquireTokenByClientCredential, even when its cache then answers; for
 * GitHub OIDC that would be one request to the runner's token service per
 * lake query. So the last result is kept here too and handed out until it
 * is within MSAL's own renewal window (5 minutes before expiry, or its
 * refresh-in time); only then is MSAL asked, and it fetches a fresh assertion.
 * Concurrent callers share one request.
 */






function msalTokenProvider(config) {
    let lastClaims;
    let lastNetworkFailure;
    const credential = 'clientSecret' in config.credential
        ? { clientSecret: config.credential.clientSecret }
        : {
            clientAssertion: async () => {
                const assertion = await config.credential.assertion();
                registerSecret(assertion, config.core);
                lastClaims = decodeJwtClaims(assertion);
                return assertion;
            },
        };
    const app = new dist/* ConfidentialClientApplication */.WR({
        auth: { clientId: config.clientId, authority: config.authority, knownAuthorities: config.knownAuthorities, ...credential },
        system: {
            networkClient: entraNetworkClient(config.network, (message) => (lastNetworkFailure = message)),
            // MSAL's own logging stays off: its lines could quote requests.
            loggerOptions: { loggerCallback: () => { }, piiLoggingEnabled: false, logLevel: dist/* LogLevel */.$b.Error },
        },
    });
    let inFlight;
    let cached;
    async function acquire(forceRefresh) {
        let result;
        lastNetworkFailure = undefined;
        try {
            result = await app.acquireTokenByClientCredential({ scopes: [config.scope], skipCache: forceRefresh });
        }
        catch (error) {
            cached = undefined;
            if (error instanceof AuthError)
                throw error;
            throw explainTokenFailure(error, context());
        }
        if (!result?.accessToken)
            throw new AuthError('entra', `Entra ID answered ${config.authority} without an access token.`);
        const token = registerSecret(result.accessToken, config.core);
        cached = { token, renewAt: renewalTime(result) };
        return token;
    }
    function context() {
        return {
            tenantId: config.tenantId,
            clientId: config.clientId,
            authority: config.authority,
            scope: config.scope,
            claims: lastClaims,
            networkFailure: lastNetworkFailure,
        };
    }
    return {
        kind: config.kind,
        describe: () => `${config.label} for app ${config.clientId} in tenant ${config.tenantId} at ${config.authority}, scope ${config.scope}`,
        getToken(options = {}) {
            const forceRefresh = options.forceRefresh === true;
            if (forceRefresh)
                return acquire(true);
            if (cached && Date.now() < cached.renewAt)
                return Promise.resolve(cached.token);
            inFlight ??= acquire(false).finally(() => {
                inFlight = undefined;
            });
            return inFlight;
        },
    };
}
/** MSAL renews a token this long before it expires; we stop reusing ours at the same point. */
const RENEWAL_MARGIN_MS = 5 * 60 * 1000;
function renewalTime(result) {
    const expires = result.expiresOn ? result.expiresOn.getTime() - RENEWAL_MARGIN_MS : 0;
    const refresh = result.refreshOn ? result.refreshOn.getTime() : Infinity;
    return Math.min(expires, refresh);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/lake/auth/no-credentials.ts
/**
 * The plain explanation when there is nothing to authenticate with. In GitHub
 * Actions that almost always means the runner gave the job no OIDC token: a
 * pull request from a fork, or a job without `permissions: id-token: write`.
 */

const LOCAL_OPTIONS = 'set LAKEGUARD_TOKEN to a bearer token (e.g. `az account get-access-token --scope 4500ebfb-89b6-4b14-a480-7f749797bfcd/.default --query accessToken -o tsv`), ' +
    'or AZURE_CLIENT_SECRET, or AZURE_FEDERATED_TOKEN_FILE, each with AZURE_TENANT_ID and AZURE_CLIENT_ID';
function noCredentials(env) {
    if (env.GITHUB_ACTIONS !== 'true') {
        return { kind: 'none', reason: 'no-credentials', message: `No credentials for the Sentinel data lake: ${LOCAL_OPTIONS}.` };
    }
    const forkRepository = forkPullRequestHead(env);
    if (forkRepository !== undefined) {
        return {
            kind: 'none',
            reason: 'fork-pull-request',
            message: `No credentials for the Sentinel data lake: this is a pull request from the fork ${forkRepository}, and GitHub gives ` +
                'workflows of fork pull requests no OIDC token, so live queries cannot run here. They run on pushes, schedules and ' +
                'pull requests from branches of this repository.',
        };
    }
    const missing = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].filter((name) => !env[name]);
    return {
        kind: 'none',
        reason: 'missing-id-token-permission',
        message: `No credentials for the Sentinel data lake: the job has no GitHub OIDC token (${missing.join(' and ')} not set). ` +
            'Add `permissions: id-token: write` (and `contents: read`) to the job, and the `tenant-id` and `client-id` inputs of an ' +
            'app registration with a federated credential for this repository.',
    };
}
/** The head repository of a pull request from a fork, read from the event payload; undefined otherwise. */
function forkPullRequestHead(env) {
    const event = env.GITHUB_EVENT_NAME;
    if (event !== 'pull_request' && event !== 'pull_request_review' && event !== 'pull_request_review_comment')
        return undefined;
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        const head = payload.pull_request?.head?.repo;
        const base = payload.pull_request?.base?.repo?.full_name;
        // A deleted fork has no head repo: still a fork.
        if (head === null)
            return '(deleted fork)';
        const headName = typeof head?.full_name === 'string' ? head.full_name : undefined;
        if (headName && typeof base === 'string' && headName !== base)
            return headName;
        if (head?.fork === true && headName)
            return headName;
    }
    catch {
        // No readable payload: fall back to the generic explanation.
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/lake/auth/token-provider.ts
/**
 * The auth chain: pick the first available credential, in this order:
 *   1. LAKEGUARD_TOKEN              a ready bearer token
 *   2. AZURE_CLIENT_SECRET          client secret of an app registration
 *   3. AZURE_FEDERATED_TOKEN_FILE   a federated assertion, re-read for each token request
 *   4. GitHub OIDC                  core.getIDToken(audience), fetched for each token request
 * and otherwise a typed "no credentials" outcome the action turns into a notice.
 */








const DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';
const DEFAULT_SCOPE = '4500ebfb-89b6-4b14-a480-7f749797bfcd/.default';
/**
 * The token provider for these settings and environment, or the reason there
 * is none. Throws AuthError('configuration') when a credential is present but
 * its companions (tenant id, client id, a usable authority) are not.
 *
 * `env` decides which method applies; GitHub OIDC tokens are then fetched by
 * `core.getIDToken`, which (in @actions/core) reads the request URL and
 * token from process.env itself.
 */
function createTokenProvider(settings, env, core, options = {}) {
    const inAction = env.GITHUB_ACTIONS === 'true';
    const effectiveCore = core ?? {
        getIDToken: (audience) => lib_core.getIDToken(audience),
        // Outside a runner `::add-mask::` would only print the secret.
        setSecret: inAction ? (secret) => lib_core.setSecret(secret) : () => { },
    };
    const readyToken = nonEmpty(env.LAKEGUARD_TOKEN);
    if (readyToken)
        return readyTokenProvider(readyToken, effectiveCore);
    const clientSecret = nonEmpty(env.AZURE_CLIENT_SECRET);
    // Masked before anything below can fail and print a message.
    if (clientSecret)
        registerSecret(clientSecret, effectiveCore);
    const tokenFile = nonEmpty(env.AZURE_FEDERATED_TOKEN_FILE);
    const oidcAvailable = Boolean(nonEmpty(env.ACTIONS_ID_TOKEN_REQUEST_URL) && nonEmpty(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN));
    if (!clientSecret && !tokenFile && !oidcAvailable)
        return noCredentials(env);
    const method = clientSecret ? 'AZURE_CLIENT_SECRET' : tokenFile ? 'AZURE_FEDERATED_TOKEN_FILE' : 'GitHub OIDC';
    const tenantId = nonEmpty(settings.tenantId) ?? nonEmpty(env.AZURE_TENANT_ID);
    const clientId = nonEmpty(settings.clientId) ?? nonEmpty(env.AZURE_CLIENT_ID);
    const missing = [tenantId ? undefined : 'tenant-id (or AZURE_TENANT_ID)', clientId ? undefined : 'client-id (or AZURE_CLIENT_ID)'].filter(Boolean);
    if (!tenantId || !clientId) {
        throw new AuthError('configuration', `${method} is set but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing: both are needed to ask Entra ID for a token.`);
    }
    const authorityHost = nonEmpty(settings.authorityHost) ?? nonEmpty(env.AZURE_AUTHORITY_HOST) ?? DEFAULT_AUTHORITY_HOST;
    const base = {
        tenantId,
        clientId,
        scope: nonEmpty(settings.scope) ?? DEFAULT_SCOPE,
        ...authorityFor(authorityHost, tenantId),
        core: effectiveCore,
        network: options,
    };
    if (clientSecret) {
        return msalTokenProvider({
            ...base,
            kind: 'client-secret',
            label: 'client secret (AZURE_CLIENT_SECRET)',
            credential: { clientSecret },
        });
    }
    if (tokenFile) {
        return msalTokenProvider({
            ...base,
            kind: 'federated-token-file',
            label: `federated token file ${tokenFile} (AZURE_FEDERATED_TOKEN_FILE)`,
            credential: { assertion: () => readTokenFile(tokenFile) },
        });
    }
    const audience = nonEmpty(settings.audience) ?? DEFAULT_AUDIENCE;
    return msalTokenProvider({
        ...base,
        kind: 'github-oidc',
        label: `GitHub OIDC (audience ${audience})`,
        credential: { assertion: () => fetchGitHubToken(effectiveCore, audience) },
    });
}
function readyTokenProvider(raw, core) {
    const token = raw.replace(/^Bearer\s+/i, '').trim();
    registerSecret(raw, core);
    registerSecret(token, core);
    const expires = decodeJwtClaims(token)?.exp;
    return {
        kind: 'lakeguard-token',
        describe: () => 'LAKEGUARD_TOKEN (a ready bearer token)' + (expires ? `, expires ${new Date(expires * 1000).toISOString()}` : ''),
        async getToken() {
            if (expires !== undefined && expires * 1000 <= Date.now()) {
                throw new AuthError('token', `LAKEGUARD_TOKEN expired at ${new Date(expires * 1000).toISOString()}: get a new token and set it again.`);
            }
            return token;
        },
    };
}
async function readTokenFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new AuthError('token-file', `Cannot read AZURE_FEDERATED_TOKEN_FILE ${path}: ${typeof code === 'string' ? code : firstLineOf(error)}.`);
    }
    const assertion = text.trim();
    if (!assertion)
        throw new AuthError('token-file', `AZURE_FEDERATED_TOKEN_FILE ${path} is empty: it must hold the federated token (a JWT).`);
    return assertion;
}
async function fetchGitHubToken(core, audience) {
    let token;
    try {
        token = await core.getIDToken(audience);
    }
    catch (error) {
        throw new AuthError('github-oidc', `GitHub's OIDC endpoint gave no token for audience ${audience}: ${oneLineOf(error).replace(/^Error message:\s*/i, '')}`);
    }
    if (!token)
        throw new AuthError('github-oidc', `GitHub's OIDC endpoint answered an empty token for audience ${audience}.`);
    return token;
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}

;// CONCATENATED MODULE: ./src/lake/auth/index.ts
/** The lake stage's authentication: a token provider chosen from settings and environment. */










/***/ })

};
