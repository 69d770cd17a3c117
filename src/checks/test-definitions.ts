/**
 * Static checks of a detection's offline tests: what can be known without
 * running them (names, fixture paths, which tables they feed, whether the
 * expected entities can ever be extracted, whether the test depends on the clock).
 * `lakeguard test` runs them; these findings show up in `validate` too.
 */
import path from 'node:path';
import { identifiersIn } from '../kql/catalog.js';
import { entityMappingsOf } from '../load/entity-mappings.js';
import { externalDataUriOf, isAbsoluteOrUrl, watchlistAliasOf } from '../load/fixture-paths.js';
import { isRecord } from '../util/records.js';
import { didYouMean } from '../util/text.js';
import { defineCheck, type CheckContext } from './check.js';

const FIXTURE_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.json', '.csv']);

function checkFixturePath(context: CheckContext, at: (string | number)[], value: string): void {
  const { detection } = context;
  if (isAbsoluteOrUrl(value)) {
    context.report('LG9102', at, `Fixture path '${value}' must be relative to the detection file.`);
    return;
  }
  // The display path is relative to the repository root, so it tells whether the fixture climbs out.
  const rel = path.posix.normalize(path.posix.join(path.posix.dirname(detection.file), value.replace(/\\/g, '/')));
  if (rel === '..' || rel.startsWith('../')) {
    context.report('LG9102', at, `Fixture path '${value}' leads outside the repository.`);
    return;
  }
  if (!FIXTURE_EXTENSIONS.has(path.extname(value).toLowerCase()))
    context.report('LG9102', at, `Fixture '${value}' is not a .jsonl, .ndjson, .json or .csv file.`);
}

/** Watchlist aliases the query reads with `_GetWatchlist('alias')`, lower-cased. */
function watchlistsRead(query: string): Set<string> {
  const out = new Set<string>();
  for (const m of query.matchAll(/_GetWatchlist\s*\(\s*(['"])(.*?)\1\s*\)/g)) out.add((m[2] as string).toLowerCase());
  return out;
}

function checkDataUsed(context: CheckContext, at: (string | number)[], name: string, query: string, names: Set<string>): void {
  const alias = watchlistAliasOf(name);
  if (alias !== undefined) {
    if (!watchlistsRead(query).has(alias.toLowerCase()))
      context.report('LG9103', at, `The query does not read watchlist '${alias}'; these rows are never used.`, { at: 'key' });
    return;
  }
  const uri = externalDataUriOf(name);
  if (uri !== undefined) {
    if (!/\bexternaldata\b/i.test(query) || !query.includes(uri))
      context.report('LG9103', at, `The query reads no externaldata from '${uri}'; these rows are never used.`, { at: 'key' });
    return;
  }
  if (names.has(name)) return;
  const tables = [...names].filter((n) => context.catalog.hasTable(n) || context.catalog.hasFunction(n));
  context.report('LG9103', at, `The query does not read '${name}'; these rows are never used.${didYouMean(name, tables)}`, { at: 'key' });
}

/** Mapped identifiers per entity type, from entityMappings. */
function mappedIdentifiers(data: Record<string, unknown>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { entityType, fields } of entityMappingsOf(data)) {
    const ids = out.get(entityType) ?? new Set<string>();
    for (const f of fields) ids.add(f.identifier);
    out.set(entityType, ids);
  }
  return out;
}

function checkExpectedEntities(context: CheckContext, index: number, entities: unknown, mapped: Map<string, Set<string>>): void {
  if (!Array.isArray(entities)) return;
  entities.forEach((item, i) => {
    if (!isRecord(item)) return;
    for (const [type, ids] of Object.entries(item)) {
      const at = ['tests', index, 'expect', 'entities', i, type];
      const identifiers = mapped.get(type);
      if (!identifiers) {
        const hint = mapped.size ? ` It maps ${[...mapped.keys()].join(', ')}.` : ' It has no entity mappings.';
        context.report('LG9104', at, `The test expects a ${type} entity, but the rule maps no ${type}.${hint}`, { at: 'key' });
        continue;
      }
      if (!isRecord(ids)) continue;
      for (const id of Object.keys(ids)) {
        if (!identifiers.has(id))
          context.report(
            'LG9104',
            [...at, id],
            `The rule maps no ${type}.${id}, so the test can never see it (mapped: ${[...identifiers].join(', ') || 'none'}).`,
            { at: 'key' },
          );
      }
    }
  });
}

export const testDefinitionsCheck = defineCheck({
  name: 'test-definitions',
  rules: ['LG9101', 'LG9102', 'LG9103', 'LG9104', 'LG9105'],
  run(context) {
    const { data } = context.detection;
    if (!Array.isArray(data.tests)) return;
    const query = typeof data.query === 'string' ? data.query : '';
    const names = identifiersIn(query);
    const timeDependent = names.has('ago') || names.has('now') || typeof data.queryPeriod === 'string';
    const mapped = mappedIdentifiers(data);
    const seen = new Map<string, number>();
    data.tests.forEach((test, index) => {
      if (!isRecord(test)) return;
      if (typeof test.name === 'string') {
        const first = seen.get(test.name);
        if (first !== undefined)
          context.report('LG9101', ['tests', index, 'name'], `Another test (number ${first + 1}) is already named '${test.name}'.`);
        else seen.set(test.name, index);
      }
      if (isRecord(test.data)) {
        for (const [table, value] of Object.entries(test.data)) {
          const at = ['tests', index, 'data', table];
          if (typeof value === 'string') checkFixturePath(context, at, value);
          if (query) checkDataUsed(context, at, table, query, names);
        }
      }
      if (isRecord(test.expect)) checkExpectedEntities(context, index, test.expect.entities, mapped);
      if (timeDependent && test.now === undefined) {
        const why = typeof data.queryPeriod === 'string' ? 'the rule has a query period' : 'the query uses now() or ago()';
        context.report(
          'LG9105',
          ['tests', index, 'name'],
          `Set 'now' for this test: ${why}, so without it the result depends on the day the test runs.`,
        );
      }
    });
  },
});
