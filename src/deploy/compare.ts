/**
 * Semantic comparison of a wanted alert rule with a deployed one: ISO 8601
 * durations compare as durations (`PT60M` is `PT1H`), tactics, techniques and
 * grouping entity lists as sets, an absent value equals its default (false, '',
 * [], {}), and properties the service adds (lastModifiedUtc, …) are ignored. So a
 * rule read back unchanged compares equal and a rerun makes no write.
 */
import { parseDuration } from '../util/duration.js';
import { isRecord } from '../util/records.js';

/** Lists compared as sets (order and case of ids do not matter). */
const SET_KEYS = new Set(['tactics', 'techniques', 'subTechniques', 'groupByEntities', 'groupByAlertDetails', 'groupByCustomDetails']);

/** One differing property: its path in `properties`, the wanted and the deployed value. */
export interface PropertyChange {
  path: (string | number)[];
  wanted: unknown;
  deployed: unknown;
}

const ISO_DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/i;

function isDefault(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every(isDefault);
  return false;
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string' && ISO_DURATION.test(a) && ISO_DURATION.test(b)) {
    const x = parseDuration(a);
    const y = parseDuration(b);
    return x !== undefined && x === y;
  }
  return false;
}

function setOf(list: unknown[]): Set<string> {
  return new Set(list.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : JSON.stringify(v))));
}

/** Every property of `wanted` that the deployed `properties` do not match. */
export function diffProperties(wanted: Record<string, unknown>, deployed: Record<string, unknown>): PropertyChange[] {
  const changes: PropertyChange[] = [];
  walk(wanted, deployed, [], changes);
  return changes;
}

function walk(wanted: unknown, deployed: unknown, path: (string | number)[], changes: PropertyChange[]): void {
  if (deployed === undefined || deployed === null) {
    if (!isDefault(wanted)) changes.push({ path, wanted, deployed });
    return;
  }
  if (isRecord(wanted)) {
    if (!isRecord(deployed)) {
      changes.push({ path, wanted, deployed });
      return;
    }
    for (const [key, value] of Object.entries(wanted)) walk(value, deployed[key], [...path, key], changes);
    return;
  }
  if (Array.isArray(wanted)) {
    if (!Array.isArray(deployed)) {
      if (!(wanted.length === 0 && isDefault(deployed))) changes.push({ path, wanted, deployed });
      return;
    }
    const key = path[path.length - 1];
    if (typeof key === 'string' && SET_KEYS.has(key)) {
      const a = setOf(wanted);
      const b = setOf(deployed);
      if (a.size !== b.size || [...a].some((x) => !b.has(x))) changes.push({ path, wanted, deployed });
      return;
    }
    if (wanted.length !== deployed.length) {
      changes.push({ path, wanted, deployed });
      return;
    }
    const before = changes.length;
    const inner: PropertyChange[] = [];
    wanted.forEach((w, i) => walk(w, deployed[i], [...path, i], inner));
    if (inner.length > 0) changes.splice(before, 0, { path, wanted, deployed });
    return;
  }
  if (wanted === undefined) return;
  if (wanted === false && deployed === false) return;
  if (!sameScalar(wanted, deployed)) {
    if (isDefault(wanted) && isDefault(deployed)) return;
    changes.push({ path, wanted, deployed });
  }
}

/** `queryFrequency`, `incidentConfiguration.createIncident`, `entityMappings`. */
export function propertyName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** A value shortened for one line of a plan or a finding. */
export function shortValue(value: unknown, max = 80): string {
  const text =
    value === undefined ? '(absent)' : typeof value === 'string' ? JSON.stringify(value.replace(/\s+/g, ' ')) : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
