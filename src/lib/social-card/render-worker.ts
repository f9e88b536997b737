// A worker thread that renders cards for render-pool.ts: it loads satori, sharp and the fonts
// once, then renders each job it is sent and posts the file's bytes back.
import { parentPort } from 'node:worker_threads';
import type { CardJob } from './card-cache.ts';
import { renderJob } from './render-job.ts';

parentPort!.on('message', async ({ id, job }: { id: number; job: CardJob }) => {
  try {
    const bytes = await renderJob(job);
    const copy = new Uint8Array(bytes);
    parentPort!.postMessage({ id, bytes: copy }, [copy.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: `${(error as Error).message}\n${(error as Error).stack ?? ''}` });
  }
});
