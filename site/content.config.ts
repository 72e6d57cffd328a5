/**
 * Content collections: the single source of truth for the shape of site content.
 * Lessons and tracks are files in content/; quizzes are validated files with citations checked
 * against the law library; laws come from the CMS through Payload's Local API.
 */
import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { lawsLoader } from './loaders/laws-loader';
import { quizLoader } from './loaders/quiz-loader';

const trackId = z.enum(['officials', 'students', 'village']);

const tracks = defineCollection({
  loader: file('content/tracks.yaml'),
  schema: z.object({
    /** Audience id used in lesson front matter and URLs. */
    id: trackId,
    /** Audience name shown to users, e.g. 国家工作人员. */
    title: z.string(),
    summary: z.string(),
    /** One Chinese character shown in a round badge. */
    icon: z.string().length(1),
  }),
});

export const lessonSchema = z.object({
    /** Page title. */
    title: z.string().min(2),
    /** One or two sentences for lists and search results. */
    summary: z.string().min(4),
    /** Audiences this lesson belongs to. */
    tracks: z.array(trackId).min(1),
    /** Position within each track, ascending; ties sort by title. */
    order: z.number().int().nonnegative(),
    /** 学时 credited when the lesson quiz is passed. */
    hours: z.number().positive().max(8),
    /** Law slugs the lesson covers. */
    laws: z.array(z.string()).default([]),
    /** Id of the practice quiz in content/quizzes. */
    quiz: z.string().optional(),
    tags: z.array(z.string()).default([]),
});
export type LessonData = z.infer<typeof lessonSchema>;

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

const quizzes = defineCollection({ loader: quizLoader({ dir: 'content/quizzes' }) });

const laws = defineCollection({ loader: lawsLoader() });

export const collections = { tracks, lessons, quizzes, laws };
