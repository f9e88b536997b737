// A worker thread that renders cards for render-pool.ts. It warms up at once (loads satori, resvg
// and the Latin fonts, renders one card), then renders each job it is sent and posts the bytes back.
import { parentPort } from 'node:worker_threads';
import type { CardJob } from './card-cache.ts';
import { cardTheme } from './card-data.ts';
import { renderJob } from './render-job.ts';

const warmUp = renderJob({
  file: 'warm-up.png',
  input: { data: { kind: 'post', eyebrow: 'Warm-up', title: 'Warming up the renderer 0123456789', tags: ['warm-up'], footer: 'Commfolio', language: 'en' }, theme: cardTheme('#000000') },
}).catch(() => undefined);

parentPort!.on('message', async ({ id, job }: { id: number; job: CardJob }) => {
  await warmUp;
  try {
    const started = performance.now();
    const bytes = await renderJob(job);
    const copy = new Uint8Array(bytes);
    parentPort!.postMessage({ id, bytes: copy, milliseconds: performance.now() - started }, [copy.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: `${(error as Error).message}\n${(error as Error).stack ?? ''}` });
  }
});
