/**
 * Content collections: the single source of truth for the shape of site content.
 * Lessons and tracks are files in content/; quizzes are validated files with citations checked
 * against the law library; laws come from the CMS through Payload's Local API. The lesson and track
 * schemas live in core/content/ because the server's lesson catalog and the search index read the
 * same files.
 */
import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { lawsLoader } from './loaders/laws-loader';
import { quizLoader } from './loaders/quiz-loader';
import { lessonSchema, trackSchema } from '../core/content/lesson-front-matter';
import type { SiteLaw } from '../cms/site-data';

export type { LessonData } from '../core/content/lesson-front-matter';

const tracks = defineCollection({ loader: file('content/tracks.yaml'), schema: trackSchema });

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

const quizzes = defineCollection({ loader: quizLoader({ dir: 'content/quizzes' }) });

// Laws are already typed and checked by the CMS; the schema only carries their type to the pages.
const laws = defineCollection({ loader: lawsLoader(), schema: z.custom<SiteLaw>() });

export const collections = { tracks, lessons, quizzes, laws };
