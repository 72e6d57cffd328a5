/** Published media as the site reads them (core/media/types.ts), for the site's unit tests. */
import type { PublicMedia } from '../../../core/media/types';

const file = (url: string, bytes: number, mime: string) => ({ url, bytes, mime });

export const lvju: PublicMedia = {
  id: '1',
  slug: 'lvju-hunyin-ziyou',
  title: '吕剧《彩礼退回来》',
  artForm: '戏曲',
  operaKind: '吕剧',
  kind: 'video',
  description: '演示素材：小梅拒绝包办婚姻。',
  performers: ['泉城市吕剧团（演示）'],
  durationSeconds: 40,
  agency: { id: '3', name: '泉城市司法局' },
  laws: [{ id: '7', title: '中华人民共和国民法典', slug: '民法典' }],
  audiences: ['village', 'officials'],
  campaignIds: ['12'],
  publishedAt: '2026-11-20T08:00:00.000Z',
  demo: true,
  files: {
    original: file('/media-files/lvju.mp4', 2_400_000, 'video/mp4'),
    audio: file('/media-files/lvju-audio.m4a', 320_000, 'audio/mp4'),
    mobile: file('/media-files/lvju-480.mp4', 900_000, 'video/mp4'),
    poster: { src: '/media-files/lvju-640.webp', srcset: '/media-files/lvju-320.webp 320w, /media-files/lvju-640.webp 640w, /media-files/lvju-1280.webp 1280w', width: 640, height: 360 },
  },
  captions: {
    url: '/media-files/lvju.vtt',
    cues: [
      { start: 0, end: 4, text: '小梅我今年二十整' },
      { start: 4, end: 9, text: '婚姻大事我做主' },
      { start: 12, end: 18, text: '彩礼八万买不走' },
    ],
  },
  chapters: [
    { start: 0, title: '开场' },
    { start: 4, title: '婚姻自由 《民法典》第一千零四十二条', cite: { lawTitle: '民法典', article: '第一千零四十二条', articleNumber: 1042 } },
  ],
};

export const pingshu: PublicMedia = {
  ...lvju,
  id: '2',
  slug: 'pingshu-fangzha',
  title: '评书《电话那头不是儿子》',
  artForm: '评书',
  operaKind: undefined,
  kind: 'audio',
  performers: ['王先生（演示）'],
  laws: [{ id: '9', title: '中华人民共和国反电信网络诈骗法', slug: '反电信网络诈骗法' }],
  audiences: ['village'],
  campaignIds: [],
  files: { original: file('/media-files/ps.m4a', 800_000, 'audio/mp4'), audio: file('/media-files/ps-64.m4a', 300_000, 'audio/mp4') },
  captions: { url: '/media-files/ps.vtt', cues: [{ start: 0, end: 5, text: '话说这天下午' }] },
  chapters: [],
};
