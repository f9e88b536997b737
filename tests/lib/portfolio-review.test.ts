import { describe, expect, test } from 'vitest';
import { isWeakAltText, reviewPortfolio, sampleAdvice, type ReviewInput } from '../../src/lib/portfolio-review.ts';
import { SAMPLE_PORTFOLIO } from '../../src/lib/sample-portfolio.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { scaffoldEntry, type ScaffoldKind } from '../../src/lib/scaffold.ts';
import { CARD_SCRIPTS, charactersWithoutCardFont } from '../../src/social-card/fonts.ts';

const today = new Date('2026-11-21');
const goodCaseStudy = {
  file: 'cs.md',
  body: '## Objective\n…\n## Results\nIt worked.',
  data: {
    metrics: [{ label: 'Followers', before: 1, after: 2, source: 'Insights', period: '90 days' }],
    screenshots: [{ file: 'a.png', alt: 'Followers chart rising from 1,000 to 3,400' }],
  },
};
const goodProfile = { file: 'profile.md', data: { credentials: [{ title: 'Course' }], links: [{ platform: 'linkedin' }] } };
const input = (overrides: Partial<ReviewInput>): ReviewInput => ({
  today,
  posts: [{ file: 'p.md', data: { publishedAt: '2026-11-01' } }],
  caseStudies: [goodCaseStudy],
  profile: goodProfile,
  ...overrides,
});

describe('reviewPortfolio', () => {
  test('has nothing to say about a complete, current portfolio', () => {
    expect(reviewPortfolio(input({}))).toEqual([]);
  });

  test.each([
    ['no posts', { posts: [] }, /no blog posts yet/],
    ['an old newest post', { posts: [{ file: 'p.md', data: { publishedAt: '2026-05-01' } }] }, /newest post is 204 days old/],
    ['only a recent draft', { posts: [{ file: 'p.md', data: { publishedAt: '2026-11-20', draft: true } }] }, /no blog posts yet/],
    ['a case study without metrics', { caseStudies: [{ ...goodCaseStudy, data: { metrics: [] } }] }, /has no metric/],
    ['a case study without results', { caseStudies: [{ ...goodCaseStudy, body: '## Objective\nx' }] }, /no "## Results" section/],
    [
      'a metric without a source',
      { caseStudies: [{ ...goodCaseStudy, data: { metrics: [{ label: 'Reach', value: 1, period: 'May' }] } }] },
      /metrics\[0\] \(Reach\) has no source\./,
    ],
    [
      'a metric without source or period',
      { caseStudies: [{ ...goodCaseStudy, data: { metrics: [{ label: 'Reach', value: 1 }] } }] },
      /has no source or period/,
    ],
    [
      'weak alt text',
      { caseStudies: [{ ...goodCaseStudy, data: { ...goodCaseStudy.data, screenshots: [{ alt: 'screenshot' }] } }] },
      /screenshots\[0\] has alt text that says little/,
    ],
    ['no credentials', { profile: { file: 'profile.md', data: { ...goodProfile.data, credentials: [] } } }, /no courses or certificates/],
    ['no links', { profile: { file: 'profile.md', data: { ...goodProfile.data, links: [] } } }, /has no links/],
  ])('advises on %s', (_, overrides, expected) => {
    const advice = reviewPortfolio(input(overrides as Partial<ReviewInput>));
    expect(advice.map((item) => item.message)).toEqual([expect.stringMatching(expected)]);
  });

  describe('text a social card cannot draw', () => {
    const cardFonts = { charactersWithout: charactersWithoutCardFont, scripts: CARD_SCRIPTS };
    const post = (data: Record<string, unknown>) => ({ file: 'p.md', data: { publishedAt: '2026-11-01', ...data } });

    test('names the file, the field and the characters, and says what to do', () => {
      const advice = reviewPortfolio(input({ cardFonts, posts: [post({ title: '커뮤니티 운영 Hello 🎉 हिन्दी', tags: ['ok', '한국'] })] }));
      expect(advice).toEqual([
        {
          file: 'p.md',
          message: expect.stringMatching(
            /^title has characters the social cards have no font for \(커 뮤 니 티 운 영\): .*Devanagari.*socialImage/,
          ),
        },
        {
          file: 'p.md',
          message: expect.stringMatching(/^tags has characters the social cards have no font for \(한 국\): .*its tag page has a card too/),
        },
      ]);
    });

    test('says nothing of scripts cards draw, of emoji, or of the title of a page with its own image (its tags still count)', () => {
      const drawn = post({ title: 'Žluťoučký समुदाय ગુજરાતી কমিউনিটি إدارة ชุมชน ລາວ ខ្មែរ မြန်မာ コミュニティ Привет 👩🏽‍💻 🇮🇳 ❤️ ❤ \u200B' });
      const ownImage = post({ title: '한국어', tags: ['모임'], socialImage: { file: 'x.jpg', alt: 'x' } });
      expect(reviewPortfolio(input({ cardFonts, posts: [drawn, ownImage] })).map((item) => item.message.split(' (')[0])).toEqual([
        'tags has characters the social cards have no font for',
      ]);
    });

    test('reads the site title, every profile, and case-study titles, organisations and summaries', () => {
      const advice = reviewPortfolio(
        input({
          cardFonts,
          site: { file: 'site.yaml', data: { title: '내 포트폴리오' } },
          profile: { ...goodProfile, data: { ...goodProfile.data, name: '김민지' } },
          translatedProfiles: [{ file: 'profile.hi.md', data: { name: 'आशा', headline: 'ᏣᎳᎩ' } }],
          caseStudies: [{ ...goodCaseStudy, data: { ...goodCaseStudy.data, title: '中文', organisation: 'ᏣᎳᎩ', summary: '요약' } }],
        }),
      );
      expect(advice.map((item) => `${item.file}: ${item.message.split(':')[0]}`)).toEqual([
        'site.yaml: title has characters the social cards have no font for (내 포 트 폴 리 오)',
        'profile.md: name has characters the social cards have no font for (김 민 지)',
        'profile.hi.md: headline has characters the social cards have no font for (Ꮳ Ꮃ Ꭹ)',
        'cs.md: organisation has characters the social cards have no font for (Ꮳ Ꮃ Ꭹ)',
        'cs.md: summary has characters the social cards have no font for (요 약)',
      ]);
      expect(advice[1]!.message).toContain('it is on every card, so write it in one of those scripts');
    });

    test("reads a published application's company and role, which its card is addressed to", () => {
      const advice = reviewPortfolio(
        input({
          cardFonts,
          applications: [
            { file: 'apply.md', data: { company: '카카오', role: 'Community Lead' } },
            { file: 'ok.md', data: { company: 'थाली स्ट्रीट', role: 'Head of Community' } },
            { file: 'draft.md', data: { company: 'X', role: '팀장', draft: true } },
          ],
        }),
      );
      expect(advice.map((item) => `${item.file}: ${item.message.split(':')[0]}`)).toEqual([
        'apply.md: company has characters the social cards have no font for (카 오)',
      ]);
      expect(advice[0]!.message).toContain("it is on this application's card");
    });
  });

  test('advises on a chart whose file has more rows than a chart can show', () => {
    const chartSizes = [{ file: 'cs.md', field: 'charts[1]', csvFile: './posts.csv', rows: 200000, bucket: 'week' as const }];
    expect(reviewPortfolio(input({ chartSizes }))).toEqual([
      {
        file: 'cs.md',
        message:
          'charts[1] (./posts.csv) has 200,000 rows, more than a chart can show one by one (at most 120 points): it is drawn as weekly averages, and its table lists those. To choose what readers see, chart a shorter period or a file with one row per week.',
      },
    ]);
  });

  test('recognises a results heading in Hindi', () => {
    expect(reviewPortfolio(input({ caseStudies: [{ ...goodCaseStudy, body: '## नतीजे\nअच्छे' }] }))).toEqual([]);
  });
});

describe('text npm run new wrote for the author to replace', () => {
  const scaffolded = (kind: ScaffoldKind, language = 'en') => {
    const entry = scaffoldEntry({ kind, title: 'Maria Santos', date: '2026-11-01', language, defaultLanguage: 'en' });
    const { data, body } = parseFrontmatter(entry.text);
    return { file: entry.relativePath, data: { ...data, draft: false }, body };
  };

  test('is named, field by field, in every published entry that still has it', () => {
    const post = scaffolded('post');
    const caseStudy = scaffolded('case-study');
    const advice = reviewPortfolio(
      input({
        posts: [post],
        caseStudies: [caseStudy],
        profile: { ...scaffolded('profile'), data: { ...scaffolded('profile').data, ...goodProfile.data } },
        translatedProfiles: [scaffolded('profile', 'tl')],
        applications: [scaffolded('application')],
      }),
    );
    const templateAdvice = advice.filter((item) => item.message.includes('npm run new'));
    expect(templateAdvice).toEqual([
      {
        file: 'blog/maria-santos.md',
        message:
          'description is still the example text npm run new wrote ("One sentence saying what the reader will learn."). Write your own.',
      },
      {
        file: 'blog/maria-santos.md',
        message:
          'the text below the second --- line is still the example text npm run new wrote ("Write your post here in Markdown. Use ## for section headings."). Write your own.',
      },
      {
        file: 'case-studies/maria-santos/index.md',
        message:
          'summary is still the example text npm run new wrote ("What you did and what changed, in one or two sentences."). Write your own.',
      },
      {
        file: 'case-studies/maria-santos/index.md',
        message: 'organisation is still the example text npm run new wrote ("Brand or community name"). Write your own.',
      },
      {
        file: 'case-studies/maria-santos/index.md',
        message:
          'metrics[0] is still the example npm run new wrote (Followers, 1000 → 2400, from "Instagram Insights export"): it would publish invented figures. Write your own, or remove it.',
      },
      {
        file: 'case-studies/maria-santos/index.md',
        message:
          'the text below the second --- line is still the example text npm run new wrote ("What the community or brand needed, and how you would know you had succeeded."). Write your own.',
      },
      { file: 'profile.md', message: 'headline is still the example text npm run new wrote ("Community manager for …"). Write your own.' },
      {
        file: 'profile.md',
        message:
          'the text below the second --- line is still the example text npm run new wrote ("Write your bio here: who you are, what you do for communities, and what you are looking for."). Write your own.',
      },
      { file: 'profile.tl.md', message: 'headline is still the example text npm run new wrote ("…"). Write your own.' },
      {
        file: 'profile.tl.md',
        message:
          'the text below the second --- line is still the example text npm run new wrote ("Write your bio in this language here."). Write your own.',
      },
      {
        file: 'applications/maria-santos.md',
        message:
          'the text below the second --- line is still the example text npm run new wrote ("Write a short cover note here: why this company, and which of your results matter to them."). Write your own.',
      },
    ]);
  });

  test("says nothing of a draft, or once the text is the author's own", () => {
    const draft = { ...scaffolded('post'), data: { ...scaffolded('post').data, draft: true } };
    const own = {
      file: 'blog/mine.md',
      data: { publishedAt: '2026-11-01', description: 'Three lessons from a quiet Facebook group.' },
      body: 'Noong 2022…',
    };
    const advice = reviewPortfolio(input({ posts: [draft, own] }));
    expect(advice.filter((item) => item.message.includes('npm run new'))).toEqual([]);
  });
});

describe('sampleAdvice', () => {
  const sample = {
    site: { file: 'site.yaml', data: { title: 'Asha Rao — Community Manager', url: 'https://example.github.io' } },
    profile: { file: 'profile.md', data: { name: 'Asha Rao' }, photoSha256: SAMPLE_PORTFOLIO.photoSha256 },
    caseStudies: [
      { file: 'rasoi/index.md', data: { organisation: 'Rasoi Runner' }, body: '' },
      { file: 'mine/index.md', data: { organisation: 'Kapé Sugbo' }, body: '' },
    ],
    posts: [
      { file: 'blog/one-page-crisis-playbook.md', data: { title: 'A crisis playbook that fits on one page' } },
      { file: 'blog/mine.md', data: { title: 'Ang natutunan ko sa Kapé Sugbo' } },
    ],
    translatedProfiles: [
      { file: 'profile.hi.md', data: { name: 'आशा राव' } },
      { file: 'profile.tl.md', data: { name: 'Maria Santos' } },
    ],
    applications: [
      { file: 'applications/thali-street-9c4e1a.md', data: { company: 'Thali Street' } },
      { file: 'applications/jollibee-1a2b3c.md', data: { company: 'Jollibee' } },
    ],
  };

  test("names what is still the sample: the site's address, the owner's name and photo, each of its case studies, posts, translated profiles and application pages", () => {
    expect(sampleAdvice(sample)).toEqual([
      {
        file: 'site.yaml',
        message:
          "url is still the sample's address (https://example.github.io). Write your site's address, e.g. https://your-name.github.io: feeds, link previews and search engines point there.",
      },
      {
        file: 'profile.md',
        message:
          "name is still the sample's (Asha Rao, who is invented). Write your own name and headline, and your bio below the second --- line.",
      },
      {
        file: 'profile.md',
        message:
          "photo is still the sample's avatar. Put a photo of yourself in the content folder and write its path and alt text under photo:, or remove photo:.",
      },
      {
        file: 'rasoi/index.md',
        message:
          'is one of the sample\'s invented case studies (Rasoi Runner). Replace it with your own work (npm run new -- case-study "Title"), then delete its folder.',
      },
      {
        file: 'blog/one-page-crisis-playbook.md',
        message: 'is one of the sample\'s posts, written by Asha Rao. Delete it, and write your own with npm run new -- post "Title".',
      },
      {
        file: 'profile.hi.md',
        message: "is the sample's profile in another language (आशा राव). Delete it, or write your own profile in that language in it.",
      },
      {
        file: 'applications/thali-street-9c4e1a.md',
        message:
          'is the sample\'s application page (Thali Street). Delete it, and make one per application with npm run new -- application "Company".',
      },
    ]);
  });

  test('has nothing to say once each is replaced', () => {
    expect(
      sampleAdvice({
        site: { file: 'site.yaml', data: { url: 'https://maria.github.io' } },
        profile: { file: 'profile.md', data: { name: 'Maria Santos' }, photoSha256: 'f'.repeat(64) },
        caseStudies: [sample.caseStudies[1]!],
        posts: [sample.posts[1]!],
        translatedProfiles: [sample.translatedProfiles[1]!],
        applications: [sample.applications[1]!],
      }),
    ).toEqual([]);
  });
});

describe('isWeakAltText', () => {
  test.each([
    ['', true],
    ['image', true],
    ['dashboard.png', true],
    ['Chart', true],
    ['Instagram Insights: reach up 240% in 90 days', false],
  ])('%j → %s', (alt, weak) => {
    expect(isWeakAltText(alt)).toBe(weak);
  });

  describe('translations', () => {
    const entry = (id: string, data: Record<string, unknown> = {}) => ({ file: `${id}.md`, id, data });
    const translations = (entries: Record<string, ReturnType<typeof entry>[]>, titledLanguages: string[] = ['tl']) => ({
      siteFile: 'site.yaml',
      siteLanguages: ['en', 'tl'],
      defaultLanguage: 'en',
      titledLanguages,
      entries,
    });

    test('names the default-language entries a section has no translation of', () => {
      const advice = reviewPortfolio(
        input({
          translations: translations({
            'case-studies': [
              entry('launch'),
              entry('crisis'),
              entry('krisis', { language: 'tl', translationOf: 'crisis' }),
              entry('old', { draft: true }),
            ],
            blog: [entry('launch'), entry('hi-post', { language: 'hi' })],
          }),
        }),
      );
      expect(advice.map((item) => item.message)).toEqual([
        expect.stringMatching(
          /^3 entries have no "tl" translation, so the tl pages list them in "en", marked with their language: blog\/hi-post, blog\/launch, case-studies\/launch\. .*translationOf/,
        ),
      ]);
    });

    test('says when site.yaml has no title in a language, and nothing when all is translated', () => {
      expect(
        reviewPortfolio(
          input({ translations: translations({ blog: [entry('a'), entry('b', { language: 'tl', translationOf: 'a' })] }, []) }),
        ).map((item) => [item.file, item.message]),
      ).toEqual([['site.yaml', expect.stringMatching(/has no site title in "tl".*translations: \{ tl: \{ title/)]]);
      expect(
        reviewPortfolio(input({ translations: translations({ blog: [entry('a'), entry('b', { language: 'tl', translationOf: 'a' })] }) })),
      ).toEqual([]);
    });
  });
});
