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

/** A reported value and the records it was computed from. */
export interface Figure<T = number> {
  value: T;
  sources: string[];
}

/** The narrative sections of the report, in order, with what each should cover. */
export const NARRATIVE_SECTIONS = [
  { key: '机制建设', hint: '普法责任制落实、领导机构、制度与经费保障' },
  { key: '系统内学法用法', hint: '领导干部和工作人员学法、考法、用法情况' },
  { key: '社会普法宣传', hint: '面向社会开展的主题活动、以案释法、法治六进' },
  { key: '创新普法形式', hint: '戏曲、评书、新媒体等新形式和特色品牌' },
  { key: '普法实效', hint: '执法和服务对象守法意识、矛盾纠纷、群众评价等变化' },
] as const;
/** One narrative section key. */
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
  narratives?: Partial<Record<NarrativeSection, string>>;
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
  laws: { count: Figure; covered: { law: string; sources: string[] }[] };
  keyDates: { actedOn: KeyDateFigure[]; missed: KeyDateFigure[]; upcoming: KeyDateFigure[] };
  /** Absent when no learning records were passed. Rates are percentages, null for 0/0. */
  learning?: { completionRate: Figure<number | null>; examPassRate: Figure<number | null> };
  narratives: { section: NarrativeSection; text: string; missing: boolean }[];
  /** Chinese notices for the reader (unpublished list, missing data …). */
  notices: string[];
}
