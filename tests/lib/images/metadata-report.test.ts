import { describe, expect, test } from 'vitest';
import { metadataBlocks } from '../../../src/lib/images/containers.ts';
import { describeFindings, hasFindings, iptcDatasets, metadataFindings, xmpProperties } from '../../../src/lib/images/metadata-report.ts';
import { SAMPLE_XMP, taggedImage, testPicture } from '../../helpers/tagged-image.ts';

describe('metadataFindings', () => {
  test.each(['jpeg', 'png', 'webp'] as const)('says what a %s photo gives away, by kind', async (format) => {
    const findings = metadataFindings(metadataBlocks(await taggedImage(format)));
    expect(findings.location).toEqual(['GPS', 'photoshop:City']);
    expect(findings.device).toEqual(['Make', 'Model', 'aux:SerialNumber']);
    expect(findings.names).toEqual(expect.arrayContaining(['Artist', 'dc:creator']));
    expect(findings.captions).toEqual(expect.arrayContaining(['ImageDescription', 'dc:description']));
    if (format === 'jpeg') expect(findings.other).toEqual(['data after the image']);
  });

  test('finds nothing in a clean file', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const)
      expect(hasFindings(metadataFindings(metadataBlocks(await (await testPicture()).toFormat(format).toBuffer())))).toBe(false);
  });

  test('reads XMP properties and IPTC datasets', () => {
    expect(xmpProperties(SAMPLE_XMP)).toEqual(['photoshop:City', 'aux:SerialNumber', 'dc:creator', 'dc:description']);
    const record = (dataset: number, text: string) => Buffer.concat([Buffer.from([0x1c, 2, dataset, 0, text.length]), Buffer.from(text)]);
    const iim = Buffer.concat([record(0, '\x00\x04'.slice(0, 2)), record(80, 'Leaky'), record(120, 'Dinner'), record(90, 'Pune')]);
    expect(iptcDatasets(iim)).toEqual([80, 120, 90]);
    expect(metadataFindings([{ kind: 'iptc', label: 'IPTC', data: iim }])).toEqual({
      location: ['City'],
      device: [],
      names: ['By-line'],
      captions: ['Caption-Abstract'],
      other: [],
    });
  });
});

describe('describeFindings', () => {
  test('lists the kinds in plain words, with a few field names each', () => {
    expect(
      describeFindings({
        location: ['GPS'],
        device: ['Make', 'Model', 'LensModel', 'BodySerialNumber'],
        names: [],
        captions: ['comment'],
        other: [],
      }),
    ).toBe('where it was taken (GPS), the camera or phone (Make, Model, LensModel and 1 more) and captions or comments (comment)');
  });
});
