/**
 * The files a pull request changes: from the GitHub API (pulls.listFiles,
 * paginated), else from `git diff` between the pull request's base and head.
 * Undefined when neither can tell, so the caller checks everything rather than
 * silently checking nothing.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** GitHub lists at most this many files of a pull request. */
export const LIST_FILES_LIMIT = 3000;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha?: string;
  headSha?: string;
  /** `owner/name` of the head and base repositories (they differ for a pull request from a fork). */
  headRepo?: string;
  baseRepo?: string;
}

/** The pull request of the event that started the workflow, if it is one. */
export async function pullRequestOf(env: NodeJS.ProcessEnv = process.env): Promise<PullRequestRef | undefined> {
  if (!env.GITHUB_EVENT_PATH || !/^pull_request(_target)?$/.test(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  let payload: {
    pull_request?: {
      number?: number;
      base?: { sha?: string; repo?: { full_name?: string } };
      head?: { sha?: string; repo?: { full_name?: string } | null };
    };
    repository?: { full_name?: string };
  };
  try {
    payload = JSON.parse(await fs.readFile(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = payload.pull_request;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '').split('/');
  if (!pr || typeof pr.number !== 'number' || !owner || !repo) return undefined;
  return {
    owner,
    repo,
    number: pr.number,
    baseSha: pr.base?.sha,
    headSha: pr.head?.sha,
    headRepo: pr.head?.repo?.full_name,
    baseRepo: pr.base?.repo?.full_name,
  };
}

/** Changed paths (including the old path of renamed files) from the API; undefined on failure or too many files. */
export async function changedFilesFromApi(
  pr: PullRequestRef,
  token: string,
  apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com',
): Promise<string[] | undefined> {
  try {
    // The base URL is passed explicitly: @actions/github reads GITHUB_API_URL only once, when it loads.
    // Loaded on demand: octokit is large, and only pull-request runs need it.
    const github = await import('@actions/github');
    const octokit = github.getOctokit(token, { baseUrl: apiUrl });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    });
    if (files.length >= LIST_FILES_LIMIT) return undefined;
    return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
  } catch {
    return undefined;
  }
}

/** Changed paths from git (`base...head`, both must be in the clone); undefined when git cannot tell. */
export async function changedFilesFromGit(cwd: string, base: string, head = 'HEAD'): Promise<string[] | undefined> {
  try {
    const { stdout } = await run('git', ['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

/** How the changed files were found, for the log. */
export type ChangedFiles = { files: string[]; source: 'api' | 'git' } | { files: undefined; reason: string };

/** The pull request's changed files, from the API when a token is given, else from git. */
export async function changedFilesOfPullRequest(
  cwd: string,
  token: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChangedFiles> {
  const pr = await pullRequestOf(env);
  if (!pr) return { files: undefined, reason: 'this run is not for a pull request' };
  if (token) {
    const files = await changedFilesFromApi(pr, token, env.GITHUB_API_URL || 'https://api.github.com');
    if (files) return { files, source: 'api' };
  }
  if (pr.baseSha) {
    const files = await changedFilesFromGit(cwd, pr.baseSha, pr.headSha ?? 'HEAD');
    if (files) return { files, source: 'git' };
  }
  return {
    files: undefined,
    reason: 'the GitHub API and git could not list the changed files (fetch-depth: 0 lets git compare with the base)',
  };
}

/** A file's text at a git ref (`git show REF:path`), or undefined when it did not exist there (or git cannot tell). */
export async function fileAtRef(cwd: string, ref: string, file: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['show', `${ref}:${file}`], { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}

/** Is `ref` a commit git knows in this clone? */
export async function isCommit(cwd: string, ref: string): Promise<boolean> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}
