/**
 * The annual report (履职报告) figures for one agency × year, computed only from the records
 * passed in, each figure with the record references it was counted from.
 *
 * What counts:
 * - items: the highest published list version of the year (none → no item figures, and a
 *   notice says why);
 * - campaigns: organized (alone or jointly) by the agency and starting in the year; a
 *   campaign spanning months or years counts once, where it starts;
 * - media: the agency's, published in the year;
 * - key dates: the calendar entries the agency leads, acted on by any of its campaigns
 *   within the window (see campaignActsOnKeyDate);
 * - laws: distinct slugs named by the counted items, campaigns and media.
 */
import { dateParts, isIsoDate } from './dates';
import {
  campaignFigures,
  hasParticipants,
  keyDateFigures,
  lawFigures,
  learningFigures,
  mediaFigures,
} from './report-activity';
import { itemFigures, summarizeList } from './report-items';
import { richTextBlocks } from './rich-text';
import { NARRATIVE_SECTIONS, type ReportFigures, type ReportInput } from './report-types';

export { listRef, sourceRef } from './report-items';

/** Default days around a key date in which a campaign counts as acting on it. */
export const DEFAULT_KEY_DATE_WINDOW = 7;

/** Computes every figure of the report; pure, deterministic, never throws on empty input. */
export function computeReportFigures(input: ReportInput): ReportFigures {
  const { agencyId, year, asOf } = input;
  const notices: string[] = [];
  const inYear = (d: string) => isIsoDate(d) && dateParts(d).year === year;

  const versions = input.lists.filter((l) => l.agencyId === agencyId && l.year === year);
  const { summary, list } = summarizeList(versions, year);
  if (summary.notice) notices.push(summary.notice);

  const own = input.campaigns.filter((c) => c.organizerAgencyIds.includes(agencyId));
  const badDates = own.filter((c) => !isIsoDate(c.startDate) || !isIsoDate(c.endDate) || c.endDate < c.startDate);
  if (badDates.length)
    notices.push(`${badDates.length}场活动日期无效，未计入：${badDates.map((c) => c.id).join('、')}。`);
  // Sorted once so every figure lists its sources in date order, whatever the input order.
  const valid = own
    .filter((c) => !badDates.includes(c))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  const campaigns = valid.filter((c) => inYear(c.startDate));
  const media = input.media
    .filter((m) => m.agencyId === agencyId && inYear(m.date))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  if (campaigns.length === 0) notices.push(`${year}年度没有主题活动记录。`);
  const noCount = campaigns.filter((c) => !hasParticipants(c)).length;
  if (noCount) notices.push(`${noCount}场活动未填写参加人数，未计入参加人次。`);

  const items = list?.items ?? [];
  const figures: ReportFigures = {
    agencyId,
    year,
    asOf,
    list: summary,
    items: itemFigures(items, asOf, new Set(input.campaigns.map((c) => c.id)), new Set(input.media.map((m) => m.id))),
    campaigns: campaignFigures(campaigns),
    media: mediaFigures(media),
    laws: lawFigures(items, campaigns, media),
    keyDates: keyDateFigures(agencyId, input.keyDates, valid, input.keyDateWindowDays ?? DEFAULT_KEY_DATE_WINDOW, asOf),
    narratives: NARRATIVE_SECTIONS.map(({ key, heading }) => {
      const blocks = richTextBlocks(input.narratives?.[key]);
      return { section: key, heading, blocks, missing: blocks.length === 0 };
    }),
    notices,
  };
  if (figures.items.doneWithoutEvidence.value) {
    notices.push(`${figures.items.doneWithoutEvidence.value}项清单条目标记为已完成但没有佐证材料。`);
  }
  if (input.learning) figures.learning = learningFigures(input.learning);
  else notices.push('学法考法数据暂未接入，本报告不含干部学法情况。');
  return figures;
}
