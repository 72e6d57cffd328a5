/**
 * Every law version page of the site, computed once per build: the current version at
 * /laws/<slug>/, older ones at /laws/<slug>/v/<date>/, each with its status banner, its versions
 * list, 本条修改情况 per article, and its split into pages when long.
 */
import { getCollection } from 'astro:content';
import type { SiteLaw } from '../../cms/site-data';
import { loadVersionTexts, type SiteVersionText } from '../../cms/site-law-versions';
import { comparableKey } from '../../core/law/compare';
import { lawTimeline, repealDates, versionBanner, type ArticleNote, type TimelineVersion } from '../../core/law/law-timeline';
import { splitLawPages, type LawPagePart } from '../../core/law/law-pages';
import { dayKey } from '../../core/learning/time';
import { LAW_STATUS_LABELS } from '../../core/vocabulary/law';
import { articleAnchor } from '../../core/quiz/citation';

type SiteArticle = SiteLaw['articles'][number];

/** One entry of a version list. */
export interface VersionLink {
  versionDate: string;
  url: string;
  label: string;
  statusLabel: string;
  shown: boolean;
}

/** Everything one version's pages render. */
export interface LawVersionView {
  slug: string;
  title: string;
  level: string;
  versionDate: string;
  isCurrent: boolean;
  /** Base URL of this version: /laws/<slug>/ or /laws/<slug>/v/<date>/. */
  url: string;
  banner: string;
  timeline: TimelineVersion;
  history: string;
  sections: SiteLaw['sections'];
  articles: SiteArticle[];
  notes: Record<string, ArticleNote>;
  pages: LawPagePart[];
  versions: VersionLink[];
}

/** URL of one version's first page; the current version lives at the law's own URL. */
export const versionUrl = (slug: string, versionDate: string, isCurrent: boolean): string =>
  isCurrent ? `/laws/${encodeURIComponent(slug)}/` : `/laws/${encodeURIComponent(slug)}/v/${versionDate}/`;

/** URL of page n of a split version. */
export const partUrl = (base: string, index: number): string => `${base}p/${index}/`;

/** Where an article is on its version's pages: the page URL and the anchor. */
export function articleHref(view: Pick<LawVersionView, 'url' | 'pages' | 'articles'>, i: number, a: Pick<SiteArticle, 'number' | 'subNumber'>): string {
  const page = view.pages.find((p) => i >= p.start && i < p.end);
  return `${page ? partUrl(view.url, page.index) : view.url}#${articleAnchor(a.number, a.subNumber)}`;
}

let viewsPromise: Promise<LawVersionView[]> | undefined;

/** All version views of all laws (cached per build). */
export function lawVersionViews(): Promise<LawVersionView[]> {
  return (viewsPromise ??= buildViews());
}

const noteSize = (n: ArticleNote | undefined) => (n?.diff ? n.diff.reduce((s, p) => s + p.text.length, 0) : 0);

async function buildViews(): Promise<LawVersionView[]> {
  const laws = ((await getCollection('laws')) as { data: SiteLaw }[]).map((e) => e.data);
  const { texts, dates } = await loadVersionTexts();
  // The build's civil day in China decides what is in force; the site is rebuilt at least daily.
  const today = dayKey(new Date(), 'Asia/Shanghai');
  const derivedRepeals = repealDates(laws);
  return laws.flatMap((law) => {
    const own = dates.get(law.slug);
    const stored: SiteVersionText[] = texts.get(law.slug) ?? [
      {
        versionDate: law.versionDate,
        isCurrent: true,
        effectiveDate: own?.effective[law.versionDate] ?? null,
        history: law.history.split('\n').filter(Boolean),
        articles: law.articles,
      },
    ];
    // An admin's repeal date wins over one read from another law's 同时废止.
    const timeline = lawTimeline(stored, today, own?.repealedDate ?? derivedRepeals.get(law.slug));
    const sorted = [...stored].sort((a, b) => a.versionDate.localeCompare(b.versionDate));
    const links = (shown: string): VersionLink[] =>
      sorted
        .map((v, k) => ({
          versionDate: v.versionDate,
          url: versionUrl(law.slug, v.versionDate, v.isCurrent),
          label: `${v.versionDate === 'undated' ? '' : v.versionDate}${timeline[k]!.making ?? ''}`,
          statusLabel: LAW_STATUS_LABELS[timeline[k]!.status],
          shown: v.versionDate === shown,
        }))
        .reverse();
    return sorted.map((v, k) => {
      const t = timeline[k]!;
      // The current version's articles come from the site's law entry (same rows, same order).
      const articles: SiteArticle[] = v.isCurrent ? law.articles : v.articles;
      const pages = splitLawPages(
        articles.map((a) => ({ ...a, size: a.text.length + noteSize(t.notes[comparableKey(a)]) })),
      );
      return {
        slug: law.slug,
        title: law.title,
        level: law.level,
        versionDate: v.versionDate,
        isCurrent: v.isCurrent,
        url: versionUrl(law.slug, v.versionDate, v.isCurrent),
        banner: versionBanner(t),
        timeline: t,
        history: v.isCurrent ? law.history : v.history.join('\n'),
        sections: v.isCurrent ? law.sections : [],
        articles,
        notes: t.notes,
        pages,
        versions: links(v.versionDate),
      };
    });
  });
}
