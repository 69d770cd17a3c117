/**
 * Secret hygiene for everything the lake stage prints: every token, client
 * assertion and client secret is registered here (and with the runner's log
 * masking when running in GitHub Actions), and `redact` scrubs them, plus
 * anything shaped like a JWT, from text before it reaches a message.
 */

/** The part of `@actions/core` this module uses (injectable for tests and the CLI). */
export interface ActionsCore {
  getIDToken(audience?: string): Promise<string>;
  setSecret(secret: string): void;
}

const REDACTED = '***';
/** Shorter values would shred ordinary words when replaced; no real credential is this short. */
const MIN_SECRET_LENGTH = 4;
/** A compact JWS: base64url header starting with `{"` (eyJ), payload, optional signature. */
const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;
/** Credentials that may sit in a form body or header quoted by an error. */
const CREDENTIAL_FIELD_PATTERN = /\b(client_secret|client_assertion|assertion|access_token|id_token|refresh_token)=[^&\s"']+/gi;
/** 16+ characters, so prose such as "a ready bearer token" is left alone. */
const BEARER_PATTERN = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]{16,}/gi;

const knownSecrets = new Set<string>();
/** Values already sent to each core's setSecret: the runner masks for the whole job, once is enough. */
const maskedBy = new WeakMap<object, Set<string>>();

/**
 * Remember a secret so `redact` removes it, and mask it in the runner's log
 * when a core is given. Returns the secret for chaining.
 */
export function registerSecret(secret: string, core?: Pick<ActionsCore, 'setSecret'>): string {
  if (secret.length === 0) return secret;
  if (core) {
    let masked = maskedBy.get(core);
    if (!masked) maskedBy.set(core, (masked = new Set()));
    if (!masked.has(secret)) {
      core.setSecret(secret);
      masked.add(secret);
    }
  }
  if (secret.length >= MIN_SECRET_LENGTH) knownSecrets.add(secret);
  return secret;
}

/** `text` with every known secret, JWT-looking string and bearer credential replaced by `***`. */
export function redact(text: string): string {
  let out = text;
  // Longest first, so a secret containing another is removed whole.
  for (const secret of [...knownSecrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out
    .replace(JWT_PATTERN, REDACTED)
    .replace(CREDENTIAL_FIELD_PATTERN, (_match, field: string) => `${field}=${REDACTED}`)
    .replace(BEARER_PATTERN, (_match, word: string) => `${word} ${REDACTED}`);
}

/** How many secrets are registered (for tests and diagnostics; never the values). */
export function registeredSecretCount(): number {
  return knownSecrets.size;
}
