import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/agency/types';
import { answerRange } from '../../../core/media/range';
import { availableMediaActions, createEvent, type MediaState, mediaTransition, publishedAtOf } from '../../../core/media/workflow';

describe('answerRange', () => {
  it.each([
    [undefined, { kind: 'whole' }],
    ['bytes=0-99', { kind: 'partial', start: 0, end: 99 }],
    ['bytes=900-', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-100', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=990-5000', { kind: 'partial', start: 990, end: 999 }],
    ['bytes=0-1,5-6', { kind: 'whole' }],
    ['bytes=1000-', { kind: 'unsatisfiable' }],
    ['bytes=50-10', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=-', { kind: 'unsatisfiable' }],
    ['items=0-10', { kind: 'unsatisfiable' }],
    ['bytes=abc', { kind: 'unsatisfiable' }],
  ])('%s of 1000 bytes', (header, answer) => {
    expect(answerRange(header, 1000)).toEqual(answer);
  });
});

const editor: Actor = { id: 'e', role: 'agency-editor', agencyId: 'A' };
const otherEditor: Actor = { id: 'o', role: 'agency-editor', agencyId: 'B' };
const reviewer: Actor = { id: 'r', role: 'reviewer', agencyId: null };
const now = new Date('2026-11-30T10:00:00Z');
const video = (over: Partial<MediaState> = {}): MediaState => ({
  agencyId: 'A', status: 'draft', history: [createEvent(editor, now)], kind: 'video', hasCaptions: true, processing: 'done', ...over,
});

describe('media workflow', () => {
  it('goes draft → submitted → published and records when', () => {
    const submitted = mediaTransition(video(), 'submit', editor, now);
    expect(submitted).toMatchObject({ ok: true, status: 'submitted' });
    if (!submitted.ok) return;
    const published = mediaTransition(video({ status: 'submitted', history: submitted.history }), 'publish', reviewer, now);
    expect(published).toMatchObject({ ok: true, status: 'published' });
    expect(published.ok && publishedAtOf(published.history)).toBe(now.toISOString());
  });

  it('refuses to submit or publish a video without captions, or before processing ends', () => {
    expect(mediaTransition(video({ hasCaptions: false }), 'submit', editor, now)).toEqual({ ok: false, error: '视频作品须先填写或导入字幕（WebVTT 或 LRC）才能发布' });
    const history = [...video().history, { ...createEvent(editor, now), action: 'submit' as const, from: 'draft' as const, to: 'submitted' as const }];
    expect(mediaTransition(video({ status: 'submitted', history, hasCaptions: false }), 'publish', reviewer, now).ok).toBe(false);
    expect(mediaTransition(video({ processing: 'processing' }), 'submit', editor, now)).toMatchObject({ ok: false, error: expect.stringContaining('处理中') });
    expect(mediaTransition(video({ kind: 'audio', hasCaptions: false }), 'submit', editor, now).ok).toBe(true);
  });

  it('lets only the owning agency’s editor submit, and only reviewers publish', () => {
    expect(mediaTransition(video(), 'submit', otherEditor, now)).toEqual({ ok: false, error: '只能编制本单位的作品' });
    expect(mediaTransition(video(), 'publish', editor, now).ok).toBe(false);
    expect(availableMediaActions(video({ status: 'published' }), editor)).toEqual([]);
  });
});

describe('taking a published item back', () => {
  it('lets a reviewer return a published item with a reason, never an editor', () => {
    const published = video({ status: 'published' });
    expect(availableMediaActions(published, reviewer)).toEqual(['return']);
    expect(mediaTransition(published, 'return', reviewer, now)).toEqual({ ok: false, error: '退回时必须填写审核意见' });
    expect(mediaTransition(published, 'return', editor, now, '改')).toMatchObject({ ok: false });
    const back = mediaTransition(published, 'return', reviewer, now, '字幕有错字');
    expect(back).toMatchObject({ ok: true, status: 'returned' });
    expect(back.ok && back.history.at(-1)).toMatchObject({ from: 'published', to: 'returned', comment: '字幕有错字' });
  });
});
