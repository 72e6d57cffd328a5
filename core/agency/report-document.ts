/**
 * The 履职报告 as a neutral document: title, the four numbered sections (each with the figures
 * placed in it and its rich-text narrative), the 普法办's 评议 and the 落款. The .docx and PDF
 * writers (report-docx.ts, report-pdf.ts) render only this model, so both files say the same.
 */
import type { ReportFigures } from './report-types';
import type { RichBlock } from './rich-text';

/** One figure as printed: 清单事项 / 12 项. */
export interface DocFigure {
  label: string;
  value: string;
}

export interface DocSection {
  heading: string;
  figures?: DocFigure[];
  blocks: RichBlock[];
}

/** The 普法办's 评议 as printed under the report. */
export interface DocReview {
  grade: string;
  score: number | null;
  /** 评议说明, when the reviewer gave one. */
  comment?: string;
  /** Who reviewed: 泉城市普法办 … */
  reviewer?: string;
}

export interface ReportDocument {
  unitName: string;
  year: number;
  title: string;
  /** A line under the title, e.g. where the figures come from. */
  subtitle?: string;
  sections: DocSection[];
  review?: DocReview;
  /** 落款: unit and date, right-aligned at the end. */
  signature: { unitName: string; date: string };
}

/** The four sections of a 履职报告, in order. */
export const REPORT_HEADINGS = ['一、基本情况', '二、主要做法和成效', '三、存在的问题和不足', '四、下一步工作打算'] as const;

/** `2026-12-31` → `2026年12月31日` (GB/T 9704: Arabic numerals, no leading zeros). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

const pct = (n: number, d: number) => (d ? `${Math.round((n / d) * 100)}%` : '—');
const fig = (label: string, value: string): DocFigure => ({ label, value });

/** The figures each section carries, computed from the report's records. */
export function sectionFigures(f: ReportFigures): DocFigure[][] {
  const items = f.items;
  const basics =
    f.list.state === 'published'
      ? [
          fig('普法责任清单', `第${f.list.version ?? 1}版（已发布）`),
          fig('清单事项', `${items.total.value} 项`),
          fig('已完成', `${items.done.value} 项（${pct(items.done.value, items.total.value)}）`),
          fig('进行中 / 未开始', `${items.inProgress.value} 项 / ${items.notStarted.value} 项`),
        ]
      : [fig('普法责任清单', f.list.state === 'missing' ? '未编制' : '未发布')];
  const practices = [
    fig('主题活动', `${f.campaigns.count.value} 场`),
    fig('参与人次', `${f.campaigns.participants.value} 人次`),
    ...f.campaigns.byTarget.filter((t) => t.campaigns.value > 0).map((t) => fig(`进${t.target}`, `${t.campaigns.value} 场`)),
    fig('普法作品', `${f.media.count.value} 件`),
    fig('宣传法律', `${f.laws.count.value} 部`),
  ];
  if (f.learning) {
    const rate = (v: number | null) => (v === null ? '—' : `${v}%`);
    practices.push(fig('干部学法完成率', rate(f.learning.completionRate.value)), fig('学法考试通过率', rate(f.learning.examPassRate.value)));
  }
  const problems = [
    fig('逾期未完成事项', `${items.overdue.value} 项`),
    fig('缺少佐证材料的事项', `${items.withoutEvidence.value} 项`),
  ];
  if (f.keyDates.missed.length) problems.push(fig('未开展的牵头节点', f.keyDates.missed.map((k) => k.name).join('、')));
  return [basics, practices, problems, []];
}

/** What an agency's report document is made from. */
export interface AgencyReportParts {
  unitName: string;
  year: number;
  title: string;
  figures: ReportFigures;
  /** The narrative of each section, in REPORT_HEADINGS order. */
  narratives: RichBlock[][];
  review?: DocReview;
  /** 落款 date, `YYYY-MM-DD`. */
  signedOn: string;
}

/** An agency's 履职报告 as a document: the four sections with their figures and narratives. */
export function agencyReportDocument(p: AgencyReportParts): ReportDocument {
  const figures = sectionFigures(p.figures);
  return {
    unitName: p.unitName,
    year: p.year,
    title: p.title,
    subtitle: `数据截至${chineseDate(p.figures.asOf)}，由普法责任清单、主题活动和普法作品记录生成`,
    sections: REPORT_HEADINGS.map((heading, i) => ({
      heading,
      ...(figures[i]?.length ? { figures: figures[i] } : {}),
      blocks: p.narratives[i] ?? [],
    })),
    ...(p.review ? { review: p.review } : {}),
    signature: { unitName: p.unitName, date: chineseDate(p.signedOn) },
  };
}

/** Every text of the document in reading order (for search, tests and a plain-text fallback). */
export function documentText(doc: ReportDocument): string[] {
  const runs = (b: RichBlock) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : b.items.map((i) => i.map((r) => r.text).join('')));
  return [
    doc.title,
    ...(doc.subtitle ? [doc.subtitle] : []),
    ...doc.sections.flatMap((s) => [s.heading, ...(s.figures ?? []).map((f) => `${f.label}：${f.value}`), ...s.blocks.flatMap(runs)]),
    doc.signature.unitName,
    doc.signature.date,
  ];
}
