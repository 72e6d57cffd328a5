/**
 * Browsing the media library (pure): the item and facet URLs, and the facets a visitor filters
 * by — art form (戏曲 with its kinds), law, audience and campaign — each value with its count.
 * Every facet value is a static page (/media/<facet>/<value>/), so browsing needs no script.
 */
import type { PublicMedia } from '../../../core/media/types';
import { AUDIENCE_TITLES, isAudience } from '../../../core/vocabulary/learning';

/** The fields browsing reads. */
export type BrowsedMedia = Pick<PublicMedia, 'slug' | 'artForm' | 'operaKind' | 'laws' | 'audiences' | 'campaignIds'>;

export const FACET_KEYS = ['form', 'law', 'audience', 'campaign'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
export const FACET_TITLES: Readonly<Record<FacetKey, string>> = { form: '艺术形式', law: '相关法律', audience: '适合人群', campaign: '主题活动' };

/** One value of a facet: its page, label and how many items it holds; 戏曲 lists its kinds. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
  url: string;
  children?: FacetValue[];
}

/** An item's page. */
export const mediaUrl = (m: Pick<PublicMedia, 'slug'>): string => `/media/${encodeURIComponent(m.slug)}/`;
/** A facet value's page. */
export const facetUrl = (key: FacetKey, value: string): string => `/media/${key}/${encodeURIComponent(value)}/`;

/** The art form as shown: 戏曲·吕剧, or the form alone. */
export const formLabel = (m: Pick<PublicMedia, 'artForm' | 'operaKind'>): string => (m.operaKind ? `${m.artForm}·${m.operaKind}` : m.artForm);

/** Audience label (国家工作人员 …); an unknown value is shown as it is. */
export const audienceLabel = (a: string): string => (isAudience(a) ? AUDIENCE_TITLES[a] : a);

/** The values `m` has for facet `key` (an opera work is under 戏曲 and under its kind). */
export function valuesOf(m: BrowsedMedia, key: FacetKey): string[] {
  switch (key) {
    case 'form':
      return m.operaKind ? [m.artForm, m.operaKind] : [m.artForm];
    case 'law':
      return m.laws.map((l) => l.slug);
    case 'audience':
      return m.audiences;
    case 'campaign':
      return m.campaignIds;
  }
}

/** Items under one facet value, in the order given. */
export const itemsIn = <M extends BrowsedMedia>(items: readonly M[], key: FacetKey, value: string): M[] =>
  items.filter((m) => valuesOf(m, key).includes(value));

/** Names the facet values: law slug → 《title》, campaign id → theme. */
export interface FacetNames {
  law: (slug: string) => string | undefined;
  campaign: (id: string) => string | undefined;
}

/**
 * Every facet with its values (most items first, then by label); a campaign or law without a
 * public name is left out. Opera kinds are children of 戏曲, not values of their own.
 */
export function facetsOf(items: readonly BrowsedMedia[], names: FacetNames): { key: FacetKey; title: string; values: FacetValue[] }[] {
  const kinds = new Set(items.flatMap((m) => (m.operaKind ? [m.operaKind] : [])));
  const label = (key: FacetKey, value: string): string | undefined => {
    if (key === 'law') return names.law(value);
    if (key === 'campaign') return names.campaign(value);
    if (key === 'audience') return audienceLabel(value);
    return value;
  };
  const valueOf = (key: FacetKey, value: string, count: number): FacetValue | null => {
    const text = label(key, value);
    return text === undefined ? null : { value, label: text, count, url: facetUrl(key, value) };
  };
  const sorted = (values: FacetValue[]) => values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
  return FACET_KEYS.map((key) => {
    const counts = new Map<string, number>();
    for (const m of items) for (const v of new Set(valuesOf(m, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const all = [...counts].flatMap(([v, n]) => valueOf(key, v, n) ?? []);
    const top = all.filter((v) => key !== 'form' || !kinds.has(v.value));
    if (key === 'form') {
      const opera = top.find((v) => v.value === '戏曲');
      if (opera) opera.children = sorted(all.filter((v) => kinds.has(v.value)));
    }
    return { key, title: FACET_TITLES[key], values: sorted(top) };
  }).filter((f) => f.values.length > 0);
}

/** Every facet page to build: [key, value] pairs that hold at least one item. */
export function facetPages(items: readonly BrowsedMedia[]): { key: FacetKey; value: string }[] {
  const seen = new Set<string>();
  const pages: { key: FacetKey; value: string }[] = [];
  for (const key of FACET_KEYS) {
    for (const m of items) {
      for (const value of valuesOf(m, key)) {
        if (seen.has(`${key}\u0000${value}`)) continue;
        seen.add(`${key}\u0000${value}`);
        pages.push({ key, value });
      }
    }
  }
  return pages;
}
