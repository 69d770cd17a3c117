import { describe, expect, it } from 'vitest';
import { chooseJobs, FILES_PER_WORKER, MIN_FILES_FOR_WORKERS } from '../src/pipeline/jobs.js';

describe('chooseJobs', () => {
  it('keeps to the main thread on 2 cores or fewer, whatever the work', () => {
    expect(chooseJobs(10_000, 2).jobs).toBe(1);
    expect(chooseJobs(10_000, 1).jobs).toBe(1);
  });

  it('keeps to the main thread below a few hundred files', () => {
    expect(chooseJobs(MIN_FILES_FOR_WORKERS - 1, 16).jobs).toBe(1);
    expect(chooseJobs(0, 16).jobs).toBe(1);
  });

  it('gives each worker enough files and leaves a core to the main thread', () => {
    expect(chooseJobs(MIN_FILES_FOR_WORKERS, 16).jobs).toBe(Math.floor(MIN_FILES_FOR_WORKERS / FILES_PER_WORKER));
    expect(chooseJobs(100_000, 8).jobs).toBe(7);
    expect(chooseJobs(600, 4).jobs).toBe(3);
  });

  it('does what --jobs says', () => {
    expect(chooseJobs(5, 2, 4)).toEqual({ jobs: 4, reason: '--jobs 4' });
    expect(chooseJobs(5000, 16, 1).jobs).toBe(1);
  });
});
