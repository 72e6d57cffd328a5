/**
 * Input and output of the annual report (履职报告) for one agency × year.
 * Every figure carries `sources`: typed record references such as 'item:12', 'campaign:7',
 * 'media:3', 'list:<agency>/<year>/v2', 'official:5', 'exam:9' (see sourceRef in report.ts),
 * so a page can link each number back to the records it was counted from.
 */
import type {
  Campaign,
  IsoDate,
  ListStatus,
  MediaRecord,
  ResolvedKeyDate,
  ResponsibilityList,
  SixTarget,
} from './types';
import type { RichBlock } from './rich-text';

/** A reported value and the records it was computed from. */
export interface Figure<T = number> {
  value: T;
  sources: string[];
}

/**
 * The narrative sections of the 履职报告, in order, as agencies publish it: each has a stored
 * field (rich text, read through core/agency/rich-text.ts), a heading and what it should cover.
 * All four are required before the report is submitted.
 */
export const NARRATIVE_SECTIONS = [
  { key: 'basics', heading: '一、基本情况', hint: '普法责任制落实、领导机构和制度保障，清单完成、主题活动、干部学法等总体数据' },
  { key: 'practices', heading: '二、主要做法和成效', hint: '系统内学法用法、面向社会的主题活动和“法治六进”、以案释法、创新形式及取得的成效' },
  { key: 'problems', heading: '三、存在的问题和不足', hint: '清单未完成事项、薄弱环节和原因' },
  { key: 'plans', heading: '四、下一步工作打算', hint: '下一年度的重点任务、措施和时间安排' },
] as const;
/** One narrative section's field name. */
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number]['key'];

/**
 * Officials' study records (optional until the learning module reports them). The caller
 * passes one exam record per official (best or last attempt: its choice, stated on the page).
 */
export interface LearningRecords {
  officials: { id: string; completed: boolean }[];
  exams: { id: string; passed: boolean }[];
}

/** Everything the report is computed from; records of other agencies or years are ignored. */
export interface ReportInput {
  agencyId: string;
  year: number;
  /** All versions of this agency's list for the year, any status. */
  lists: ResponsibilityList[];
  campaigns: Campaign[];
  media: MediaRecord[];
  /** The city calendar resolved for the year (keyDatesInYear). */
  keyDates: ResolvedKeyDate[];
  /** The day the figures are computed for: an unfinished item past its deadline is overdue. */
  asOf: IsoDate;
  /** Days before and after a key date in which a campaign counts as acting on it (default 7). */
  keyDateWindowDays?: number;
  learning?: LearningRecords;
  /** Stored rich text (or plain text) of each section, as the editor saved it. */
  narratives?: Partial<Record<NarrativeSection, unknown>>;
}

/** Which list the item figures come from and what to tell the reader about it. */
export interface ListSummary {
  /** published: figures from the highest published version; otherwise no item figures. */
  state: 'published' | 'unpublished' | 'missing';
  /** The published version used, if any. */
  version?: number;
  latestVersion?: number;
  latestStatus?: ListStatus;
  /** 'list:…' reference of the version used. */
  source?: string;
  /** Chinese notice for the report when the list is not (or not finally) published. */
  notice?: string;
}

/** Items of one report category. */
export interface CategoryFigures {
  category: string;
  total: Figure;
  done: Figure;
}

/** Campaigns and participants for one 六进 target. */
export interface TargetFigures {
  target: SixTarget;
  campaigns: Figure;
  participants: Figure;
}

/** Campaigns and participants that started in one month (1–12). */
export interface MonthFigures {
  month: number;
  campaigns: Figure;
  participants: Figure;
}

/** A key date led by the agency and the campaigns that acted on it. */
export interface KeyDateFigure {
  keyDateId: string;
  name: string;
  start: IsoDate;
  end: IsoDate;
  campaigns: Figure;
}

/** All figures of one agency × year report. */
export interface ReportFigures {
  agencyId: string;
  year: number;
  asOf: IsoDate;
  list: ListSummary;
  items: {
    total: Figure;
    done: Figure;
    inProgress: Figure;
    notStarted: Figure;
    byCategory: CategoryFigures[];
    overdue: Figure;
    withoutEvidence: Figure;
    /** Items marked 已完成 with no evidence at all: the first thing a reviewer checks. */
    doneWithoutEvidence: Figure;
    /** value: evidence references to records that do not exist; sources: the items citing them. */
    brokenEvidence: Figure<string[]>;
  };
  campaigns: {
    count: Figure;
    participants: Figure;
    /** Campaigns without a participant count (not counted as zero). */
    participantsMissing: Figure;
    byTarget: TargetFigures[];
    /** 12 buckets; a campaign counts in the month it starts. */
    byMonth: MonthFigures[];
  };
  media: { count: Figure; byArtForm: { artForm: string; count: Figure }[] };
  /** `uncollected`: names of counted laws the library does not hold yet (items' 未入库 laws). */
  laws: { count: Figure; covered: { law: string; sources: string[] }[]; uncollected: string[] };
  keyDates: { actedOn: KeyDateFigure[]; missed: KeyDateFigure[]; upcoming: KeyDateFigure[] };
  /** Absent when no learning records were passed. Rates are percentages, null for 0/0. */
  learning?: { completionRate: Figure<number | null>; examPassRate: Figure<number | null> };
  narratives: { section: NarrativeSection; heading: string; blocks: RichBlock[]; missing: boolean }[];
  /** Chinese notices for the reader (unpublished list, missing data …). */
  notices: string[];
}
