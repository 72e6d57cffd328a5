/**
 * Finding 5 (an editor controls an evaluated report), replayed as the editor would over REST
 * (Local API with the editor as user and access enforced): publish without review, then — after
 * the 普法办's 评议 — rewrite, unpublish, delete. Every step must be refused and the evaluated
 * report stay as it was; a correction is a new version that goes through review again.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviseReportEndpoint } from '../../../cms/collections/Reports/endpoints/revise-report';
import { respond } from '../../helpers/endpoint';
import { makeAgency, makeUser, type TestUser, testPayload } from '../../helpers/payload';
import type { DocId } from '../../../cms/relation';
import { lexicalParagraphs, richTextBlocks, richTextPlain } from '../../../core/agency/rich-text';
import { fullNarrative } from '../../helpers/report-narrative';

/** A section's text as the public reads it. */
const textOf = (v: unknown) => richTextPlain(richTextBlocks(v));

let payload: Payload;
let editor: TestUser;
let otherEditor: TestUser;
let reviewer: TestUser;
let admin: TestUser;
let id: DocId;

const as = (user: TestUser | null) => ({ user, overrideAccess: false }) as const;
const update = (data: Record<string, unknown>, user: TestUser, target = id) => payload.update({ collection: 'reports', id: target, data, ...as(user) });
const read = (target = id) => payload.findByID({ collection: 'reports', id: target, depth: 0, overrideAccess: true });
const publicIds = async () => (await payload.find({ collection: 'reports', ...as(null), pagination: false })).docs.map((d) => d.id);
const revise = (user: TestUser | null, target = id) => respond(reviseReportEndpoint.handler, { payload, user, routeParams: { id: target } });

beforeAll(async () => {
  payload = await testPayload();
  const agency = await makeAgency(payload);
  editor = await makeUser(payload, 'agency-editor', agency.id);
  otherEditor = await makeUser(payload, 'agency-editor', (await makeAgency(payload)).id);
  reviewer = await makeUser(payload, 'reviewer');
  admin = await makeUser(payload, 'admin');
  const doc = await payload.create({ collection: 'reports', data: { title: '2050年度普法履职报告', year: 2050, status: 'draft', ...fullNarrative('原始内容') }, ...as(editor) });
  id = doc.id;
});

describe('publication needs review', () => {
  it('an editor cannot publish their draft, nor forge a review history to do it', async () => {
    await expect(update({ status: 'published' }, editor)).rejects.toMatchObject({ status: 400 });
    const forged = [{ at: new Date().toISOString(), actorId: 'x', role: 'agency-editor', action: 'submit', from: 'draft', to: 'submitted', version: 1 }];
    await expect(update({ status: 'submitted', history: forged }, editor)).resolves.toMatchObject({ status: 'submitted' });
    await expect(update({ status: 'published' }, editor)).rejects.toMatchObject({ status: 403 });
    expect((await read()).status).toBe('submitted');
    expect(await publicIds()).not.toContain(id);
    // The history is the server's, not the one sent.
    expect(((await read()).history as { actorId: string }[]).map((e) => e.actorId)).toEqual([String(editor.id), String(editor.id)]);
  });

  it('while under review the text is frozen, and the editor cannot delete it', async () => {
    await expect(update({ basics: lexicalParagraphs('审核中偷改') }, editor)).rejects.toMatchObject({ status: 409 });
    await expect(payload.delete({ collection: 'reports', id, ...as(editor) })).rejects.toMatchObject({ status: 403 });
  });

  it('a reviewer publishes a submitted report; the public then reads it', async () => {
    const published = await update({ status: 'published' }, reviewer);
    expect((published.history as { action: string }[]).map((e) => e.action)).toEqual(['create', 'submit', 'publish']);
    expect(await publicIds()).toContain(id);
  });
});

describe('an evaluated report is frozen', () => {
  beforeAll(async () => {
    expect(await update({ score: 86, reviewNote: '测试单位没有记录，按材料评定' }, admin)).toMatchObject({ score: 86, grade: '良好' });
  });

  it('the editor can no longer rewrite, unpublish or delete it', async () => {
    await expect(update({ basics: lexicalParagraphs('评议后改写') }, editor)).rejects.toMatchObject({ status: 409 });
    await expect(update({ status: 'draft' }, editor)).rejects.toMatchObject({ status: 400 });
    await expect(update({ status: 'submitted' }, editor)).rejects.toMatchObject({ status: 400 });
    await expect(payload.delete({ collection: 'reports', id, ...as(editor) })).rejects.toMatchObject({ status: 403 });
    await expect(update({ score: 100, grade: '优秀' }, editor)).resolves.toMatchObject({ score: 86, grade: '良好' });
    await expect(payload.delete({ collection: 'reports', id, ...as(otherEditor) })).rejects.toMatchObject({ status: 403 });
  });

  it('nor can a reviewer or an admin change its text; an admin only re-scores', async () => {
    await expect(update({ basics: lexicalParagraphs('审核员改写') }, reviewer)).rejects.toMatchObject({ status: 409 });
    await expect(update({ status: 'returned', reviewComment: '退回' }, reviewer)).rejects.toMatchObject({ status: 400 });
    await expect(update({ plans: lexicalParagraphs('管理员改写') }, admin)).rejects.toMatchObject({ status: 409 });
    await expect(update({ score: null }, admin)).rejects.toMatchObject({ status: 409 });
    expect(await update({ score: 91 }, admin)).toMatchObject({ score: 91, grade: '优秀' });
  });

  it('after every attempt the report, its text and its 评议 are as the 普法办 left them', async () => {
    expect(await read()).toMatchObject({ status: 'published', score: 91, grade: '优秀', version: 1 });
    expect(textOf((await read()).basics)).toBe('原始内容：基本情况。');
    expect(await publicIds()).toContain(id);
  });
});

describe('a correction is a new version', () => {
  let v2: DocId;

  it('the editor revises: version 2 is a draft copy without the 评议; version 1 stays public and evaluated', async () => {
    expect((await revise(null)).status).toBe(401);
    expect((await revise(otherEditor)).status).toBe(403);
    expect((await revise(reviewer)).status).toBe(403);
    const res = await revise(editor);
    expect(res.status).toBe(201);
    ({ id: v2 } = (await res.json()) as { id: number });
    expect(await read(v2)).toMatchObject({ status: 'draft', version: 2, score: null, previous: id });
    expect(textOf((await read(v2)).basics)).toBe('原始内容：基本情况。');
    expect((await revise(editor)).status).toBe(409);
    expect(await publicIds()).toContain(id);
    expect(await publicIds()).not.toContain(v2);
  });

  it('version 2 is edited, reviewed and published; version 1 keeps its 评议', async () => {
    await update({ basics: lexicalParagraphs('更正后的内容'), status: 'submitted' }, editor, v2);
    await expect(update({ score: 70 }, admin, v2)).rejects.toMatchObject({ status: 409 });
    await update({ status: 'published' }, reviewer, v2);
    expect(await read(v2)).toMatchObject({ status: 'published', score: null });
    expect(textOf((await read(v2)).basics)).toBe('更正后的内容');
    expect(await read()).toMatchObject({ status: 'published', score: 91, grade: '优秀' });
    expect(textOf((await read()).basics)).toBe('原始内容：基本情况。');
  });

  it('an editor still deletes their own draft', async () => {
    const draft = await payload.create({ collection: 'reports', data: { title: '草稿', year: 2051, status: 'draft' }, ...as(editor) });
    await expect(payload.delete({ collection: 'reports', id: draft.id, ...as(editor) })).resolves.toBeTruthy();
  });
});
