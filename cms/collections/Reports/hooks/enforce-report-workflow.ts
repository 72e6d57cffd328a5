import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { gradeForScore } from '../../../../core/agency/evaluation';
import { createReport, emptyNarrativeSections, reportChangeError, reportTransition } from '../../../../core/agency/report-workflow';
import { actionForStatusChange } from '../../../../core/agency/workflow';
import { NARRATIVE_SECTIONS } from '../../../../core/agency/report-types';
import { rubricDepartureError } from '../../../../core/agency/report-rubric';
import { richTextBlocks } from '../../../../core/agency/rich-text';
import { rubricForReport } from '../rubric';
import { LIST_STATUS_LABELS } from '../../../../core/vocabulary/agency';
import type { Report } from '../../../payload-types';
import { relationKey } from '../../../relation';
import { actorOf } from '../../ResponsibilityLists/to-core';
import { narrativesOf, reportStateOf } from '../to-core';

/** The agency's own text: editable only while the report is a draft or returned. */
export const CONTENT_FIELDS = ['title', 'basics', 'practices', 'problems', 'plans', 'signatory', 'signedOn'] as const satisfies readonly (keyof Report)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];
const RICH_FIELDS = new Set<string>(NARRATIVE_SECTIONS.map((s) => s.key));

const text = (v: unknown) => (v == null ? '' : String(v));
// Rich text compares by what it shows: the admin may send the same text back re-serialized.
const shown = (field: string, v: unknown) => (RICH_FIELDS.has(field) ? JSON.stringify(richTextBlocks(v)) : text(v));
const scoreOf = (v: unknown) => (v == null || v === '' ? null : Number(v));

/** The grade follows from the score by the published thresholds; it is never typed in. */
function withGrade(data: Partial<Report>, score: number | null | undefined): Partial<Report> {
  if (score === undefined) {
    const { grade: _ignored, ...rest } = data;
    return rest;
  }
  if (score === null) return { ...data, score: null, grade: null };
  const graded = gradeForScore(score);
  if (!graded.ok) throw new APIError(graded.error, 400);
  return { ...data, score, grade: graded.grade };
}

/**
 * Server-side report workflow (core/agency/report-workflow.ts): editors write and submit,
 * reviewers and admins return or publish, admins score published reports, and an evaluated
 * report is frozen. Fields the workflow owns (status history, version, previous) are never
 * taken from the request. Seeds pass `context.seeding`; the revise endpoint `context.revision`.
 */
export const enforceReportWorkflow: CollectionBeforeChangeHook<Report> = async ({ data, originalDoc, operation, req, context }) => {
  if (context.seeding) return withGrade(data, data.score === undefined ? undefined : scoreOf(data.score));
  const actor = actorOf(req.user);
  if (!actor) throw new APIError('请先登录', 401);
  const now = new Date();
  // Only admins write the 评议 (the field access agrees, but applies after this hook).
  // The stored rubric is the server's (computed when the 评议 is saved), never the request's.
  const { score: sentScore, grade: _grade, rubric: _rubric, ...rest } = data;
  const incoming: Partial<Report> = actor.role === 'admin' ? { ...rest, ...('score' in data ? { score: sentScore } : {}), ...('grade' in data ? { grade: data.grade } : {}) } : rest;

  if (operation === 'create') {
    if (context.revision) return rest;
    // An editor's report is always their own agency's (the owning-agency field agrees).
    const agency = actor.role === 'agency-editor' ? actor.agencyId : incoming.agency;
    const created = createReport(relationKey(agency), Number(incoming.year), actor, now);
    if (!created.ok) throw new APIError(created.error, 403);
    return { ...rest, agency, status: 'draft', version: 1, history: created.history, reviewComment: '', previous: null, score: null, grade: null };
  }

  // Payload always passes the stored document on update.
  if (!originalDoc) throw new APIError('报告不存在', 404);
  const report = reportStateOf(originalDoc);
  if ((incoming.year !== undefined && Number(incoming.year) !== report.year) || (incoming.agency !== undefined && actor.role !== 'agency-editor' && relationKey(incoming.agency) !== report.agencyId)) {
    throw new APIError('不能修改报告的单位或年度', 400);
  }
  const content = CONTENT_FIELDS.filter((f) => f in incoming && shown(f, incoming[f]) !== shown(f, originalDoc[f]));
  const score = actor.role === 'admin' && 'score' in incoming && scoreOf(sentScore) !== report.score ? scoreOf(sentScore) : undefined;
  const refused = reportChangeError(report, { content, score }, actor);
  if (refused) throw new APIError(refused, 409);

  const next: Record<string, unknown> = { ...incoming, version: report.version, history: report.history, previous: originalDoc.previous ?? null };
  const to = incoming.status ?? report.status;
  if (to !== report.status) {
    const action = actionForStatusChange(report.status, to);
    if (!action) throw new APIError(`不能把报告从“${LIST_STATUS_LABELS[report.status]}”直接改为“${LIST_STATUS_LABELS[to]}”`, 400);
    // Sections sent with the move count (an editor may write and submit in one save).
    const sections = emptyNarrativeSections(narrativesOf({ ...originalDoc, ...incoming }));
    const step = reportTransition({ ...report, emptySections: sections }, action, actor, now, text(incoming.reviewComment) || undefined);
    if (!step.ok) throw new APIError(step.error, 403);
    Object.assign(next, { status: step.status, history: step.history, reviewComment: '' });
  } else if (report.score != null && 'reviewComment' in incoming && text(incoming.reviewComment) !== text(originalDoc.reviewComment)) {
    throw new APIError('报告已评议，不能修改', 409);
  }
  const graded = withGrade(next, score);
  return actor.role === 'admin' ? withRubric(graded, originalDoc, req.payload, report) : graded;
};

/**
 * An admin's 评议 (a new score, or a changed 评议说明 on a scored report) is checked against the
 * rubric computed from the published records: a grade other than the suggested one needs a
 * reason. The rubric the reviewer saw is stored with the 评议, for the public page.
 */
async function withRubric(next: Partial<Report>, original: Report, payload: Parameters<typeof rubricForReport>[0], report: { agencyId: string; year: number }): Promise<Partial<Report>> {
  const scoreChanged = next.score !== undefined && next.score !== original.score;
  const noteChanged = 'reviewNote' in next && text(next.reviewNote) !== text(original.reviewNote);
  const score = next.score === undefined ? original.score : next.score;
  if (score == null || (!scoreChanged && !noteChanged)) return next;
  const graded = gradeForScore(score);
  if (!graded.ok) throw new APIError(graded.error, 400);
  const { rubric } = await rubricForReport(payload, report.agencyId, report.year);
  const reason = 'reviewNote' in next ? next.reviewNote : original.reviewNote;
  const refused = rubricDepartureError({ grade: graded.grade, rubric, reason });
  if (refused) throw new APIError(refused, 400);
  return { ...next, rubric };
}
