/**
 * A scheduled rule's evaluations over a past range: one every queryFrequency,
 * the last one at the end of the range, and an even sample of them when there
 * are more than the budget allows.
 */

export const DAY_MS = 86_400_000;

export interface Schedule {
  /** How many evaluations the schedule makes within (from, to]. */
  all: number;
  /** The evaluation times that are run, oldest first (all of them unless sampled). */
  times: Date[];
}

/** Evaluation times every `frequencyMs` ending at `to`, all after `from`; at most `maxRuns` of them, spread evenly. */
export function scheduleOf(from: Date, to: Date, frequencyMs: number, maxRuns: number): Schedule {
  const end = to.getTime();
  const all = Math.max(0, Math.ceil((end - from.getTime()) / frequencyMs));
  const at = (i: number): Date => new Date(end - (all - 1 - i) * frequencyMs);
  if (all <= maxRuns) return { all, times: Array.from({ length: all }, (_, i) => at(i)) };
  // Even spread that keeps both ends: index round(k·(all−1)/(maxRuns−1)).
  const picked = new Set<number>();
  for (let k = 0; k < maxRuns; k++) picked.add(maxRuns === 1 ? all - 1 : Math.round((k * (all - 1)) / (maxRuns - 1)));
  return { all, times: [...picked].sort((a, b) => a - b).map(at) };
}

/** The UTC day (YYYY-MM-DD) an evaluation counts for: the day its window ends in, so one ending at midnight counts for the day before. */
export function dayOf(t: Date): string {
  return new Date(t.getTime() - 1).toISOString().slice(0, 10);
}

/** Evaluations of the full schedule per UTC day. */
export function evaluationsPerDay(from: Date, to: Date, frequencyMs: number): Map<string, number> {
  const perDay = new Map<string, number>();
  for (let t = to.getTime(); t > from.getTime(); t -= frequencyMs) {
    const day = dayOf(new Date(t));
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  return perDay;
}
