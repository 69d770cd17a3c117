/**
 * Coverage of a set of detections: the ATT&CK techniques they list (scored by
 * the enabled detections), the data sources they read, and warnings for
 * techniques the bundled ATT&CK data marks deprecated or revoked.
 */
import { attackCatalog } from '../checks/data/attack.js';
import v18 from '../data/attack-enterprise.json' with { type: 'json' };
import v19 from '../data/attack-enterprise-v19.2.json' with { type: 'json' };
import type { Catalog } from '../kql/catalog.js';
import type { Detection } from '../load/load-detection.js';
import type { CoveredDataSource, CoveredTechnique, CoverageSection, Finding } from '../model/result.js';
import { dataSourcesOfQuery, type DataSource } from './data-sources.js';
import { COVERAGE_RULES, COVERED_TECHNIQUE_RULE_ID } from './rules.js';

interface RawAttack {
  attackVersion: string;
  tactics: { id: string; shortName: string; name: string; sentinelName: string }[];
  techniques: { id: string; name: string; tactics: string[] }[];
}

const OLDER = v18 as unknown as RawAttack;
const LATEST = v19 as unknown as RawAttack;
const TECHNIQUE_KEYS = ['relevantTechniques', 'subTechniques'] as const;
const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;

/** The ATT&CK version the layer and the tables use (the one Sentinel is aligned to). */
export const LAYER_ATTACK_VERSION = OLDER.attackVersion;

/** One detection as coverage sees it. */
export interface DetectionCoverage {
  file: string;
  id: string;
  name: string;
  enabled: boolean;
  /** Technique ids with the ATT&CK tactic short names the detection lists for them. */
  techniques: { id: string; tactics: string[] }[];
  dataSources: DataSource[];
  findings: Finding[];
}

const tacticBySentinelName = new Map<string, string[]>();
for (const t of [...OLDER.tactics, ...LATEST.tactics]) {
  const list = tacticBySentinelName.get(t.sentinelName) ?? [];
  if (!list.includes(t.shortName)) list.push(t.shortName);
  tacticBySentinelName.set(t.sentinelName, list);
}
const olderTechniques = new Map(OLDER.techniques.map((t) => [t.id, t]));
const latestTechniques = new Map(LATEST.techniques.map((t) => [t.id, t]));

/** ATT&CK tactic short names of a technique (the older bundled version first, as the layer uses it). */
function tacticsOfTechnique(id: string): string[] {
  return (olderTechniques.get(id) ?? latestTechniques.get(id))?.tactics ?? [];
}

/** What one loaded detection covers. */
export function detectionCoverage(detection: Detection, catalog: Catalog | undefined): DetectionCoverage {
  const data = detection.data;
  const attack = attackCatalog();
  const listed = new Set<string>();
  for (const t of Array.isArray(data.tactics) ? data.tactics : []) {
    if (typeof t === 'string') for (const short of tacticBySentinelName.get(t) ?? []) listed.add(short);
  }
  const techniques: DetectionCoverage['techniques'] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const key of TECHNIQUE_KEYS) {
    const list = Array.isArray(data[key]) ? (data[key] as unknown[]) : [];
    list.forEach((raw, index) => {
      if (typeof raw !== 'string') return;
      const id = raw.trim();
      if (!TECHNIQUE_ID.test(id) || seen.has(id)) return;
      const info = attack.techniques.get(id);
      if (!info) return; // unknown ids are validate's LG4002
      seen.add(id);
      techniques.push({ id, tactics: tacticsOfTechnique(id).filter((s) => listed.has(s)) });
      const where = info.deprecated ? 'deprecated' : info.revokedInLatest || info.revokedInSentinelVersion ? 'revoked' : undefined;
      if (!where) return;
      const replacement = info.replacement;
      const instead =
        replacement
          ? ` ATT&CK names ${replacement} (${attack.techniques.get(replacement)?.name ?? replacement}) instead.`
          : ' ATT&CK names no replacement; map the detection to a current technique.';
      const version = info.revokedInSentinelVersion ? attack.sentinelVersion : attack.versions.at(-1);
      const span = detection.source.locate([key, index]);
      findings.push({
        ruleId: COVERED_TECHNIQUE_RULE_ID,
        level: COVERAGE_RULES.get(COVERED_TECHNIQUE_RULE_ID)!.defaultLevel,
        message: `Covered technique ${id} (${info.name}) is ${where} in ATT&CK ${where === 'revoked' ? version : attack.versions.join('/')}.${instead}`,
        file: detection.file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
      });
    });
  }
  const query = typeof data.query === 'string' && data.query.trim() !== '' ? data.query : undefined;
  return {
    file: detection.file,
    id: typeof data.id === 'string' ? data.id : '',
    name: typeof data.name === 'string' ? data.name : detection.file,
    enabled: data.enabled !== false,
    techniques,
    dataSources: query && catalog ? dataSourcesOfQuery(query, catalog) : [],
    findings,
  };
}

/** The coverage section of the report, from every detection's coverage. */
export function coverageSection(detections: readonly DetectionCoverage[]): CoverageSection {
  const attack = attackCatalog();
  const byTechnique = new Map<string, CoveredTechnique>();
  const bySource = new Map<string, CoveredDataSource>();
  /** Tactics only disabled detections list, for techniques no enabled detection covers. */
  const disabledTactics = new Map<string, Set<string>>();
  const sorted = [...detections].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const d of sorted) {
    for (const t of d.techniques) {
      const entry = byTechnique.get(t.id) ?? {
        id: t.id,
        name: attack.techniques.get(t.id)?.name ?? t.id,
        tactics: [],
        detections: [],
        disabled: [],
      };
      (d.enabled ? entry.detections : entry.disabled).push(d.file);
      if (d.enabled) for (const s of t.tactics) if (!entry.tactics.includes(s)) entry.tactics.push(s);
      byTechnique.set(t.id, entry);
      const off = disabledTactics.get(t.id) ?? new Set<string>();
      if (!d.enabled) for (const s of t.tactics) off.add(s);
      disabledTactics.set(t.id, off);
    }
    for (const s of d.dataSources) {
      const key = `${s.kind}:${s.name}`;
      const entry = bySource.get(key) ?? { name: s.name, kind: s.kind, ...(s.unknown ? { unknown: true } : {}), detections: [] };
      if (!entry.detections.includes(d.file)) entry.detections.push(d.file);
      bySource.set(key, entry);
    }
  }
  for (const entry of byTechnique.values())
    if (entry.detections.length === 0) entry.tactics = [...(disabledTactics.get(entry.id) ?? [])];
  const techniques = [...byTechnique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const order = [...OLDER.tactics];
  for (const t of LATEST.tactics) if (!order.some((o) => o.shortName === t.shortName)) order.push(t);
  const tactics = order
    .map((t) => ({
      shortName: t.shortName,
      name: t.name,
      techniques: techniques.filter((c) => c.detections.length > 0 && tacticsCounted(c).includes(t.shortName)).length,
    }))
    .filter((t) => t.techniques > 0 || OLDER.tactics.some((o) => o.shortName === t.shortName));
  const dataSources = [...bySource.values()].sort(
    (a, b) => b.detections.length - a.detections.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return {
    attackVersion: LAYER_ATTACK_VERSION,
    detections: detections.length,
    enabled: detections.filter((d) => d.enabled).length,
    techniques,
    tactics,
    dataSources,
  };
}

/** The tactics a covered technique counts under: those the detections list, else all of its own. */
export function tacticsCounted(t: CoveredTechnique): string[] {
  return t.tactics.length > 0 ? t.tactics : tacticsOfTechnique(t.id);
}

/** Techniques covered (by an enabled detection) in `head` but not in `base`, and the reverse. */
export function coverageChange(ref: string, base: CoverageSection, head: CoverageSection): CoverageSection['change'] {
  const covered = (s: CoverageSection): Set<string> => new Set(s.techniques.filter((t) => t.detections.length > 0).map((t) => t.id));
  const before = covered(base);
  const after = covered(head);
  return {
    ref,
    gained: [...after].filter((id) => !before.has(id)).sort(),
    lost: [...before].filter((id) => !after.has(id)).sort(),
  };
}
