import { describe, expect, it } from 'vitest';
import { parseDatetime, parseTimespan } from '../../src/engine/values.js';
import { DataSetAssembler, FrameReader, parseExactJson, type AssembledDataSet, type RawFrame } from '../../src/lake/client/index.js';
import { completionInfoFrame, progressiveResponse, simpleTable, v2Response } from './client-fixtures.js';

/** Read a response text fed in chunks of the given sizes (cycled). */
function readDataSet(text: string, chunkSizes: number[] = [text.length], streamRows = true): AssembledDataSet {
  const assembler = new DataSetAssembler();
  const reader = new FrameReader(
    (f, i) => assembler.onFrame(f, i),
    streamRows ? (head, rows, i) => assembler.rows(head, rows, i) : undefined,
  );
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = chunkSizes[k % chunkSizes.length]!;
    reader.push(bytes.subarray(at, at + size));
    at += size;
  }
  reader.end();
  return assembler.finish();
}

function frames(text: string, chunk = 7): RawFrame[] {
  const out: RawFrame[] = [];
  const reader = new FrameReader((f) => out.push(f));
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk));
  reader.end();
  return out;
}

const primary = (d: AssembledDataSet) => d.tables.find((t) => t.kind === 'PrimaryResult')!;

describe('v2 frame reader', () => {
  it('gives the same frames for every chunking, multi-byte characters split anywhere', () => {
    const table = { columns: simpleTable.columns, rows: ['["Zoë \\"Ω\\" 東京",3]', '["b,]}[{",1]', '["\\\\",2]'] };
    const text = v2Response(table);
    const whole = readDataSet(text);
    expect(primary(whole).rows).toEqual([
      ['Zoë "Ω" 東京', 3],
      ['b,]}[{', 1],
      ['\\', 2],
    ]);
    for (const sizes of [[1], [2, 3], [5, 1, 13], [64]]) {
      expect(readDataSet(text, sizes)).toEqual(whole);
      expect(readDataSet(text, sizes, false)).toEqual(whole);
    }
  });

  it('keeps longs beyond 2^53 exact as bigint, safe ones as numbers', () => {
    const text = v2Response({
      columns: [
        ['l', 'long'],
        ['r', 'real'],
        ['d', 'dynamic'],
      ],
      rows: [
        '[9007199254740993,12345678901234567890,{"id":-9223372036854775808,"n":1.5}]',
        '[42,1.5,null]',
        '[-9223372036854775807,"NaN",[1]]',
      ],
    });
    for (const sizes of [[text.length], [3]]) {
      const rows = primary(readDataSet(text, sizes)).rows;
      expect(rows[0]).toEqual([9007199254740993n, Number('12345678901234567890'), { id: -9223372036854775808n, n: 1.5 }]);
      expect(rows[1]).toEqual([42, 1.5, null]);
      expect(rows[2]![0]).toBe(-9223372036854775807n);
      expect(rows[2]![1]).toBeNaN();
    }
  });

  it('decodes every column type', () => {
    const text = v2Response({
      columns: [
        ['s', 'string'],
        ['i', 'int'],
        ['b', 'bool'],
        ['t', 'datetime'],
        ['ts', 'timespan'],
        ['g', 'guid'],
        ['m', 'decimal'],
        ['r', 'real'],
        ['d', 'dynamic'],
      ],
      rows: [
        '["x",1,true,"2025-01-02T03:04:05.1234567Z","1.02:03:04.5","0f8fad5b-d9cb-469f-a165-70867728950e","1.10","Infinity","[1,\\"a\\"]"]',
        '[null,null,null,null,null,null,null,"-Infinity",null]',
      ],
    });
    const rows = primary(readDataSet(text)).rows;
    expect(rows[0]).toEqual([
      'x',
      1,
      true,
      parseDatetime('2025-01-02T03:04:05.1234567Z'),
      parseTimespan('1.02:03:04.5'),
      '0f8fad5b-d9cb-469f-a165-70867728950e',
      '1.10',
      Infinity,
      // PrimaryResult dynamic is raw JSON: a string stays a string.
      '[1,"a"]',
    ]);
    expect(rows[1]).toEqual(['', null, null, null, null, null, null, -Infinity, null]);
  });

  it('parses QueryProperties dynamic text and reads completion events', () => {
    const d = readDataSet(v2Response(simpleTable));
    expect(d.tables.find((t) => t.kind === 'QueryProperties')!.rows[0]![2]).toEqual({ Visualization: null, Title: null });
    expect(d.completion).toEqual([
      expect.objectContaining({ level: 4, eventType: 'QueryResourceConsumption', payload: '{"ExecutionTime":0.25}' }),
    ]);
    expect(d.problems).toEqual([]);
  });

  it('assembles progressive fragments: DataAppend appends, DataReplace replaces', () => {
    const text = progressiveResponse(simpleTable, [
      { type: 'DataAppend', rows: ['["a",1]', '["b",2]'] },
      { type: 'DataReplace', rows: ['["c",3]'] },
      { type: 'DataAppend', rows: ['["d",4]'] },
    ]);
    for (const [sizes, stream] of [
      [[text.length], true],
      [[4], true],
      [[4], false],
    ] as const) {
      const d = readDataSet(text, [...sizes], stream);
      expect(primary(d).rows).toEqual([
        ['c', 3],
        ['d', 4],
      ]);
      expect(d.problems).toEqual([]);
    }
  });

  it('collects in-row errors, TableCompletion errors, DataSetCompletion HasErrors and Level ≤ 2 events', () => {
    const rowError =
      '{"OneApiErrors":[{"error":{"code":"LimitsExceeded","message":"m","@message":"too many (E_QUERY_RESULT_SET_TOO_LARGE)"}}]}';
    const inRow = readDataSet(v2Response({ ...simpleTable, rows: ['["a",1]', rowError] }));
    expect(primary(inRow).rows).toEqual([['a', 1]]);
    expect(inRow.problems).toEqual([expect.objectContaining({ code: 'LimitsExceeded', where: 'a row of table PrimaryResult' })]);

    const tc = readDataSet(
      progressiveResponse(
        simpleTable,
        [{ type: 'DataAppend', rows: ['["a",1]'] }],
        '"RowCount":1,"OneApiErrors":[{"error":{"code":"E","message":"boom"}}]',
      ),
    );
    expect(tc.problems).toEqual([expect.objectContaining({ code: 'E', message: 'boom' })]);

    const ds = readDataSet(v2Response(simpleTable, { completion: '{"FrameType":"DataSetCompletion","HasErrors":true,"Cancelled":false}' }));
    expect(ds.problems).toEqual([expect.objectContaining({ code: 'HasErrors' })]);

    const qci = readDataSet(
      v2Response(simpleTable, { qci: completionInfoFrame(2, [{ level: 2, status: 'LimitsExceeded', payload: 'E_RUNAWAY_QUERY' }]) }),
    );
    expect(qci.problems).toEqual([
      expect.objectContaining({ where: 'QueryCompletionInformation', code: 'LimitsExceeded', message: 'E_RUNAWAY_QUERY' }),
    ]);
  });

  it('rejects broken structure with a clear message', () => {
    const full = v2Response(simpleTable);
    expect(() => readDataSet('<html>Bad gateway</html>')).toThrow('not JSON');
    expect(() => readDataSet('')).toThrow('empty');
    expect(() => readDataSet(full.slice(0, full.length - 40))).toThrow(/cut off after \d complete frames/);
    expect(() => readDataSet(full + ' x')).toThrow('after the frame array');
    expect(() => readDataSet('[{"FrameType":"DataTable"}]')).toThrow('not DataSetHeader');
    expect(() => readDataSet(full.replace(',{"FrameType":"DataSetCompletion","HasErrors":false,"Cancelled":false}', ''))).toThrow(
      'no DataSetCompletion',
    );
    expect(() => readDataSet(v2Response({ ...simpleTable, rows: ['["a"]'] }))).toThrow('1 values for 2 columns');
    expect(() => readDataSet(v2Response({ ...simpleTable, rows: ['["a","3"]'] }))).toThrow('column Count (long) holds a string');
    expect(() => readDataSet(v2Response({ ...simpleTable, rows: ['["a",1.5]'] }))).toThrow('column Count (long) holds a number');
    expect(() => readDataSet(v2Response({ ...simpleTable, rows: ['"a"'] }))).toThrow('is not an array');
    expect(() => readDataSet(v2Response({ ...simpleTable, rows: ['["a",tru]'] }))).toThrow('invalid JSON in rows of frame 2');
  });

  it('reads a table whose Rows come before its Columns', () => {
    const text = v2Response(simpleTable).replace(
      /\{"FrameType":"DataTable","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult","Columns":(\[[^\]]*\]),"Rows":(\[[^{]*\])\}/,
      '{"FrameType":"DataTable","Rows":$2,"TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult","Columns":$1}',
    );
    expect(text).toContain('"DataTable","Rows"');
    expect(primary(readDataSet(text, [9])).rows).toEqual([
      ['alice', 3],
      ['bob', 1],
    ]);
  });

  it('keeps other keys and nested Rows keys intact', () => {
    const f = frames('[{"FrameType":"X","A":{"Rows":[1,2]},"Rows":[[1],[2]],"B":"Rows"}]');
    expect(f).toEqual([{ FrameType: 'X', A: { Rows: [1, 2] }, Rows: [[1], [2]], B: 'Rows' }]);
  });
});

describe('exact JSON parser', () => {
  it('agrees with JSON.parse on ordinary documents', () => {
    const docs = ['{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"],"b":{}}', '[]', '"\\"\\\\"', '0', ' [ 1 , { "k" : [ ] } ] '];
    for (const d of docs) expect(parseExactJson(d)).toEqual(JSON.parse(d));
  });
  it('gives bigints for integers beyond ±2^53 only', () => {
    expect(parseExactJson('[9007199254740991,9007199254740992,-9007199254740993,1e300]')).toEqual([
      9007199254740991,
      9007199254740992n,
      -9007199254740993n,
      1e300,
    ]);
  });
  it('rejects invalid JSON', () => {
    for (const bad of ['[1,]', '{"a"}', '"x', '[01]', 'nul']) expect(() => parseExactJson(bad)).toThrow();
  });
});

describe('v2 frame reader, chunk boundaries', () => {
  it('handles escapes, long runs and rows split at every byte position', () => {
    const text = v2Response({
      columns: [
        ['s', 'string'],
        ['l', 'long'],
        ['r', 'real'],
      ],
      rows: [
        '["a\\\\\\"b\\\\",9007199254740993,0.14285714285714285]',
        '["\\u00e9\\\\",1,12345678901234567.5]',
        '["",-9007199254740993,1e20]',
      ],
    });
    const expected = [
      ['a\\"b\\', 9007199254740993n, 0.14285714285714285],
      ['é\\', 1, Number('12345678901234567.5')],
      ['', -9007199254740993n, 1e20],
    ];
    for (let cut = 1; cut < text.length; cut++) {
      const rows = primary(readDataSet(text, [cut, text.length])).rows;
      expect(rows, `cut at ${cut}`).toEqual(expected);
    }
    expect(() => readDataSet(v2Response({ ...simpleTable, rows: ['1'] }))).toThrow('is not an array');
  });
});

describe('datetime decoding', () => {
  it('the fast path agrees with the engine parser', async () => {
    const { decodeDatetime } = await import('../../src/lake/client/decode.js');
    const samples = [
      '2025-01-01T00:00:00Z',
      '2025-01-01T23:59:59.9999999Z',
      '2024-02-29T12:34:56.5Z',
      '1969-12-31T23:59:59.123Z',
      '9999-12-31T23:59:59.1234567Z',
      '2025-02-30T00:00:00Z',
      '2025-01-01T24:00:00Z',
      '2025-01-01T00:00:60Z',
      '2025-01-01 00:00:00',
      '2025-01-01T00:00:00.Z',
      '2025-01-01T00:00:00+02:00',
      'nope',
    ];
    for (const s of samples) expect(decodeDatetime(s), s).toBe(parseDatetime(s));
    // DateTime.MinValue and other years below 100 stay in their century.
    expect(decodeDatetime('0001-01-01T00:00:00Z')).toBe(-621355968000000000n);
    expect(decodeDatetime('0099-12-31T23:59:59.5Z')).toBe(-590114592000000000n - 5_000_000n);
  });
});
