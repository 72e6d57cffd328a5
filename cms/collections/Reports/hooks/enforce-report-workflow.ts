import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { gradeForScore } from '../../../../core/agency/evaluation';
import { createReport, reportChangeError, reportTransition } from '../../../../core/agency/report-workflow';
import { actionForStatusChange } from '../../../../core/agency/workflow';
import { LIST_STATUS_LABELS } from '../../../../core/vocabulary/agency';
import type { Report } from '../../../payload-types';
import { relationKey } from '../../../relation';
import { actorOf } from '../../ResponsibilityLists/to-core';
import { reportStateOf } from '../to-core';

/** The agency's own text: editable only while the report is a draft or returned. */
export const CONTENT_FIELDS = ['title', 'mechanism', 'internalStudy', 'publicEducation', 'innovation', 'effectiveness'] as const satisfies readonly (keyof Report)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];

const text = (v: unknown) => (v == null ? '' : String(v));
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
export const enforceReportWorkflow: CollectionBeforeChangeHook<Report> = ({ data, originalDoc, operation, req, context }) => {
  if (context.seeding) return withGrade(data, data.score === undefined ? undefined : scoreOf(data.score));
  const actor = actorOf(req.user);
  if (!actor) throw new APIError('请先登录', 401);
  const now = new Date();
  // Only admins write the 评议 (the field access agrees, but applies after this hook).
  const { score: sentScore, grade: _grade, ...rest } = data;
  const incoming: Partial<Report> = actor.role === 'admin' ? data : rest;

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
  const content = CONTENT_FIELDS.filter((f) => f in incoming && text(incoming[f]) !== text(originalDoc[f]));
  const score = actor.role === 'admin' && 'score' in incoming && scoreOf(sentScore) !== report.score ? scoreOf(sentScore) : undefined;
  const refused = reportChangeError(report, { content, score }, actor);
  if (refused) throw new APIError(refused, 409);

  const next: Record<string, unknown> = { ...incoming, version: report.version, history: report.history, previous: originalDoc.previous ?? null };
  const to = incoming.status ?? report.status;
  if (to !== report.status) {
    const action = actionForStatusChange(report.status, to);
    if (!action) throw new APIError(`不能把报告从“${LIST_STATUS_LABELS[report.status]}”直接改为“${LIST_STATUS_LABELS[to]}”`, 400);
    const step = reportTransition(report, action, actor, now, text(incoming.reviewComment) || undefined);
    if (!step.ok) throw new APIError(step.error, 403);
    Object.assign(next, { status: step.status, history: step.history, reviewComment: '' });
  } else if (report.score != null && 'reviewComment' in incoming && text(incoming.reviewComment) !== text(originalDoc.reviewComment)) {
    throw new APIError('报告已评议，不能修改', 409);
  }
  return withGrade(next, score);
};
