import type { CardJob } from './card-cache.ts';
import { renderCard, renderOwnImage } from '../../social-card/render.ts';

/** Produces the bytes of one job: the page's own image cut to size, or its rendered card. */
export function renderJob(job: CardJob): Promise<Buffer> {
  return job.image ? renderOwnImage(job.image, job.imageRedactions) : renderCard(job.input);
}
