/**
 * Turn a failed MSAL token request into one plain line: the AADSTS code, what
 * it usually means for this setup, and for federated assertions the decoded
 * iss/sub/aud Entra matched against (never the assertion itself).
 */
import { AuthError, firstLineOf, type AuthErrorDetails, type MatchedClaims } from './errors.js';
import { describeMatchingClaims, type TokenClaims } from './jwt.js';
import { redact } from './secrets.js';
import { suggestFederatedSubject } from './subject.js';

export interface TokenRequestContext {
  tenantId: string;
  clientId: string;
  authority: string;
  scope: string;
  /** Claims of the last client assertion sent (federated methods only). */
  claims?: TokenClaims;
  /** What the network client saw go wrong, when MSAL reports only a generic code. */
  networkFailure?: string;
}

type Explain = (context: TokenRequestContext) => string;

const claimsOf = (context: TokenRequestContext) => (context.claims ? ` Token claims: ${describeMatchingClaims(context.claims)}.` : '');
const subjectFix = (context: TokenRequestContext) => {
  const suggestion = context.claims ? suggestFederatedSubject(context.claims) : undefined;
  return suggestion ? ` Fix: ${suggestion.advice}.` : '';
};

/** One line per common code: what went wrong and what to change. */
const EXPLANATIONS: Record<number, Explain> = {
  70021: (c) =>
    `no federated credential on app ${c.clientId} matches the presented token (issuer, subject and audience must all match).${claimsOf(c)}${subjectFix(c)}`,
  700213: (c) => `no federated credential on app ${c.clientId} matches the token's subject.${claimsOf(c)}${subjectFix(c)}`,
  700211: (c) =>
    `no federated credential on app ${c.clientId} has the token's issuer: set the credential's issuer to exactly '${c.claims?.iss ?? 'https://token.actions.githubusercontent.com'}'.${claimsOf(c)}`,
  7002138: (c) =>
    `a federated credential matches the subject only when case is ignored; subjects are case-sensitive, so spell it exactly as the token does.${claimsOf(c)}${subjectFix(c)}`,
  700024: (c) =>
    `the client assertion is not within its valid time range (expired or not yet valid): check the machine's clock, and that a federated token file is refreshed.${expiryOf(c.claims)}`,
  700016: (c) =>
    `application ${c.clientId} was not found in tenant ${c.tenantId}: check client-id is the app's Application (client) ID and tenant-id is the tenant it is registered in (and the authority host is that tenant's cloud).`,
  90002: (c) => `tenant ${c.tenantId} was not found at ${c.authority}: check tenant-id, and authority-host for sovereign clouds.`,
  500011: (c) =>
    `the resource for scope '${c.scope}' is not provisioned in tenant ${c.tenantId}: onboard the Sentinel data lake in this tenant, or check the scope input.`,
  7000215: (c) => `invalid client secret for app ${c.clientId}: use the secret's Value, not its Secret ID.`,
  7000222: (c) => `the client secret of app ${c.clientId} has expired: create a new one, or switch to GitHub OIDC (no stored secret).`,
};

/** Codes whose explanation is about the federated assertion, so its claims are worth keeping. */
const ASSERTION_CODES = new Set([70021, 700213, 700211, 7002138, 700024]);

/** An AuthError explaining why MSAL could not get a token. */
export function explainTokenFailure(error: unknown, context: TokenRequestContext): AuthError {
  const code = aadstsCode(error);
  const raw = rawMessage(error);
  const correlationId = /Correlation ID:\s*([0-9a-f-]{36})/i.exec(raw)?.[1];
  const details: AuthErrorDetails = { correlationId };
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
export function aadstsCode(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null) {
    const errorNo = (error as { errorNo?: unknown }).errorNo;
    const fromField = typeof errorNo === 'number' ? errorNo : typeof errorNo === 'string' ? Number(errorNo) : NaN;
    if (Number.isInteger(fromField) && fromField > 0) return fromField;
  }
  const match = /AADSTS(\d+)/.exec(rawMessage(error));
  return match ? Number(match[1]) : undefined;
}

/** Entra's own first line for a code (`AADSTS123: …`), without MSAL's trailing fields. */
function entraDescription(raw: string, code: number): string | undefined {
  const match = new RegExp(`AADSTS${code}:\\s*([^\\r\\n]*)`).exec(raw);
  if (!match?.[1]) return undefined;
  return redact(match[1].split(/ - (?:Correlation ID|Trace ID|Timestamp):/)[0]!.trim());
}

function rawMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : '';
}

function pickClaims(claims: TokenClaims): MatchedClaims {
  return { iss: claims.iss, sub: claims.sub, aud: claims.aud };
}

function expiryOf(claims: TokenClaims | undefined): string {
  if (claims?.exp === undefined) return '';
  const nbf = claims.nbf === undefined ? '' : `, valid from ${new Date(claims.nbf * 1000).toISOString()}`;
  return ` The token expires ${new Date(claims.exp * 1000).toISOString()}${nbf}; this machine's time is ${new Date().toISOString()}.`;
}
