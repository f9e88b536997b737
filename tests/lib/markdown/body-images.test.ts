import { describe, expect, test } from 'vitest';
import { bodyImageReferences } from '../../../src/lib/markdown/body-images.ts';

describe('bodyImageReferences', () => {
  test('finds Markdown images and angle-bracket paths, each once, but not raw img tags (the sanitiser handles those)', () => {
    const body = [
      'Intro ![A chart](./chart.png "Reach") and ![again](./chart.png).',
      '![Spaces](<./my photo.jpg>) ![Remote](https://example.com/a.png)',
      '<img alt="x" src="../elsewhere.png">',
    ].join('\n');
    expect(bodyImageReferences(body)).toEqual(['./chart.png', './my photo.jpg', 'https://example.com/a.png']);
  });
  test('leaves out site paths, data: URLs and code', () => {
    const body = [
      '![Logo](/favicon.svg) ![dot](data:image/png;base64,AAAA)',
      '`![not](./code.png)`',
      '```md',
      '![not](./fenced.png)',
      '```',
    ].join('\n');
    expect(bodyImageReferences(body)).toEqual([]);
  });
});
