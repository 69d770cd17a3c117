/** The schedule of evaluations, its even sample, alert counting and the rate limiter, on their own. */
import { describe, expect, it } from 'vitest';
import { ALERTS_PER_RUN_CAP, alertsOf } from '../../src/backtest/alerts.js';
import { createRateLimiter } from '../../src/backtest/rate-limit.js';
import { dayOf, evaluationsPerDay, scheduleOf } from '../../src/backtest/schedule.js';

const from = new Date('2025-06-01T00:00:00Z');
const to = new Date('2025-06-08T00:00:00Z');

describe('backtest schedule', () => {
  it('every queryFrequency ending at to, none at or before from', () => {
    const s = scheduleOf(from, to, 3_600_000, 1000);
    expect(s.all).toBe(168);
    expect(s.times[0]!.toISOString()).toBe('2025-06-01T01:00:00.000Z');
    expect(s.times.at(-1)!.toISOString()).toBe('2025-06-08T00:00:00.000Z');
    expect(scheduleOf(from, to, 5 * 3_600_000, 1000).all).toBe(34);
  });

  it('samples evenly, keeping both ends', () => {
    const s = scheduleOf(from, to, 3_600_000, 48);
    expect(s.times).toHaveLength(48);
    expect(s.times[0]!.toISOString()).toBe('2025-06-01T01:00:00.000Z');
    expect(s.times.at(-1)!.toISOString()).toBe('2025-06-08T00:00:00.000Z');
    const gaps = s.times.slice(1).map((t, i) => (t.getTime() - s.times[i]!.getTime()) / 3_600_000);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(4);
  });

  it('an evaluation ending at midnight counts for the day before', () => {
    expect(dayOf(new Date('2025-06-08T00:00:00Z'))).toBe('2025-06-07');
    const perDay = evaluationsPerDay(from, to, 3_600_000);
    expect([...perDay.values()]).toEqual([24, 24, 24, 24, 24, 24, 24]);
  });
});

describe('alerts of one evaluation', () => {
  it('trigger, single alert, one per result up to the cap', () => {
    const rule = { triggerOperator: 'gt', triggerThreshold: 2 };
    expect(alertsOf(rule, 2)).toBe(0);
    expect(alertsOf(rule, 9)).toBe(1);
    const perResult = { ...rule, eventGroupingSettings: { aggregationKind: 'AlertPerResult' } };
    expect(alertsOf(perResult, 9)).toBe(9);
    expect(alertsOf(perResult, 1000)).toBe(ALERTS_PER_RUN_CAP);
    expect(ALERTS_PER_RUN_CAP).toBe(150);
  });
});

describe('rate limiter', () => {
  it('lets at most N starts into any minute', async () => {
    let now = 0;
    const limiter = createRateLimiter({
      perMinute: 45,
      clock: () => now,
      sleep: async (ms) => {
        now += ms;
      },
    });
    const at: number[] = [];
    await Promise.all(Array.from({ length: 100 }, () => limiter.acquire().then(() => at.push(now))));
    expect(at.filter((t) => t === 0)).toHaveLength(45);
    expect(at.filter((t) => t === 60_000)).toHaveLength(45);
    expect(at.filter((t) => t === 120_000)).toHaveLength(10);
    for (let i = 0; i + 45 < at.length; i++) expect(at[i + 45]! - at[i]!).toBeGreaterThanOrEqual(60_000);
  });
});
