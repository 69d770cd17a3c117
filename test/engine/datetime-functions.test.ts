// Datetime functions, written from the Kusto documentation (dayofweek-function,
// startofday/endofday…, datetime-add/diff/part-function, make-datetime/timespan-function,
// format-datetime/timespan-function, todatetime-function, scalar-data-types/datetime, unixtime_*).
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { rows, value } from './helpers.js';

describe('datetime parts', () => {
  it('dayofweek is a timespan of days since Sunday', () => {
    expect(
      rows(
        'print a = dayofweek(datetime(1947-11-30 10:00:05)), b = dayofweek(datetime(1970-05-11)), c = dayofweek(datetime(2024-02-29)), d = dayofweek(datetime(null))',
      ),
    ).toEqual([['00:00:00', '1.00:00:00', '4.00:00:00', null]]);
  });

  it('reads year, month, day, hour and day of year', () => {
    expect(
      rows(
        'let d = datetime(2016-12-31 23:10:00); print y = getyear(d), m = getmonth(d), mo = monthofyear(d), dm = dayofmonth(d), dy = dayofyear(d), h = hourofday(d)',
      ),
    ).toEqual([[2016, 12, 12, 31, 366, 23]]);
    expect(value('getyear(datetime(0001-01-01))')).toBe(1);
  });

  it('week_of_year follows ISO 8601 (week 1 holds the first Thursday)', () => {
    expect(
      rows(
        'print a = week_of_year(datetime(2017-10-30)), b = week_of_year(datetime(2021-01-01)), c = week_of_year(datetime(2020-12-31)), d = week_of_year(datetime(2018-12-31))',
      ),
    ).toEqual([[44, 53, 53, 1]]);
  });

  it('datetime_part extracts every documented part', () => {
    const r = rows(
      'let dt = datetime(2017-10-30 01:02:03.7654321); print datetime_part("year", dt), datetime_part("quarter", dt), datetime_part("month", dt), datetime_part("week_of_year", dt), datetime_part("day", dt), datetime_part("dayOfYear", dt), datetime_part("hour", dt), datetime_part("minute", dt), datetime_part("second", dt), datetime_part("millisecond", dt), datetime_part("microsecond", dt), datetime_part("nanosecond", dt)',
    );
    expect(r).toEqual([[2017, 4, 10, 44, 30, 303, 1, 2, 3, 765, 765432, 765432100]]);
    expect(value('datepart("Month", datetime(2017-10-30))')).toBe(10);
    expect(() => value('datetime_part("weekofyear", datetime(2017-10-30))')).toThrow();
  });
});

describe('start and end of day, week, month, year', () => {
  it('applies the offset in the function unit', () => {
    const r = rows(
      'range offset from -1 to 1 step 1 | project d = startofday(datetime(2017-01-01 10:10:17), offset), w = endofweek(datetime(2017-01-01 10:10:17), offset), m = endofmonth(datetime(2017-01-01 10:10:17), offset), y = startofyear(datetime(2017-01-01 10:10:17), offset)',
    );
    expect(r).toEqual([
      ['2016-12-31T00:00:00Z', '2016-12-31T23:59:59.9999999Z', '2016-12-31T23:59:59.9999999Z', '2016-01-01T00:00:00Z'],
      ['2017-01-01T00:00:00Z', '2017-01-07T23:59:59.9999999Z', '2017-01-31T23:59:59.9999999Z', '2017-01-01T00:00:00Z'],
      ['2017-01-02T00:00:00Z', '2017-01-14T23:59:59.9999999Z', '2017-02-28T23:59:59.9999999Z', '2018-01-01T00:00:00Z'],
    ]);
  });

  it('weeks start on Sunday; leap years have 29 February; null stays null', () => {
    expect(
      rows(
        'print a = startofweek(datetime(2017-01-04)), b = endofmonth(datetime(2024-02-10)), c = endofday(datetime(2024-02-10 05:00)), d = startofmonth(datetime(null)), e = startofday(datetime(1969-12-31 23:00))',
      ),
    ).toEqual([['2017-01-01T00:00:00Z', '2024-02-29T23:59:59.9999999Z', '2024-02-10T23:59:59.9999999Z', null, '1969-12-31T00:00:00Z']]);
  });
});

describe('datetime_add / datetime_diff', () => {
  it('adds calendar and fixed periods', () => {
    expect(
      rows(
        "print y = datetime_add('year', -5, make_datetime(2017,1,1)), q = datetime_add('quarter', 12, make_datetime(2017,1,1)), m = datetime_add('month', -15, make_datetime(2017,1,1)), w = datetime_add('week', 100, make_datetime(2017,1,1)), ms = datetime_add('Millisecond', 5, make_datetime(2017,1,1))",
      ),
    ).toEqual([
      ['2012-01-01T00:00:00Z', '2020-01-01T00:00:00Z', '2015-10-01T00:00:00Z', '2018-12-02T00:00:00Z', '2017-01-01T00:00:00.005Z'],
    ]);
  });

  it('refuses a month step that would clamp the day', () => {
    expect(() => value("datetime_add('month', 1, datetime(2017-01-31))")).toThrow(Unsupported);
  });

  it('counts period boundaries crossed', () => {
    const r = rows(
      "print year = datetime_diff('year',datetime(2017-01-01),datetime(2000-12-31)), quarter = datetime_diff('quarter',datetime(2017-07-01),datetime(2017-03-30)), month = datetime_diff('month',datetime(2017-01-01),datetime(2015-12-30)), week = datetime_diff('week',datetime(2017-10-29 00:00),datetime(2017-09-30 23:59)), day = datetime_diff('day',datetime(2017-10-29 00:00),datetime(2017-09-30 23:59)), hour = datetime_diff('hour',datetime(2017-10-31 01:00),datetime(2017-10-30 23:59)), second = datetime_diff('second',datetime(2017-10-30 23:00:10.100),datetime(2017-10-30 23:00:00.900)), ns = datetime_diff('nanosecond',datetime(2017-10-30 23:00:00.0000000),datetime(2017-10-30 23:00:00.0000007))",
    );
    expect(r).toEqual([[17, 2, 13, 5, 29, 2, 10, -700]]);
    expect(value("datetime_diff('day', datetime(null), now())")).toBeNull();
  });
});

describe('make_datetime / make_timespan / unixtime', () => {
  it('builds datetimes; an invalid date is null', () => {
    expect(
      rows(
        'print a = make_datetime(2017,10,01), b = make_datetime(2017,10,01,12,11,0.1234567), c = make_datetime(2017,2,29), d = make_datetime(2017,10,1,24,0)',
      ),
    ).toEqual([['2017-10-01T00:00:00Z', '2017-10-01T12:11:00.1234567Z', null, null]]);
  });

  it('builds timespans from hours and minutes or days to seconds', () => {
    expect(rows('print a = make_timespan(1, 30), b = make_timespan(1, 12, 30, 55), c = make_timespan(2, 5, 7)')).toEqual([
      ['01:30:00', '1.12:30:55', '02:05:07'],
    ]);
  });

  it('converts unix times', () => {
    expect(
      rows(
        'print a = unixtime_milliseconds_todatetime(1546300800000), b = unixtime_seconds_todatetime(1546300800), c = unixtime_microseconds_todatetime(1546300800000001), d = unixtime_nanoseconds_todatetime(1000000100), e = unixtime_seconds_todatetime(long(null))',
      ),
    ).toEqual([['2019-01-01T00:00:00Z', '2019-01-01T00:00:00Z', '2019-01-01T00:00:00.000001Z', '1970-01-01T00:00:01.0000001Z', null]]);
    // nanoseconds since 1970 are longs beyond 2^53: exact (unixtime_nanoseconds_todatetime docs)
    expect(value('unixtime_nanoseconds_todatetime(1546300800000000000)')).toBe('2019-01-01T00:00:00Z');
    expect(value('unixtime_nanoseconds_todatetime(1546300800000000100)')).toBe('2019-01-01T00:00:00.0000001Z');
    expect(() => value('unixtime_nanoseconds_todatetime(1546300800000000001)')).toThrow(Unsupported);
  });
});

describe('bin_at', () => {
  it('aligns bins to the fixed point', () => {
    expect(
      rows(
        'print a = bin_at(time(1h), 1d, 12h), b = bin_at(datetime(2017-05-15 10:20:00.0), 1d, datetime(1970-01-01 12:00:00.0)), c = bin_at(datetime(2017-05-17 10:20:00.0), 7d, datetime(2017-06-04 00:00:00.0)), d = bin_at(17, 5, 1), e = bin_at(long(null), 5, 1)',
      ),
    ).toEqual([['-12:00:00', '2017-05-14T12:00:00Z', '2017-05-14T00:00:00Z', 16, null]]);
    expect(value('bin_at(6.5, 2.5, 7)')).toBe(4.5);
  });
});

describe('format_datetime / format_timespan', () => {
  it('formats with the documented elements', () => {
    expect(
      rows(
        "let dt = datetime(2017-01-29 09:00:05.1234567); print a = format_datetime(dt,'yy-MM-dd [HH:mm:ss]'), b = format_datetime(dt, 'yyyy-M-dd [H:mm:ss]'), c = format_datetime(dt, 'yy-MM-dd [hh:mm:ss tt]'), d = format_datetime(dt, 'fff FFFFFFF'), e = format_datetime(datetime(2017-01-29 13:00), 'h tt')",
      ),
    ).toEqual([['17-01-29 [09:00:05]', '2017-1-29 [9:00:05]', '17-01-29 [09:00:05 AM]', '123 1234567', '1 PM']]);
  });

  it('refuses undocumented elements and characters', () => {
    expect(() => value("format_datetime(now(), 'MMM')")).toThrow(Unsupported);
    expect(() => value("format_datetime(now(), 'yyyy%')")).toThrow(Unsupported);
  });

  it('formats timespans', () => {
    expect(
      rows(
        "let t = time(29.09:00:05.12345); print v1 = format_timespan(t, 'dd.hh:mm:ss:FF'), v2 = format_timespan(t, 'ddd.h:mm:ss [fffffff]')",
      ),
    ).toEqual([['29.09:00:05:12', '029.9:00:05 [1234500]']]);
  });
});

describe('todatetime / totimespan / time zones', () => {
  it('parses ISO 8601 and sortable text; text without digits is null', () => {
    expect(
      rows(
        "print a = todatetime('2015-12-31 23:59:59.9'), b = todatetime('2014-05-25T08:20:03.123456Z'), c = todatetime('2014-11-08 15:05 GMT'), d = todatetime('2014-05-25T10:20:00+02:00'), e = todatetime('hello'), f = todatetime('')",
      ),
    ).toEqual([['2015-12-31T23:59:59.9Z', '2014-05-25T08:20:03.123456Z', '2014-11-08T15:05:00Z', '2014-05-25T08:20:00Z', null, null]]);
    expect(value("todatetime('2015-02-30')")).toBeNull();
  });

  it('refuses layouts it cannot read exactly', () => {
    expect(() => value("todatetime('12-02-2022 5:00 PM')")).toThrow(Unsupported);
    expect(() => value("todatetime('Sat, 8 Nov 35 15:05:02 GMT')")).toThrow(Unsupported);
  });

  it('totimespan reads clock text', () => {
    expect(rows("print a = totimespan('1.02:03:04.5'), b = totimespan('00:10'), c = totimespan('x')")).toEqual([
      ['1.02:03:04.5000000', '00:10:00', null],
    ]);
  });

  it('time zone conversion with IANA zones (documented examples)', () => {
    expect(value("datetime_utc_to_local(datetime(2020-01-01), 'UTC')")).toBe('2020-01-01T00:00:00Z');
    expect(
      rows(
        "print a = datetime_utc_to_local(datetime(2022-07-11 22:18:48.4678620), 'US/Pacific'), b = datetime_utc_to_local(datetime(2022-07-11 22:18:48.4678620), 'Australia/Canberra')",
      ),
    ).toEqual([['2022-07-11T15:18:48.467862Z', '2022-07-12T08:18:48.467862Z']]);
    expect(
      rows(
        "datatable(local_dt: datetime, tz: string) [datetime(2020-02-02 20:02:20), 'US/Pacific', datetime(2020-02-02 20:02:20), 'America/Chicago', datetime(2020-02-02 20:02:20), 'Europe/Paris'] | project datetime_local_to_utc(local_dt, tz)",
      ),
    ).toEqual([['2020-02-03T04:02:20Z'], ['2020-02-03T02:02:20Z'], ['2020-02-02T19:02:20Z']]);
  });

  it('a local time skipped by spring forward takes the later offset (documented Brussels example); one that occurs twice is refused', () => {
    expect(
      rows(
        "range Local from datetime(2022-03-27 01:00:00) to datetime(2022-03-27 04:00:00) step 1h | extend UTC = datetime_local_to_utc(Local, 'Europe/Brussels') | extend BackToLocal = datetime_utc_to_local(UTC, 'Europe/Brussels') | extend diff = Local - BackToLocal",
      ),
    ).toEqual([
      ['2022-03-27T01:00:00Z', '2022-03-27T00:00:00Z', '2022-03-27T01:00:00Z', '00:00:00'],
      ['2022-03-27T02:00:00Z', '2022-03-27T00:00:00Z', '2022-03-27T01:00:00Z', '01:00:00'],
      ['2022-03-27T03:00:00Z', '2022-03-27T01:00:00Z', '2022-03-27T03:00:00Z', '00:00:00'],
      ['2022-03-27T04:00:00Z', '2022-03-27T02:00:00Z', '2022-03-27T04:00:00Z', '00:00:00'],
    ]);
    expect(() => value("datetime_local_to_utc(datetime(2022-10-30 02:30), 'Europe/Brussels')")).toThrow(Unsupported);
    expect(() => value("datetime_utc_to_local(datetime(2020-01-01), 'Mars/Olympus')")).toThrow(Unsupported);
  });
});
