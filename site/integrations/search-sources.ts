/**
 * Document sources of the search index. Each source becomes one index segment, built and
 * cached on its own; add campaigns or media transcripts here as one more source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSiteLaws } from '../../cms/site-data';
import { parseLessonFile } from '../../core/content/lesson-front-matter';
import { agencyData, campaignUrl } from '../lib/agency-data';
import { articleAnchor, lawUrl } from '../../core/quiz/citation';
import type { SearchSource } from '../../core/search/build-index';
import { stripMdx } from '../../core/search/strip-mdx';
import type { SearchDoc } from '../../core/search/types';
import { publicMedia } from '../components/media/data';
import { mediaSearchDocs } from '../components/media/search-docs';

/** Lessons: every MDX file below `dir`; the text is the summary and the body without markup. */
export function lessonsSource(dir = 'content/lessons'): SearchSource {
  return {
    name: 'lessons',
    // Lessons are long and few: keep their text whole, one lesson per stored chunk.
    options: { maxStoredText: Infinity, chunkSize: 1, postingsPerShard: 400 },
    load() {
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
      return files.sort().map((file): SearchDoc => {
        const { data, body } = parseLessonFile(readFileSync(path.join(dir, file), 'utf8'), path.join(dir, file));
        const id = file.replace(/\.mdx$/, '').split(path.sep).join('/');
        return { id, kind: 'lesson', title: data.title, text: `${data.summary} ${stripMdx(body)}`, url: `/lessons/${id}/` };
      });
    },
  };
}

/**
 * Laws from the CMS (Payload Local API): one document per law (its title and preamble or other
 * sections) and one per article, linking to the article's anchor. An article's indexed title is
 * the law title followed by its number (中华人民共和国民法典第十条), so 民法典第十条 finds it.
 */
export function lawsSource(): SearchSource {
  return {
    name: 'laws',
    async load() {
      const docs: SearchDoc[] = [];
      for (const law of await loadSiteLaws()) {
        const url = lawUrl(law.slug);
        const text = law.sections.map((s) => `${s.heading} ${s.paragraphs.join(' ')}`).join(' ');
        docs.push({ id: law.slug, kind: 'law', title: law.title, text, url, subtitle: law.level });
        for (const a of law.articles) {
          docs.push({
            id: `${law.slug}/${String(a.number).padStart(5, '0')}-${a.subNumber}`,
            kind: 'article',
            title: `${law.title}${a.numberText}`,
            displayTitle: a.numberText,
            subtitle: law.title,
            text: a.text,
            url: `${url}#${articleAnchor(a.number, a.subNumber)}`,
          });
        }
      }
      return docs;
    },
  };
}

/**
 * Campaigns (主题普法活动) as published on the campaign month pages (the same public data),
 * each linking to its card there.
 */
export function campaignsSource(): SearchSource {
  return {
    name: 'campaigns',
    async load() {
      const { campaigns, agencies } = await agencyData();
      const agency = new Map(agencies.map((a) => [a.id, a.shortName]));
      return campaigns.map((c): SearchDoc => {
        const organizer = agency.get(c.agencyId);
        return {
          id: c.id,
          kind: 'campaign',
          title: c.theme,
          text: [c.summary, c.place, `进${c.target}`, organizer ?? ''].join(' '),
          url: campaignUrl(c),
          subtitle: `${c.startDate} · ${organizer ?? '主题活动'}`,
        };
      });
    },
  };
}

/** Published media: each work and each transcript line (site/components/media/search-docs.ts). */
export const mediaSource = (): SearchSource => ({ name: 'media', load: async () => mediaSearchDocs(await publicMedia()) });

/** Every source, in manifest order. */
export const searchSources = (): SearchSource[] => [lawsSource(), lessonsSource(), campaignsSource(), mediaSource()];
