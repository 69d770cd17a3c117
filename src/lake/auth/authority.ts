/**
 * Which Entra authority to ask: `<authority-host>/<tenant-id>`. Microsoft's
 * public and sovereign clouds are known to MSAL; any other host (a private
 * or test authority) must be declared a known authority, or MSAL would try
 * to validate it against Microsoft's instance discovery and refuse.
 */
import { AuthError } from './errors.js';

export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';

/** Hosts of Microsoft's clouds (public, China, Germany, US government, sovereign EU/Asia). */
export const MICROSOFT_AUTHORITY_HOSTS: ReadonlySet<string> = new Set([
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoft.com',
  'sts.windows.net',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn',
  'login.microsoftonline.de',
  'login.microsoftonline.us',
  'login.usgovcloudapi.net',
  'login-us.microsoftonline.com',
  'login.sovcloud-identity.fr',
  'login.sovcloud-identity.de',
  'login.sovcloud-identity.sg',
]);

export interface AuthorityConfig {
  /** `https://host[/path]/<tenant>` */
  authority: string;
  /** `[host:port]` for hosts outside Microsoft's clouds; empty otherwise. */
  knownAuthorities: string[];
}

const TENANT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;

/** The MSAL authority settings for a host (`https://…` or a bare host name) and tenant. */
export function authorityFor(authorityHost: string, tenantId: string): AuthorityConfig {
  const trimmed = authorityHost.trim() || DEFAULT_AUTHORITY_HOST;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new AuthError('configuration', `authority-host '${trimmed}' is not a URL (expected e.g. ${DEFAULT_AUTHORITY_HOST}).`);
  }
  if (url.protocol !== 'https:') {
    throw new AuthError(
      'configuration',
      `authority-host must use https (got '${url.protocol}//${url.host}'): Entra ID and MSAL only talk to https authorities.`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new AuthError('configuration', `authority-host must be a plain https URL without query, fragment or credentials.`);
  }
  const tenant = tenantId.trim();
  if (!TENANT_PATTERN.test(tenant)) {
    throw new AuthError(
      'configuration',
      `tenant-id '${tenant}' is not a tenant id or domain (expected a GUID such as 00000000-0000-0000-0000-000000000000, or contoso.onmicrosoft.com).`,
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  const known = MICROSOFT_AUTHORITY_HOSTS.has(url.hostname.toLowerCase()) && url.port === '';
  return {
    authority: `${url.origin}${path}/${tenant}`,
    knownAuthorities: known ? [] : [url.host],
  };
}
