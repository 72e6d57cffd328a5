/**
 * The demo media works, written for this project (演示素材): scores for the synthesized sound
 * (demo-sound.ts), poster art in media/posters/, timed lyrics as LRC and chapters that cite the
 * articles the lyrics put into verse. No third-party recordings or lyrics.
 */
import type { Note, Score } from './demo-sound';

export interface DemoWork {
  slug: string;
  title: string;
  artForm: '吕剧' | '快板' | '评书';
  kind: 'video' | 'audio';
  performers: string[];
  description: string;
  audiences: ('officials' | 'students' | 'village')[];
  lawSlugs: string[];
  poster: string;
  score: Score;
  lrc: string;
  chapters: string;
}

/** Notes from [pitch, beats] pairs played one after another from beat `from`. */
function phrase(from: number, pairs: [number, number][]): Note[] {
  let at = from;
  return pairs.map(([pitch, beats]) => {
    const note = { at, beats, pitch };
    at += beats;
    return note;
  });
}

const LVJU_LINES: [number, number][][] = [
  [[7, 1], [9, 0.5], [7, 0.5], [4, 1], [2, 1]],
  [[0, 1], [2, 0.5], [4, 0.5], [7, 1.5], [4, 0.5]],
  [[9, 1], [7, 0.5], [4, 0.5], [2, 1], [0, 1]],
  [[4, 0.5], [7, 0.5], [9, 1], [12, 1], [9, 1]],
  [[7, 1], [4, 0.5], [2, 0.5], [4, 1], [7, 1]],
  [[9, 0.5], [12, 0.5], [9, 1], [7, 1], [4, 1]],
  [[2, 1], [4, 0.5], [7, 0.5], [4, 1], [2, 1]],
  [[7, 0.5], [9, 0.5], [12, 1], [14, 1], [12, 1]],
  [[9, 1], [7, 0.5], [4, 0.5], [2, 1], [0, 1]],
  [[0, 4]],
];

// 75 beats a minute: one 4-beat bar is 3.2 s, so each sung line starts on a bar.
const lvju: Score = {
  bpm: 75,
  tonic: 293.66,
  beats: 40,
  voice: 'string',
  melody: LVJU_LINES.flatMap((line, bar) => phrase(bar * 4, line)),
  clicks: Array.from({ length: 40 }, (_, beat) => ({ at: beat, gain: beat % 4 === 0 ? 1 : 0.45 })).concat(
    [0.5, 1.5, 2.5, 3.25, 3.5, 3.75].map((at) => ({ at, gain: 0.7 })),
  ),
};

// 快板: 120 beats a minute, 竹板 on every half beat and a "da-da-da" at the end of each bar.
const kuaibanClicks = Array.from({ length: 48 }, (_, beat) => [
  { at: beat, gain: beat % 4 === 0 ? 1 : 0.6 },
  { at: beat + 0.5, gain: 0.4 },
  ...(beat % 4 === 3 ? [{ at: beat + 0.25, gain: 0.5 }, { at: beat + 0.75, gain: 0.5 }] : []),
]).flat();
const KUAIBAN_TUNE = [0, 4, 7, 4, 9, 7, 4, 2, 0, 2, 4, 7];

const kuaiban: Score = {
  bpm: 120,
  tonic: 392,
  beats: 48,
  voice: 'wood',
  melody: Array.from({ length: 44 }, (_, i) => ({ at: i + 2, beats: 0.5, pitch: KUAIBAN_TUNE[i % KUAIBAN_TUNE.length]! })),
  clicks: kuaibanClicks,
};

// 评书: spoken storytelling, so the sound is only its frame: the 醒木 (gavel) strikes that open the
// story and mark its turns, and short 三弦-like plucks between the parts. 60 beats a minute, so a
// beat is a second and the lines below start on whole beats. The storyteller's words are the
// transcript (the demo has no recorded voice; the description says so).
const pingshu: Score = {
  bpm: 60,
  tonic: 220,
  beats: 34,
  voice: 'wood',
  melody: [
    ...phrase(1.5, [[0, 0.25], [7, 0.25], [12, 0.5], [7, 0.5]]),
    ...phrase(12.5, [[5, 0.25], [7, 0.25], [0, 0.5]]),
    ...phrase(21.5, [[7, 0.25], [5, 0.25], [0, 0.5]]),
    ...phrase(31, [[12, 0.5], [7, 0.5], [4, 0.5], [0, 1]]),
  ],
  clicks: [0, 0.15, 13, 22, 30.5].map((at) => ({ at, gain: 1 })),
};

export const DEMO_WORKS: readonly DemoWork[] = [
  {
    slug: 'lvju-hunyin-zizhu',
    title: '吕剧《婚姻自主》（演示素材）',
    artForm: '吕剧',
    kind: 'video',
    performers: ['泉城市普法办（演示）'],
    description: '演示素材：由系统生成的吕剧风格唱段（合成伴奏），唱词讲民法典婚姻家庭编的婚姻自由、禁止包办买卖婚姻、结婚自愿和优良家风。',
    audiences: ['village', 'officials'],
    lawSlugs: ['民法典'],
    poster: 'lvju-hunyin.svg',
    score: lvju,
    lrc: [
      '[ti:婚姻自主（演示素材）]',
      '[ar:泉城市普法办]',
      '[00:03.20]春风吹进小山庄',
      '[00:06.40]婚姻大事自己当',
      '[00:09.60]国家保护婚姻家',
      '[00:12.80]包办买卖都不准',
      '[00:16.00]借婚索财理不当',
      '[00:19.20]重婚暴力要禁止',
      '[00:22.40]男女双方全自愿',
      '[00:25.60]互敬互爱家风良',
      '[00:28.80]',
    ].join('\n'),
    chapters: [
      '[00:00.00]开场',
      '[00:09.60]婚姻自由 《民法典》第一千零四十一条',
      '[00:12.80]禁止包办买卖婚姻 《民法典》第一千零四十二条',
      '[00:22.40]结婚自愿 《民法典》第一千零四十六条',
      '[00:25.60]优良家风 《民法典》第一千零四十三条',
    ].join('\n'),
  },
  {
    slug: 'kuaiban-hongludeng',
    title: '快板《红绿灯》（演示素材）',
    artForm: '快板',
    kind: 'audio',
    performers: ['泉城市公安局交警支队（演示）'],
    description: '演示素材：由系统生成的快板节奏（合成竹板与木鱼），词讲道路交通安全法：看信号、让行人、系安全带戴头盔、酒后不开车。',
    audiences: ['students', 'village'],
    lawSlugs: ['道路交通安全法'],
    poster: 'kuaiban-anquan.svg',
    score: kuaiban,
    lrc: [
      '[ti:红绿灯（演示素材）]',
      '[00:02.00]竹板一打响连天',
      '[00:04.00]交通安全说一段',
      '[00:06.00]红灯停来绿灯行',
      '[00:08.00]黄灯亮了要警示',
      '[00:10.00]车到斑马要减速',
      '[00:12.00]行人通过停车让',
      '[00:14.00]安全带要系牢靠',
      '[00:16.00]骑摩托车戴头盔',
      '[00:18.00]喝了酒后不开车',
      '[00:20.00]酒驾处罚不轻饶',
      '[00:22.00]',
    ].join('\n'),
    chapters: [
      '[00:00.00]开场',
      '[00:06.00]交通信号 《道路交通安全法》第二十六条',
      '[00:10.00]礼让行人 《道路交通安全法》第四十七条',
      '[00:14.00]安全带与头盔 《道路交通安全法》第五十一条',
      '[00:18.00]饮酒不驾车 《道路交通安全法》第九十一条',
    ].join('\n'),
  },
  {
    slug: 'pingshu-dianhua-natou',
    title: '评书《电话那头》（演示素材）',
    artForm: '评书',
    kind: 'audio',
    performers: ['泉城市公安局反诈中心（演示）'],
    description: '演示素材：评书《电话那头》的说书词，配合成的醒木声与三弦过门（本演示不含人声，说书词见字幕与文稿）。讲反电信网络诈骗法：什么是电信网络诈骗、不出租出借银行卡和电话卡、诈骗者要承担赔偿责任，遇到可疑来电先挂断再核实。',
    audiences: ['village', 'students', 'officials'],
    lawSlugs: ['反电信网络诈骗法'],
    poster: 'pingshu-dianhua.svg',
    score: pingshu,
    lrc: [
      '[ti:电话那头（演示素材）]',
      '[ar:泉城市公安局反诈中心]',
      '[00:01.00]醒木一拍！列位，今天说一段《电话那头》',
      '[00:04.00]话说咱村王大娘，晌午接了个陌生电话',
      '[00:07.00]那头哭着说：妈，我出了车祸，急用钱',
      '[00:10.00]王大娘心里一哆嗦，可转念一想',
      '[00:13.00]隔着电话、见不着面，张口就要钱，这就叫电信网络诈骗',
      '[00:16.00]大娘挂了电话，给儿子回拨过去，儿子好好地在上班',
      '[00:19.00]列位，银行卡、电话卡，千万不能借给别人用',
      '[00:22.00]出租出借，就是给骗子递刀子，法律明令禁止',
      '[00:25.00]骗子骗了钱，不光要担刑责，给人造成的损失还得赔',
      '[00:28.00]遇到可疑来电，先挂断、再核实，拨打反诈专线九六一一零',
      '[00:31.00]欲知后事如何，且听下回分解',
      '[00:34.00]',
    ].join('\n'),
    chapters: [
      '[00:00.00]开场',
      '[00:13.00]什么是电信网络诈骗 《反电信网络诈骗法》第二条',
      '[00:19.00]不出租出借卡和账号 《反电信网络诈骗法》第三十一条',
      '[00:25.00]诈骗者承担民事责任 《反电信网络诈骗法》第四十六条',
    ].join('\n'),
  },
];
