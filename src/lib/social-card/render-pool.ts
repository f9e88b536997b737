import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardJob } from './card-cache.ts';

/** How many worker threads render cards: one per core. */
export function defaultThreadCount(): number {
  return Math.max(1, availableParallelism());
}

/** Called as each job finishes, with its bytes and the time its worker spent on it. */
export type OnRendered = (job: CardJob, bytes: Buffer, milliseconds: number) => Promise<void>;

/** Worker threads that render cards; see startCardWorkers. */
export interface CardWorkers {
  /** Renders the jobs, calling `onRendered` for each; rejects with the first failure, naming the card. */
  render(jobs: readonly CardJob[], onRendered: OnRendered): Promise<void>;
  /** Starts more threads, up to `threads` in all. */
  grow(threads: number): void;
  /** Stops the threads. */
  close(): Promise<void>;
}

type Reply = { id: number; bytes?: Uint8Array; milliseconds?: number; error?: string };

/**
 * Starts `threads` workers. Each loads satori, resvg and the Latin fonts and renders one card to
 * warm up as soon as it starts, so a build can start them early and have them ready when its
 * cards are known. Each worker is kept two jobs ahead, so it never waits for files to be written.
 */
export function startCardWorkers(threads: number): CardWorkers {
  const workers: Worker[] = [];
  let failure: Error | undefined;
  const grow = (count: number) => {
    while (workers.length < count) {
      // Idle workers do not keep the process alive, so a build that fails before its cards ends.
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url)).on('error', (error) => (failure ??= error));
      worker.unref();
      workers.push(worker);
    }
  };
  grow(threads);
  return {
    grow,
    async render(jobs, onRendered) {
      let next = 0;
      let finished = 0;
      const writes: Promise<void>[] = [];
      if (jobs.length === 0) return;
      for (const worker of workers) worker.ref();
      await new Promise<void>((resolve, reject) => {
        const send = (worker: Worker) => {
          if (next < jobs.length) worker.postMessage({ id: next, job: jobs[next++] });
        };
        for (const worker of workers) {
          worker.removeAllListeners('message');
          worker.on('message', ({ id, bytes, milliseconds, error }: Reply) => {
            const job = jobs[id]!;
            if (error) return reject(new Error(`Could not render the social card ${job.file}: ${error}`));
            send(worker);
            writes.push(onRendered(job, Buffer.from(bytes!.buffer, bytes!.byteOffset, bytes!.byteLength), milliseconds!));
            if (++finished === jobs.length) resolve();
          });
          worker.once('error', reject);
          send(worker);
          send(worker);
        }
        if (failure) reject(failure);
      });
      await Promise.all(writes);
      for (const worker of workers) worker.unref();
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
