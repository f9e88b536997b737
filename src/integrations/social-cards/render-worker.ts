// A worker thread that renders cards for render-pool.ts. It warms up at once (loads satori, resvg
// and the Latin fonts, renders one card). Then, for each batch it is sent, it takes the next task
// from a counter shared by all workers, renders it into its cache file and reports the time taken.
import { randomUUID } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, threadId } from 'node:worker_threads';
import { cardTheme } from '../../social-card/card-data.ts';
import type { RenderBatch, RenderReport } from './render-pool.ts';
import { renderJob } from './render-job.ts';

const warmUp = renderJob({
  file: 'warm-up.png',
  input: {
    data: {
      template: 'post',
      eyebrow: 'Warm-up',
      title: 'Warming up the renderer 0123456789',
      tags: ['warm-up'],
      footer: 'Commfolio',
      language: 'en',
    },
    theme: cardTheme('#000000'),
  },
}).catch(() => undefined);

// resvg-js keeps each rendered pixmap (3 MB) in native memory that V8 does not count, so nothing
// prompts a collection: a worker grew by 3.8 MB a card (1.3 GB after 300). A young-generation
// collection every few cards, then a turn of the event loop for the finalisers, keeps it near
// 250 MB and costs less than the page faults it saves. V8's flags belong to the process: the flag
// stays on, because a worker turning it off could do so between another's two lines here.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options: { type: 'minor' }) => void;
const CARDS_PER_COLLECTION = 8;
let rendered = 0;

parentPort!.on('message', async ({ tasks, counter }: RenderBatch) => {
  await warmUp;
  const next = new Int32Array(counter);
  for (let index = Atomics.add(next, 0, 1); index < tasks.length; index = Atomics.add(next, 0, 1)) {
    const { job, cacheFile } = tasks[index]!;
    const started = performance.now();
    let stage: 'render' | 'write' = 'render';
    let report: RenderReport;
    try {
      const bytes = await renderJob(job);
      stage = 'write';
      // Written under a name no other thread or build uses, then renamed: the cache never holds half a card.
      const partial = `${cacheFile}.${process.pid}-${threadId}-${randomUUID()}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, cacheFile);
      report = { index, milliseconds: performance.now() - started };
    } catch (error) {
      report = { index, stage, error: (error as Error).message ?? String(error) };
    }
    parentPort!.postMessage(report);
    if (++rendered % CARDS_PER_COLLECTION === 0) {
      collectGarbage({ type: 'minor' });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
});
