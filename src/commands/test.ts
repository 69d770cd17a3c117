/** `lakeguard test`: the static checks, then each detection's offline tests. */
import { detectionCommand } from './detections.js';

export const testCommand = detectionCommand(
  'test',
  "static checks, then each detection's offline tests in the embedded KQL engine",
  "Runs the static checks, then each detection's tests: its query over the test's fixture rows in the embedded KQL " +
    'engine (no cluster, no credentials), judged against the expected trigger, row counts and entities.',
);
