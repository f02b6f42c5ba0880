import { performance } from 'node:perf_hooks';
import type { RunProgress } from './matching-runs.repository.js';

/** At most one write per this many milliseconds, besides the forced ones (phase changes, ends of phases). */
const WRITE_EVERY_MS = 500;

/**
 * A running round's progress, merged from its steps and written through `write` now and then:
 * writes go one after another, so an older state never overwrites a newer one.
 */
export class ProgressReporter {
  private state: RunProgress = {};
  private lastWrite = Number.NEGATIVE_INFINITY;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly write: (progress: RunProgress) => Promise<void>) {}

  set(change: RunProgress, force = false): Promise<void> {
    this.state = { ...this.state, ...change };
    if (!force && performance.now() - this.lastWrite < WRITE_EVERY_MS) return this.writing;
    this.lastWrite = performance.now();
    const snapshot = this.state;
    this.writing = this.writing.then(() => this.write(snapshot));
    return this.writing;
  }
}
