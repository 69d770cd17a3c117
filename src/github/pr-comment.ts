/**
 * One verdict comment per pull request: found again by its hidden marker among
 * the pull request's comments (every page), edited in place when it exists,
 * created once otherwise. A pull request from a fork, or a token without write
 * permission (403), gets the job summary only, with a notice.
 */
import type { RunResult } from '../model/result.js';
import { TOOL_VERSION } from '../version.js';
import { VERDICT_MARKER, verdictMarkdown } from '../report/verdict.js';
import { pullRequestOf, type PullRequestRef } from './changed-files.js';

export type CommentOutcome =
  | { kind: 'created'; id: number; url?: string }
  | { kind: 'updated'; id: number; url?: string }
  | { kind: 'forbidden'; status: number; message: string };

/** Create or update the comment holding `marker` on issue/pull request `pr`. */
export async function upsertComment(
  pr: Pick<PullRequestRef, 'owner' | 'repo' | 'number'>,
  body: string,
  token: string,
  apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com',
  marker = VERDICT_MARKER,
): Promise<CommentOutcome> {
  // The base URL is passed explicitly: @actions/github reads GITHUB_API_URL only once, when it loads.
  // Loaded on demand: octokit is large, and only pull-request runs need it.
  const github = await import('@actions/github');
  const octokit = github.getOctokit(token, { baseUrl: apiUrl });
  const where = { owner: pr.owner, repo: pr.repo };
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: pr.number, per_page: 100 });
    const mine = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
    if (mine) {
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: mine.id, body });
      return { kind: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
    return { kind: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    // 403: the token may not write (a fork's read-only token, no pull-requests: write); 404: it may not even see the pull request.
    if (status === 403 || status === 404)
      return { kind: 'forbidden', status, message: String((error as Error).message ?? '').split('\n')[0] ?? '' };
    throw error;
  }
}

/** Where the verdict step reports to (the action's notice and info lines). */
export interface VerdictLog {
  info: (line: string) => void;
  notice: (line: string) => void;
  warning: (line: string) => void;
}

/** What the step did, for tests and the log. */
export type VerdictOutcome = CommentOutcome | { kind: 'skipped'; reason: string };

/**
 * The verdict step of the action: on a pull request, keep the one verdict comment
 * current. Never fails the step: a comment that cannot be written is a notice or
 * a warning, and the job summary still carries the whole report.
 */
export async function publishVerdict(
  result: RunResult,
  token: string | undefined,
  log: VerdictLog,
  env: NodeJS.ProcessEnv = process.env,
): Promise<VerdictOutcome> {
  const pr = await pullRequestOf(env);
  if (!pr) {
    const reason = 'this run is not for a pull request';
    log.info(`pr-comment: skipped, ${reason}.`);
    return { kind: 'skipped', reason };
  }
  const summaryOnly = 'the verdict is in the job summary only';
  if (pr.headRepo && pr.baseRepo && pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase()) {
    const reason = `pull request #${pr.number} comes from the fork ${pr.headRepo}, whose token may not comment on ${pr.baseRepo}`;
    log.notice(`pr-comment: ${reason}; ${summaryOnly}.`);
    return { kind: 'skipped', reason };
  }
  if (!token) {
    const reason = 'no github-token to write with';
    log.notice(`pr-comment: ${reason}; ${summaryOnly}.`);
    return { kind: 'skipped', reason };
  }
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const body = verdictMarkdown(result, { commit: pr.headSha ?? env.GITHUB_SHA, workflowRunUrl: runUrl, toolVersion: TOOL_VERSION });
  let outcome: CommentOutcome;
  try {
    outcome = await upsertComment(pr, body, token, env.GITHUB_API_URL || 'https://api.github.com');
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    log.warning(
      `pr-comment: the verdict comment could not be written${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${String((error as Error)?.message ?? error).split('\n')[0]}; ${summaryOnly}.`,
    );
    return { kind: 'skipped', reason: 'the GitHub API failed' };
  }
  if (outcome.kind === 'forbidden') {
    log.notice(
      `pr-comment: the token may not comment on pull request #${pr.number} (HTTP ${outcome.status}; the workflow needs permissions: pull-requests: write, and pull requests from forks get a read-only token); ${summaryOnly}.`,
    );
  } else {
    log.info(`pr-comment: verdict comment ${outcome.kind}${outcome.url ? ` (${outcome.url})` : ''}.`);
  }
  return outcome;
}
