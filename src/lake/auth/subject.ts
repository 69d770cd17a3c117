/**
 * The subject a federated identity credential in Entra must carry to accept
 * a GitHub Actions token. Entra compares it with the token's `sub` claim
 * exactly (case-sensitive), so the answer is the token's own `sub`; this
 * module names which kind of subject it is and builds GitHub's default form
 * when only the other claims are known.
 *
 * GitHub's default subject formats:
 *   repo:OWNER/REPO:environment:NAME        (job uses an environment)
 *   repo:OWNER/REPO:pull_request            (pull_request event, no environment)
 *   repo:OWNER/REPO:ref:refs/heads/BRANCH   (branch)
 *   repo:OWNER/REPO:ref:refs/tags/TAG       (tag)
 * Organisations can customise the template (e.g. add repository_owner_id or
 * job_workflow_ref); then only the literal `sub` works.
 */
import type { TokenClaims } from './jwt.js';

export type SubjectKind = 'environment' | 'pull_request' | 'branch' | 'tag' | 'custom';

export interface SubjectSuggestion {
  /** The exact subject the federated credential must have. */
  subject: string;
  kind: SubjectKind;
  /** One line: which Entra "entity type" to pick, or that the template is customised. */
  advice: string;
}

const DEFAULT_FORM = /^repo:([^:]+\/[^:]+):(environment:(.+)|pull_request|ref:refs\/heads\/(.+)|ref:refs\/tags\/(.+))$/;

/** The subject to configure, from the claims of a GitHub token; undefined when nothing identifies the workflow. */
export function suggestFederatedSubject(claims: TokenClaims): SubjectSuggestion | undefined {
  const subject = claims.sub ?? defaultSubject(claims);
  if (!subject) return undefined;
  const match = DEFAULT_FORM.exec(subject);
  if (!match) {
    return {
      subject,
      kind: 'custom',
      advice: `the subject uses a customised template: add a federated credential of type "Other issuer" with subject '${subject}' exactly`,
    };
  }
  const repo = match[1]!;
  if (match[3] !== undefined)
    return suggestion(subject, 'environment', `entity type Environment, repository ${repo}, environment '${match[3]}'`);
  if (match[2] === 'pull_request') return suggestion(subject, 'pull_request', `entity type Pull request, repository ${repo}`);
  if (match[4] !== undefined) return suggestion(subject, 'branch', `entity type Branch, repository ${repo}, branch '${match[4]}'`);
  return suggestion(subject, 'tag', `entity type Tag, repository ${repo}, tag '${match[5]}'`);
}

/**
 * GitHub's default subject from the individual claims: an environment wins,
 * then a pull_request event, then the ref.
 */
export function defaultSubject(claims: Pick<TokenClaims, 'repository' | 'environment' | 'event_name' | 'ref'>): string | undefined {
  if (!claims.repository) return undefined;
  const prefix = `repo:${claims.repository}`;
  if (claims.environment) return `${prefix}:environment:${claims.environment}`;
  if (claims.event_name === 'pull_request') return `${prefix}:pull_request`;
  if (claims.ref) return `${prefix}:ref:${claims.ref}`;
  return undefined;
}

function suggestion(subject: string, kind: SubjectKind, where: string): SubjectSuggestion {
  return { subject, kind, advice: `add a federated credential with subject '${subject}' (${where}); it is case-sensitive` };
}
