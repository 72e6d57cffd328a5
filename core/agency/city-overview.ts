import { owesList } from './list-duty';
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
  /** Agencies that owe a list, in the order given. */
  rows: OverviewRow[];
  /** Names of the agencies left out because their kind owes no list (schools, 村居 by default). */
  excluded: string[];
  published: number;
  byTarget: { target: SixTarget; campaigns: number; participants: number }[];
  byMonth: { month: number; campaigns: number }[];
}

/** One agency's input: its name, kind (when known) and report figures. */
export interface OverviewInput {
  agencyName: string;
  kind?: string | null;
  figures: ReportFigures;
}

/**
 * The city overview is the sum of the agencies' report figures (computeReportFigures), so the
 * overview and each agency's report can never disagree. With `kinds`, only agencies of those
 * kinds (the ones that owe a list, core/agency/list-duty.ts) are counted; the rest are named
 * in `excluded`.
 */
export function cityOverview(year: number, all: OverviewInput[], options: { kinds?: readonly string[] } = {}): CityOverview {
  const { kinds } = options;
  const reports = kinds ? all.filter((r) => owesList(r.kind, kinds)) : all;
  const excluded = kinds ? all.filter((r) => !owesList(r.kind, kinds)).map((r) => r.agencyName) : [];
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
    excluded,
    published: rows.filter((r) => r.list.state === 'published').length,
    byTarget: SIX_TARGETS.map((target) => ({ target, campaigns: sumTarget(target, 'campaigns'), participants: sumTarget(target, 'participants') })),
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      campaigns: reports.reduce((n, r) => n + (r.figures.campaigns.byMonth[i]?.campaigns.value ?? 0), 0),
    })),
  };
}
