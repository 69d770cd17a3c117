/**
 * The plain explanation when there is nothing to authenticate with. In GitHub
 * Actions that almost always means the runner gave the job no OIDC token: a
 * pull request from a fork, or a job without `permissions: id-token: write`.
 */
import { readFileSync } from 'node:fs';
import type { NoCredentials } from './errors.js';

export type Env = Record<string, string | undefined>;

const LOCAL_OPTIONS =
  'set LAKEGUARD_TOKEN to a bearer token (e.g. `az account get-access-token --scope 4500ebfb-89b6-4b14-a480-7f749797bfcd/.default --query accessToken -o tsv`), ' +
  'or AZURE_CLIENT_SECRET, or AZURE_FEDERATED_TOKEN_FILE, each with AZURE_TENANT_ID and AZURE_CLIENT_ID';

export function noCredentials(env: Env): NoCredentials {
  if (env.GITHUB_ACTIONS !== 'true') {
    return { kind: 'none', reason: 'no-credentials', message: `No credentials for the Sentinel data lake: ${LOCAL_OPTIONS}.` };
  }
  const forkRepository = forkPullRequestHead(env);
  if (forkRepository !== undefined) {
    return {
      kind: 'none',
      reason: 'fork-pull-request',
      message:
        `No credentials for the Sentinel data lake: this is a pull request from the fork ${forkRepository}, and GitHub gives ` +
        'workflows of fork pull requests no OIDC token, so live queries cannot run here. They run on pushes, schedules and ' +
        'pull requests from branches of this repository.',
    };
  }
  const missing = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].filter((name) => !env[name]);
  return {
    kind: 'none',
    reason: 'missing-id-token-permission',
    message:
      `No credentials for the Sentinel data lake: the job has no GitHub OIDC token (${missing.join(' and ')} not set). ` +
      'Add `permissions: id-token: write` (and `contents: read`) to the job, and the `tenant-id` and `client-id` inputs of an ' +
      'app registration with a federated credential for this repository.',
  };
}

/** The head repository of a pull request from a fork, read from the event payload; undefined otherwise. */
function forkPullRequestHead(env: Env): string | undefined {
  const event = env.GITHUB_EVENT_NAME;
  if (event !== 'pull_request' && event !== 'pull_request_review' && event !== 'pull_request_review_comment') return undefined;
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    const payload = JSON.parse(readFileSync(path, 'utf8')) as {
      pull_request?: { head?: { repo?: { full_name?: unknown; fork?: unknown } | null }; base?: { repo?: { full_name?: unknown } } };
    };
    const head = payload.pull_request?.head?.repo;
    const base = payload.pull_request?.base?.repo?.full_name;
    // A deleted fork has no head repo: still a fork.
    if (head === null) return '(deleted fork)';
    const headName = typeof head?.full_name === 'string' ? head.full_name : undefined;
    if (headName && typeof base === 'string' && headName !== base) return headName;
    if (head?.fork === true && headName) return headName;
  } catch {
    // No readable payload: fall back to the generic explanation.
  }
  return undefined;
}
