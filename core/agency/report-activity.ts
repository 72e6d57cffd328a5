/** Report figures from activity records: campaigns, media, laws, key dates and learning. */
import { addDays, dateParts } from './dates';
import { campaignActsOnKeyDate } from './key-dates';
import { countOf, sourceRef } from './report-items';
import type { Figure, KeyDateFigure, LearningRecords, ReportFigures } from './report-types';
import { SIX_TARGETS, type Campaign, type IsoDate, type ListItem, type MediaRecord, type ResolvedKeyDate } from './types';

/** True for a usable participant count (missing counts are reported, not taken as 0). */
export function hasParticipants(c: Campaign): c is Campaign & { participants: number } {
  return typeof c.participants === 'number' && Number.isFinite(c.participants) && c.participants >= 0;
}

function participantsOf(campaigns: readonly Campaign[]): Figure {
  const counted = campaigns.filter(hasParticipants);
  return {
    value: counted.reduce((sum, c) => sum + Math.round(c.participants), 0),
    sources: counted.map((c) => sourceRef('campaign', c.id)),
  };
}

const refsOf = (campaigns: readonly Campaign[]) => campaigns.map((c) => sourceRef('campaign', c.id));

/**
 * Campaign figures. A campaign counts once, in the month (and year) it starts, even when it
 * runs into the next month: splitting participants across months would invent numbers.
 */
export function campaignFigures(campaigns: readonly Campaign[]): ReportFigures['campaigns'] {
  const byMonth = Array.from({ length: 12 }, (_, i) => {
    const inMonth = campaigns.filter((c) => dateParts(c.startDate).month === i + 1);
    return { month: i + 1, campaigns: countOf(refsOf(inMonth)), participants: participantsOf(inMonth) };
  });
  return {
    count: countOf(refsOf(campaigns)),
    participants: participantsOf(campaigns),
    participantsMissing: countOf(refsOf(campaigns.filter((c) => !hasParticipants(c)))),
    byTarget: SIX_TARGETS.map((target) => {
      const of = campaigns.filter((c) => c.target === target);
      return { target, campaigns: countOf(refsOf(of)), participants: participantsOf(of) };
    }),
    byMonth,
  };
}

/** Media figures: count and count by art form (most first, then by name). */
export function mediaFigures(media: readonly MediaRecord[]): ReportFigures['media'] {
  const forms = new Map<string, string[]>();
  for (const m of media) forms.set(m.artForm, [...(forms.get(m.artForm) ?? []), sourceRef('media', m.id)]);
  const byArtForm = [...forms.entries()]
    .sort(([a, ra], [b, rb]) => rb.length - ra.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(([artForm, refs]) => ({ artForm, count: countOf(refs) }));
  return { count: countOf(media.map((m) => sourceRef('media', m.id))), byArtForm };
}

/** Distinct laws named by the counted items, campaigns and media, each with where it appears. */
export function lawFigures(
  items: readonly ListItem[],
  campaigns: readonly Campaign[],
  media: readonly MediaRecord[],
): ReportFigures['laws'] {
  const byLaw = new Map<string, string[]>();
  const add = (laws: readonly string[], ref: string) => {
    for (const law of new Set(laws)) byLaw.set(law, [...(byLaw.get(law) ?? []), ref]);
  };
  // A law the library lacks still counts, by its name.
  items.forEach((it) => add([...it.content.laws, ...(it.content.otherLaws ?? [])], sourceRef('item', it.id)));
  campaigns.forEach((c) => add(c.laws, sourceRef('campaign', c.id)));
  media.forEach((m) => add(m.laws, sourceRef('media', m.id)));
  const covered = [...byLaw.entries()].map(([law, sources]) => ({ law, sources }));
  const uncollected = [...new Set(items.flatMap((it) => it.content.otherLaws ?? []))];
  return { count: { value: covered.length, sources: [...new Set(covered.flatMap((c) => c.sources))] }, covered, uncollected };
}

/**
 * The agency's lead key dates, split into acted on (≥ 1 campaign), missed (window closed by
 * `asOf` without a campaign) and upcoming (window still open, so nothing is missed yet).
 */
export function keyDateFigures(
  agencyId: string,
  keyDates: readonly ResolvedKeyDate[],
  campaigns: readonly Campaign[],
  windowDays: number,
  asOf: IsoDate,
): ReportFigures['keyDates'] {
  const actedOn: KeyDateFigure[] = [];
  const missed: KeyDateFigure[] = [];
  const upcoming: KeyDateFigure[] = [];
  for (const kd of keyDates.filter((k) => k.leadAgencyIds.includes(agencyId))) {
    const acting = campaigns.filter((c) => campaignActsOnKeyDate(c, kd, windowDays));
    const fig = { keyDateId: kd.id, name: kd.name, start: kd.start, end: kd.end, campaigns: countOf(refsOf(acting)) };
    if (acting.length) actedOn.push(fig);
    else if (addDays(kd.end, windowDays) < asOf) missed.push(fig);
    else upcoming.push(fig);
  }
  return { actedOn, missed, upcoming };
}

function rate(hits: number, refs: string[]): Figure<number | null> {
  return { value: refs.length ? Math.round((hits / refs.length) * 1000) / 10 : null, sources: refs };
}

/** Completion and pass rates in percent (one decimal); null when nobody is counted. */
export function learningFigures(learning: LearningRecords): NonNullable<ReportFigures['learning']> {
  const { officials, exams } = learning;
  return {
    completionRate: rate(
      officials.filter((o) => o.completed).length,
      officials.map((o) => sourceRef('official', o.id)),
    ),
    examPassRate: rate(
      exams.filter((e) => e.passed).length,
      exams.map((e) => sourceRef('exam', e.id)),
    ),
  };
}
