import { APIError, type CollectionBeforeValidateHook } from 'payload';
import { looksLikeLrc, lrcToWebVtt } from '../../../../core/media/lrc';
import { cuesPastEnd } from '../../../../core/media/probe-check';
import { parseWebVtt } from '../../../../core/media/webvtt';
import type { Media } from '../../../payload-types';

/**
 * LRC lyrics pasted or imported into 唱词/字幕 are stored as WebVTT (what players read); the last
 * line ends at the media's probed duration. Malformed LRC is left as it is, so the field's
 * validator names the faulty line. Captions that start after the media ends (written for another
 * or a longer recording) are refused.
 */
export const captionsFromLrc: CollectionBeforeValidateHook<Media> = ({ data, originalDoc }) => {
  if (!data) return data;
  const duration = data.durationSeconds ?? originalDoc?.durationSeconds ?? undefined;
  let text = data.transcript;
  if (typeof text === 'string' && looksLikeLrc(text)) {
    const converted = lrcToWebVtt(text, { durationSeconds: duration ?? undefined });
    if (!converted.ok) return data;
    text = converted.vtt;
  }
  // Checked when either the captions or the file (and so the duration) changes.
  const captions = text ?? (data.durationSeconds != null ? originalDoc?.transcript : undefined);
  if (typeof captions === 'string' && captions && duration) {
    const parsed = parseWebVtt(captions);
    const late = parsed.ok ? cuesPastEnd(parsed.cues, duration) : null;
    if (late) throw new APIError(late, 400, { field: 'transcript' }, true);
  }
  return text === data.transcript ? data : { ...data, transcript: text };
};
