/**
 * A class session's report for its school's teachers and admins, read from the stored answers
 * (kept whether or not the teacher's tab stayed open), its .xlsx/.csv export (formula-safe), and
 * each class's sessions over time.
 */
import ExcelJS from 'exceljs';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { APIError, type Payload, type Where } from 'payload';
import { classReport, questionRows, studentRows, type ClassReport } from '../../core/classroom/report';
import { safeRows } from '../../core/export/safe-cell';
import type { ClassSession } from '../payload-types';
import { isDocumentId } from '../security/api-input';
import { type DocId, relationKey } from '../relation';

/** The session if this user may read it (the collection's read rule), else 404 — another school's session is not confirmed to exist. */
export async function readableSession(payload: Payload, user: unknown, id: unknown): Promise<ClassSession> {
  if (!user) throw new APIError('请先登录', 401);
  const doc = typeof id === 'string' && isDocumentId(id, payload.db.defaultIDType)
    ? await payload.findByID({ collection: 'class-sessions', id: id as unknown as DocId, depth: 0, user: user as never, overrideAccess: false, disableErrors: true }).catch(() => null)
    : null;
  if (!doc) throw new APIError('课堂记录不存在或无权查看', 404);
  return doc;
}

export async function sessionReport(payload: Payload, session: ClassSession): Promise<ClassReport> {
  const rows = await payload.find({ collection: 'class-answers', where: { session: { equals: session.id } }, pagination: false, depth: 0, overrideAccess: true });
  const answers = rows.docs.map((r) => ({
    playerId: r.playerId, nickname: r.nickname, questionIndex: r.questionIndex, choice: Array.isArray(r.choice) ? (r.choice as number[]) : [],
    correct: !!r.correct, points: r.points ?? 0, timeMs: r.timeMs ?? null, ...(r.learner ? { learnerId: relationKey(r.learner) } : {}),
  }));
  const questions = session.questions ?? [];
  const ended = session.report;
  let asked: number[] | undefined;
  if (ended) asked = ended.questions.filter((q) => !q.skipped).map((q) => q.index);
  else if (session.mode === 'live') asked = [...new Set(answers.map((a) => a.questionIndex))].sort((a, b) => a - b);
  const players = ended?.students.map((s) => ({ playerId: s.playerId, nickname: s.nickname, removed: s.removed, ...(s.learnerId ? { learnerId: s.learnerId } : {}) }));
  return classReport({ questions, answers, asked, players });
}

const CONTENT_TYPE = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' } as const;

/** The report as .xlsx (sheets 学生 and 题目) or .csv (the student sheet; `sheet=questions` the other). */
export async function exportReport(report: ClassReport, format: 'xlsx' | 'csv', sheet: 'students' | 'questions' = 'students'): Promise<{ body: Buffer; contentType: string }> {
  if (format === 'csv') {
    const rows = safeRows(sheet === 'questions' ? questionRows(report) : studentRows(report));
    return { body: Buffer.from(`\ufeff${stringifyCsv(rows)}`, 'utf8'), contentType: CONTENT_TYPE.csv };
  }
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of [['学生', studentRows(report)], ['题目', questionRows(report)]] as const) {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const r of safeRows(rows)) ws.addRow(r);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c, i) => (c.width = name === '题目' && i === 1 ? 48 : 14));
  }
  return { body: Buffer.from(await book.xlsx.writeBuffer()), contentType: CONTENT_TYPE.xlsx };
}

/** Each class's sessions over time (oldest first) with students and mean accuracy, for the sessions this user may read. */
export async function classTrend(payload: Payload, user: unknown, className?: string | null) {
  const where: Where = className ? { className: { equals: className } } : {};
  const sessions = await payload.find({ collection: 'class-sessions', where, sort: 'startedAt', limit: 200, depth: 0, user: user as never, overrideAccess: false });
  const classes = new Map<string, { className: string; sessions: { id: DocId; title: string; mode: string; startedAt: string; students: number; accuracy: number | null }[] }>();
  for (const s of sessions.docs) {
    const report = await sessionReport(payload, s);
    const name = s.className || '未填写班级';
    if (!classes.has(name)) classes.set(name, { className: name, sessions: [] });
    classes.get(name)!.sessions.push({ id: s.id, title: s.title, mode: s.mode, startedAt: s.startedAt, students: report.students.length, accuracy: report.meanAccuracy });
  }
  return { classes: [...classes.values()] };
}
