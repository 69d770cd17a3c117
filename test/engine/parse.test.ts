// parse and parse-where, written from the Kusto documentation (parse-operator, parse-where-operator).
import { describe, expect, it } from 'vitest';
import { QueryError, Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

const EVENTS = `datatable(EventText:string)[
  "Event: NotifySliceRelease (resourceName=PipelineScheduler, totalSlices=27, sliceNumber=23, lockTime=02/17/2016 08:40:01, releaseTime=02/17/2016 08:40:01, previousLockTime=02/17/2016 08:39:01)",
  "Event: NotifySliceRelease (resourceName=PipelineScheduler, totalSlices=27, sliceNumber=invalid, lockTime=02/17/2016 08:40:00, releaseTime=02/17/2016 08:40:00, previousLockTime=02/17/2016 08:39:00)",
  "no match here"]`;

describe('parse (simple)', () => {
  it('extracts columns between delimiters, typed columns converted; rows that do not parse get nulls', () => {
    const r = result(
      `${EVENTS} | parse EventText with * "resourceName=" resourceName ", totalSlices=" totalSlices: long * "sliceNumber=" sliceNumber: long * "lockTime=" lockTime ", releaseTime=" releaseTime: date "," * | project resourceName, totalSlices, sliceNumber, lockTime, releaseTime`,
    );
    expect(r.columns.map((c) => c.name)).toEqual(['resourceName', 'totalSlices', 'sliceNumber', 'lockTime', 'releaseTime']);
    expect(r.rows).toEqual([
      ['PipelineScheduler', 27, 23, '02/17/2016 08:40:01', '2016-02-17T08:40:01Z'],
      ['', null, null, '', null],
      ['', null, null, '', null],
    ]);
  });

  it('delimiters are literal text, not regex, in simple mode', () => {
    expect(rows('print s = "a.b(c)" | parse s with x "(" y ")" | project x, y')).toEqual([['a.b', 'c']]);
    expect(rows('print s = "axb" | parse s with x "." y | project x, y')).toEqual([['', '']]);
  });

  it('a column can start the pattern; the last string column takes the rest', () => {
    expect(rows('print s = "key=value=more" | parse s with k "=" v | project k, v')).toEqual([['key', 'value=more']]);
  });

  it('relaxed: a typed column that does not convert is null, the others still parse', () => {
    expect(rows('print s = "n=abc, m=x" | parse kind=relaxed s with "n=" n: long ", m=" m | project n, m')).toEqual([[null, 'x']]);
    expect(rows('print s = "n=abc, m=x" | parse s with "n=" n: long ", m=" m | project n, m')).toEqual([[null, '']]);
  });

  it('parses non-string input through its string form', () => {
    expect(rows('print n = 12345 | parse n with a "3" b | project a, b')).toEqual([['12', '45']]);
  });
});

describe('parse kind=regex', () => {
  it('delimiters are regexes; string columns are greedy unless flags=U', () => {
    const q = 'print s = "name=abc, x=1, y=2" | parse kind=regex s with * "name=" v "," *';
    expect(rows(`${q} | project v`)).toEqual([['abc, x=1']]);
    expect(rows(`print s = "name=abc, x=1, y=2" | parse kind=regex flags=U s with * "NAME=" v "," * | project v`)).toEqual([['']]);
    expect(rows(`print s = "name=abc, x=1, y=2" | parse kind=regex flags=Ui s with * "NAME=" v "," * | project v`)).toEqual([['abc']]);
  });

  it('capture groups inside delimiters do not shift the columns', () => {
    expect(rows('print s = "a: 1; b: 2" | parse kind=regex s with "(a|b): " x: long "; (a|b): " y: long | project x, y')).toEqual([[1, 2]]);
  });

  it('an invalid regex is a query error', () => {
    expect(() => rows('print s = "a" | parse kind=regex s with "(" x')).toThrow(QueryError);
  });
});

describe('parse-where', () => {
  it('drops the rows that do not parse', () => {
    expect(
      rows(
        `${EVENTS} | parse-where EventText with * "totalSlices=" totalSlices: long * "sliceNumber=" sliceNumber: long * | project totalSlices, sliceNumber`,
      ),
    ).toEqual([[27, 23]]);
  });

  it('with kind=regex and flags', () => {
    expect(
      rows(`${EVENTS} | parse-where kind=regex flags=i EventText with * "RESOURCENAME=" r "," * "sliceNumber=" n: long "," * | project n`),
    ).toEqual([[23]]);
  });
});

describe('parse refusals', () => {
  it('refuses a typed non-integer column with no delimiter after it', () => {
    expect(() => rows('print s = "t=2021-01-01" | parse s with "t=" t: datetime')).toThrow(Unsupported);
  });

  it('refuses a match that stops before the end when the pattern ends with a delimiter', () => {
    expect(() => rows('print s = "a=1;rest" | parse s with "a=" a ";"')).toThrow(Unsupported);
  });
});

describe('parse-kv', () => {
  it('specified delimiters: listed keys only, first appearance, trimmed, typed', () => {
    expect(
      rows(
        "print str=\"ThreadId:458745723, Machine:Node001, Text: The service is up, Level: Info, Machine:Other\" | parse-kv str as (Text: string, ThreadId:long, Machine: string, Missing: long) with (pair_delimiter=',', kv_delimiter=':') | project Text, ThreadId, Machine, Missing",
      ),
    ).toEqual([['The service is up', 458745723, 'Node001', null]]);
  });

  it('a value ends at the pair delimiter unless quoted; quotes may be escaped', () => {
    expect(
      rows(
        "print str='name=John Doe phone=555 5555 city=New York' | parse-kv str as (name:string, phone:string, city:string) with (pair_delimiter=' ', kv_delimiter='=') | project name, phone, city",
      ),
    ).toEqual([['John', '555', 'New']]);
    expect(
      rows(
        `print str='src=10.1.1.123 failure="the remote host sent \\\\"bye!\\\\"" time=2021-01-01T10:00:54' | parse-kv str as (['time']:datetime, src:string, failure:string) with (pair_delimiter=' ', kv_delimiter='=', quote='"', escape='\\\\') | project ['time'], src, failure`,
      ),
    ).toEqual([['2021-01-01T10:00:54Z', '10.1.1.123', 'the remote host sent "bye!"']]);
    expect(
      rows(
        "print str='failure=(connection aborted) (event time)=(2021-01-01 10:00:54)' | parse-kv str as (['event time']:datetime, failure:string) with (pair_delimiter=' ', kv_delimiter='=', quote='()') | project ['event time'], failure",
      ),
    ).toEqual([['2021-01-01T10:00:54Z', 'connection aborted']]);
  });

  it('regex mode takes key and value from two groups', () => {
    expect(
      rows(
        `print str=@'["referer url: https://h.com/r?d=1", "advertiser id: 24fefbca-cf27-4d62-a623-249c2ad30c73"]' | parse-kv str as (['referer url']:string, ['advertiser id']: guid) with (regex=@'"([\\w ]+)\\s*:\\s*([^"]*)"') | project ['referer url'], ['advertiser id']`,
      ),
    ).toEqual([['https://h.com/r?d=1', '24fefbca-cf27-4d62-a623-249c2ad30c73']]);
  });

  it('refuses greedy mode and only one of the two delimiters', () => {
    expect(() => rows("print s='a=1' | parse-kv s as (a:long) with (pair_delimiter=' ', kv_delimiter='=', greedy=true)")).toThrow(
      Unsupported,
    );
    expect(() => rows("print s='a=1' | parse-kv s as (a:long) with (pair_delimiter=' ')")).toThrow(Unsupported);
  });
});

describe('parse pattern rules', () => {
  it('* after a string column is an error (documented)', () => {
    expect(() => rows('print s = "a,b" | parse s with x * "," y')).toThrow();
  });
});

describe('parse-kv without delimiters (documented examples)', () => {
  it('reads key: value pairs among other text', () => {
    const q =
      'print str="2021-01-01T10:00:34 [INFO] ThreadId:458745723, Machine:Node001, Text: Started"' +
      ' | parse-kv str as (Text: string, ThreadId:long, Machine: string) | project-away str';
    expect(rows(q)).toEqual([['Started', 458745723, 'Node001']]);
  });

  it('reads a quoted value with an escaped quote', () => {
    const q =
      String.raw`print str="2021-01-01T10:00:34 [INFO] ThreadId:458745723, Machine:Node001, Text: 'The service \\' is up'"` +
      String.raw` | parse-kv str as (Text: string, ThreadId:long, Machine: string) with (quote="'", escape='\\') | project-away str`;
    expect(rows(q)).toEqual([["The service ' is up", 458745723, 'Node001']]);
  });

  it('a missing key is null or empty; readings the docs leave open are refused', () => {
    expect(rows('print str="b=1" | parse-kv str as (a: string, b: long) | project-away str')).toEqual([['', 1]]);
    expect(() => rows('print str="a=1.5, b=x" | parse-kv str as (a: string, b: string)')).toThrow(/where the value of a ends/);
    expect(() => rows('print str="a=1 a=2" | parse-kv str as (a: string)')).toThrow(/more than once/);
    expect(() => rows('print str="a -> 1" | parse-kv str as (a: string)')).toThrow(/not followed by : or =/);
    expect(() => rows(`print str="x='hello', a: 2" | parse-kv str as (a: string) with (quote="'")`)).toThrow(/follows a quote/);
  });
});
