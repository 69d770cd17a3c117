// The scan operator (scan-operator.md): the page's examples, its matching logic, and refusals.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

const startStop = `let Events = datatable (Ts: timespan, Event: string) [
    0m, "A", 1m, "Start", 2m, "B", 3m, "D", 4m, "Stop", 6m, "C", 8m, "Start", 11m, "E", 12m, "Stop"
];
Events
| sort by Ts asc`;

describe('scan: the documented examples', () => {
  it('cumulative sum', () => {
    const q = `range x from 1 to 5 step 1
| scan declare (cumulative_x:long=0) with
(
    step s1: true => cumulative_x = x + s1.cumulative_x;
)`;
    const r = result(q);
    expect(r.columns.map((c) => `${c.name}:${c.type}`)).toEqual(['x:long', 'cumulative_x:long']);
    expect(r.rows).toEqual([
      [1, 1],
      [2, 3],
      [3, 6],
      [4, 10],
      [5, 15],
    ]);
  });

  it('cumulative sum on multiple columns with a reset condition', () => {
    const q = `range x from 1 to 5 step 1
| extend y = 2 * x
| scan declare (cumulative_x:long=0, cumulative_y:long=0) with
(
    step s1: true => cumulative_x = iff(s1.cumulative_x >= 10, x, x + s1.cumulative_x),
                     cumulative_y = iff(s1.cumulative_y >= 10, y, y + s1.cumulative_y);
)`;
    expect(rows(q)).toEqual([
      [1, 2, 1, 2],
      [2, 4, 3, 6],
      [3, 6, 6, 12],
      [4, 8, 10, 8],
      [5, 10, 5, 18],
    ]);
  });

  it('fill forward a column', () => {
    const q = `let Events = datatable (Ts: timespan, Event: string) [
    0m, "A", 1m, "", 2m, "B", 3m, "", 4m, "", 6m, "C", 8m, "", 11m, "D", 12m, ""
];
Events
| sort by Ts asc
| scan declare (Event_filled: string="") with
(
    step s1: true => Event_filled = iff(isempty(Event), s1.Event_filled, Event);
)`;
    expect(rows(q).map((r) => r.slice(1))).toEqual([
      ['A', 'A'],
      ['', 'A'],
      ['B', 'B'],
      ['', 'B'],
      ['', 'B'],
      ['C', 'C'],
      ['', 'C'],
      ['D', 'D'],
      ['', 'D'],
    ]);
  });

  it('sessions tagging (with_match_id, output=none, a step reading the previous step)', () => {
    const q = `let Events = datatable (Ts: timespan, Event: string) [
    0m, "A", 1m, "A", 2m, "B", 3m, "D", 32m, "B", 36m, "C", 38m, "D", 41m, "E", 75m, "A"
];
Events
| sort by Ts asc
| scan with_match_id=session_id declare (sessionStart: timespan) with
(
    step inSession: true => sessionStart = iff(isnull(inSession.sessionStart), Ts, inSession.sessionStart);
    step endSession output=none: Ts - inSession.sessionStart > 30m;
)`;
    const r = result(q);
    expect(r.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'Ts:timespan',
      'Event:string',
      'sessionStart:timespan',
      'session_id:long',
    ]);
    expect(r.rows).toEqual([
      ['00:00:00', 'A', '00:00:00', 0],
      ['00:01:00', 'A', '00:00:00', 0],
      ['00:02:00', 'B', '00:00:00', 0],
      ['00:03:00', 'D', '00:00:00', 0],
      ['00:32:00', 'B', '00:32:00', 1],
      ['00:36:00', 'C', '00:32:00', 1],
      ['00:38:00', 'D', '00:32:00', 1],
      ['00:41:00', 'E', '00:32:00', 1],
      ['01:15:00', 'A', '01:15:00', 2],
    ]);
  });

  it('events between Start and Stop (the walkthrough)', () => {
    const q = `${startStop}
| scan with_match_id=m_id with
(
    step s1: Event == "Start";
    step s2: Event != "Start" and Event != "Stop" and Ts - s1.Ts <= 5m;
    step s3: Event == "Stop" and Ts - s1.Ts <= 5m;
)`;
    expect(rows(q)).toEqual([
      ['00:01:00', 'Start', 0],
      ['00:02:00', 'B', 0],
      ['00:03:00', 'D', 0],
      ['00:04:00', 'Stop', 0],
      ['00:08:00', 'Start', 1],
      ['00:11:00', 'E', 1],
      ['00:12:00', 'Stop', 1],
    ]);
  });

  it('session length per user, with the partition replaced by one user (output=none then all)', () => {
    const q = `let LogsEvents = datatable(Timestamp:datetime, userID:int, EventType:string)
[
    datetime(2024-05-28 08:15:23), 1, "login",
    datetime(2024-05-28 12:30:45), 1, "logout"
];
LogsEvents
| sort by Timestamp asc
| scan declare (start: datetime, end: datetime, sessionDuration: timespan) with (
    step s1 output=none: EventType == "login" => start = Timestamp;
    step s2 output=all: EventType == "logout" => start = s1.start, end = Timestamp, sessionDuration = Timestamp - s1.start;
)
| project start, end, userID, sessionDuration`;
    expect(rows(q)).toEqual([['2024-05-28T08:15:23Z', '2024-05-28T12:30:45Z', 1, '04:15:22']]);
  });
});

describe('scan: matching logic', () => {
  it('a record can match several steps: one output row per match, last step first', () => {
    const q = `datatable(x:long) [1, 2, 3] | serialize
| scan with_match_id=m declare (tag:string) with (
    step a: true => tag = "a";
    step b: x > 1 => tag = "b";
)`;
    // x=1: a starts sequence 0. x=2: b takes sequence 0 (Check 1), then a starts sequence 1.
    // x=3: b takes sequence 1 (Check 1; sequence 0 is dropped), then a starts sequence 2.
    expect(rows(q)).toEqual([
      [1, 'a', 0],
      [2, 'b', 0],
      [2, 'a', 1],
      [3, 'b', 1],
      [3, 'a', 2],
    ]);
  });

  it("a condition reading the previous step: Check 2 uses the step's own sequence, Check 1 the previous one", () => {
    const q = `datatable(x:long) [1, 3, 2, 5] | serialize
| scan with_match_id=m declare (tag:string) with (step a: true => tag = "a"; step b: x > a.x => tag = "b";)`;
    // x=2: b's own sequence 0 has a.x=1 (Check 2 matches); sequence 1 (a.x=3) does not move.
    // x=5: sequence 1 (a.x=2) moves to b, dropping sequence 0; a starts sequence 2.
    expect(rows(q)).toEqual([
      [1, 'a', 0],
      [3, 'b', 0],
      [3, 'a', 1],
      [2, 'b', 0],
      [2, 'a', 1],
      [5, 'b', 1],
      [5, 'a', 2],
    ]);
  });

  it('keeps to the row budget', () => {
    const q = `range x from 1 to 60 step 1 | scan with (step a: true; step b: true;)`;
    expect(rows(q, { maxRows: 200 })).toHaveLength(119);
    expect(() => rows(q, { maxRows: 100 })).toThrow(/row budget of 100 rows at 1:31 \(scan\)/);
  });

  it('numbers matches from 0 and keeps the id while the first step repeats', () => {
    const q = `datatable(x:long) [1, 1, 5, 1, 5, 5] | serialize
| scan with_match_id=id with (step one: x == 1; step five: x == 5;)`;
    expect(rows(q)).toEqual([
      [1, 0],
      [1, 0],
      [5, 0],
      [1, 1],
      [5, 1],
      [5, 1],
    ]);
  });

  it('unassigned declared columns take their defaults; null defaults are null (empty for strings)', () => {
    const q = `datatable(x:long) [1, 2] | serialize
| scan declare (a:long=7, b:real, c:string, d:long) with (step s: true => d = x * 10;)`;
    expect(rows(q)).toEqual([
      [1, 7, null, '', 10],
      [2, 7, null, '', 20],
    ]);
  });

  it('an empty state reads null for input columns and the default for declared ones', () => {
    const q = `datatable(x:long, s:string) [1, "p", 2, "q"] | serialize
| scan declare (px:long=-1, ps:string="none", n:bool) with (step s1: true => px = s1.x, ps = s1.s, n = isnull(s1.x);)`;
    expect(rows(q)).toEqual([
      [1, 'p', null, '', true],
      [2, 'q', 1, 'p', false],
    ]);
  });

  it('a null condition does not match, and no input gives no rows', () => {
    expect(rows(`datatable(x:long) [1, long(null), 3] | serialize | scan with (step s: x > 1;)`)).toEqual([[3]]);
    expect(rows(`datatable(x:long) [] | serialize | scan with_match_id=m declare (c:long=0) with (step s: true => c = s.c + x;)`)).toEqual(
      [],
    );
  });

  it('output=none on every step gives no rows', () => {
    expect(rows(`range x from 1 to 3 step 1 | scan with (step s output=none: true;)`)).toEqual([]);
  });
});

describe('scan: refusals', () => {
  it('refuses rows that are not serialized', () => {
    expect(() => rows(`datatable(x:long) [1, 2] | scan with (step s: true;)`)).toThrow(/not serialized/);
  });
  it('refuses output=last (the page does not say when or where its record is output)', () => {
    expect(() => rows(`range x from 1 to 3 step 1 | scan with (step s output=last: true;)`)).toThrow(/output=last/);
  });
  it('refuses what the page leaves open', () => {
    const refused = (q: string) => expect(() => rows(q)).toThrow(Unsupported);
    // A step past the first reading its own state (absent under Check 1), or a later step.
    refused(`range x from 1 to 3 step 1 | scan with (step a: x == 1; step b: x > b.x;)`);
    refused(`range x from 1 to 3 step 1 | scan with (step a: x > b.x; step b: true;)`);
    // A bare declared column, the match id, an assignment of another type, to an input column.
    refused(`range x from 1 to 3 step 1 | scan declare (c:long=0) with (step a: true => c = c + 1;)`);
    refused(`range x from 1 to 3 step 1 | scan declare (c:real=0.0) with (step a: true => c = x;)`);
    refused(`range x from 1 to 3 step 1 | scan declare (c:real=0) with (step a: true => c = 1.0;)`);
  });
});

describe('scan: the result schema', () => {
  it('has no match id column without with_match_id; later operators see the documented columns', () => {
    expect(result(`range x from 1 to 2 step 1 | scan with (step s: true;)`).columns.map((c) => c.name)).toEqual(['x']);
    expect(rows(`range x from 1 to 2 step 1 | scan declare (d:long=-1) with (step s: true;) | extend y = x + d | project y`)).toEqual([
      [0],
      [1],
    ]);
  });
  it("refuses the binder's phantom match_id column reaching an operator that reads the whole schema", () => {
    // The language service appends match_id even without with_match_id; the page has no such column.
    expect(() => rows(`range x from 1 to 2 step 1 | scan with (step s: true;) | union (print x = 5)`)).toThrow(/with_match_id/);
    expect(() => rows(`range x from 1 to 2 step 1 | scan with (step s: true;) | project-away x`)).toThrow(Unsupported);
    expect(() => rows(`range x from 1 to 2 step 1 | scan with (step s: true;) | project match_id`)).toThrow(Unsupported);
    expect(rows(`range x from 1 to 2 step 1 | scan with_match_id=m with (step s: true;) | union (print x = 5) | project m`)).toEqual([
      [0],
      [0],
      [null],
    ]);
  });
});
