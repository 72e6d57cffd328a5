/**
 * The 普法办's city-wide annual report: one row per agency that owes a list (its figures exactly
 * as its own report computes them), totals that are the sums of those rows, and the city's
 * distinct campaigns (a campaign run jointly by two agencies counts in each agency's row but
 * once for the city). Also as a ReportDocument for the .docx/PDF.
 */
import { cityOverview } from './city-overview';
import { chineseDate, type DocFigure, type ReportDocument } from './report-document';
import type { ReportFigures } from './report-types';
import type { RichBlock } from './rich-text';

export interface CityReportEntry {
  agency: { id: string; name: string; shortName: string; kind: string };
  figures: ReportFigures;
  /** The agency's published report of the year, if any. */
  report?: { grade: string; score: number | null } | null;
}

export interface CityReportRow {
  agencyId: string;
  name: string;
  shortName: string;
  listState: ReportFigures['list']['state'];
  listVersion?: number;
  itemsTotal: number;
  itemsDone: number;
  overdue: number;
  campaigns: number;
  participants: number;
  media: number;
  report: { grade: string; score: number | null } | null;
}

/** Sums over the rows (campaigns and participants as each agency reports them). */
export interface CityTotals {
  agencies: number;
  listsPublished: number;
  reportsPublished: number;
  itemsTotal: number;
  itemsDone: number;
  overdue: number;
  campaigns: number;
  participants: number;
  media: number;
}

export interface CityReport {
  year: number;
  asOf: string;
  rows: CityReportRow[];
  totals: CityTotals;
  /** Campaigns and participants counted once each across agencies. */
  distinct: { campaigns: number; participants: number };
  byTarget: { target: string; campaigns: number }[];
  /** Agencies whose kind owes no list (not counted). */
  excluded: string[];
  grades: { grade: string; count: number }[];
  /** Laws the agencies' lists cite that the library does not hold yet, with who cites each. */
  uncollectedLaws: { name: string; agencies: string[] }[];
}

const GRADES = ['优秀', '良好', '合格', '不合格'];

/**
 * Builds the city report. `kinds`: agency kinds that owe a list; `distinct`: the report figures
 * of all owing agencies' campaigns taken together (each campaign once).
 */
export function cityReport(year: number, asOf: string, entries: CityReportEntry[], options: { kinds: readonly string[]; distinct: { campaigns: number; participants: number } }): CityReport {
  const overview = cityOverview(year, entries.map((e) => ({ agencyName: e.agency.name, kind: e.agency.kind, figures: e.figures })), { kinds: options.kinds });
  const owing = entries.filter((e) => options.kinds.includes(e.agency.kind));
  const rows: CityReportRow[] = owing.map(({ agency, figures: f, report }) => ({
    agencyId: agency.id,
    name: agency.name,
    shortName: agency.shortName,
    listState: f.list.state,
    ...(f.list.version ? { listVersion: f.list.version } : {}),
    itemsTotal: f.items.total.value,
    itemsDone: f.items.done.value,
    overdue: f.items.overdue.value,
    campaigns: f.campaigns.count.value,
    participants: f.campaigns.participants.value,
    media: f.media.count.value,
    report: report ?? null,
  }));
  const sum = (key: 'itemsTotal' | 'itemsDone' | 'overdue' | 'campaigns' | 'participants' | 'media') => rows.reduce((n, r) => n + r[key], 0);
  return {
    year,
    asOf,
    rows,
    totals: {
      agencies: rows.length,
      listsPublished: rows.filter((r) => r.listState === 'published').length,
      reportsPublished: rows.filter((r) => r.report).length,
      itemsTotal: sum('itemsTotal'),
      itemsDone: sum('itemsDone'),
      overdue: sum('overdue'),
      campaigns: sum('campaigns'),
      participants: sum('participants'),
      media: sum('media'),
    },
    distinct: options.distinct,
    byTarget: overview.byTarget.map((t) => ({ target: t.target, campaigns: t.campaigns })),
    excluded: overview.excluded,
    grades: GRADES.map((grade) => ({ grade, count: rows.filter((r) => r.report?.grade === grade).length })).filter((g) => g.count > 0),
    uncollectedLaws: uncollectedLaws(owing),
  };
}

/** Each 未入库 law name once, with the short names of the agencies citing it, in citing order. */
function uncollectedLaws(entries: readonly CityReportEntry[]): CityReport['uncollectedLaws'] {
  const byName = new Map<string, string[]>();
  for (const { agency, figures } of entries) {
    for (const name of figures.laws.uncollected) byName.set(name, [...(byName.get(name) ?? []), agency.shortName]);
  }
  return [...byName].map(([name, agencies]) => ({ name, agencies }));
}

const pct = (n: number, d: number) => (d ? `${Math.round((n / d) * 100)}%` : '—');
const para = (text: string): RichBlock => ({ kind: 'paragraph', runs: [{ text }] });

/** The city report as a document for .docx/PDF, signed by the 普法办 (`office`). */
export function cityReportDocument(c: CityReport, office: string): ReportDocument {
  const t = c.totals;
  const overall: DocFigure[] = [
    { label: '应编制清单的单位', value: `${t.agencies} 个` },
    { label: '已发布责任清单', value: `${t.listsPublished} 个单位` },
    { label: '已发布履职报告', value: `${t.reportsPublished} 个单位` },
    { label: '清单事项完成', value: `${t.itemsDone} / ${t.itemsTotal} 项（${pct(t.itemsDone, t.itemsTotal)}）` },
    { label: '主题活动', value: `${c.distinct.campaigns} 场（各单位合计 ${t.campaigns} 场次）` },
    { label: '参与人次', value: `${c.distinct.participants} 人次` },
    { label: '普法作品', value: `${t.media} 件` },
  ];
  const units: DocFigure[] = c.rows.map((r) => ({
    label: r.name,
    value: `清单${r.listState === 'published' ? `完成 ${r.itemsDone}/${r.itemsTotal} 项` : r.listState === 'missing' ? '未编制' : '未发布'}；活动 ${r.campaigns} 场；作品 ${r.media} 件；报告${r.report ? `${r.report.grade}${r.report.score === null ? '' : `（${r.report.score} 分）`}` : '未发布'}`,
  }));
  const noList = c.rows.filter((r) => r.listState !== 'published').map((r) => r.name);
  const noReport = c.rows.filter((r) => !r.report).map((r) => r.name);
  const overdue = c.rows.filter((r) => r.overdue > 0).map((r) => `${r.name}（${r.overdue} 项）`);
  const issues: RichBlock[] = [];
  const items = [
    ...(noList.length ? [`尚未发布责任清单：${noList.join('、')}`] : []),
    ...(noReport.length ? [`尚未发布履职报告：${noReport.join('、')}`] : []),
    ...(overdue.length ? [`有逾期未完成事项：${overdue.join('、')}`] : []),
    ...(c.uncollectedLaws.length
      ? [`法规库尚未收录清单引用的法律法规，请普法办补录：${c.uncollectedLaws.map((l) => `《${l.name}》（${l.agencies.join('、')}）`).join('、')}`]
      : []),
  ];
  if (items.length) issues.push({ kind: 'list', ordered: true, items: items.map((text) => [{ text }]) });
  else issues.push(para('各单位均已发布责任清单和履职报告，无逾期事项。'));
  return {
    unitName: office,
    year: c.year,
    title: `${c.year}年度全市普法责任制落实情况报告`,
    subtitle: `数据截至${chineseDate(c.asOf)}，由各单位已发布的责任清单、主题活动和普法作品记录汇总`,
    sections: [
      { heading: '一、总体情况', figures: overall, blocks: c.excluded.length ? [para(`学校、村居等不编制普法责任清单的单位（${c.excluded.join('、')}）不计入本报告。`)] : [] },
      { heading: '二、各单位履职情况', figures: units, blocks: [para('联合举办的主题活动在各主办单位分别计入，全市合计不重复计算。')] },
      { heading: '三、需要关注的问题', blocks: issues },
    ],
    signature: { unitName: office, date: chineseDate(c.asOf) },
  };
}
