import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardJob } from './card-cache.ts';

/** How many worker threads render cards: one per core. */
export function defaultThreadCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Renders jobs on `threads` worker threads, each loading satori, sharp and the fonts once.
 * `onRendered` is called as each job finishes, so files are written while others render.
 * Rejects with the first failure, naming the card.
 */
export async function renderInWorkers(
  jobs: readonly CardJob[],
  threads: number,
  onRendered: (job: CardJob, bytes: Buffer) => Promise<void>,
): Promise<void> {
  const workerFile = new URL('./render-worker.ts', import.meta.url);
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(workerFile));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve();
              const id = next++;
              worker.postMessage({ id, job: jobs[id] });
            };
            worker.on('message', ({ id, bytes, error }: { id: number; bytes?: Uint8Array; error?: string }) => {
              const job = jobs[id]!;
              if (error) return reject(new Error(`Could not render the social card ${job.file}: ${error}`));
              onRendered(job, Buffer.from(bytes!.buffer, bytes!.byteOffset, bytes!.byteLength)).then(send, reject);
            });
            worker.on('error', reject);
            worker.on('exit', (code) => code !== 0 && reject(new Error(`A card worker stopped with exit code ${code}.`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
