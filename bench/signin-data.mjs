// Deterministic SigninLogs data for the engine benchmark: a seeded PRNG, a user
// population with home IP addresses, mostly successful sign-ins over the 14 days
// before `now`, and password-guessing bursts (some in the last hour and day, so
// the seed detections find them). Produces columns directly as an engine table:
// given the product's column builders (`builderFor`, `makeTable` from the bundle's
// loadBenchApi), the same typed vectors the fixture loader builds; without them,
// plain arrays of values.

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TICKS_PER_MS = 10_000n;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const COLUMNS = [
  ['TimeGenerated', 'datetime'],
  ['UserPrincipalName', 'string'],
  ['UserId', 'string'],
  ['IPAddress', 'string'],
  ['ResultType', 'string'],
  ['ResultDescription', 'string'],
  ['AppDisplayName', 'string'],
  ['ClientAppUsed', 'string'],
  ['Location', 'string'],
  ['UserAgent', 'string'],
  ['ConditionalAccessStatus', 'string'],
  ['AuthenticationRequirement', 'string'],
  ['CorrelationId', 'string'],
  ['Type', 'string'],
];

const APPS = [
  'Office 365 Exchange Online',
  'Microsoft Teams',
  'Office 365 SharePoint Online',
  'Azure Portal',
  'Microsoft Authentication Broker',
  'OfficeHome',
  'Microsoft Edge',
  'Azure Virtual Desktop Client',
];
const CLIENTS = ['Browser', 'Mobile Apps and Desktop clients', 'Exchange ActiveSync', 'IMAP4'];
const LOCATIONS = ['US', 'GB', 'DE', 'FR', 'NL', 'IN', 'JP', 'BR', 'CA', 'AU'];
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
  'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17126; Pro)',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
];
/** ResultType codes: success, interrupts (counted as success by the detections), failures. */
const SUCCESS = [['0', 'Success']];
const INTERRUPTS = [
  ['50140', 'Keep me signed in interrupt'],
  ['50125', 'Sign-in was interrupted due to a password reset or password registration entry'],
  ['70043', 'The refresh token has expired due to Conditional Access sign-in frequency checks'],
  ['70044', 'The session has expired or is invalid due to sign-in frequency checks by conditional access'],
];
const FAILURES = [
  ['50126', 'Invalid username or password or Invalid on-premises username or password.'],
  ['50053', 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.'],
  ['50074', 'Strong Authentication is required.'],
  ['50076', 'Due to a configuration change made by your administrator, you must use multi-factor authentication.'],
  ['53003', 'Access has been blocked by Conditional Access policies.'],
  ['500121', 'Authentication failed during strong authentication request.'],
  ['50097', 'Device authentication is required.'],
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/**
 * A flat copy of an ASCII string. Template literals make rope (cons) strings, which a
 * dictionary would keep as trees of pieces; strings read from a fixture file are flat.
 */
function flat(s) {
  return Buffer.from(s, 'latin1').toString('latin1');
}

function guid(rand) {
  const hex = (digits) =>
    Math.floor(rand() * 16 ** digits)
      .toString(16)
      .padStart(digits, '0');
  return flat(`${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(6)}${hex(6)}`);
}

function ip(rand) {
  return flat(`${1 + Math.floor(rand() * 222)}.${Math.floor(rand() * 256)}.${Math.floor(rand() * 256)}.${1 + Math.floor(rand() * 254)}`);
}

/**
 * `rows` sign-ins as an engine table ({ columns, data, rowCount }) ending at
 * `nowMs` (whole milliseconds, so other engines see the same instants). With
 * `api` ({ builderFor, makeTable }), columns are built as the product builds them.
 */
export function generateSignins(rows, nowMs, seed = 20261123, api = undefined) {
  const rand = prng(seed);
  const users = Array.from({ length: 5000 }, (_, i) => ({
    upn: `user${String(i).padStart(4, '0')}@contoso.com`,
    id: guid(rand),
    ips: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ip(rand)),
    location: pick(rand, LOCATIONS),
    agent: pick(rand, AGENTS),
  }));
  const data = api ? undefined : COLUMNS.map(() => new Array(rows));
  const builders = api ? COLUMNS.map(([, type]) => api.builderFor(type)) : undefined;
  let r = 0;
  const push = (ms, user, address, [code, description], app) => {
    const values = [
      BigInt(ms) * TICKS_PER_MS,
      user.upn,
      user.id,
      address,
      code,
      description,
      app,
      pick(rand, CLIENTS),
      user.location,
      user.agent,
      code === '53003' ? 'failure' : rand() < 0.7 ? 'success' : 'notApplied',
      rand() < 0.6 ? 'singleFactorAuthentication' : 'multiFactorAuthentication',
      guid(rand),
      'SigninLogs',
    ];
    if (builders) for (let c = 0; c < values.length; c++) builders[c].push(values[c]);
    else for (let c = 0; c < values.length; c++) data[c][r] = values[c];
    r++;
  };

  // Attacker bursts: one IP guessing one account's password. Bursts at fixed
  // offsets land in the last hour and day; some end with a success.
  const bursts = [];
  for (let b = 0; b < 60; b++) {
    const start =
      b < 4 ? nowMs - HOUR_MS + 60_000 + b * 300_000 : b < 12 ? nowMs - DAY_MS + b * HOUR_MS : nowMs - Math.floor(rand() * 14 * DAY_MS);
    const failures = b < 4 ? 12 + b * 40 : 60 + Math.floor(rand() * 300);
    bursts.push({ start, failures, success: b % 3 !== 1, user: pick(rand, users), address: ip(rand) });
  }
  const burstRows = bursts.reduce((n, b) => n + b.failures + (b.success ? 1 : 0), 0);
  for (const burst of bursts) {
    const span = Math.min(burst.failures * 2_000, HOUR_MS / 2);
    for (let i = 0; i < burst.failures; i++) {
      const code = rand() < 0.85 ? FAILURES[0] : pick(rand, FAILURES.slice(0, 2));
      push(
        Math.min(nowMs - 1, burst.start + Math.floor((i * span) / burst.failures)),
        burst.user,
        burst.address,
        code,
        pick(rand, APPS.slice(0, 3)),
      );
    }
    if (burst.success) push(Math.min(nowMs - 1, burst.start + span), burst.user, burst.address, SUCCESS[0], APPS[0]);
  }

  // Everyday sign-ins: mostly from the user's own addresses, mostly successful.
  const blank = { upn: '', id: '', location: 'US', agent: AGENTS[0] };
  while (r < rows) {
    const ms = nowMs - 1 - Math.floor(rand() * 14 * DAY_MS);
    const user = rand() < 0.002 ? blank : pick(rand, users);
    const address = user.ips && rand() < 0.9 ? pick(rand, user.ips) : ip(rand);
    const roll = rand();
    const code = roll < 0.88 ? SUCCESS[0] : roll < 0.92 ? pick(rand, INTERRUPTS) : pick(rand, FAILURES);
    push(ms, user, address, code, pick(rand, APPS));
  }
  const columns = COLUMNS.map(([name, type]) => ({ name, type }));
  return {
    table: builders
      ? api.makeTable(
          columns,
          builders.map((b) => b.finish()),
          rows,
        )
      : { columns, data, rowCount: rows },
    burstRows,
  };
}
