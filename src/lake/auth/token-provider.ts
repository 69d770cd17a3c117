/**
 * The auth chain: pick the first available credential, in this order:
 *   1. LAKEGUARD_TOKEN              a ready bearer token
 *   2. AZURE_CLIENT_SECRET          client secret of an app registration
 *   3. AZURE_FEDERATED_TOKEN_FILE   a federated assertion, re-read for each token request
 *   4. GitHub OIDC                  core.getIDToken(audience), fetched for each token request
 * and otherwise a typed "no credentials" outcome the action turns into a notice.
 */
import * as actionsCore from '@actions/core';
import { readFile } from 'node:fs/promises';
import { authorityFor, DEFAULT_AUTHORITY_HOST } from './authority.js';
import { AuthError, firstLineOf, oneLineOf, type NoCredentials } from './errors.js';
import { decodeJwtClaims } from './jwt.js';
import type { TokenProvider } from './credential.js';
import { msalTokenProvider } from './msal-provider.js';
import type { EntraNetworkOptions } from './network-client.js';
import { noCredentials, type Env } from './no-credentials.js';
import { registerSecret, type ActionsCore } from './secrets.js';

export const DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';
export const DEFAULT_SCOPE = '4500ebfb-89b6-4b14-a480-7f749797bfcd/.default';

/** The auth inputs of a live run (action inputs or CLI flags); env supplies what is unset. */
export interface AuthSettings {
  /** Default: AZURE_TENANT_ID. */
  tenantId?: string;
  /** Default: AZURE_CLIENT_ID. */
  clientId?: string;
  /** Audience of the GitHub OIDC token. Default `api://AzureADTokenExchange`. */
  audience?: string;
  /** Default: the Sentinel data lake's `4500ebfb-89b6-4b14-a480-7f749797bfcd/.default`. */
  scope?: string;
  /** Default: AZURE_AUTHORITY_HOST, else `https://login.microsoftonline.com`. */
  authorityHost?: string;
}

export type { CredentialKind, TokenProvider } from './credential.js';

/** Network options for the Entra requests (dispatcher, timeout, body cap). */
export type TokenProviderOptions = EntraNetworkOptions;

/**
 * The token provider for these settings and environment, or the reason there
 * is none. Throws AuthError('configuration') when a credential is present but
 * its companions (tenant id, client id, a usable authority) are not.
 *
 * `env` decides which method applies; GitHub OIDC tokens are then fetched by
 * `core.getIDToken`, which (in @actions/core) reads the request URL and
 * token from process.env itself.
 */
export function createTokenProvider(
  settings: AuthSettings,
  env: Env,
  core?: ActionsCore,
  options: TokenProviderOptions = {},
): TokenProvider | NoCredentials {
  const inAction = env.GITHUB_ACTIONS === 'true';
  const effectiveCore: ActionsCore = core ?? {
    getIDToken: (audience) => actionsCore.getIDToken(audience),
    // Outside a runner `::add-mask::` would only print the secret.
    setSecret: inAction ? (secret) => actionsCore.setSecret(secret) : () => {},
  };

  const readyToken = nonEmpty(env.LAKEGUARD_TOKEN);
  if (readyToken) return readyTokenProvider(readyToken, effectiveCore);

  const clientSecret = nonEmpty(env.AZURE_CLIENT_SECRET);
  // Masked before anything below can fail and print a message.
  if (clientSecret) registerSecret(clientSecret, effectiveCore);
  const tokenFile = nonEmpty(env.AZURE_FEDERATED_TOKEN_FILE);
  const oidcAvailable = Boolean(nonEmpty(env.ACTIONS_ID_TOKEN_REQUEST_URL) && nonEmpty(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN));
  if (!clientSecret && !tokenFile && !oidcAvailable) return noCredentials(env);

  const method = clientSecret ? 'AZURE_CLIENT_SECRET' : tokenFile ? 'AZURE_FEDERATED_TOKEN_FILE' : 'GitHub OIDC';
  const tenantId = nonEmpty(settings.tenantId) ?? nonEmpty(env.AZURE_TENANT_ID);
  const clientId = nonEmpty(settings.clientId) ?? nonEmpty(env.AZURE_CLIENT_ID);
  const missing = [tenantId ? undefined : 'tenant-id (or AZURE_TENANT_ID)', clientId ? undefined : 'client-id (or AZURE_CLIENT_ID)'].filter(
    Boolean,
  );
  if (!tenantId || !clientId) {
    throw new AuthError(
      'configuration',
      `${method} is set but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing: both are needed to ask Entra ID for a token.`,
    );
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

function readyTokenProvider(raw: string, core: ActionsCore): TokenProvider {
  const token = raw.replace(/^Bearer\s+/i, '').trim();
  registerSecret(raw, core);
  registerSecret(token, core);
  const expires = decodeJwtClaims(token)?.exp;
  return {
    kind: 'lakeguard-token',
    describe: () => 'LAKEGUARD_TOKEN (a ready bearer token)' + (expires ? `, expires ${new Date(expires * 1000).toISOString()}` : ''),
    async getToken() {
      if (expires !== undefined && expires * 1000 <= Date.now()) {
        throw new AuthError(
          'token',
          `LAKEGUARD_TOKEN expired at ${new Date(expires * 1000).toISOString()}: get a new token and set it again.`,
        );
      }
      return token;
    },
  };
}

async function readTokenFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new AuthError(
      'token-file',
      `Cannot read AZURE_FEDERATED_TOKEN_FILE ${path}: ${typeof code === 'string' ? code : firstLineOf(error)}.`,
    );
  }
  const assertion = text.trim();
  if (!assertion)
    throw new AuthError('token-file', `AZURE_FEDERATED_TOKEN_FILE ${path} is empty: it must hold the federated token (a JWT).`);
  return assertion;
}

async function fetchGitHubToken(core: ActionsCore, audience: string): Promise<string> {
  let token: string;
  try {
    token = await core.getIDToken(audience);
  } catch (error) {
    throw new AuthError(
      'github-oidc',
      `GitHub's OIDC endpoint gave no token for audience ${audience}: ${oneLineOf(error).replace(/^Error message:\s*/i, '')}`,
    );
  }
  if (!token) throw new AuthError('github-oidc', `GitHub's OIDC endpoint answered an empty token for audience ${audience}.`);
  return token;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
