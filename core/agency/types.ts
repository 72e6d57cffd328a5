/**
 * Plain records of the agencies' 普法 year: responsibility lists (谁执法谁普法 普法责任清单),
 * campaigns, media and the key-date calendar. Ids are strings here; the CMS converts its ids
 * with String() before calling core/agency. Dates are 'YYYY-MM-DD' unless stated otherwise.
 *
 * Design choice for list items: one row = one task that carries all four facets of the
 * "四清单" (内容 / 责任 / 措施 / 标准). Agencies fill their 清单 as one table whose columns are
 * those facets, and the report needs them joined (who did what, for which law, by when,
 * with which evidence); four separate lists would have to be re-linked by hand. `category`
 * is a free-text grouping for the report (宪法宣传, 民法典, 安全生产 …).
 */

/** Calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;
/** Month and day 'MM-DD', e.g. '12-04'. */
export type MonthDay = string;

import type { ItemStatus, ListStatus, SixTarget } from '../vocabulary/agency';

// The words (statuses, 六进 targets) live in core/vocabulary; re-exported for core/agency's users.
export { ITEM_STATUSES, LIST_STATUSES, LIST_STATUS_LABELS, SIX_TARGETS } from '../vocabulary/agency';
export type { ItemStatus, ListStatus, SixTarget } from '../vocabulary/agency';

/** Evidence that an item was carried out: ids of campaign and media records. */
export interface Evidence {
  campaignIds: string[];
  mediaIds: string[];
}

/** One task of a responsibility list, with its four facets. */
export interface ListItem {
  id: string;
  /** 序号 as shown in the agency's table (1-based). */
  seq: number;
  /** Report grouping, free text (宪法宣传, 民法典, 安全生产 …). */
  category: string;
  /**
   * 内容清单: what is taught and which laws: `laws` are law-library slugs (e.g. '民法典');
   * `otherLaws` are names of laws the library does not hold yet (an agency's own local
   * regulation), written “名称（未入库）” in the spreadsheet. They link once the law is imported.
   */
  content: { topic: string; laws: string[]; otherLaws?: string[] };
  /** 责任清单: who answers for it. */
  responsibility: { leader: string; person: string; department: string };
  /** 措施清单: for whom, in which forms (讲座, 戏曲, 新媒体 …), around which key dates (free text). */
  measures: { audiences: string[]; forms: string[]; keyDates: string[] };
  /** 标准清单: target, deadline, progress and evidence. */
  standard: { target: string; deadline: IsoDate; status: ItemStatus; evidence: Evidence };
  /** 备注. */
  note?: string;
}

/** Staff roles; mirrors cms/access/roles.ts (core may not import cms). */
export type StaffRole = 'admin' | 'agency-editor' | 'reviewer' | 'teacher';

/** Who performs a workflow action. */
export interface Actor {
  id: string;
  role: StaffRole;
  /** The agency an editor is bound to. */
  agencyId?: string | null;
}

/** Workflow actions on a list (see workflow.ts for who may do what). */
export type ListAction = 'create' | 'submit' | 'reopen' | 'return' | 'publish' | 'revise';

/** One entry of a list version's history; never edited once written. */
export interface ReviewEvent {
  /** ISO timestamp. */
  at: string;
  actorId: string;
  role: StaffRole;
  action: ListAction;
  from: ListStatus | null;
  to: ListStatus;
  version: number;
  comment?: string;
}

/**
 * One version of an agency's list for a year. A published version is never changed: a
 * revision is a new record with version + 1, and the page shows the highest published one.
 */
export interface ResponsibilityList {
  agencyId: string;
  year: number;
  version: number;
  status: ListStatus;
  items: ListItem[];
  history: ReviewEvent[];
}

/**
 * A 主题活动. `target` is the single main 六进 target: with several, participants would be
 * counted more than once in the report.
 */
export interface Campaign {
  id: string;
  theme: string;
  startDate: IsoDate;
  endDate: IsoDate;
  /** The key date it answers, if any (KeyDate.id). */
  keyDateId?: string | null;
  target: SixTarget;
  place: string;
  /** Participants; missing when not counted (the report says how many are missing). */
  participants?: number | null;
  organizerAgencyIds: string[];
  mediaIds: string[];
  /** Law slugs covered. */
  laws: string[];
}

/** A 普法作品 (戏曲, 评书, 动画 …) as the report sees it. */
export interface MediaRecord {
  id: string;
  title: string;
  /** 艺术形式, e.g. '吕剧' (the CMS's ART_FORMS). */
  artForm: string;
  agencyId: string;
  /** Publication date. */
  date: IsoDate;
  laws: string[];
}

/**
 * When a key date falls. `weekday`: 0 = Sunday … 6 = Saturday; `nth` −1 means the last one.
 * `week-of-month`: Monday–Sunday weeks, week 1 being the one that contains the 1st.
 */
export type DateRule =
  | { kind: 'day'; date: MonthDay }
  | { kind: 'range'; start: MonthDay; end: MonthDay }
  | { kind: 'month'; month: number }
  | { kind: 'nth-weekday'; month: number; weekday: number; nth: number; days?: number }
  | { kind: 'week-of-month'; month: number; week: number };

/** An entry of the key-date calendar (重要时间节点), national or the city's own. */
export interface KeyDate {
  id: string;
  name: string;
  rule: DateRule;
  /** True when `rule` is only the customary estimate; the real dates are announced yearly. */
  estimated?: boolean;
  /** Announced dates by year; they override `rule`. */
  announced?: Readonly<Record<number, { start: MonthDay; end: MonthDay }>>;
  /** First year it is observed. */
  since?: number;
  /** Lead agencies in this city (agency ids); empty in the national seed. */
  leadAgencyIds: string[];
  /** Suggested kinds of lead agency (公安机关, 市场监管 …), for the 普法办 to assign. */
  suggestedLeads?: string[];
  /** Law slugs usually taught on the day. */
  laws?: string[];
  /** Legal basis or source of the date, in Chinese. */
  basis?: string;
}

/** A key date placed in a concrete year. */
export interface ResolvedKeyDate {
  id: string;
  name: string;
  start: IsoDate;
  end: IsoDate;
  /** True when the dates come from an estimated rule, not an announcement. */
  estimated: boolean;
  leadAgencyIds: string[];
}

export type * from './report-types';
