/**
 * SARIF 2.1.0 reporter for GitHub code scanning (`github/codeql-action/upload-sarif`)
 * and any other SARIF consumer.
 *
 * - One run; `automationDetails.id` is `lakeguard/<command>/` (the category).
 * - `tool.driver.rules` holds only the rules some result uses, sorted by id, so the
 *   log stays small and `ruleIndex` values are stable for a given set of results;
 *   the full rule table lives in `docs/checks/` and is linked from `helpUri`.
 * - Every result has a location: findings without a usable position point at line 1,
 *   column 1 of their file; failed/errored offline tests point at the test's line.
 * - At most {@link SARIF_MAX_RESULTS} results (GitHub's per-run limit): the most
 *   severe are kept and `run.properties` says how many were dropped.
 * - Fingerprints: see {@link fingerprintOf}.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReportContext } from '../context.js';
import {
  compareFindings,
  LEVEL_RANK,
  type DetectionResult,
  type Finding,
  type Level,
  type RuleMeta,
  type RunResult,
} from '../../model/result.js';
import { sortedResult } from './json.js';
import { TEST_ERROR_RULE_ID, TEST_FAILED_RULE_ID, TEST_RULES } from '../../offline/test-rules.js';

/** `$schema` of the log. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub code scanning accepts at most this many results per run. */
export const SARIF_MAX_RESULTS = 25_000;
/** The uriBaseId every artifact location is relative to. */
export const SRCROOT = '%SRCROOT%';
/**
 * Key of lakeguard's fingerprint in `partialFingerprints`. It is the key GitHub
 * code scanning matches alerts on; upload-sarif computes a line-content hash only
 * when the key is absent; when present it keeps ours, logging a warning for each
 * result whose line-content hash differs ("inconsistent fingerprint value").
 */
export const FINGERPRINT_KEY = 'primaryLocationLineHash';

/** Options of {@link sarifReporter}. */
export interface SarifOptions {
  /** Maximum number of results in the run; default {@link SARIF_MAX_RESULTS}. */
  maxResults?: number;
}

/** One result before it becomes SARIF: a finding, or a failed/errored offline test. */
interface Item extends Finding {
  detection: DetectionResult;
  /** Text that identifies the result in its fingerprint (the message, or a test's name). */
  identity: string;
}

/**
 * Fingerprint of a result: the first 32 hex digits of
 * `sha256(JSON.stringify(['lakeguard/v1', ruleId, file, identity, detectionId]))`,
 * where `identity` is the finding's message exactly as reported (digits kept) or,
 * for an offline test, the test's name; then `:<n>` where n counts earlier results
 * with the same hash in file order (as GitHub's own line hashes do), so repeated
 * identical findings in one file stay distinct. Line and column are deliberately
 * left out: moving a detection's lines does not create a new alert, while a
 * different message (another column name, another technique id) does.
 */
export function fingerprintOf(ruleId: string, file: string, identity: string, detectionId: string): string {
  return createHash('sha256')
    .update(JSON.stringify(['lakeguard/v1', ruleId, file, identity, detectionId]))
    .digest('hex')
    .slice(0, 32);
}

/** Replace control characters (C0/C1 except tab and newline), which have no place in a message, with U+FFFD. */
function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** Message text: as reported, minus control characters; never empty. */
function messageText(text: string): string {
  const cleaned = clean(text).trimEnd();
  return cleaned === '' ? 'No message.' : cleaned;
}

function testItems(r: DetectionResult): Item[] {
  const items: Item[] = [];
  for (const t of r.tests) {
    if (t.status === 'passed') continue;
    const failed = t.status === 'failed';
    const what = failed ? `Offline test '${t.name}' failed` : `Offline test '${t.name}' could not run`;
    items.push({
      ruleId: failed ? TEST_FAILED_RULE_ID : TEST_ERROR_RULE_ID,
      level: 'error',
      message: t.message ? `${what}: ${t.message}` : `${what}.`,
      file: t.location?.file ?? r.file,
      line: t.location?.line ?? t.line ?? 1,
      column: t.location?.column ?? 1,
      detection: r,
      identity: t.name,
    });
  }
  return items;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

function isPositive(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}

/** A valid SARIF region for a finding; findings without a line point at 1:1. */
export function regionOf(f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Region {
  if (!isPositive(f.line)) return { startLine: 1, startColumn: 1 };
  const region: Region = { startLine: f.line, startColumn: isPositive(f.column) ? f.column : 1 };
  const endLine = f.endLine ?? f.line;
  if (!isPositive(endLine) || endLine < f.line) return region;
  if (endLine > f.line) region.endLine = endLine;
  if (isPositive(f.endColumn) && (endLine > f.line || f.endColumn >= region.startColumn)) region.endColumn = f.endColumn;
  return region;
}

/** `file:` URI of a directory, ending with `/` as SARIF requires for uriBaseIds. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Artifact location of a file: relative to the root (with `/`, percent-encoded) or, outside it, an absolute file URI. */
function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(file);
  const relative = path.relative(root, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined, helpBaseUrl: string | undefined): Record<string, unknown> {
  if (!meta) {
    // A rule id the context does not know: still give GitHub the fields it requires.
    const text = `lakeguard reported rule ${id}, which this version's rule table does not describe.`;
    return {
      id,
      shortDescription: { text: `Rule ${id}` },
      fullDescription: { text },
      help: { text, markdown: text },
      properties: { tags: ['other'] },
    };
  }
  const helpUri = helpBaseUrl ? `${helpBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(id)}.md` : undefined;
  const markdown = `**${meta.title}**\n\n${meta.help}${helpUri ? `\n\n[${id} ${meta.name}](${helpUri})` : ''}`;
  return {
    id,
    name: meta.name,
    shortDescription: { text: messageText(meta.title) },
    fullDescription: { text: messageText(meta.help) },
    help: { text: messageText(meta.help), markdown },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: meta.defaultLevel },
    properties: { tags: [meta.family] },
  };
}

/** The repository page derived from a help URL like `https://github.com/OWNER/REPO/blob/main/docs/checks`. */
function informationUri(helpBaseUrl: string | undefined): string | undefined {
  if (!helpBaseUrl) return undefined;
  const match = /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/(?:blob|tree)\//.exec(helpBaseUrl);
  return match ? match[1] : helpBaseUrl;
}

/** Render the run result as a SARIF 2.1.0 log (pretty-printed, trailing newline). */
export function sarifReporter(result: RunResult, ctx: ReportContext, options: SarifOptions = {}): string {
  const maxResults = Math.max(0, options.maxResults ?? SARIF_MAX_RESULTS);
  const root = path.resolve(ctx.root ?? process.cwd());

  const items: Item[] = [];
  for (const r of sortedResult(result).results) {
    for (const f of r.findings) items.push({ ...f, detection: r, identity: f.message });
    items.push(...testItems(r));
  }
  items.sort(compareFindings);

  // Fingerprints are computed over all results, before any are dropped, so they do not depend on the cap.
  const seen = new Map<string, number>();
  const fingerprints = items.map((item) => {
    const hash = fingerprintOf(item.ruleId, item.file, item.identity, item.detection.id);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });

  // Cap: keep the most severe, then those of failed detections, then file order.
  let kept = items.map((_, i) => i);
  const dropped: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  if (items.length > maxResults) {
    const failing = (i: number): number => (items[i]!.detection.status === 'failed' || items[i]!.detection.status === 'error' ? 0 : 1);
    const ranked = [...kept].sort((a, b) => LEVEL_RANK[items[a]!.level] - LEVEL_RANK[items[b]!.level] || failing(a) - failing(b) || a - b);
    const keep = new Set(ranked.slice(0, maxResults));
    for (const i of ranked.slice(maxResults)) dropped[items[i]!.level]++;
    kept = kept.filter((i) => keep.has(i));
  }

  const ruleIds = [...new Set(kept.map((i) => items[i]!.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const rules = ruleIds.map((id) => ruleDescriptor(id, ctx.rules.get(id) ?? TEST_RULES.get(id), ctx.helpBaseUrl));

  const results = kept.map((i) => {
    const item = items[i]!;
    return {
      ruleId: item.ruleId,
      ruleIndex: ruleIndex.get(item.ruleId)!,
      level: item.level,
      message: { text: messageText(item.message) },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(item.file, root), region: regionOf(item) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i]! },
    };
  });

  const droppedTotal = dropped.error + dropped.warning + dropped.note;
  const infoUri = informationUri(ctx.helpBaseUrl);
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lakeguard',
            ...(infoUri ? { informationUri: infoUri } : {}),
            semanticVersion: ctx.toolVersion,
            version: ctx.toolVersion,
            rules,
          },
        },
        automationDetails: { id: `lakeguard/${result.command}/` },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
        columnKind: 'utf16CodeUnits',
        results,
        ...(droppedTotal > 0
          ? { properties: { resultsLimit: maxResults, resultsDropped: droppedTotal, resultsDroppedByLevel: dropped } }
          : {}),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
