/** Report figures from the responsibility list: which version counts, and its items. */
import type { Figure, ListSummary, ReportFigures } from './report-types';
import type { IsoDate, ListItem, ResponsibilityList } from './types';
import { LIST_STATUS_LABELS } from './types';
import { latestList, visibleList } from './workflow';

/** Typed reference to a record, as used in Figure.sources: 'campaign:7'. */
export function sourceRef(kind: 'item' | 'campaign' | 'media' | 'official' | 'exam', id: string): string {
  return `${kind}:${id}`;
}

/** Reference to one list version: 'list:<agency>/<year>/v<version>'. */
export function listRef(list: Pick<ResponsibilityList, 'agencyId' | 'year' | 'version'>): string {
  return `list:${list.agencyId}/${list.year}/v${list.version}`;
}

/** A count figure over the given records. */
export function countOf(refs: string[]): Figure {
  return { value: refs.length, sources: refs };
}

/**
 * Picks the version the report counts: the highest published one. Without one, the report
 * has no item figures and says why (never created, or its latest state and last comment).
 */
export function summarizeList(
  versions: ResponsibilityList[],
  year: number,
): {
  summary: ListSummary;
  list?: ResponsibilityList;
} {
  const published = visibleList(versions);
  const latest = latestList(versions);
  if (!latest) {
    return { summary: { state: 'missing', notice: `${year}年度普法责任清单尚未建立，本报告不含清单完成情况。` } };
  }
  const base = { latestVersion: latest.version, latestStatus: latest.status };
  if (!published) {
    const lastReturn = latest.history.filter((e) => e.action === 'return').at(-1);
    const why = latest.status === 'returned' && lastReturn?.comment ? `（审核意见：${lastReturn.comment}）` : '';
    const notice =
      `${year}年度普法责任清单至今未发布：最新为第${latest.version}版，状态“${LIST_STATUS_LABELS[latest.status]}”${why}。` +
      '本报告不含清单完成情况。';
    return { summary: { state: 'unpublished', ...base, notice } };
  }
  const summary: ListSummary = { state: 'published', version: published.version, ...base, source: listRef(published) };
  if (latest.version > published.version) {
    summary.notice =
      `第${latest.version}版正在修订（${LIST_STATUS_LABELS[latest.status]}），` +
      `以下按已发布的第${published.version}版统计。`;
  }
  return { summary, list: published };
}

const hasEvidence = (it: ListItem) =>
  it.standard.evidence.campaignIds.length > 0 || it.standard.evidence.mediaIds.length > 0;

/**
 * Item figures of the counted version. An item is overdue when not 已完成 and its deadline
 * is before `asOf`. Evidence pointing at records not passed in is reported as broken.
 */
export function itemFigures(
  items: readonly ListItem[],
  asOf: IsoDate,
  campaignIds: ReadonlySet<string>,
  mediaIds: ReadonlySet<string>,
): ReportFigures['items'] {
  const sorted = [...items].sort((a, b) => a.seq - b.seq);
  const refs = (pred: (it: ListItem) => boolean) => sorted.filter(pred).map((it) => sourceRef('item', it.id));
  const categories = [...new Set(sorted.map((it) => it.category))];
  const broken: string[] = [];
  const citing: string[] = [];
  for (const it of sorted) {
    const missing = [
      ...it.standard.evidence.campaignIds.filter((id) => !campaignIds.has(id)).map((id) => sourceRef('campaign', id)),
      ...it.standard.evidence.mediaIds.filter((id) => !mediaIds.has(id)).map((id) => sourceRef('media', id)),
    ];
    if (missing.length) {
      citing.push(sourceRef('item', it.id));
      for (const m of missing) if (!broken.includes(m)) broken.push(m);
    }
  }
  return {
    total: countOf(refs(() => true)),
    done: countOf(refs((it) => it.standard.status === '已完成')),
    inProgress: countOf(refs((it) => it.standard.status === '进行中')),
    notStarted: countOf(refs((it) => it.standard.status === '未开始')),
    byCategory: categories.map((category) => ({
      category,
      total: countOf(refs((it) => it.category === category)),
      done: countOf(refs((it) => it.category === category && it.standard.status === '已完成')),
    })),
    overdue: countOf(refs((it) => it.standard.status !== '已完成' && it.standard.deadline < asOf)),
    withoutEvidence: countOf(refs((it) => !hasEvidence(it))),
    doneWithoutEvidence: countOf(refs((it) => it.standard.status === '已完成' && !hasEvidence(it))),
    brokenEvidence: { value: broken, sources: citing },
  };
}
