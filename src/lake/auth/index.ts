/** The lake stage's authentication: a token provider chosen from settings and environment. */
export {
  createTokenProvider,
  DEFAULT_AUDIENCE,
  DEFAULT_SCOPE,
  type AuthSettings,
  type CredentialKind,
  type TokenProvider,
  type TokenProviderOptions,
} from './token-provider.js';
export {
  AuthError,
  type AuthFailure,
  type AuthErrorDetails,
  type MatchedClaims,
  type NoCredentials,
  type NoCredentialsReason,
} from './errors.js';
export { authorityFor, DEFAULT_AUTHORITY_HOST, MICROSOFT_AUTHORITY_HOSTS, type AuthorityConfig } from './authority.js';
export { explainTokenFailure, aadstsCode, type TokenRequestContext } from './entra-errors.js';
export { decodeJwtClaims, describeMatchingClaims, type TokenClaims } from './jwt.js';
export { suggestFederatedSubject, defaultSubject, type SubjectKind, type SubjectSuggestion } from './subject.js';
export { redact, registerSecret, registeredSecretCount, type ActionsCore } from './secrets.js';
export { entraNetworkClient, type EntraNetworkOptions } from './network-client.js';
export type { Env } from './no-credentials.js';
