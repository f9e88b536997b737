import path from 'node:path';
import { cardTheme, type CardData } from '../../src/social-card/card-data.ts';
import type { CardInput } from '../../src/social-card/render.ts';

const base = { eyebrow: 'Fixture Portfolio', footer: 'Fixture Person · fixture.example' };
const post = (language: string, title: string, tags: string[]): CardData => ({ template: 'post', ...base, title, tags, language });

/** One card per script (titles long enough to wrap and clamp), and one per template. */
export const CARD_SAMPLES: Record<string, CardInput> = Object.fromEntries(
  Object.entries({
    'latin-diacritics': post(
      'cs',
      'Žluťoučký kůň úpěl ďábelské ódy: what moderating a Discord of 40,000 members taught me — Tiếng Việt có dấu, naïve façade',
      ['moderation', 'éxito'],
    ),
    devanagari: post('hi', 'समुदाय प्रबंधन की पहली सीख: क्षत्रिय श्रृंखला और द्वारा बनाए गए नियमों की पूरी कहानी जो हमने अपने सदस्यों से सीखी', [
      'सामुदायिक-प्रबंधन',
    ]),
    gujarati: post('gu', 'નાના વેપાર માટે WhatsApp કમ્યુનિટી — શું માપવું અને શું નહીં: સ્ત્રી શ્રદ્ધા ક્ષમા દ્વારા નાના વેપારીઓ માટે પૂરી માર્ગદર્શિકા', [
      'વોટ્સએપ',
    ]),
    bengali: post('bn', 'কমিউনিটি ম্যানেজমেন্টের প্রথম শিক্ষা: ড়াক্তার য় সদস্যদের কথা শোনা এবং বিশ্বাস তৈরি করা সবচেয়ে জরুরি কাজ যা আমরা শিখেছি', [
      'কমিউনিটি',
    ]),
    arabic: post(
      'ar',
      'إدارة المجتمعات الرقمية: بناء الثقة مع الجمهور خطوة بخطوة في منصات التواصل الاجتماعي الحديثة وما تعلمناه من أعضائنا',
      ['مجتمع'],
    ),
    japanese: post('ja', 'オンラインコミュニティ運営で学んだこと：メンバーの声を聞き、信頼を築くための十の習慣と失敗から得た教訓のすべて', [
      'コミュニティ',
    ]),
    thai: post('th', 'การจัดการชุมชนออนไลน์ที่ประสบความสำเร็จต้องเริ่มจากการฟังสมาชิกทุกคนอย่างตั้งใจและสร้างความไว้วางใจทีละขั้นตอนอย่างต่อเนื่อง', ['ชุมชน']),
    lao: post('lo', 'ການຄຸ້ມຄອງຊຸມຊົນອອນລາຍທີ່ປະສົບຜົນສຳເລັດຕ້ອງເລີ່ມຈາກການຟັງສະມາຊິກທຸກຄົນຢ່າງຕັ້ງໃຈແລະສ້າງຄວາມໄວ້ວາງໃຈເທື່ອລະຂັ້ນຕອນຢ່າງຕໍ່ເນື່ອງ', ['ຊຸມຊົນ']),
    khmer: post('km', 'ការគ្រប់គ្រងសហគមន៍អនឡាញដែលទទួលបានជោគជ័យត្រូវចាប់ផ្តើមពីការស្តាប់សមាជិកទាំងអស់ដោយយកចិត្តទុកដាក់ និងកសាងការជឿទុកចិត្តជាបណ្តើរៗ', ['សហគមន៍']),
    myanmar: post('my', 'အွန်လိုင်းအသိုင်းအဝိုင်းကို အောင်မြင်စွာ စီမံခန့်ခွဲခြင်းသည် အဖွဲ့ဝင်အားလုံး၏ စကားကို ဂရုတစိုက် နားထောင်ခြင်းနှင့် ယုံကြည်မှုကို တစ်ဆင့်ချင်း တည်ဆောက်ခြင်းမှ စတင်ရမည်', [
      'အသိုင်းအဝိုင်း',
    ]),
    emoji: post('en', 'Launch week 🎉 what our 👩🏽‍💻 community built 🇮🇳 ❤️', ['launch']),
    hostile: post('en', '</script><script>alert(1)</script> "Quotes" & <b>bold</b>', ['<script>alert(3)</script>']),
    'case-study': {
      template: 'case-study',
      eyebrow: 'Pebblepot Home',
      title: 'Growing a home-goods brand on Instagram without paid ads',
      metric: { figure: '+240%', label: 'followers in 90 days', from: '8,400', to: '28,560' },
      footer: base.footer,
      language: 'en',
    },
    home: {
      template: 'home',
      eyebrow: 'Fixture Portfolio',
      title: 'Fixture Person',
      subtitle: 'Community manager for fixtures',
      footer: 'fixture.example',
      language: 'en',
    },
    page: {
      template: 'page',
      ...base,
      title: 'Case studies',
      subtitle: 'Communities I have built and looked after, with the results measured.',
      language: 'en',
    },
  } satisfies Record<string, CardData>).map(([name, data]) => [
    name,
    {
      data,
      theme: cardTheme('#7c3aed'),
      photo: data.template === 'home' ? path.resolve(import.meta.dirname, '../fixtures/site-basic/avatar.png') : undefined,
    },
  ]),
);
