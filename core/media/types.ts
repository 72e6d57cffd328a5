/**
 * The media library's shapes, shared by the CMS (processing, the site-data loader) and the site
 * (the /media/ pages and the player). Pure types and constants: no framework imports.
 */

/** One timed caption or lyric line (seconds from the start). */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** An article a chapter cites, as written in the cue (《民法典》第一千零四十二条). */
export interface ChapterCite {
  /** The law's title without 《》, e.g. 民法典. */
  lawTitle: string;
  /** The article label as written, e.g. 第一千零四十二条. */
  article: string;
  /** The article number as an integer (1042), for the law page's anchor. */
  articleNumber: number;
  /** The cited law's slug when the library has a law of that title (set by the CMS loader). */
  lawSlug?: string;
}

/** A chapter: where it starts, its title, and the article it cites, if any. */
export interface Chapter {
  start: number;
  title: string;
  cite?: ChapterCite;
}

/** A served file: its public URL (range requests supported), size in bytes and MIME type. */
export interface MediaFile {
  url: string;
  bytes: number;
  mime: string;
}

/** The poster in responsive sizes (WebP): `src` is the middle size, `srcset` lists all widths. */
export interface PosterImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

/** What the site reads of one published media item (cms/site-data-media.ts `publishedMedia`). */
export interface PublicMedia {
  id: string;
  /** URL-safe, stable: the item's page is /media/<slug>/. */
  slug: string;
  title: string;
  /** Top-level art form for browsing: 戏曲, 评书, 快板, 山东快书, 相声, 小品, 情景剧, 动画, 其他. */
  artForm: string;
  /** The opera kind when artForm is 戏曲 (吕剧, 京剧, 豫剧, 黄梅戏 …). */
  operaKind?: string;
  kind: 'video' | 'audio';
  description?: string;
  performers: string[];
  /** Probed from the file by ffprobe, never typed in. */
  durationSeconds: number;
  agency: { id: string; name: string };
  laws: { id: string; title: string; slug: string }[];
  /** Learning audiences (core/vocabulary/learning.ts AUDIENCES: officials, students, village). */
  audiences: string[];
  /** Campaigns that recorded this item as theirs (campaigns.media). */
  campaignIds: string[];
  /** ISO date-time of publication (the workflow's publish event). */
  publishedAt: string;
  /** True for the seed's own generated demo works (演示素材). */
  demo?: boolean;
  files: {
    original: MediaFile;
    /** Low-bitrate audio-only rendition (≤ 64 kbps AAC in .m4a). */
    audio: MediaFile;
    /** Phone-sized video rendition (480p H.264, .mp4); videos only. */
    mobile?: MediaFile;
    poster?: PosterImage;
  };
  captions: { url: string; cues: Cue[] };
  chapters: Chapter[];
}

/** Processing states of an uploaded item (admin field 处理状态). */
export const PROCESSING_STATES = ['pending', 'processing', 'done', 'failed'] as const;
export type ProcessingState = (typeof PROCESSING_STATES)[number];
export const PROCESSING_LABELS: Readonly<Record<ProcessingState, string>> = {
  pending: '等待处理',
  processing: '处理中',
  done: '完成',
  failed: '失败',
};

/** A rendition file as stored (in the item's folder of derived files). */
export interface StoredFile {
  filename: string;
  bytes: number;
  mime: string;
}

/** What processing made for one item (the media collection's `renditions` field). */
export interface StoredRenditions {
  audio?: StoredFile;
  mobile?: StoredFile;
  poster?: { width: number; height: number; sizes: (StoredFile & { width: number; height: number })[] };
  /** Wall-clock seconds the processing took. */
  seconds?: number;
}
