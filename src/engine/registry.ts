/**
 * Which constructs the engine runs: tabular operators keyed by syntax node kind,
 * scalar functions and binary operators keyed by the language service's symbols.
 * "Is this supported offline?" is a lookup here.
 */
import { BINARY_OPERATORS } from './functions/operators.js';
import { SCALAR_FUNCTIONS } from './functions/index.js';
import type { TabularOperator } from './operators/operator.js';
import { extendOperator, projectOperator } from './operators/projection.js';
import { countOperator, sortOperator, takeOperator, whereOperator } from './operators/rows.js';
import { datatableOperator, printOperator, rangeOperator } from './operators/source.js';
import { summarizeOperator } from './operators/summarize.js';
import { unionOperator } from './operators/union.js';
import { searchOperator } from './operators/search.js';
import { scanOperator } from './operators/scan.js';
import { joinOperator } from './operators/join.js';
import { AGGREGATE_FUNCTIONS } from './functions/aggregates.js';
import { parseOperator, parseWhereOperator } from './operators/parse.js';
import { parseKvOperator } from './operators/parse-kv.js';
import { evaluateOperator } from './operators/evaluate.js';
import { makeSeriesOperator } from './operators/make-series.js';
import { mvApplyOperator } from './operators/mv-apply.js';
import { partitionOperator } from './operators/partition.js';
import { mvExpandOperator } from './operators/mv-expand.js';
import { invokeOperator } from './operators/invoke.js';
import { lookupOperator } from './operators/lookup.js';
import { topNestedOperator } from './operators/top-nested.js';
import { externalDataOperator } from './operators/externaldata.js';
import {
  asOperator,
  distinctOperator,
  getSchemaOperator,
  projectByNamesOperator,
  projectAwayOperator,
  projectKeepOperator,
  projectRenameOperator,
  projectReorderOperator,
  serializeOperator,
  topOperator,
} from './operators/reshape.js';

export const TABULAR_OPERATORS: ReadonlyMap<string, TabularOperator> = new Map(
  [
    printOperator,
    externalDataOperator,
    datatableOperator,
    rangeOperator,
    whereOperator,
    takeOperator,
    countOperator,
    sortOperator,
    extendOperator,
    projectOperator,
    summarizeOperator,
    unionOperator,
    searchOperator,
    scanOperator,
    joinOperator,
    parseOperator,
    parseWhereOperator,
    parseKvOperator,
    mvExpandOperator,
    mvApplyOperator,
    partitionOperator,
    evaluateOperator,
    makeSeriesOperator,
    invokeOperator,
    lookupOperator,
    projectAwayOperator,
    projectKeepOperator,
    projectRenameOperator,
    projectReorderOperator,
    serializeOperator,
    asOperator,
    distinctOperator,
    getSchemaOperator,
    projectByNamesOperator,
    topOperator,
    topNestedOperator,
  ].map((op) => [op.kind, op]),
);

export { AGGREGATE_FUNCTIONS, BINARY_OPERATORS, SCALAR_FUNCTIONS };
export { SET_OPTIONS } from './set-options.js';
