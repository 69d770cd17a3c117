// The search operator (search-operator.md), its predicate-syntax table and examples over
// small ContosoSales-like tables, and let-statement.md's search over views.
import { describe, expect, it } from 'vitest';
import { QueryError, Unsupported } from '../../src/engine/refusal.js';
import { tableFromRows, type Column, type Table } from '../../src/engine/table.js';
import { parseDatetime, type Value } from '../../src/engine/values.js';
import { Catalog } from '../../src/kql/catalog.js';
import { result, rows } from './helpers.js';

const table = (columns: [string, Column['type']][], data: Value[][]): Table =>
  tableFromRows(
    columns.map(([name, type]) => ({ name, type })),
    data,
  );
const day = (text: string) => parseDatetime(text)!;

const Customers = table(
  [
    ['CityName', 'string'],
    ['CustomerKey', 'long'],
    ['FirstName', 'string'],
    ['LastName', 'string'],
  ],
  [
    ['Ballard', 16549, 'Mason', 'Green'],
    ['Bellingham', 802, 'Aaron', 'Sharma'],
    ['Seattle', 986, 'Melanie', 'Hughes'],
    ['Redmond', 10152, 'Aaron', 'Campbell'],
    ['Tacoma', 5, 'Riley', 'Smith'],
  ],
);
const Products = table(
  [
    ['ProductName', 'string'],
    ['Manufacturer', 'string'],
    ['ColorName', 'string'],
    ['ClassName', 'string'],
  ],
  [
    ['Contoso 8GB Clock & Radio MP3 Player X850 Green', 'Contoso, Ltd', 'Green', 'Deluxe'],
    ['Proseware Duplex Scanner M200 Green', 'Proseware, Inc.', 'Green', 'Regular'],
    ['Contoso Bright Light battery E20 blue', 'Contoso, Ltd', 'blue', 'Economy'],
    ['Litware 120mm Blue LED Case Fan E901 Blue', 'Litware, Inc.', 'Blue', 'Economy'],
  ],
);
const SalesTable = table(
  [
    ['DateKey', 'datetime'],
    ['SalesAmount', 'real'],
    ['CustomerName', 'string'],
  ],
  [
    [day('2021-12-13T00:00:00Z'), 446.4715, 'Riley Hughes'],
    [day('2008-05-01T00:00:00Z'), 10.5, 'Melanie Hughes'],
  ],
);
const contoso = {
  tables: new Map([
    ['Customers', Customers],
    ['Products', Products],
    ['SalesTable', SalesTable],
  ]),
};
const names = (query: string, options = contoso) => result(query, options).columns.map((c) => c.name);

describe('search: the page examples (over small ContosoSales-like tables)', () => {
  it('search "Green": a term over every column of every table, $table naming the table', () => {
    const out = result('search "Green"', contoso);
    expect(out.columns.map((c) => c.name)).toEqual([
      '$table',
      'CityName',
      'CustomerKey',
      'FirstName',
      'LastName',
      'ProductName',
      'Manufacturer',
      'ColorName',
      'ClassName',
      'DateKey',
      'SalesAmount',
      'CustomerName',
    ]);
    expect(out.rows.map((r) => [r[0], r[4] || r[5]])).toEqual([
      ['Customers', 'Green'],
      ['Products', 'Contoso 8GB Clock & Radio MP3 Player X850 Green'],
      ['Products', 'Proseware Duplex Scanner M200 Green'],
    ]);
    // A column a row's table lacks is null ('' for strings), as in an outer union.
    expect(out.rows[0]).toEqual(['Customers', 'Ballard', 16549, 'Mason', 'Green', '', '', '', '', null, null, '']);
  });

  it('search "Green" and ("Deluxe" or "Proseware")', () => {
    expect(rows('search "Green" and ("Deluxe" or "Proseware") | project $table, ProductName', contoso)).toEqual([
      ['Products', 'Contoso 8GB Clock & Radio MP3 Player X850 Green'],
      ['Products', 'Proseware Duplex Scanner M200 Green'],
    ]);
  });

  it('search in (Products) "Green": that table only, its columns', () => {
    expect(result('search in (Products) "Green"', contoso)).toEqual({
      columns: [
        { name: '$table', type: 'string' },
        { name: 'ProductName', type: 'string' },
        { name: 'Manufacturer', type: 'string' },
        { name: 'ColorName', type: 'string' },
        { name: 'ClassName', type: 'string' },
      ],
      rows: [
        ['Products', 'Contoso 8GB Clock & Radio MP3 Player X850 Green', 'Contoso, Ltd', 'Green', 'Deluxe'],
        ['Products', 'Proseware Duplex Scanner M200 Green', 'Proseware, Inc.', 'Green', 'Regular'],
      ],
    });
  });

  it('kind=case_sensitive "blue" (the default is case-insensitive)', () => {
    expect(rows('search kind=case_sensitive "blue" | project $table, ColorName', contoso)).toEqual([['Products', 'blue']]);
    expect(rows('search "blue" | project ColorName', contoso)).toEqual([['blue'], ['Blue']]);
    expect(rows('search kind=case_insensitive "blue" | project ColorName', contoso)).toEqual([['blue'], ['Blue']]);
    expect(rows('search kind=default "BLUE" | project ColorName', contoso)).toEqual([['blue'], ['Blue']]);
  });

  it('FirstName:"Aaron" or LastName:"Hughes": tables without those columns are not read, nor their columns output', () => {
    expect(result('search FirstName:"Aaron" or LastName:"Hughes"', contoso)).toEqual({
      columns: [
        { name: '$table', type: 'string' },
        { name: 'CityName', type: 'string' },
        { name: 'CustomerKey', type: 'long' },
        { name: 'FirstName', type: 'string' },
        { name: 'LastName', type: 'string' },
      ],
      rows: [
        ['Customers', 'Bellingham', 802, 'Aaron', 'Sharma'],
        ['Customers', 'Seattle', 986, 'Melanie', 'Hughes'],
        ['Customers', 'Redmond', 10152, 'Aaron', 'Campbell'],
      ],
    });
  });

  it('search "Hughes" and DateKey > datetime(2009-01-01): a term with an ordinary comparison', () => {
    expect(rows('search "Hughes" and DateKey > datetime(\'2009-01-01\') | project $table, DateKey, SalesAmount', contoso)).toEqual([
      ['SalesTable', '2021-12-13T00:00:00Z', 446.4715],
    ]);
  });
});

describe('search over let-bound views (let-statement.md)', () => {
  const views = `let Range10 = view () { range MyColumn from 1 to 10 step 1 };
let Range20 = view () { range MyColumn from 1 to 20 step 1 };
`;
  it('search MyColumn == 5 reads every view in scope; $table is the view name', () => {
    const expected = {
      columns: [
        { name: '$table', type: 'string' },
        { name: 'MyColumn', type: 'long' },
      ],
      rows: [
        ['Range10', 5],
        ['Range20', 5],
      ],
    };
    expect(result(`${views}search MyColumn == 5`)).toEqual(expected);
    expect(result(`${views}search MyColumn == 5`, { catalog: new Catalog() })).toEqual(expected);
  });

  it('a view piped into search, or named in `in`, keeps its name', () => {
    expect(rows(`${views}Range10 | search MyColumn > 8`)).toEqual([
      ['Range10', 9],
      ['Range10', 10],
    ]);
    expect(rows(`${views}search in (Range20) MyColumn == 20`)).toEqual([['Range20', 20]]);
  });

  it('a function that is not a view, or a tabular let, is not searched', () => {
    expect(rows(`let F = () { range MyColumn from 1 to 3 step 1 }; ${views}search MyColumn == 2 | count`)).toEqual([[2]]);
    expect(rows(`let X = range MyColumn from 1 to 3 step 1; ${views}search MyColumn == 2 | count`)).toEqual([[2]]);
  });

  it('tables without the column named are left out (their columns too); tables with it are read', () => {
    expect(names(`${views}search MyColumn == 5`)).toEqual(['$table', 'MyColumn']);
    const mine = table([['MyColumn', 'long']], [[5], [6]]);
    expect(rows(`${views}search MyColumn == 5`, { tables: new Map([['Mine', mine]]) })).toEqual([
      ['Mine', 5],
      ['Range10', 5],
      ['Range20', 5],
    ]);
  });
});

// The predicate-syntax table of the page, over one table.
const T = table(
  [
    ['col', 'string'],
    ['A', 'long'],
  ],
  [
    ['an error here', 1],
    ['errors', 5],
    ['the terror', 10],
    ['Lab7PC', 3],
    ['Laboratory PC', 4],
    ['ERR', 20],
    ['superr', null],
  ],
);
const one = { tables: new Map([['T', T]]) };
const cols = (query: string, options: { tables: Map<string, Table> } = one) => rows(`${query} | project col`, options).map((r) => r[0]);

describe('search predicate syntax (the page table)', () => {
  it('1 "err" is has: a whole term, case-insensitive', () => {
    expect(cols('search "err"')).toEqual(['ERR']);
    expect(cols('T | search "err"')).toEqual(cols('T | where col has "err"'));
  });

  it('2 in (T1, T2, A*): the tables listed and those the wildcard matches', () => {
    const t = (v: string) => table([['s', 'string']], [[v], ['none']]);
    const tables = new Map([
      ['T1', t('err 1')],
      ['T2', t('err 2')],
      ['Apple', t('err 3')],
      ['Avocado', t('err 4')],
      ['Banana', t('err 5')],
    ]);
    expect(rows('search in (T1, T2, A*) "err"', { tables })).toEqual([
      ['T1', 'err 1'],
      ['T2', 'err 2'],
      ['Apple', 'err 3'],
      ['Avocado', 'err 4'],
    ]);
    expect(rows('search in (A*) "none" | project $table', { tables })).toEqual([['Apple'], ['Avocado']]);
  });

  it('3 col:"err" is col has "err"; 4 col=="err" an exact match', () => {
    expect(cols('search col:"err"')).toEqual(['ERR']);
    expect(cols('search col:"err*"')).toEqual(['an error here', 'errors', 'ERR']);
    expect(cols('search col=="ERR"')).toEqual(['ERR']);
    expect(cols('search col=="err"')).toEqual([]);
  });

  it('5 "err*" is hasprefix, 6 "*err" hassuffix, 7 "*err*" contains', () => {
    expect(cols('search "err*"')).toEqual(['an error here', 'errors', 'ERR']);
    expect(cols('search "*err"')).toEqual(['ERR', 'superr']);
    expect(cols('search "*err*"')).toEqual(['an error here', 'errors', 'the terror', 'ERR', 'superr']);
    expect(cols('search kind=case_sensitive "*err*"')).toEqual(['an error here', 'errors', 'the terror', 'superr']);
  });

  it('8 "Lab*PC" is matches regex \\bLab.*PC\\b', () => {
    expect(cols('search "Lab*PC"')).toEqual(['Lab7PC', 'Laboratory PC']);
    expect(cols('search kind=case_sensitive "Lab*PC"')).toEqual(cols('T | where col matches regex @"\\bLab.*PC\\b"'));
  });

  it('9 search * is every row; 10 col matches regex', () => {
    expect(cols('search *')).toHaveLength(7);
    expect(cols('search col matches regex "^e"')).toEqual(['errors']);
  });

  it('12 "abc" and ("def" or "hij"); 13 "err" or (A>a and A<b)', () => {
    const words = table([['s', 'string']], [['abc def'], ['abc hij'], ['abc'], ['def hij']]);
    expect(rows('W | search "abc" and ("def" or "hij") | project s', { tables: new Map([['W', words]]) })).toEqual([
      ['abc def'],
      ['abc hij'],
    ]);
    expect(cols('search "err" or (A > 4 and A < 11)')).toEqual(['errors', 'the terror', 'ERR']);
    expect(cols('search not(col has "e") and "*PC"')).toEqual(['Lab7PC', 'Laboratory PC']);
  });

  it('a piped table keeps its name in $table, and every column of the result', () => {
    expect(result('T | search "superr"', one)).toEqual({
      columns: [
        { name: '$table', type: 'string' },
        { name: 'col', type: 'string' },
        { name: 'A', type: 'long' },
      ],
      rows: [['T', 'superr', null]],
    });
    expect(rows('T | search "nothing"', one)).toEqual([]);
    expect(rows('(T) | search "ERR"', one)).toEqual([['T', 'ERR', 20]]);
  });
});

describe('search: what it refuses', () => {
  it('a row from a source that is not a table or view ($table is "some system-generated name")', () => {
    expect(() => rows('T | where A > 1 | search "ERR"', one)).toThrow(Unsupported);
    expect(() => rows('let X = T; X | search "ERR"', one)).toThrow(Unsupported);
    expect(() => rows('let X = T; search in (X) "ERR"', one)).toThrow(Unsupported);
    // No row: nothing to name.
    expect(rows('T | where A > 1 | search "nothing"', one)).toEqual([]);
  });

  it('a term a non-string column could hold, when no string column decides the row', () => {
    const t = table(
      [
        ['s', 'string'],
        ['n', 'long'],
        ['d', 'dynamic'],
        ['t', 'datetime'],
      ],
      [
        ['x 123', 123, null, null],
        ['y', 123, null, null],
        ['z', null, { k: 'err' }, null],
        ['err', null, { k: 'err' }, null],
        ['w', null, {}, day('2020-01-01T00:00:00Z')],
      ],
    );
    const tables = new Map([['N', t]]);
    // Digits can be in a long's text: only rows a string column decides.
    expect(() => rows('N | search "123"', { tables })).toThrow(Unsupported);
    expect(() => rows('N | search "x"', { tables })).toThrow(/dynamic column d/);
    // A dynamic value could hold any term; an empty bag none.
    expect(() => rows('N | search "err"', { tables })).toThrow(/dynamic column d/);
    // A term refused for a row decides nothing when the other side of and/or decides alone.
    expect(rows('N | search "*err*" and s == "err" | project s', { tables })).toEqual([['err']]);
    expect(
      rows('N | search s == "z" or "*err*" | project s', {
        tables: new Map([
          [
            'N',
            table(
              [
                ['s', 'string'],
                ['d', 'dynamic'],
              ],
              [
                ['z', { k: 1 }],
                ['err', null],
              ],
            ),
          ],
        ]),
      }),
    ).toEqual([['z'], ['err']]);
    expect(() => rows('N | search "*err*" or s == "nothing"', { tables })).toThrow(/dynamic column d/);
    // A datetime's text holds no 'w', a long's no letter; but it holds digits.
    const w = table(
      [
        ['s', 'string'],
        ['d', 'dynamic'],
        ['t', 'datetime'],
      ],
      [
        ['w', {}, day('2020-01-01T00:00:00Z')],
        ['v', [], day('2020-01-01T00:00:00Z')],
      ],
    );
    expect(rows('W | search "w" | project s', { tables: new Map([['W', w]]) })).toEqual([['w']]);
    expect(() => rows('W | search "2020"', { tables: new Map([['W', w]]) })).toThrow(/datetime column t/);
  });

  it('"a*b" in the default (case-insensitive) kind where the regex case decides', () => {
    const t = table([['s', 'string']], [['Lab PC'], ['lab pc']]);
    const tables = new Map([['L', t]]);
    expect(() => rows('L | search "Lab*PC"', { tables })).toThrow(/case rule/);
    expect(rows('L | search kind=case_sensitive "Lab*PC" | project s', { tables })).toEqual([['Lab PC']]);
    expect(rows('L | search kind=case_sensitive "lab*pc" | project s', { tables })).toEqual([['lab pc']]);
  });

  it('terms whose operator the page does not give', () => {
    expect(() => rows('T | search "a*b*c"', one)).toThrow(Unsupported);
    expect(() => rows('T | search "*a*b"', one)).toThrow(Unsupported);
    expect(() => rows('T | search "*"', one)).toThrow(Unsupported);
    expect(() => rows('T | search "L.b*PC"', one)).toThrow(Unsupported);
    // has needs one alphanumeric term (as `where col has` does).
    expect(() => rows('T | search "an error"', one)).toThrow(Unsupported);
  });

  it('case-insensitive operators under kind=case_sensitive', () => {
    expect(() => rows('T | search kind=case_sensitive col has "err"', one)).toThrow(/case-insensitive operator/);
    expect(() => rows('T | search kind=case_sensitive col =~ "err"', one)).toThrow(/case-insensitive operator/);
    expect(cols('T | search kind=case_sensitive col has_cs "ERR"')).toEqual(['ERR']);
  });

  it('text outside ASCII decides nothing for has unless another column matches', () => {
    const t = table(
      [
        ['a', 'string'],
        ['b', 'string'],
      ],
      [
        ['café', 'err'],
        ['plain', 'ok'],
      ],
    );
    const tables = new Map([['U', t]]);
    expect(rows('U | search "err" | project b', { tables })).toEqual([['err']]);
    expect(() => rows('U | search "ok"', { tables })).toThrow(Unsupported);
  });

  it('with a catalog, every table the query was given must be in its scope', () => {
    const catalog = new Catalog({ builtIns: false });
    catalog.addTable({
      name: 'T',
      columns: [
        ['col', 'string'],
        ['A', 'long'],
      ],
      origin: 'test',
    });
    catalog.addTable({ name: 'Other', columns: [['x', 'string']], origin: 'test' });
    const tables = new Map([['T', T]]);
    expect(() => rows('search "ERR"', { catalog, tables })).toThrow(/not in the query's scope/);
    expect(rows('search in (T) "ERR"', { catalog, tables })).toEqual([['T', 'ERR', 20]]);
    expect(rows('T | search "ERR"', { catalog, tables })).toEqual([['T', 'ERR', 20]]);
    // A catalog table named in the query without rows is read as empty.
    expect(rows('let unused = T; search "ERR" | union Other | project $table, col, x', { catalog, tables })).toEqual([['T', 'ERR', '']]);
  });

  it('rows supplied for a function are not a table to search', () => {
    const watchlist = table([['SearchKey', 'string']], [['ERR']]);
    const tables = new Map([
      ['T', T],
      ["_GetWatchlist('vip')", watchlist],
    ]);
    expect(() => rows('search "ERR"', { tables })).toThrow(/rows supplied for _GetWatchlist/);
    expect(rows('T | search "ERR"', { tables })).toEqual([['T', 'ERR', 20]]);
  });

  it('in (*) is every table; a let-bound view it might match is refused', () => {
    expect(rows('search in (*) "ERR"', one)).toEqual([['T', 'ERR', 20]]);
    expect(() => rows('let V = view () { print s = "ERR" }; search in (*) "ERR"', one)).toThrow(/matching a let-bound view/);
  });

  it('query errors the binder reports', () => {
    expect(() => rows('T | search in (T) "x"', one)).toThrow(QueryError);
    expect(() => rows('T | search kind=foo "x"', one)).toThrow(QueryError);
    expect(() => rows('T | search nosuch:"x"', one)).toThrow(QueryError);
  });
});
