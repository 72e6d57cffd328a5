import type { ListSummary, ReportFigures } from './report-types';
import { SIX_TARGETS, type SixTarget } from './types';

/** One agency's line in the 普法办's city overview. */
export interface OverviewRow {
  agencyId: string;
  agencyName: string;
  list: ListSummary;
  itemsDone: number;
  itemsTotal: number;
  campaigns: number;
  participants: number;
  /** Names of key dates this agency leads and has not acted on. */
  missedKeyDates: string[];
}

export interface CityOverview {
  year: number;
  rows: OverviewRow[];
  published: number;
  byTarget: { target: SixTarget; campaigns: number; participants: number }[];
  byMonth: { month: number; campaigns: number }[];
}

/**
 * The city overview is the sum of the agencies' report figures (computeReportFigures), so the
 * overview and each agency's report can never disagree.
 */
export function cityOverview(year: number, reports: { agencyName: string; figures: ReportFigures }[]): CityOverview {
  const rows = reports.map(({ agencyName, figures: f }) => ({
    agencyId: f.agencyId,
    agencyName,
    list: f.list,
    itemsDone: f.items.done.value,
    itemsTotal: f.items.total.value,
    campaigns: f.campaigns.count.value,
    participants: f.campaigns.participants.value,
    missedKeyDates: f.keyDates.missed.map((k) => k.name),
  }));
  const sumTarget = (t: SixTarget, key: 'campaigns' | 'participants') =>
    reports.reduce((n, r) => n + (r.figures.campaigns.byTarget.find((x) => x.target === t)?.[key].value ?? 0), 0);
  return {
    year,
    rows,
    published: rows.filter((r) => r.list.state === 'published').length,
    byTarget: SIX_TARGETS.map((target) => ({ target, campaigns: sumTarget(target, 'campaigns'), participants: sumTarget(target, 'participants') })),
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      campaigns: reports.reduce((n, r) => n + (r.figures.campaigns.byMonth[i]?.campaigns.value ?? 0), 0),
    })),
  };
}
