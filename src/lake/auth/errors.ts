/** Outcomes of the auth chain other than a token: no credentials at all, or a failure with its cause. */
import { redact } from './secrets.js';
import type { SubjectSuggestion } from './subject.js';

/** Why there is nothing to authenticate with (the action then notes it and falls back to `test`). */
export type NoCredentialsReason = 'fork-pull-request' | 'missing-id-token-permission' | 'no-credentials';

export interface NoCredentials {
  kind: 'none';
  reason: NoCredentialsReason;
  /** A plain sentence for a notice: what is missing and what to add. */
  message: string;
}

/**
 * configuration: inputs or env are incomplete or invalid.
 * entra: Entra ID refused the token request (see `aadsts`).
 * github-oidc: the runner's OIDC endpoint did not give a token.
 * token-file: the federated token file could not be read.
 * network: the authority could not be reached or answered garbage.
 * token: a ready token (LAKEGUARD_TOKEN) is unusable.
 */
export type AuthFailure = 'configuration' | 'entra' | 'github-oidc' | 'token-file' | 'network' | 'token';

/** What the federated credential was matched against: never the token itself. */
export interface MatchedClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
}

export interface AuthErrorDetails {
  /** The Entra error number (AADSTS<code>). */
  aadsts?: number;
  /** Decoded claims of the assertion Entra rejected. */
  claims?: MatchedClaims;
  /** The federated credential subject that would match. */
  subject?: SubjectSuggestion;
  /** Entra's correlation id, for support requests. */
  correlationId?: string;
}

/** A failure of the auth chain. The message is one or two plain lines and never contains a secret. */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly failure: AuthFailure;
  readonly details: AuthErrorDetails;

  constructor(failure: AuthFailure, message: string, details: AuthErrorDetails = {}) {
    super(redact(message));
    this.failure = failure;
    this.details = details;
  }
}

/** The message of anything thrown, redacted and cut to its first line. */
export function firstLineOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return redact(text.split(/\r?\n/)[0] ?? '').trim();
}

/** The whole message of anything thrown on one line (for multi-line library errors), redacted and capped. */
export function oneLineOf(error: unknown, maxLength = 300): string {
  const text = redact(error instanceof Error ? error.message : String(error))
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
