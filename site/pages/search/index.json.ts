/**
 * The search index, built once per site build from lessons and law articles, and fetched by
 * the search page only when the visitor starts searching.
 */
import { gzipSync } from 'node:zlib';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchIndex } from '../../../core/search/build-index';
import { stripMdx } from '../../../core/search/strip-mdx';
import type { SearchDoc } from '../../../core/search/types';
import { articleAnchor, lawUrl } from '../../../core/quiz/citation';

export const GET: APIRoute = async () => {
  const started = performance.now();
  const docs: SearchDoc[] = [];
  for (const lesson of await getCollection('lessons')) {
    docs.push({
      id: `lesson:${lesson.id}`,
      kind: 'lesson',
      title: lesson.data.title,
      text: `${lesson.data.summary} ${stripMdx(lesson.body ?? '')}`,
      url: `/lessons/${lesson.id}/`,
      subtitle: '课程',
    });
  }
  for (const law of await getCollection('laws')) {
    const { title, level, articles, sections } = law.data;
    docs.push({
      id: `law:${law.id}`,
      kind: 'law',
      title,
      text: sections.map((s: { heading: string; paragraphs: string[] }) => `${s.heading} ${s.paragraphs.join(' ')}`).join(' '),
      url: lawUrl(law.id),
      subtitle: level,
    });
    for (const a of articles) {
      docs.push({
        id: `article:${law.id}:${a.number}-${a.subNumber}`,
        kind: 'article',
        // The law's name is part of the title so "民法典 离婚" finds its articles.
        title: `${law.id} ${a.numberText}`,
        text: a.text,
        url: `${lawUrl(law.id)}#${articleAnchor(a.number, a.subNumber)}`,
        subtitle: title,
      });
    }
  }
  const body = JSON.stringify(buildSearchIndex(docs));
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `[search] ${docs.length} 篇文档，索引 ${kb(body.length)}（gzip ${kb(gzipSync(body).length)}），` +
      `用时 ${Math.round(performance.now() - started)} ms`,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
