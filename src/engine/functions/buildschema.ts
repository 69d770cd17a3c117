/**
 * buildschema(DynamicExpr): the minimal schema admitting every value (Kusto docs, "Schema
 * model"): a property bag is a container of its keys, an array the container
 * {"`indexer`": item type}, a primitive its type name (`long`, `double`, `string`, `bool`);
 * a key of several types is the union array of them, in order of first appearance, and
 * one type is the type itself. Keys keep their order of first appearance.
 * Refused where the docs say nothing or the engine cannot tell: nulls inside a value, an
 * empty array with no items seen, a key that is both an array and a bag, integer-like keys,
 * and strings in the form the engine gives datetimes, timespans or guids inside dynamic
 * values (Kusto types those as datetime/timespan/guid, a parsed JSON string as string).
 * A number is `long` when it is whole and `double` otherwise: dynamic values here do not
 * keep whether a whole number was written `3` or `3.0`.
 */
import { Unsupported } from '../refusal.js';
import { bagEntries, type Dynamic, type Value } from '../values.js';
import type { AggregateFunction } from './aggregate.js';

/** A union of types: primitive names, at most one bag container, at most one array container. */
interface Union {
  order: ('bag' | 'array' | string)[];
  bag?: Map<string, Union>;
  items?: Union;
}

const emptyUnion = (): Union => ({ order: [] });

const DATETIME_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/;
const TIMESPAN_TEXT = /^-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d{1,7})?$/;
const GUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function note(union: Union, kind: string): void {
  if (!union.order.includes(kind)) union.order.push(kind);
}

function add(union: Union, value: Dynamic): void {
  if (value === null) throw new Unsupported('buildschema() of a value holding null');
  if (Array.isArray(value)) {
    if (union.bag) throw new Unsupported('buildschema() of a key that is both an array and a property bag');
    note(union, 'array');
    union.items ??= emptyUnion();
    for (const item of value) add(union.items, item);
    return;
  }
  if (typeof value === 'object') {
    if (union.items) throw new Unsupported('buildschema() of a key that is both an array and a property bag');
    note(union, 'bag');
    union.bag ??= new Map();
    for (const [key, v] of bagEntries(value)) {
      let inner = union.bag.get(key);
      if (!inner) union.bag.set(key, (inner = emptyUnion()));
      add(inner, v);
    }
    return;
  }
  if (typeof value === 'boolean') return note(union, 'bool');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Unsupported('buildschema() of a non-finite number');
    return note(union, Number.isInteger(value) ? 'long' : 'double');
  }
  if (typeof value === 'string') {
    if (DATETIME_TEXT.test(value) || TIMESPAN_TEXT.test(value) || GUID_TEXT.test(value))
      throw new Unsupported('buildschema() of a string that may be a datetime, timespan or guid');
    return note(union, 'string');
  }
  throw new Unsupported('buildschema() of this value');
}

function schemaOf(union: Union): Dynamic {
  const types = union.order.map((kind): Dynamic => {
    if (kind === 'bag') {
      const container: { [key: string]: Dynamic } = {};
      for (const [key, inner] of union.bag!) container[key] = schemaOf(inner);
      return container;
    }
    if (kind === 'array') {
      if (union.items!.order.length === 0) throw new Unsupported('buildschema() of arrays that are all empty');
      return { '`indexer`': schemaOf(union.items!) };
    }
    return kind;
  });
  return types.length === 1 ? types[0]! : types;
}

export const BUILDSCHEMA: AggregateFunction = {
  name: 'buildschema',
  create: (_resultType, argTypes) => {
    if (argTypes[0] !== 'dynamic') throw new Unsupported(`buildschema() of a ${argTypes[0]} value`);
    const union = emptyUnion();
    return {
      add([v]: Value[]) {
        // A null row is no value to admit.
        if (v === null || v === undefined) return;
        add(union, v as Dynamic);
      },
      result: () => (union.order.length === 0 ? null : schemaOf(union)),
    };
  },
};
