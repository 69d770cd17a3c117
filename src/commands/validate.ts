/** `lakeguard validate`: the static checks. */
import { detectionCommand } from './detections.js';

export const validateCommand = detectionCommand(
  'validate',
  'static checks: schema, KQL against the table schemas, entities, ATT&CK, ids, Sentinel limits',
  'Checks every detection statically — the JSON schema, the KQL against the Sentinel and Defender XDR table schemas, ' +
    'entity mappings against the columns the query outputs, ATT&CK, ids and names across files, Sentinel limits — ' +
    'and reports each finding at its line.',
);
