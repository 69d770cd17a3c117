// Aggregates whose result the Kusto docs define: buildschema(), arg_max/arg_min null handling.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

const FRUIT = `datatable(Fruit: string, Color: string, Version: int) [
    "Apple", "Red", 1,
    "Apple", "Green", int(null),
    "Banana", "Yellow", int(null),
    "Banana", "Green", int(null),
    "Pear", "Brown", 1,
    "Pear", "Green", 2,
]`;

describe('arg_max() / arg_min() null handling (documented example)', () => {
  it('a group whose expression is always null gives null and its first row', () => {
    expect(result(`${FRUIT} | summarize arg_max(Version, *) by Fruit`)).toEqual({
      columns: [
        { name: 'Fruit', type: 'string' },
        { name: 'Version', type: 'int' },
        { name: 'Color', type: 'string' },
      ],
      rows: [
        ['Apple', 1, 'Red'],
        ['Banana', null, 'Yellow'],
        ['Pear', 2, 'Green'],
      ],
    });
    expect(rows(`${FRUIT} | summarize arg_min(Version, *) by Fruit`)).toEqual([
      ['Apple', 1, 'Red'],
      ['Banana', null, 'Yellow'],
      ['Pear', 1, 'Brown'],
    ]);
    expect(rows(`${FRUIT} | summarize arg_max(Version, Color) by Fruit`)).toEqual([
      ['Apple', 1, 'Red'],
      ['Banana', null, 'Yellow'],
      ['Pear', 2, 'Green'],
    ]);
  });
});

describe('buildschema()', () => {
  it('builds the minimal schema (documented example)', () => {
    const query = `datatable(value: dynamic) [
      dynamic({"x":1, "y":3.5}),
      dynamic({"x":"somevalue", "z":[1, 2, 3]}),
      dynamic({"y":{"w":"zzz"}, "t":["aa", "bb"], "z":["foo"]})
    ] | summarize buildschema(value)`;
    const table = result(query);
    expect(table.columns).toEqual([{ name: 'schema_value', type: 'dynamic' }]);
    const schema = table.rows[0]![0];
    expect(JSON.stringify(schema)).toBe(
      '{"x":["long","string"],"y":["double",{"w":"string"}],"z":{"`indexer`":["long","string"]},"t":{"`indexer`":"string"}}',
    );
  });

  it('merges bags per key and by group; null rows are skipped', () => {
    const query = `datatable(k: string, value: dynamic) [
      "a", dynamic({"p": {"q": true}}), "a", dynamic({"p": {"r": 2}}), "a", dynamic(null), "b", dynamic(["x"])
    ] | summarize s = buildschema(value) by k`;
    expect(rows(query)).toEqual([
      ['a', { p: { q: 'bool', r: 'long' } }],
      ['b', { '`indexer`': 'string' }],
    ]);
  });

  it('refuses what the docs leave open', () => {
    const one = (v: string) => () => rows(`print v = dynamic(${v}) | summarize buildschema(v)`);
    expect(one('{"a": null}')).toThrow(Unsupported);
    expect(one('{"a": []}')).toThrow(/all empty/);
    expect(one('{"a": "2021-01-01T00:00:00.0000000Z"}')).toThrow(/datetime/);
    expect(() => rows('datatable(v: dynamic) [dynamic({"a": [1]}), dynamic({"a": {"b": 1}})] | summarize buildschema(v)')).toThrow(
      /both an array and a property bag/,
    );
  });
});
