/**
 * Preloaded into the app the places benchmark starts (`node --expose-gc --import <this>`): on the
 * message "measure" it collects garbage and answers with the process's memory, so the figure is
 * what the app keeps, not what it has not yet freed; on "sample" it answers without collecting,
 * so the figure is what the process holds at that moment, as the operating system sees it.
 */
import { getHeapStatistics } from 'node:v8';

export interface MemoryReport {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** V8's own count of what it has reserved (code space, maps…), beside the JS heap. */
  totalHeapSize: number;
}

process.on('message', (message) => {
  if (message !== 'measure' && message !== 'sample') return;
  if (message === 'measure') (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  const report: MemoryReport = { rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external, arrayBuffers: usage.arrayBuffers, totalHeapSize: getHeapStatistics().total_heap_size };
  process.send?.(report);
});
