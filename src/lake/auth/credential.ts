/** What a sign-in method gives the lake client: a bearer token on demand. */

export type CredentialKind = 'lakeguard-token' | 'client-secret' | 'federated-token-file' | 'github-oidc';

export interface TokenProvider {
  kind: CredentialKind;
  /** A bearer token for the lake. Cached in-process until near expiry; `forceRefresh` skips the cache (e.g. after a 401). */
  getToken(options?: { forceRefresh?: boolean }): Promise<string>;
  /** Which method is used and for which app/tenant; never a secret. */
  describe(): string;
}
