/**
 * Read a JWT's claims without verifying it: only to explain a failed token
 * exchange (which issuer, subject and audience GitHub put in the token).
 * The token itself is never returned or printed.
 */

export interface TokenClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  nbf?: number;
  iat?: number;
  /** GitHub's custom claims used to suggest a federated credential subject. */
  repository?: string;
  ref?: string;
  ref_type?: string;
  environment?: string;
  event_name?: string;
  job_workflow_ref?: string;
}

const STRING_CLAIMS = ['iss', 'sub', 'repository', 'ref', 'ref_type', 'environment', 'event_name', 'job_workflow_ref'] as const;
const NUMBER_CLAIMS = ['exp', 'nbf', 'iat'] as const;

/** The payload claims of a compact JWT, or undefined when it is not one. */
export function decodeJwtClaims(token: string): TokenClaims | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  const record = payload as Record<string, unknown>;
  const claims: TokenClaims = {};
  for (const name of STRING_CLAIMS) {
    const value = record[name];
    if (typeof value === 'string') claims[name] = value;
  }
  for (const name of NUMBER_CLAIMS) {
    const value = record[name];
    if (typeof value === 'number' && Number.isFinite(value)) claims[name] = value;
  }
  const aud = record.aud;
  if (typeof aud === 'string') claims.aud = aud;
  else if (Array.isArray(aud) && aud.every((a) => typeof a === 'string')) claims.aud = aud as string[];
  return claims;
}

/** `iss=…, sub=…, aud=…` for messages: the claims Entra matches a federated credential on. */
export function describeMatchingClaims(claims: TokenClaims): string {
  const aud = Array.isArray(claims.aud) ? claims.aud.join(' ') : claims.aud;
  return `iss=${claims.iss ?? '(none)'}, sub=${claims.sub ?? '(none)'}, aud=${aud ?? '(none)'}`;
}
