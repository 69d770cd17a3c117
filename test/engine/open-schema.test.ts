// Constructs real analytic rules use whose output the binder only partly types:
// the pivot plugin (pivot-plugin docs), columns of open-schema sources (ASIM
// parsers, a pivot's output), and unnamed expressions named after their column.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../src/kql/catalog.js';
import { Unsupported } from '../../src/engine/refusal.js';
import { tableFromRows } from '../../src/engine/table.js';
import { result, rows } from './helpers.js';

const T = 'datatable(k:string, s:string, n:long)["A","x",1, "A","y",2, "A","x",3]';

describe('evaluate pivot', () => {
  it('counts per value by default, grouping by every other column', () => {
    expect(result(`${T} | evaluate pivot(k)`)).toEqual({
      columns: [
        { name: 's', type: 'string' },
        { name: 'n', type: 'long' },
        { name: 'A', type: 'long' },
      ],
      rows: [
        ['x', 1, 1],
        ['y', 2, 1],
        ['x', 3, 1],
      ],
    });
  });

  it('aggregates with the given function; the aggregated column is not a group column', () => {
    expect(result(`${T} | evaluate pivot(k, sum(n))`)).toEqual({
      columns: [
        { name: 's', type: 'string' },
        { name: 'A', type: 'long' },
      ],
      rows: [
        ['x', 4],
        ['y', 2],
      ],
    });
    expect(rows(`${T} | evaluate pivot(k, make_set(n), s)`)).toEqual([
      ['x', [1, 3]],
      ['y', [2]],
    ]);
  });

  it('over no rows gives just the group columns', () => {
    expect(result(`${T} | where n > 5 | evaluate pivot(k, take_any(n), s)`)).toEqual({
      columns: [{ name: 's', type: 'string' }],
      rows: [],
    });
  });

  it('refuses several pivot values (the docs do not say in which order their columns come)', () => {
    expect(() => rows(`datatable(k:string, s:string)["A","x", "B","y"] | evaluate pivot(k)`)).toThrow(Unsupported);
  });

  it('refuses aggregates the plugin page does not list, and a value naming a group column', () => {
    expect(() => rows(`${T} | evaluate pivot(k, percentile(n, 50))`)).toThrow(Unsupported);
    expect(() => rows(`datatable(k:string, A:string)["A","x"] | evaluate pivot(k)`)).toThrow(Unsupported);
  });

  it('its value columns pass through later operators by name, with their type', () => {
    expect(result(`${T} | evaluate pivot(k, sum(n)) | project s, A`)).toEqual({
      columns: [
        { name: 's', type: 'string' },
        { name: 'A', type: 'long' },
      ],
      rows: [
        ['x', 4],
        ['y', 2],
      ],
    });
    // Expressions over it stay untyped for the binder: refused.
    expect(() => rows(`${T} | evaluate pivot(k, sum(n)) | where A > 3`)).toThrow(Unsupported);
    // A column the data does not have is refused, not invented.
    expect(() => rows(`${T} | evaluate pivot(k, sum(n)) | project s, B`)).toThrow(Unsupported);
  });
});

describe('columns of open-schema sources the binder types unknown', () => {
  const catalog = new Catalog();

  it('over no rows, a column no input has is listed and the result is empty', () => {
    const r = result(
      'imAuthentication | summarize n = count() by SrcDvcIpAddr, Type | join kind=leftouter (imAuthentication | summarize m = dcount(TargetUsername) by SrcDvcIpAddr) on SrcDvcIpAddr | project SrcDvcIpAddr, n, m',
      { catalog },
    );
    expect(r.columns.map((c) => c.name)).toEqual(['SrcDvcIpAddr', 'n', 'm']);
    expect(r.rows).toEqual([]);
  });

  it('with rows supplied, the column has the type its rows give it', () => {
    const tables = new Map([
      [
        'imAuthentication',
        tableFromRows(
          [
            { name: 'TargetUsername', type: 'string' },
            { name: 'SrcDvcIpAddr', type: 'string' },
          ],
          [
            ['alice', '203.0.113.7'],
            ['bob', '203.0.113.7'],
          ],
        ),
      ],
    ]);
    expect(result('imAuthentication | summarize n = dcount(TargetUsername) by SrcDvcIpAddr', { catalog, tables })).toEqual({
      columns: [
        { name: 'SrcDvcIpAddr', type: 'string' },
        { name: 'n', type: 'long' },
      ],
      rows: [['203.0.113.7', 2]],
    });
  });

  it('a value computed from such a column is refused, even over no rows', () => {
    // take_any over no rows is one row: its null (or empty string) depends on the type.
    expect(() => rows('imAuthentication | summarize x = take_any(SrcDvcIpAddr)', { catalog })).toThrow(Unsupported);
  });

  it('such a column never gets rows (an outer join would fill it)', () => {
    expect(() =>
      rows(`imAuthentication | summarize count() by SrcDvcIpAddr | join kind=rightouter (print SrcDvcIpAddr = 'a') on SrcDvcIpAddr`, {
        catalog,
      }),
    ).toThrow(Unsupported);
  });
});

describe('unnamed expressions named after their column', () => {
  it('extend replaces the column the name comes from; project keeps both, the second renamed', () => {
    expect(result(`print s = 3 | extend tostring(s)`)).toEqual({ columns: [{ name: 's', type: 'string' }], rows: [['3']] });
    expect(result(`print s = dynamic({"a": {"b": 1}}) | extend tostring(s.a.b)`)).toEqual({
      columns: [
        { name: 's', type: 'dynamic' },
        { name: 's_a_b', type: 'string' },
      ],
      rows: [[{ a: { b: 1 } }, '1']],
    });
    expect(result(`print s = dynamic("x") | project s, tostring(s), strlen(s)`).columns.map((c) => c.name)).toEqual([
      's',
      's1',
      'strlen_s',
    ]);
  });
});

describe('union isfuzzy=true', () => {
  it('leaves out a leg whose table does not resolve; the columns are the other legs', () => {
    expect(result(`union isfuzzy=true (NoSuchTable_CL | project-rename P = P_s), (print P = "a")`)).toEqual({
      columns: [{ name: 'P', type: 'string' }],
      rows: [['a']],
    });
  });

  it('names the columns as the binder does: a name of several types splits into <name>_<type>', () => {
    // The same legs without the unresolved one, where the binder's columns are known.
    const legs = `(print P = "a", n = 1), (datatable(P:long, m:int)[2, 3])`;
    const expected = result(`union ${legs}`);
    expect(expected.columns.map((c) => c.name)).toEqual(['P_string', 'P_long', 'n', 'm']);
    expect(result(`union isfuzzy=true (NoSuchTable_CL), ${legs}`)).toEqual(expected);
  });

  it('is an error when no leg resolves', () => {
    expect(() => rows(`union isfuzzy=true (NoSuchTable_CL), (OtherMissing_CL)`)).toThrow(/none of the isfuzzy union legs/);
  });
  it('leaves out a let-bound view over a table that does not resolve, and only for a fuzzy union', () => {
    const v = 'let V = view () { NoSuchTable_CL | extend A = 1 };';
    expect(rows(`${v} union isfuzzy=true (V), (print x = 1)`)).toEqual([[1]]);
    expect(() => rows(`${v} union (V), (print x = 1)`)).toThrow(/NoSuchTable_CL/);
    // Another refusal inside a fuzzy leg is not a missing table: it stands.
    expect(() => rows('let W = view () { print h = hash_combine(1, 2) }; union isfuzzy=true (W), (print x = 1)')).toThrow(Unsupported);
  });
});

describe('a declared function named like a catalog table', () => {
  it('shadows the table: its empty result has the function columns, as the binder sees them', () => {
    const catalog = new Catalog();
    const columns = [...(catalog.table('SigninLogs')?.columns ?? []), ['_ItemId', 'string'] as const];
    catalog.addFunction({ name: 'SigninLogs', parameters: '()', columns, origin: 'CustomFunctions/SigninLogs.json' });
    const out = result('SigninLogs | summarize earliest = arg_min(TimeGenerated, *) by UserPrincipalName', { catalog });
    expect(out.rows).toEqual([]);
    expect(out.columns.map((c) => c.name)).toContain('_ItemId');
  });
});
