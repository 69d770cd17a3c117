/** Pure parts of the auth chain: authorities, JWT claims, federated subjects, redaction, AADSTS parsing. */
import { describe, expect, it } from 'vitest';
import {
  aadstsCode,
  authorityFor,
  decodeJwtClaims,
  defaultSubject,
  explainTokenFailure,
  redact,
  registerSecret,
  suggestFederatedSubject,
} from '../../src/lake/auth/index.js';
import { buildJwt } from './auth-servers.js';

describe('authorityFor', () => {
  it('Microsoft clouds need no known authority', () => {
    expect(authorityFor('https://login.microsoftonline.com', 'contoso.onmicrosoft.com')).toEqual({
      authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
      knownAuthorities: [],
    });
    for (const host of ['login.microsoftonline.us', 'https://login.chinacloudapi.cn/', 'https://login.partner.microsoftonline.cn']) {
      expect(authorityFor(host, 't').knownAuthorities).toEqual([]);
    }
    expect(authorityFor('login.microsoftonline.us', 't').authority).toBe('https://login.microsoftonline.us/t');
  });

  it('any other host is declared a known authority (with its port)', () => {
    expect(authorityFor('https://127.0.0.1:8443', 'tenant-1')).toEqual({
      authority: 'https://127.0.0.1:8443/tenant-1',
      knownAuthorities: ['127.0.0.1:8443'],
    });
    expect(authorityFor('https://login.contoso.example/adfs/', 'tenant-1')).toEqual({
      authority: 'https://login.contoso.example/adfs/tenant-1',
      knownAuthorities: ['login.contoso.example'],
    });
    // A Microsoft host on a non-default port is not Microsoft's cloud.
    expect(authorityFor('https://login.microsoftonline.com:8443', 't').knownAuthorities).toEqual(['login.microsoftonline.com:8443']);
  });

  it('refuses http, queries, and tenant ids that are paths', () => {
    expect(() => authorityFor('http://login.microsoftonline.com', 't')).toThrow(/must use https/);
    expect(() => authorityFor('https://login.microsoftonline.com?x=1', 't')).toThrow(/without query/);
    expect(() => authorityFor('https://login.microsoftonline.com', 'a/b')).toThrow(/is not a tenant id/);
    expect(() => authorityFor('https://login.microsoftonline.com', '')).toThrow(/is not a tenant id/);
  });
});

describe('decodeJwtClaims', () => {
  it('reads the payload without verifying', () => {
    const token = buildJwt({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:a/b:pull_request',
      aud: ['x', 'y'],
      exp: 5,
      extra: { a: 1 },
    });
    expect(decodeJwtClaims(token)).toEqual({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:a/b:pull_request',
      aud: ['x', 'y'],
      exp: 5,
    });
  });

  it('garbage is not a JWT', () => {
    for (const bad of [
      '',
      'abc',
      'a.b.c',
      `x.${Buffer.from('[1]').toString('base64url')}.y`,
      `x.${Buffer.from('{"sub":').toString('base64url')}.y`,
    ]) {
      expect(decodeJwtClaims(bad)).toBeUndefined();
    }
  });
});

describe('suggestFederatedSubject', () => {
  it.each([
    ['repo:Contoso/detections:ref:refs/heads/main', 'branch', "entity type Branch, repository Contoso/detections, branch 'main'"],
    ['repo:Contoso/detections:ref:refs/tags/v1', 'tag', "entity type Tag, repository Contoso/detections, tag 'v1'"],
    [
      'repo:Contoso/detections:environment:lake-prod',
      'environment',
      "entity type Environment, repository Contoso/detections, environment 'lake-prod'",
    ],
    ['repo:Contoso/detections:pull_request', 'pull_request', 'entity type Pull request, repository Contoso/detections'],
  ])('%s is a %s subject', (sub, kind, where) => {
    const suggestion = suggestFederatedSubject({ sub });
    expect(suggestion).toEqual({
      subject: sub,
      kind,
      advice: `add a federated credential with subject '${sub}' (${where}); it is case-sensitive`,
    });
  });

  it('a customised subject template is given literally', () => {
    const sub = 'repo:Contoso/detections:job_workflow_ref:Contoso/detections/.github/workflows/lake.yml@refs/heads/main';
    expect(suggestFederatedSubject({ sub })?.kind).toBe('custom');
    expect(suggestFederatedSubject({ sub })?.advice).toContain(`subject '${sub}' exactly`);
  });

  it('without sub, GitHub default form from the other claims: environment, then pull_request, then ref', () => {
    expect(defaultSubject({ repository: 'o/r', environment: 'prod', event_name: 'pull_request', ref: 'refs/heads/x' })).toBe(
      'repo:o/r:environment:prod',
    );
    expect(defaultSubject({ repository: 'o/r', event_name: 'pull_request', ref: 'refs/pull/1/merge' })).toBe('repo:o/r:pull_request');
    expect(defaultSubject({ repository: 'o/r', event_name: 'push', ref: 'refs/tags/v2' })).toBe('repo:o/r:ref:refs/tags/v2');
    expect(suggestFederatedSubject({ repository: 'o/r', ref: 'refs/heads/dev' })?.subject).toBe('repo:o/r:ref:refs/heads/dev');
    expect(suggestFederatedSubject({})).toBeUndefined();
  });
});

describe('redact', () => {
  it('removes registered secrets, JWTs, bearer credentials and credential form fields', () => {
    const secret = registerSecret('Q~registered-secret-for-redact');
    const jwt = buildJwt({ sub: 'x' });
    const text = `secret ${secret}; token ${jwt}; Authorization: Bearer opaque.token-value-123456; body client_secret=s3cr3t&client_assertion=xyz&scope=a`;
    const out = redact(text);
    expect(out).toBe('secret ***; token ***; Authorization: Bearer ***; body client_secret=***&client_assertion=***&scope=a');
  });

  it('leaves ordinary text alone', () => {
    const text =
      "AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:a/b:ref:refs/heads/main'.";
    expect(redact(text)).toBe(text);
  });

  it('a registered secret is masked through the given core once', () => {
    const calls: string[] = [];
    const core = { setSecret: (s: string) => void calls.push(s) };
    registerSecret('Q~mask-once-value', core);
    registerSecret('Q~mask-once-value', core);
    registerSecret('', core);
    expect(calls).toEqual(['Q~mask-once-value']);
  });
});

describe('AADSTS parsing', () => {
  const context = { tenantId: 't', clientId: 'c', authority: 'https://login.microsoftonline.com/t', scope: 's' };

  it('reads the code from errorNo or the message', () => {
    expect(aadstsCode(Object.assign(new Error('x'), { errorNo: '700016' }))).toBe(700016);
    expect(aadstsCode(new Error('invalid_client: Error(s): 7000215 - Description: AADSTS7000215: Invalid client secret provided.'))).toBe(
      7000215,
    );
    expect(aadstsCode(new Error('network_error'))).toBeUndefined();
    expect(aadstsCode(undefined)).toBeUndefined();
  });

  it("an unlisted code keeps Entra's first line without MSAL's trailing fields", () => {
    const error = new Error(
      'invalid_grant: Error(s): 50126 - Timestamp: x - Description: AADSTS50126: Error validating credentials. - Correlation ID: abc - Trace ID: def',
    );
    expect(explainTokenFailure(error, context).message).toBe(
      'Entra ID refused the token request: AADSTS50126: Error validating credentials.',
    );
  });

  it('without claims, a federated error still explains itself', () => {
    const error = Object.assign(new Error('AADSTS700213: No matching federated identity record'), { errorNo: 700213 });
    const explained = explainTokenFailure(error, context);
    expect(explained.message).toBe(
      "Entra ID refused the token request: AADSTS700213: no federated credential on app c matches the token's subject.",
    );
    expect(explained.details.claims).toBeUndefined();
  });
});
