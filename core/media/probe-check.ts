/**
 * What an uploaded file really is, from ffprobe's JSON, checked against what its name and MIME
 * type claim; and how a typed-in duration compares with the probed one. Pure: the CMS runs
 * ffprobe (cms/media/probe.ts) and passes its output here.
 */

/** The parts of `ffprobe -show_format -show_streams -of json` this module reads. */
export interface ProbeOutput {
  format?: { format_name?: string; duration?: string };
  streams?: { codec_type?: string; codec_name?: string; width?: number; height?: number; duration?: string; disposition?: { attached_pic?: number } }[];
}

/** The probed facts of a media file. */
export interface ProbedMedia {
  kind: 'video' | 'audio';
  durationSeconds: number;
  formatName: string;
  width?: number;
  height?: number;
  /** A cover picture stream (audio with embedded art). */
  hasCover: boolean;
}

// Container names ffprobe reports (format_name, comma-separated) per file extension.
const FORMATS: Readonly<Record<string, readonly string[]>> = {
  mp4: ['mov', 'mp4', 'm4a'], m4v: ['mov', 'mp4'], mov: ['mov'], m4a: ['mov', 'mp4', 'm4a'], webm: ['matroska', 'webm'],
  mkv: ['matroska'], ogg: ['ogg'], oga: ['ogg'], ogv: ['ogg'], opus: ['ogg'], mp3: ['mp3'], wav: ['wav'], flac: ['flac'], aac: ['aac'],
};

/** The most a typed duration may differ from the probed one before it counts as a mismatch. */
export const DURATION_TOLERANCE_SECONDS = 1;

/**
 * The probed media, or a Chinese refusal when the file is not audio or video, or not what its
 * extension or MIME type says (a renamed image, a text file called .mp4, an audio file sent as video).
 */
export function checkProbe(probe: ProbeOutput, claimed: { filename: string; mimeType: string }): { ok: true; media: ProbedMedia } | { ok: false; error: string } {
  const name = claimed.filename;
  const formatName = probe.format?.format_name ?? '';
  const streams = probe.streams ?? [];
  const picture = streams.filter((s) => s.codec_type === 'video' && s.disposition?.attached_pic === 1);
  const video = streams.filter((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  const audio = streams.filter((s) => s.codec_type === 'audio');
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const expected = FORMATS[ext];
  if (!expected) return { ok: false, error: `不支持的文件类型 “.${ext}”：请上传 mp4、webm、m4a、mp3、ogg、wav 等音视频文件` };
  const containers = formatName.split(',');
  const isImage = containers.some((f) => /image2|_pipe$|png|jpeg|gif|webp/.test(f)) && audio.length === 0;
  if (isImage || !containers.some((f) => expected.includes(f))) {
    return { ok: false, error: `文件 “${name}” 的实际内容不是 .${ext} 音视频（检测到的格式：${formatName || '无法识别'}），请检查文件是否被改过扩展名` };
  }
  const kind = video.length > 0 ? 'video' : 'audio';
  if (audio.length === 0 && video.length === 0) return { ok: false, error: `文件 “${name}” 中没有音频或视频内容` };
  const mime = claimed.mimeType.split(';')[0]!.trim().toLowerCase();
  if (mime.startsWith('video/') && kind === 'audio' && !['mp4', 'webm', 'ogg'].includes(mime.slice(6))) {
    return { ok: false, error: `文件 “${name}” 声明为视频（${mime}），实际只有音频` };
  }
  if (mime.startsWith('audio/') && kind === 'video') return { ok: false, error: `文件 “${name}” 声明为音频（${mime}），实际含有视频画面` };
  if (!mime.startsWith('audio/') && !mime.startsWith('video/')) return { ok: false, error: `文件 “${name}” 的类型 ${mime || '未知'} 不是音视频` };
  const duration = Number(probe.format?.duration ?? video[0]?.duration ?? audio[0]?.duration);
  if (!Number.isFinite(duration) || duration <= 0) return { ok: false, error: `无法读取 “${name}” 的时长，文件可能已损坏` };
  const v = video[0];
  return { ok: true, media: { kind, durationSeconds: Math.round(duration * 1000) / 1000, formatName, width: v?.width, height: v?.height, hasCover: picture.length > 0 } };
}

/**
 * A typed-in duration against the probed one: null when they agree (or nothing was typed),
 * else a Chinese note saying the probe wins. The CMS always stores the probed duration.
 */
export function durationMismatch(typed: number | null | undefined, probed: number): string | null {
  if (typed == null || !Number.isFinite(typed)) return null;
  if (Math.abs(typed - probed) <= DURATION_TOLERANCE_SECONDS) return null;
  return `填写的时长 ${typed} 秒与文件实际时长 ${probed.toFixed(1)} 秒不符，已按实际时长保存`;
}

/**
 * Cues that run past the end of the media (captions for a different or cut recording): a
 * Chinese refusal naming the first such cue, or null.
 */
export function cuesPastEnd(cues: readonly { start: number; text: string }[], durationSeconds: number): string | null {
  const late = cues.find((c) => c.start > durationSeconds + DURATION_TOLERANCE_SECONDS);
  return late ? `字幕 “${late.text.slice(0, 20)}” 开始于 ${late.start.toFixed(1)} 秒，超出作品实际时长 ${durationSeconds.toFixed(1)} 秒` : null;
}
