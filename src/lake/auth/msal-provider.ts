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
import { ConfidentialClientApplication, LogLevel, type AuthenticationResult } from '@azure/msal-node';
import { explainTokenFailure, type TokenRequestContext } from './entra-errors.js';
import { AuthError } from './errors.js';
import { decodeJwtClaims, type TokenClaims } from './jwt.js';
import { entraNetworkClient, type EntraNetworkOptions } from './network-client.js';
import { registerSecret, type ActionsCore } from './secrets.js';
import type { CredentialKind, TokenProvider } from './credential.js';

export interface MsalProviderConfig {
  kind: Exclude<CredentialKind, 'lakeguard-token'>;
  /** How `describe()` names the method. */
  label: string;
  tenantId: string;
  clientId: string;
  scope: string;
  authority: string;
  knownAuthorities: string[];
  credential: { clientSecret: string } | { assertion: () => Promise<string> };
  core: ActionsCore;
  network: EntraNetworkOptions;
}

export function msalTokenProvider(config: MsalProviderConfig): TokenProvider {
  let lastClaims: TokenClaims | undefined;
  let lastNetworkFailure: string | undefined;
  const credential =
    'clientSecret' in config.credential
      ? { clientSecret: config.credential.clientSecret }
      : {
          clientAssertion: async () => {
            const assertion = await (config.credential as { assertion: () => Promise<string> }).assertion();
            registerSecret(assertion, config.core);
            lastClaims = decodeJwtClaims(assertion);
            return assertion;
          },
        };

  const app = new ConfidentialClientApplication({
    auth: { clientId: config.clientId, authority: config.authority, knownAuthorities: config.knownAuthorities, ...credential },
    system: {
      networkClient: entraNetworkClient(config.network, (message) => (lastNetworkFailure = message)),
      // MSAL's own logging stays off: its lines could quote requests.
      loggerOptions: { loggerCallback: () => {}, piiLoggingEnabled: false, logLevel: LogLevel.Error },
    },
  });

  let inFlight: Promise<string> | undefined;
  let cached: { token: string; renewAt: number } | undefined;

  async function acquire(forceRefresh: boolean): Promise<string> {
    let result: AuthenticationResult | null;
    lastNetworkFailure = undefined;
    try {
      result = await app.acquireTokenByClientCredential({ scopes: [config.scope], skipCache: forceRefresh });
    } catch (error) {
      cached = undefined;
      if (error instanceof AuthError) throw error;
      throw explainTokenFailure(error, context());
    }
    if (!result?.accessToken) throw new AuthError('entra', `Entra ID answered ${config.authority} without an access token.`);
    const token = registerSecret(result.accessToken, config.core);
    cached = { token, renewAt: renewalTime(result) };
    return token;
  }

  function context(): TokenRequestContext {
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
      if (forceRefresh) return acquire(true);
      if (cached && Date.now() < cached.renewAt) return Promise.resolve(cached.token);
      inFlight ??= acquire(false).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}

/** MSAL renews a token this long before it expires; we stop reusing ours at the same point. */
const RENEWAL_MARGIN_MS = 5 * 60 * 1000;

function renewalTime(result: AuthenticationResult): number {
  const expires = result.expiresOn ? result.expiresOn.getTime() - RENEWAL_MARGIN_MS : 0;
  const refresh = result.refreshOn ? result.refreshOn.getTime() : Infinity;
  return Math.min(expires, refresh);
}
