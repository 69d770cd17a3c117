/**
 * Checks made before any request leaves: the query is not a control command,
 * and the endpoint is one a bearer token may be sent to.
 */

export const DEFAULT_LAKE_ENDPOINT = 'https://api.securityplatform.microsoft.com/lake/kql/v2/rest/query';
const LAKE_HOST = 'api.securityplatform.microsoft.com';

/**
 * The query's statements with comments and string literals blanked, so a `.` or
 * `;` inside them counts for nothing.
 */
function blankCommentsAndStrings(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (c === '/' && query[i + 1] === '/') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end;
      out += ' ';
      continue;
    }
    // Verbatim strings (@"..."), multi-line strings (```), and quoted strings.
    if (query.startsWith('```', i) || query.startsWith('~~~', i)) {
      const fence = query.slice(i, i + 3);
      const end = query.indexOf(fence, i + 3);
      i = end < 0 ? query.length : end + 3;
      out += '""';
      continue;
    }
    if (c === '"' || c === "'") {
      const verbatim = query[i - 1] === '@';
      let j = i + 1;
      while (j < query.length && query[j] !== c) {
        if (query[j] === '\\' && !verbatim) j++;
        j++;
      }
      i = j + 1;
      out += '""';
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Why the query may not be sent, or null when it may. */
export function queryRefusal(query: string): string | null {
  if (query.trim() === '') return 'the query is empty';
  const statements = blankCommentsAndStrings(query).split(';');
  for (const s of statements) {
    const head = s.trimStart();
    if (head.startsWith('.')) {
      const command = /^\.[A-Za-z-]*(?:\s+[A-Za-z-]+)?/.exec(head)?.[0] ?? '.';
      return `control command "${command}" refused: lakeguard sends read-only queries only`;
    }
  }
  return null;
}

/** localhost, ::1 or 127.x.y.z. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export type EndpointCheck = { ok: true; url: URL } | { ok: false; reason: string };

/**
 * The query URL for an endpoint input: a full URL is used as given; a base URL
 * without a path maps to the lake's `/lake/kql/v2/rest/query` on the lake host
 * and to `/v2/rest/query` elsewhere (ADX clusters, the emulator). Tokens go only
 * over https, or over http to a loopback host.
 */
export function resolveEndpoint(endpoint: string | undefined): EndpointCheck {
  let url: URL;
  try {
    url = new URL(endpoint ?? DEFAULT_LAKE_ENDPOINT);
  } catch {
    return { ok: false, reason: `endpoint is not a URL` };
  }
  if (url.username || url.password) return { ok: false, reason: 'endpoint must not carry credentials in the URL' };
  if (url.protocol === 'http:') {
    if (!isLoopback(url.hostname)) {
      return {
        ok: false,
        reason: `refusing to send a token over plain http to ${url.hostname}: use https, or http only to a loopback host (127.0.0.1, ::1, localhost)`,
      };
    }
  } else if (url.protocol !== 'https:') {
    return { ok: false, reason: `unsupported endpoint scheme ${url.protocol} (use https)` };
  }
  if (url.pathname === '/' || url.pathname === '') {
    url.pathname = url.hostname.toLowerCase() === LAKE_HOST ? '/lake/kql/v2/rest/query' : '/v2/rest/query';
  }
  url.hash = '';
  return { ok: true, url };
}
