// Writes a synthetic portfolio for the benchmark: a profile with a photo, a few case studies and
// `posts` posts whose titles, tags and bodies mix the scripts our users write.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Titles per language; each post adds its number so that every card is different. */
const TITLES: [language: string, title: string][] = [
  ['en', 'What I learnt moderating a Discord of 40,000 members'],
  ['en', 'Engagement rate is a fraction: say what is on top and underneath'],
  ['hi', 'समुदाय प्रबंधन की पहली सीख: सदस्यों की बात सुनना'],
  ['gu', 'નાના વેપાર માટે WhatsApp કમ્યુનિટી — શું માપવું અને શું નહીં'],
  ['bn', 'কমিউনিটি ম্যানেজমেন্টের প্রথম শিক্ষা: বিশ্বাস তৈরি করা'],
  ['ar', 'إدارة المجتمعات الرقمية: بناء الثقة مع الجمهور'],
  ['ja', 'オンラインコミュニティ運営で学んだ十の習慣'],
  ['th', 'การจัดการชุมชนออนไลน์ที่ประสบความสำเร็จต้องเริ่มจากการฟัง'],
  ['vi', 'Quản lý cộng đồng: những điều tôi học được 🎉'],
  ['et', 'Kogukonna juhtimine: mida õppisin Šveitsis ja Türgis'],
];
const TAGS = [
  'analytics',
  'moderation',
  'community-building',
  'crisis-communication',
  'careers',
  'discord',
  'whatsapp',
  'instagram',
  'events',
  'reporting',
  'सामुदायिक-प्रबंधन',
  'コミュニティ',
];
const PARAGRAPH =
  'Communities grow when members feel heard. I measure reach, replies and retention every week, and I write down what changed and why, so that the next decision rests on evidence rather than on a hunch.';

/** The Markdown file of post `index`; `revision` changes its title (the benchmark's "edit one post"). */
export function syntheticPost(index: number, revision = 0): string {
  const [language, title] = TITLES[index % TITLES.length]!;
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  const tags = [TAGS[index % TAGS.length]!, TAGS[(index * 7 + 3) % TAGS.length]!];
  return [
    '---',
    `title: ${JSON.stringify(`${title} (${index + 1})${revision ? ` — revised ${revision}` : ''}`)}`,
    `description: ${JSON.stringify(`Post ${index + 1} of the benchmark portfolio.`)}`,
    `publishedAt: ${2020 + (index % 6)}-${month}-${day}`,
    `tags: ${JSON.stringify([...new Set(tags)])}`,
    `language: ${language}`,
    '---',
    '',
    ...Array.from({ length: 6 }, () => PARAGRAPH),
    '',
  ].join('\n\n');
}

/** Path of post `index` inside the content folder. */
export const syntheticPostFile = (contentDir: string, index: number) => path.join(contentDir, 'blog', `post-${index + 1}.md`);

/** Writes the whole synthetic content folder. */
export async function writeSyntheticSite(contentDir: string, posts: number): Promise<void> {
  mkdirSync(path.join(contentDir, 'blog'), { recursive: true });
  writeFileSync(
    path.join(contentDir, 'site.yaml'),
    'title: Bench Portfolio\ndescription: A synthetic portfolio for the benchmark.\nurl: https://bench.example\npostsPerPage: 10\n',
  );
  await sharp({ create: { width: 400, height: 400, channels: 3, background: '#7c3aed' } })
    .png()
    .toFile(path.join(contentDir, 'photo.png'));
  writeFileSync(
    path.join(contentDir, 'profile.md'),
    '---\nname: Bench Person\nheadline: Community manager for synthetic brands\nphoto: { file: ./photo.png, alt: A purple square }\n---\nBio.\n',
  );
  for (let index = 0; index < 5; index++) {
    const folder = path.join(contentDir, 'case-studies', `study-${index + 1}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'index.md'),
      [
        '---',
        `title: Growing community number ${index + 1}`,
        'summary: A synthetic case study.',
        'organisation: Bench Brand',
        'role: Community Manager',
        'period: { start: 2024-01, end: 2024-06 }',
        `metrics:\n  - { label: Followers, before: 1000, after: ${2000 + index * 500}, period: 90 days }`,
        `publishedAt: 2024-0${index + 1}-01`,
        '---',
        '',
        PARAGRAPH,
        '',
      ].join('\n'),
    );
  }
  for (let index = 0; index < posts; index++) writeFileSync(syntheticPostFile(contentDir, index), syntheticPost(index));
}
