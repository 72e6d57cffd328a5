import { describe, expect, it } from 'vitest';
import { activeIndex, formatBytes, formatClock, formatDuration, formatName, timeFromHash, timeHash } from '../../../site/components/media/player-logic';

describe('activeIndex', () => {
  const lines = [
    { start: 0, end: 4 },
    { start: 4, end: 9 },
    { start: 12, end: 18 },
  ];
  it('finds the line showing, none in gaps, before or after', () => {
    expect(activeIndex(lines, 0)).toBe(0);
    expect(activeIndex(lines, 3.99)).toBe(0);
    expect(activeIndex(lines, 4)).toBe(1);
    expect(activeIndex(lines, 10)).toBe(-1);
    expect(activeIndex(lines, 17.5)).toBe(2);
    expect(activeIndex(lines, 18)).toBe(-1);
    expect(activeIndex([{ start: 2, end: 3 }], 1)).toBe(-1);
  });
  it('lets chapters (no end) run until the next one starts', () => {
    const chapters = [{ start: 0 }, { start: 30 }, { start: 65 }];
    expect(activeIndex(chapters, 29.9)).toBe(0);
    expect(activeIndex(chapters, 30)).toBe(1);
    expect(activeIndex(chapters, 5000)).toBe(2);
  });
  it('keeps the later of overlapping lines', () => {
    expect(activeIndex([{ start: 0, end: 10 }, { start: 5, end: 8 }], 6)).toBe(1);
  });
});

describe('timeFromHash', () => {
  it('reads seconds and clock forms', () => {
    expect(timeFromHash('#t=83')).toBe(83);
    expect(timeFromHash('#t=12.5')).toBe(12.5);
    expect(timeFromHash('#t=1:23')).toBe(83);
    expect(timeFromHash('#t=1:01:05')).toBe(3665);
    expect(timeFromHash('t=7,20')).toBe(7);
    expect(timeFromHash('#t=npt:9')).toBe(9);
  });
  it('refuses anything else', () => {
    for (const hash of ['', '#', '#art-5', '#t=', '#t=abc', '#t=-3', '#c-12', '#t=1:2:3:4']) expect(timeFromHash(hash)).toBeNull();
  });
  it('round-trips with timeHash', () => {
    expect(timeHash(12.04)).toBe('#t=12');
    expect(timeFromHash(timeHash(83.26))).toBe(83.3);
    expect(timeHash(-1)).toBe('#t=0');
  });
});

describe('formats', () => {
  it('writes clock positions and Chinese durations', () => {
    expect(formatClock(5)).toBe('0:05');
    expect(formatClock(65.9)).toBe('1:05');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatDuration(40)).toBe('40秒');
    expect(formatDuration(75)).toBe('1分15秒');
    expect(formatDuration(3600)).toBe('1小时0分0秒');
  });
  it('writes file sizes in binary units', () => {
    expect(formatBytes(980)).toBe('980 B');
    expect(formatBytes(12_595)).toBe('12.3 KB');
    expect(formatBytes(2_400_000)).toBe('2.3 MB');
    expect(formatBytes(150 * 2 ** 20)).toBe('150 MB');
    expect(formatBytes(3 * 2 ** 30)).toBe('3.0 GB');
  });
  it('names formats', () => {
    expect(formatName('video/mp4')).toBe('MP4');
    expect(formatName('audio/x-m4a')).toBe('M4A');
    expect(formatName('audio/mpeg')).toBe('MP3');
    expect(formatName('audio/mp4')).toBe('M4A');
    expect(formatName('video/webm; codecs=vp9')).toBe('WebM');
  });
});
