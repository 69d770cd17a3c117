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
