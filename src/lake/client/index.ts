/** The lake query client: the request of PROTOCOL.md, retries, the v2 frame parser, failure kinds. */
export { createLakeClient, type LakeClient } from './client.js';
export {
  queryLake,
  requestBody,
  defaultDispatcher,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_SERVER_TIMEOUT_MS,
  DEFAULT_TIMEOUT_GRACE_MS,
} from './query.js';
export { queryRefusal, resolveEndpoint, DEFAULT_LAKE_ENDPOINT } from './guards.js';
export { parseRetryAfter, backoffDelay, DEFAULT_RETRY } from './retry.js';
export { FrameReader, FrameSyntaxError, type RawFrame } from './frame-reader.js';
export { DataSetAssembler, type AssembledDataSet, type AssembledTable, type RetainRows } from './dataset.js';
export { parseExactJson, type ExactJson } from './exact-json.js';
export {
  LakeError,
  type LakeErrorKind,
  type LakeErrorDetails,
  type LakeClientOptions,
  type LakeQueryRequest,
  type LakeResult,
  type LakeColumn,
  type LakeValue,
  type CompletionEvent,
  type RetryPolicy,
  type TokenProvider,
} from './types.js';
