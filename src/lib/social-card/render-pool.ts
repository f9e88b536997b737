import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardJob } from './card-cache.ts';

/** How many worker threads render cards: one per core. */
export function defaultThreadCount(): number {
  return Math.max(1, availableParallelism());
}

/** One card to render and the cache file to write it to. */
export interface RenderTask {
  job: CardJob;
  cacheFile: string;
}

/** What a worker is sent: every task, and the index of the next one to take, shared by all workers. */
export interface RenderBatch {
  tasks: readonly RenderTask[];
  counter: SharedArrayBuffer;
}

/** What a worker sends back for each task: the time it took, or why it failed. */
export type RenderReport = { index: number; milliseconds: number; error?: undefined } | { index: number; error: string };

/** Worker threads that render cards into the cache; see startCardWorkers. */
export interface CardWorkers {
  /** Starts more threads, up to `threads` in all; new threads join the batch under way. */
  grow(threads: number): void;
  /** Starts rendering the tasks; one batch per pool. The threads do not keep the process alive. */
  render(tasks: readonly RenderTask[]): void;
  /**
   * Keeps the process alive until every card of the batch is written, then resolves with each
   * card's time; rejects with the first failure, naming the card.
   */
  finished(): Promise<number[]>;
  /** Stops the threads. */
  close(): Promise<void>;
}

/**
 * Starts `threads` workers. Each loads satori, resvg and the Latin fonts and renders one card to
 * warm up as soon as it starts, so a build can start them early. Workers take tasks from a shared
 * counter and write the files themselves, so they keep going while the main thread is busy
 * generating pages; it only counts their reports. Threads never keep the process alive except
 * while finished() is awaited, so a build that fails while they render still ends.
 */
export function startCardWorkers(threads: number): CardWorkers {
  const workers: Worker[] = [];
  let batch: RenderBatch | undefined;
  let onReport: ((report: RenderReport) => void) | undefined;
  let onFailure: ((error: Error) => void) | undefined;
  let failure: Error | undefined;
  let finished: Promise<number[]> | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    onFailure?.(error);
  };
  const grow = (count: number) => {
    while (workers.length < count) {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url))
        .on('error', fail)
        .on('message', (report: RenderReport) => onReport?.(report));
      worker.unref();
      if (batch) worker.postMessage(batch);
      workers.push(worker);
    }
  };
  grow(threads);
  return {
    grow,
    render(tasks) {
      if (batch) throw new Error('startCardWorkers: one batch per pool.');
      const milliseconds: number[] = [];
      const counter = new SharedArrayBuffer(4);
      batch = { tasks, counter };
      finished = new Promise<number[]>((resolve, reject) => {
        if (tasks.length === 0) return resolve(milliseconds);
        onFailure = reject;
        onReport = (report) => {
          if (report.error !== undefined) {
            // Other workers stop after the card they are on.
            Atomics.store(new Int32Array(counter), 0, tasks.length);
            const { job } = tasks[report.index]!;
            const source = job.image ? ` from the page's own image ${job.image} (socialImage): replace it with an image file that opens (PNG, JPEG, WebP or AVIF), or remove socialImage` : '';
            return reject(new Error(`Could not render the social card ${job.file}${source}: ${report.error}`));
          }
          milliseconds.push(report.milliseconds);
          if (milliseconds.length === tasks.length) resolve(milliseconds);
        };
        if (failure) reject(failure);
      });
      // A failure is reported by finished(); until then it must not count as unhandled.
      finished.catch(() => undefined);
      for (const worker of workers) worker.postMessage(batch);
    },
    async finished() {
      if (!finished) throw new Error('startCardWorkers: finished() before render().');
      for (const worker of workers) worker.ref();
      try {
        return await finished;
      } finally {
        for (const worker of workers) worker.unref();
      }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
