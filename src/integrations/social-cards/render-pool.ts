import { availableParallelism } from 'node:os';
import path from 'node:path';
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
export type RenderReport =
  { index: number; milliseconds: number; error?: undefined } | { index: number; stage: 'render' | 'write'; error: string };

/** What a user reads when a card fails: which card, from which file, and what to do. */
function failureMessage(task: RenderTask, stage: 'render' | 'write', error: string): string {
  if (stage === 'write')
    return `Could not write the social card ${task.job.file} into the cache folder ${path.dirname(task.cacheFile)}: ${error}. Check that the disk has room and the folder can be written.`;
  if (task.job.image)
    return `Could not make the social card ${task.job.file} from the page's own image ${task.job.image} (socialImage): ${error}. Replace it with an image file that opens (PNG, JPEG, WebP or AVIF), or remove socialImage.`;
  return `Could not render the social card ${task.job.file}: ${error}`;
}

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
    failure ??= new Error(`A social-card worker thread stopped: ${error.message}`, { cause: error });
    onFailure?.(failure);
  };
  // A thread that ends while cards are left (killed, out of memory) would otherwise leave the build
  // waiting for reports that never come, and Node would exit in the middle of it.
  const milliseconds: number[] = [];
  const exited = (code: number) => {
    if (batch && milliseconds.length < batch.tasks.length) fail(new Error(`it exited with code ${code} before the cards were done`));
  };
  const grow = (count: number) => {
    while (workers.length < count) {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url))
        .on('error', fail)
        .on('exit', exited)
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
      const counter = new SharedArrayBuffer(4);
      batch = { tasks, counter };
      finished = new Promise<number[]>((resolve, reject) => {
        if (tasks.length === 0) return resolve(milliseconds);
        onFailure = reject;
        onReport = (report) => {
          if (report.error !== undefined) {
            // Other workers stop after the card they are on.
            Atomics.store(new Int32Array(counter), 0, tasks.length);
            return reject(new Error(failureMessage(tasks[report.index]!, report.stage, report.error)));
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
