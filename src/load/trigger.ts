/**
 * A scheduled rule's trigger (`triggerOperator`, `triggerThreshold`): read in
 * any of the spellings Sentinel accepts, and applied to a result's row count.
 */

export type Trigger = { operator: 'gt' | 'lt' | 'eq' | 'ne'; threshold: number };

const OPERATOR_ALIASES: Readonly<Record<string, Trigger['operator']>> = {
  gt: 'gt',
  greaterthan: 'gt',
  lt: 'lt',
  lessthan: 'lt',
  eq: 'eq',
  equal: 'eq',
  ne: 'ne',
  notequal: 'ne',
};

/** How a trigger operator reads in messages. */
export const TRIGGER_SYMBOL: Readonly<Record<Trigger['operator'], string>> = { gt: '>', lt: '<', eq: '=', ne: '≠' };

/** A triggerOperator as written (`gt`, `GreaterThan`, …) in short form, or undefined when it is none. */
export function triggerOperatorOf(value: unknown): Trigger['operator'] | undefined {
  return typeof value === 'string' ? OPERATOR_ALIASES[value.toLowerCase()] : undefined;
}

/** The rule's trigger; a detection without one (a hunting query) fires on any row. */
export function triggerOf(data: Record<string, unknown>): Trigger {
  const operator = triggerOperatorOf(data.triggerOperator);
  const threshold = typeof data.triggerThreshold === 'number' ? data.triggerThreshold : 0;
  return { operator: operator ?? 'gt', threshold: operator ? threshold : 0 };
}

/** Does a run that returned `rows` rows raise an alert under this trigger? */
export function fires(trigger: Trigger, rows: number): boolean {
  switch (trigger.operator) {
    case 'gt':
      return rows > trigger.threshold;
    case 'lt':
      return rows < trigger.threshold;
    case 'eq':
      return rows === trigger.threshold;
    case 'ne':
      return rows !== trigger.threshold;
  }
}
