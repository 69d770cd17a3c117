// Datetime text layouts the Kusto docs list (scalar-data-types/datetime.md, Supported formats).
import { describe, expect, it } from 'vitest';
import { rows, value } from './helpers.js';

describe('documented datetime layouts', () => {
  // The docs' examples, each the same instant as its ISO form.
  const examples: [string, string][] = [
    ['Sat, 8 Nov 14 15:05:02 GMT', '2014-11-08T15:05:02Z'],
    ['Sat, 8 Nov 14 15:05:02', '2014-11-08T15:05:02Z'],
    ['Sat, 8 Nov 14 15:05', '2014-11-08T15:05:00Z'],
    ['Sat, 8 Nov 14 15:05 GMT', '2014-11-08T15:05:00Z'],
    ['8 Nov 14 15:05:02 GMT', '2014-11-08T15:05:02Z'],
    ['8 Nov 14 15:05', '2014-11-08T15:05:00Z'],
    ['Saturday, 08-Nov-14 15:05:02 GMT', '2014-11-08T15:05:02Z'],
    ['Saturday, 08-Nov-14 15:05', '2014-11-08T15:05:00Z'],
    ['08-Nov-14 15:05:02 GMT', '2014-11-08T15:05:02Z'],
    ['08-Nov-14 15:05', '2014-11-08T15:05:00Z'],
    ['2014-11-08 15:05:25 GMT', '2014-11-08T15:05:25Z'],
    ['2014-11-08T15:05 GMT', '2014-11-08T15:05:00Z'],
    ['2014-05-25T08:20:03.123456Z', '2014-05-25T08:20:03.123456Z'],
    ['2014-05-25T08:20', '2014-05-25T08:20:00Z'],
  ];

  it.each(examples)('todatetime("%s") and datetime(%s) read the same instant', (text, iso) => {
    expect(rows(`print todatetime('${text}'), datetime(${text}), datetime('${text}')`)).toEqual([[iso, iso, iso]]);
  });

  it('a numeric zone offset is applied; a date that does not exist is null for todatetime()', () => {
    expect(value("todatetime('2014-11-08 15:05 +0100')")).toBe('2014-11-08T14:05:00Z');
    expect(value("todatetime('31 Feb 14 15:05')")).toBe(null);
  });

  it('MM-DD-YYYY and MM/DD/YYYY read month first (the invariant culture); a day-first date is no date', () => {
    expect(value('datetime("01-01-2022")')).toBe('2022-01-01T00:00:00Z');
    expect(value("todatetime('03/03/2021')")).toBe('2021-03-03T00:00:00Z');
    expect(value("todatetime('12-02-2022')")).toBe('2022-12-02T00:00:00Z');
    expect(value("todatetime('02/12/2022')")).toBe('2022-02-12T00:00:00Z');
    expect(value("todatetime('31-12-2022')")).toBeNull();
  });

  it('refuses what the docs leave open: the century of years 30..49, zone names, a wrong weekday', () => {
    expect(() => value("todatetime('8 Nov 35 15:05')")).toThrow(/two-digit year/);
    expect(() => value("todatetime('8 Nov 2014 15:05 EST')")).toThrow(/time zone EST/);
    expect(() => value("todatetime('Fri, 8 Nov 14 15:05')")).toThrow(/weekday/);
    expect(value("todatetime('8 Nov 99 15:05')")).toBe('1999-11-08T15:05:00Z');
  });

  it('a datetime inside a dynamic literal (array_iff docs example 3)', () => {
    expect(
      rows(
        'print condition=dynamic(["some string value", datetime("01-01-2022"), null]), t=1, f=0 | extend res= array_iff(condition, t, f)',
      ),
    ).toEqual([[['some string value', '2022-01-01T00:00:00.0000000Z', null], 1, 0, [null, null, null]]]);
  });
});
