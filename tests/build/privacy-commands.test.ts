import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { listFiles, withoutVitestVariables } from '../helpers/build-site.ts';
import { PRIVACY_FIXTURE_IMAGES } from '../helpers/make-privacy-fixture.ts';
import { taggedImage } from '../helpers/tagged-image.ts';
import { privacyWarnings } from '../../src/content-folder/privacy/privacy-review.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(projectRoot, 'tests/fixtures');

/** Runs an npm script's file as `npm run` would, on a content folder. */
function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of a fixture in a fresh temporary folder, and a sibling folder for originals. */
function copyOf(fixture: string): { contentDir: string; outside: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'commfolio-privacy-'));
  cpSync(path.join(fixtures, fixture), path.join(root, 'content'), { recursive: true });
  return { contentDir: path.join(root, 'content'), outside: path.join(root, 'originals') };
}

// Files are read into memory first: libvips caches what it opened by file name.
const decoded = (file: string) => sharp(readFileSync(file)).raw().toBuffer();

describe('npm run check, before a push', () => {
  test('prints no privacy warning for the sample', () => {
    const result = run('check', ['--content-only'], 'content');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('Before you push');
  });

  test('names each image with GPS, what it gives away and the command that removes it; and each image whose hidden regions the file still shows', () => {
    const result = run('check', ['--content-only'], 'tests/fixtures/site-privacy');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Before you push: what your repository or site would show (privacy advice, not errors):');
    expect(result.stdout).toMatch(
      /tests\/fixtures\/site-privacy\/images\/portrait\.jpg: its metadata tells where it was taken \(GPS, photoshop:City\), the camera or phone \(Make, Model, aux:SerialNumber\), names \(Artist, dc:creator\).*Anyone who can see your repository can read it.* Remove it without changing the picture: npm run privacy -- strip\n/,
    );
    for (const [file] of PRIVACY_FIXTURE_IMAGES)
      expect(result.stdout).toContain(`site-privacy/${file}: its metadata tells where it was taken (GPS`);
    expect(result.stdout).toContain(
      'site-privacy/case-studies/study/shot.png: the site hides one region of it (redact), but this file still shows it to anyone who can see your repository. Hide it in the file itself, keeping the untouched original outside the repository: npm run privacy -- bake --originals ../commfolio-originals',
    );
  });

  test('warns about an image with metadata in public/, which the site publishes as it is', async () => {
    const publicDir = mkdtempSync(path.join(tmpdir(), 'commfolio-public-'));
    writeFileSync(path.join(publicDir, 'me.jpg'), await taggedImage('jpeg'));
    writeFileSync(
      path.join(publicDir, 'clean.png'),
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
    );
    const warnings = await privacyWarnings(path.join(projectRoot, 'content'), publicDir);
    expect(warnings).toEqual([
      {
        file: path.join(publicDir, 'me.jpg'),
        message: expect.stringMatching(
          /^its metadata tells where it was taken \(GPS, photoshop:City\).*The site publishes files in public\/ exactly as they are, so every visitor can read it\. Remove it without changing the picture: npm run privacy -- strip$/,
        ),
      },
    ]);
  });

  test("advises on MDX that imports Node's modules or reads the environment, without failing", () => {
    const { contentDir } = copyOf('site-basic');
    writeFileSync(
      path.join(contentDir, 'blog/reads-files.mdx'),
      "---\ntitle: Reads files\ndescription: An MDX post that acts as code.\npublishedAt: 2025-04-03\n---\nimport { readFileSync } from 'node:fs';\n\n{readFileSync('/etc/hostname', 'utf8')} {process.env.HOME}\n",
    );
    const result = run('check', ['--content-only'], contentDir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /blog\/reads-files\.mdx: imports node:fs and reads process\.env\. MDX is code that runs on the computer that builds the site: it can read that computer's files and settings and publish them\./,
    );
    expect(result.stdout).not.toMatch(/mdx-post\.mdx: imports/);
  });
});

describe('npm run privacy -- strip', () => {
  test('removes the metadata of every image in place, keeps every pixel, prints what it changed, and touches no clean file', async () => {
    const { contentDir } = copyOf('site-privacy');
    const clean = path.join(contentDir, 'blog/clean.png');
    writeFileSync(
      clean,
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0f766e' } })
        .png()
        .toBuffer(),
    );
    const cleanStat = statSync(clean);
    const before = new Map<string, Buffer>();
    for (const [file] of PRIVACY_FIXTURE_IMAGES) before.set(file, await decoded(path.join(contentDir, file)));
    const result = run('privacy', ['strip'], contentDir);
    expect(result.status, result.stderr).toBe(0);
    for (const [file] of PRIVACY_FIXTURE_IMAGES) {
      expect(result.stdout).toMatch(new RegExp(`cleaned .*${file.replace('.', '\\.')}: removed .*EXIF.*XMP`));
      expect(await decoded(path.join(contentDir, file)), file).toEqual(before.get(file));
      // The colour profile stays (imageMetadata would list a WebP's ICCP chunk); nothing else does.
      const { exif, xmp, iptc, comments } = await sharp(readFileSync(path.join(contentDir, file))).metadata();
      expect({ exif, xmp, iptc, comments }, file).toEqual({ exif: undefined, xmp: undefined, iptc: undefined, comments: undefined });
    }
    expect(result.stdout).toContain(`Removed metadata from ${PRIVACY_FIXTURE_IMAGES.length} images; their pixels are unchanged.`);
    expect(result.stdout).not.toContain('clean.png');
    expect(statSync(clean).mtimeMs).toBe(cleanStat.mtimeMs);
    const again = run('privacy', ['strip'], contentDir);
    expect(again.stdout).toContain('No image had metadata to remove; no file was changed.');
    expect(run('check', ['--content-only'], contentDir).stdout).not.toContain('its metadata tells');
  });
});

describe('npm run privacy -- bake', () => {
  test('copies the untouched original into the named folder, hides the regions in the file, and changes nothing the second time', async () => {
    const { contentDir, outside } = copyOf('site-privacy');
    const shot = path.join(contentDir, 'case-studies/study/shot.png');
    const original = readFileSync(shot);
    const result = run('privacy', ['bake', '--originals', outside], contentDir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /hid 1 region in .*case-studies\/study\/shot\.png; the original is .*originals\/case-studies\/study\/shot\.png/,
    );
    expect(readFileSync(path.join(outside, 'case-studies/study/shot.png'))).toEqual(original);
    expect(listFiles(outside)).toEqual(['case-studies/study/shot.png']);
    // redact: { x: 60, y: 40, width: 200, height: 100 }: the region changed, the rest did not.
    const [baked, untouched] = await Promise.all(
      [readFileSync(shot), original].map((image) => sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true })),
    );
    let inside = 0;
    let outsideRegion = 0;
    for (let y = 0; y < 315; y++)
      for (let x = 0; x < 600; x++) {
        const difference = Math.abs(baked!.data[(y * 600 + x) * 3]! - untouched!.data[(y * 600 + x) * 3]!);
        if (x >= 60 && x < 260 && y >= 40 && y < 140) inside += difference;
        else outsideRegion += difference;
      }
    expect(inside / (200 * 100)).toBeGreaterThan(40);
    expect(outsideRegion).toBe(0);
    const bakedBytes = readFileSync(shot);
    const again = run('privacy', ['bake', '--originals', outside], contentDir);
    expect(again.stdout).toContain('Every redacted region is already hidden in its file; no file was changed.');
    expect(readFileSync(shot)).toEqual(bakedBytes);
    expect(run('check', ['--content-only'], contentDir).stdout).not.toContain('still shows');
  });

  test("hides the regions in every copy of a redacted file, such as the one a translation's folder holds", () => {
    const { contentDir, outside } = copyOf('site-privacy');
    cpSync(path.join(contentDir, 'case-studies/study'), path.join(contentDir, 'case-studies/study-hi'), { recursive: true });
    const translation = path.join(contentDir, 'case-studies/study-hi/index.md');
    writeFileSync(
      translation,
      readFileSync(translation, 'utf8').replace('publishedAt: 2025-01-01', 'publishedAt: 2025-01-01\nlanguage: hi\ntranslationOf: study'),
    );
    // A third copy, shown without regions of its own: the site hides them all the same (by its bytes).
    cpSync(path.join(contentDir, 'case-studies/study/shot.png'), path.join(contentDir, 'case-studies/study/thread.png'));
    const study = path.join(contentDir, 'case-studies/study/index.md');
    writeFileSync(study, readFileSync(study, 'utf8').replace('## Results', '## Results\n\n![The thread once more](./thread.png)'));
    const copies = ['case-studies/study-hi/shot.png', 'case-studies/study/shot.png', 'case-studies/study/thread.png'];
    const advice = run('check', ['--content-only'], contentDir).stdout;
    for (const copy of copies) expect(advice).toContain(`${copy}: the site hides one region of it (redact), but this file still shows it`);
    const result = run('privacy', ['bake', '--originals', outside], contentDir);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(outside).sort()).toEqual(copies);
    expect(run('check', ['--content-only'], contentDir).stdout).not.toContain('still shows');
  });

  test('refuses a folder for the originals inside the content folder or the project, and changes nothing', () => {
    const { contentDir } = copyOf('site-privacy');
    const shot = readFileSync(path.join(contentDir, 'case-studies/study/shot.png'));
    const inContent = run('privacy', ['bake', '--originals', path.join(contentDir, 'originals')], contentDir);
    expect([inContent.status, inContent.stderr]).toEqual([
      2,
      expect.stringMatching(
        /is inside the content folder, which is pushed with your repository\. Name a folder outside it, e\.g\. --originals \.\.\/commfolio-originals\./,
      ),
    ]);
    const inProject = run('privacy', ['bake', '--originals', 'originals'], contentDir);
    expect([inProject.status, inProject.stderr]).toEqual([2, expect.stringMatching(/is inside the project folder/)]);
    expect(existsSync(path.join(projectRoot, 'originals'))).toBe(false);
    expect(readFileSync(path.join(contentDir, 'case-studies/study/shot.png'))).toEqual(shot);
    expect(run('privacy', ['bake'], contentDir).stderr).toMatch(/^Usage:/);
  });
});
