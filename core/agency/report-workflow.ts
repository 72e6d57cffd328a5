/**
 * The annual report's review workflow: the responsibility list's state machine (workflow.ts)
 * reused as it is — draft → submitted → published, returned with a comment, a published
 * version changed only through a new version — plus the rules of the 评议:
 *
 * - only reviewers and admins publish, and only a submitted report;
 * - the agency's text changes only while the report is a draft or returned;
 * - the 评议 score is recorded by an admin on a published report; once scored the report is
 *   frozen: nothing changes but the admin's re-score, and a revision is a new version;
 * - editors delete only drafts and returned reports (cms/access/reports.ts);
 * - a report is submitted and published only with all four narrative sections written.
 */
import { richTextIsEmpty } from './rich-text';
import { NARRATIVE_SECTIONS, type NarrativeSection } from './report-types';
import type { Actor, ListAction, ListStatus, ReviewEvent } from './types';
import { availableActions, createList, reviseList, transition, type TransitionResult } from './workflow';

/** One version of an agency's report for a year, as the workflow sees it. */
export interface ReportState {
  agencyId: string;
  year: number;
  version: number;
  status: ListStatus;
  history: ReviewEvent[];
  /** The 评议 score, or null before evaluation. */
  score: number | null;
  /** Headings of the narrative sections with no text (emptyNarrativeSections); none when omitted. */
  emptySections?: string[];
}

/** Headings of the sections with no visible text, in report order (一、基本情况 …). */
export function emptyNarrativeSections(narratives: Partial<Record<NarrativeSection, unknown>>): string[] {
  return NARRATIVE_SECTIONS.filter(({ key }) => richTextIsEmpty(narratives[key])).map((s) => s.heading);
}

/** A workflow step's outcome: the new status and history, or a Chinese reason. */
export type ReportStep = { ok: true; version: number; status: ListStatus; history: ReviewEvent[] } | { ok: false; error: string };

/** What one update asks to change, as the CMS hook sees it. */
export interface ReportChange {
  /** Names of the agency's fields (narrative, title…) whose value changes. */
  content: string[];
  /** The score after the change, when the request changes it (null clears it). */
  score?: number | null;
}

// The list workflow speaks of 清单; the same rules read as 报告 here.
const asReport = (error: string) => error.replaceAll('清单', '报告');

function stepOf(result: TransitionResult): ReportStep {
  if (!result.ok) return { ok: false, error: asReport(result.error) };
  return { ok: true, version: result.list.version, status: result.list.status, history: result.list.history };
}

const asList = (r: ReportState) => ({ ...r, items: [] });

/** Version 1 of an agency's report for a year, as a draft; only the agency's own editor opens it. */
export function createReport(agencyId: string, year: number, actor: Actor, now: Date): ReportStep {
  return stepOf(createList(agencyId, year, actor, now));
}

/**
 * Applies a status change (submit, reopen, return, publish) on behalf of `actor`. The list
 * workflow decides who may act and from which state; an evaluated report moves no more.
 */
export function reportTransition(report: ReportState, action: ListAction, actor: Actor, now: Date, comment?: string): ReportStep {
  if (report.score != null) return { ok: false, error: '报告已评议，不能再变更状态；如需修改请“修订”生成新版本' };
  if (action === 'revise') return { ok: false, error: '请使用“修订”生成新版本' };
  const empty = report.emptySections ?? [];
  if (empty.length && (action === 'submit' || action === 'publish')) {
    return { ok: false, error: `报告的“${empty.join('”“')}”尚未填写，请填写后再${action === 'submit' ? '提交审核' : '发布'}` };
  }
  return stepOf(transition(asList(report), action, actor, now, comment));
}

/** The moves `actor` may make on `report` now (for showing buttons): an evaluated report only gets a new version. */
export function availableReportActions(report: ReportState, actor: Actor): ListAction[] {
  const actions = availableActions(asList(report), actor);
  return report.score != null ? actions.filter((a) => a === 'revise') : actions;
}

/** Starts version + 1 as a draft from the newest version, which must be published. */
export function reviseReport(versions: readonly ReportState[], actor: Actor, now: Date): ReportStep {
  return stepOf(reviseList(versions.map(asList), actor, now));
}

/**
 * Why `change` may not be made to `report` by `actor` (a Chinese reason), or null if it may.
 * Status changes are checked separately by `reportTransition`.
 */
export function reportChangeError(report: ReportState, change: ReportChange, actor: Actor): string | null {
  if (change.content.length > 0) {
    if (report.score != null) return '报告已评议，内容不能修改；如需修改请“修订”生成新版本';
    if (report.status === 'published') return '已发布的报告不能直接修改，请使用“修订”生成新版本';
    if (report.status === 'submitted') return '报告正在审核，不能修改内容';
  }
  if (change.score !== undefined) {
    if (actor.role !== 'admin') return '只有管理员（普法办）可以评议';
    if (report.status !== 'published') return '只能对已发布的报告评议';
    if (change.score === null && report.score != null) return '评议不能清除，如需更正请重新评分';
  }
  return null;
}
