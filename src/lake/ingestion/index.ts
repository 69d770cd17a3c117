/** Hunt records to a custom table through the Azure Monitor Logs Ingestion API. */
export {
  batchRecords,
  ingestionUrl,
  uploadRecords,
  INGESTION_API_VERSION,
  INGESTION_RETRY,
  INGESTION_SCOPE,
  MAX_CALL_BYTES,
  type Batch,
  type BatchOutcome,
  type IngestionOptions,
  type IngestionReport,
  type IngestionTarget,
} from './client.js';
export { huntRecords, workflowRunUrl, MAX_FIELD_BYTES, type HuntRecord, type RunProvenance } from './hunt-records.js';
