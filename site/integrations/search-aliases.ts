/**
 * The search thesaurus for the site build: `search-aliases` records from the CMS mapped to the
 * shape the search manifest carries (core/search/aliases.ts), each target linked to its
 * article's anchor on the law page and labelled as citations are.
 */
import { openPayload } from '../../cms/local-api';
import type { Law, SearchAlias as AliasRecord } from '../../cms/payload-types';
import { loadSiteLaws, type SiteLaw } from '../../cms/site-data';
import type { SearchAlias } from '../../core/search/aliases';
import { articleAnchor, citationLabel, lawUrl } from '../../core/quiz/citation';

/** Characters of article text shown under an alias target. */
const EXCERPT_CHARS = 60;

/** Aliases plus the targets left out because the current law text has no such article. */
export interface SiteAliases {
  aliases: SearchAlias[];
  missing: string[];
}

/**
 * Records (read at depth 1, so each target's law is populated) → search aliases. A target whose
 * article is gone from the current version (the law was amended after the entry was saved) is
 * left out and named in `missing`; an entry with no target left is dropped.
 */
export function toSearchAliases(records: readonly AliasRecord[], laws: readonly Pick<SiteLaw, 'slug' | 'articles'>[]): SiteAliases {
  const bySlug = new Map(laws.map((l) => [l.slug, l]));
  const missing: string[] = [];
  const aliases: SearchAlias[] = [];
  for (const r of records) {
    const targets = r.articles.flatMap(({ law, article }) => {
      const slug = typeof law === 'object' ? (law as Law).slug : undefined;
      const text = slug ? bySlug.get(slug)?.articles.find((a) => a.number === article && a.subNumber === 0)?.text : undefined;
      const label = citationLabel({ law: slug ?? String(law), article });
      if (!slug || text === undefined) {
        missing.push(`${r.term} → ${label}`);
        return [];
      }
      const excerpt = text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
      return [{ label, url: `${lawUrl(slug)}#${articleAnchor(article)}`, excerpt }];
    });
    if (targets.length) aliases.push({ term: r.term, variants: r.variants ?? [], targets, related: r.related ?? [] });
  }
  return { aliases, missing };
}

/** Every thesaurus entry from the CMS, sorted by term, for the search manifest. */
export async function loadSearchAliases(): Promise<SiteAliases> {
  const payload = await openPayload();
  const [records, laws] = await Promise.all([
    payload.find({ collection: 'search-aliases', pagination: false, depth: 1, sort: 'term' }),
    loadSiteLaws(),
  ]);
  return toSearchAliases(records.docs, laws);
}
