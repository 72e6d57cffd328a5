import { describe, expect, it } from 'vitest';
import { checkProbe, cuesPastEnd, durationMismatch, type ProbeOutput } from '../../../core/media/probe-check';

const mp4: ProbeOutput = {
  format: { format_name: 'mov,mp4,m4a,3gp,3g2,mj2', duration: '30.041' },
  streams: [{ codec_type: 'video', codec_name: 'h264', width: 1280, height: 720 }, { codec_type: 'audio', codec_name: 'aac' }],
};
const m4a: ProbeOutput = {
  format: { format_name: 'mov,mp4,m4a,3gp,3g2,mj2', duration: '24.5' },
  streams: [{ codec_type: 'audio', codec_name: 'aac' }, { codec_type: 'video', codec_name: 'png', disposition: { attached_pic: 1 } }],
};
const png: ProbeOutput = { format: { format_name: 'png_pipe' }, streams: [{ codec_type: 'video', codec_name: 'png', width: 8, height: 8 }] };

describe('checkProbe', () => {
  it('reads a video’s kind, size and duration', () => {
    expect(checkProbe(mp4, { filename: 'a.mp4', mimeType: 'video/mp4' })).toEqual({
      ok: true,
      media: { kind: 'video', durationSeconds: 30.041, formatName: 'mov,mp4,m4a,3gp,3g2,mj2', width: 1280, height: 720, hasCover: false },
    });
  });

  it('treats audio with cover art as audio', () => {
    const r = checkProbe(m4a, { filename: 'kuaiban.m4a', mimeType: 'audio/mp4' });
    expect(r.ok && r.media).toMatchObject({ kind: 'audio', hasCover: true, durationSeconds: 24.5 });
  });

  it('refuses an image renamed to .mp4', () => {
    const r = checkProbe(png, { filename: 'fake.mp4', mimeType: 'video/mp4' });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.error).toMatch(/实际内容不是 \.mp4.*png_pipe/);
  });

  it('refuses a WAV file named .mp3 and a video sent as audio', () => {
    const wav = { format: { format_name: 'wav', duration: '3' }, streams: [{ codec_type: 'audio' }] };
    expect(checkProbe(wav, { filename: 'x.mp3', mimeType: 'audio/mpeg' }).ok).toBe(false);
    const r = checkProbe(mp4, { filename: 'a.mp4', mimeType: 'audio/mp4' });
    expect(!r.ok && r.error).toContain('实际含有视频画面');
  });

  it('refuses what ffprobe cannot read and unknown extensions', () => {
    expect(checkProbe({}, { filename: 'a.mp4', mimeType: 'video/mp4' }).ok).toBe(false);
    const r = checkProbe(mp4, { filename: 'a.exe', mimeType: 'video/mp4' });
    expect(!r.ok && r.error).toContain('不支持的文件类型');
  });
});

describe('durations', () => {
  it('flags a typed duration that disagrees with the probe by more than a second', () => {
    expect(durationMismatch(312, 30.04)).toBe('填写的时长 312 秒与文件实际时长 30.0 秒不符，已按实际时长保存');
    expect(durationMismatch(30.5, 30.04)).toBeNull();
    expect(durationMismatch(undefined, 30)).toBeNull();
  });

  it('refuses captions that start after the media ends', () => {
    expect(cuesPastEnd([{ start: 2, text: '甲' }, { start: 40, text: '尾声' }], 30)).toContain('尾声');
    expect(cuesPastEnd([{ start: 29.5, text: '甲' }], 30)).toBeNull();
  });
});
