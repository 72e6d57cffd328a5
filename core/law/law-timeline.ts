/**
 * One law's versions as its pages show them: each version's status and dates, and for every
 * article what changed against the previous version (kind, former number, character diff).
 */
import { compareVersions, comparableKey, diffText, type ArticleChangeKind, type ComparableArticle, type DiffPart } from './compare';
import { lawSlug } from './corpus-path';
import { chineseDate, repealedTitles, versionEffectiveDate, versionMaking, versionStatuses } from './status';
import { LAW_STATUS_LABELS, type LawStatus } from '../vocabulary/law';

/** What the timeline needs of one stored version. */
export interface TimelineInput {
  versionDate: string;
  history: readonly string[];
  articles: readonly ComparableArticle[];
  /** A stored effective date wins over the one read from the text. */
  effectiveDate?: string | null;
}

/** 本条修改情况 of one article of one version, against the version before it. */
export interface ArticleNote {
  kind: ArticleChangeKind;
  /** The article's number text in the previous version, when it had one. */
  previousNumberText: string | null;
  /** Character diff old → new; null when the text did not change or the article is new. */
  diff: DiffPart[] | null;
}

/** One version with its status and the notes on its articles. */
export interface TimelineVersion {
  versionDate: string;
  /** 修订 / 修正 / 通过 / 公布, from the history line of the version's date. */
  making: string | null;
  effectiveDate: string | null;
  endedOn: string | null;
  status: LawStatus;
  /** Date of the version compared against; null for the oldest. */
  previousDate: string | null;
  /** Notes by article key ("17", "17-1"); empty for the oldest version. */
  notes: Record<string, ArticleNote>;
  /** Articles of the previous version that this one deleted, with their former number text. */
  deleted: { numberText: string; text: string }[];
}

/**
 * Every version of one law, oldest first, with statuses as of `today` (YYYY-MM-DD) and article
 * notes against the preceding version. `repealedOn` marks the whole law repealed from that day.
 */
export function lawTimeline(inputs: readonly TimelineInput[], today: string, repealedOn?: string | null): TimelineVersion[] {
  const sorted = [...inputs].sort((a, b) => a.versionDate.localeCompare(b.versionDate));
  const dates = sorted.map((v) => ({
    versionDate: v.versionDate,
    effectiveDate: v.effectiveDate ?? versionEffectiveDate(v.versionDate, v.articles.map((a) => a.text)),
  }));
  const statuses = versionStatuses(dates, today, repealedOn);
  return sorted.map((v, k) => {
    const before = sorted[k - 1];
    const notes: Record<string, ArticleNote> = {};
    const deleted: TimelineVersion['deleted'] = [];
    if (before) {
      for (const c of compareVersions([...before.articles], [...v.articles])) {
        if (!c.to) {
          deleted.push({ numberText: c.from!.numberText, text: c.from!.text });
          continue;
        }
        notes[comparableKey(c.to)] = {
          kind: c.kind,
          previousNumberText: c.from?.numberText ?? null,
          diff: c.from && c.textChanged ? diffText(c.from.text, c.to.text) : null,
        };
      }
    }
    return {
      versionDate: v.versionDate,
      making: versionMaking(v.history, v.versionDate) ?? null,
      effectiveDate: statuses[k]!.effectiveDate,
      endedOn: statuses[k]!.endedOn,
      status: statuses[k]!.status,
      previousDate: before?.versionDate ?? null,
      notes,
      deleted,
    };
  });
}

/**
 * The banner naming the version shown: "本页为2023年12月29日修订版本，自2024年7月1日起施行，现行有效。"
 * An amended version says when its successor took effect; a repealed one since when.
 */
export function versionBanner(v: Pick<TimelineVersion, 'versionDate' | 'making' | 'effectiveDate' | 'endedOn' | 'status'>): string {
  const date = v.versionDate === 'undated' ? '' : chineseDate(v.versionDate);
  const which = `本页为${date}${v.making ?? ''}版本`;
  const from = v.effectiveDate && v.effectiveDate !== v.versionDate ? `，自${chineseDate(v.effectiveDate)}起施行` : '';
  const label = LAW_STATUS_LABELS[v.status];
  switch (v.status) {
    case 'in-force':
      return `${which}${from}，${label}。`;
    case 'not-yet-effective':
      return `${which}，${label}${v.effectiveDate ? `（自${chineseDate(v.effectiveDate)}起施行）` : ''}。`;
    case 'amended':
      return `${which}${from}，${label}${v.endedOn ? `：${chineseDate(v.endedOn)}起施行新版本` : ''}。`;
    case 'repealed':
      return `${which}，${label}${v.endedOn ? `（${chineseDate(v.endedOn)}起）` : ''}。`;
  }
}

/**
 * Repeal dates by law slug, from "《…》同时废止" in the current text of the other laws of the
 * library: the repealed law ends the day the repealing one takes effect.
 */
export function repealDates(laws: readonly { slug: string; versionDate: string; articles: readonly { text: string }[] }[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const law of laws) {
    const texts = law.articles.map((a) => a.text);
    const titles = texts.flatMap(repealedTitles);
    if (titles.length === 0) continue;
    const from = versionEffectiveDate(law.versionDate, texts);
    if (!from) continue;
    for (const slug of titles.map(lawSlug)) {
      if (slug === law.slug) continue;
      const known = dates.get(slug);
      if (!known || from < known) dates.set(slug, from);
    }
  }
  return dates;
}
