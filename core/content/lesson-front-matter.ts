/**
 * Lesson and track shapes: the one schema every reader of content/lessons and content/tracks.yaml
 * goes through (the site's content collections, the server's lesson catalog, the search index and
 * the content tests). Plain zod with no Astro import, so the server can use it too.
 */
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { AUDIENCES } from '../vocabulary/learning';

/** Audience ids used in lesson front matter, track URLs and learner progress (the vocabulary's audiences). */
export const trackIdSchema = z.enum(AUDIENCES);
export type TrackId = z.infer<typeof trackIdSchema>;

/** One entry of content/tracks.yaml. */
export const trackSchema = z.object({
  /** Audience id used in lesson front matter and URLs. */
  id: trackIdSchema,
  /** Audience name shown to users, e.g. 国家工作人员. */
  title: z.string(),
  /** One sentence shown on the track's card. */
  summary: z.string(),
  /** One Chinese character shown in a round badge. */
  icon: z.string().length(1),
});
export type TrackData = z.infer<typeof trackSchema>;

/** Front matter of a lesson file (content/lessons/*.mdx). */
export const lessonSchema = z.object({
  /** Page title. */
  title: z.string().min(2),
  /** One or two sentences for lists and search results. */
  summary: z.string().min(4),
  /** Audiences this lesson belongs to. */
  tracks: z.array(trackIdSchema).min(1),
  /** Position within each track, ascending; ties sort by title. */
  order: z.number().int().nonnegative(),
  /** 学时 credited when the lesson quiz is passed. */
  hours: z.number().positive().max(8),
  /** Law slugs the lesson covers. */
  laws: z.array(z.string()).default([]),
  /** Id of the practice quiz in content/quizzes. */
  quiz: z.string().optional(),
  /** Free keywords shown under the title and indexed for search. */
  tags: z.array(z.string()).default([]),
});
export type LessonData = z.infer<typeof lessonSchema>;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * A lesson file's validated front matter and its body (the MDX after the front matter).
 * Throws with the file name and every problem when the front matter is missing or invalid.
 */
export function parseLessonFile(source: string, file: string): { data: LessonData; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error(`${file}: 缺少 front matter（以 --- 开头和结尾）`);
  const parsed = lessonSchema.safeParse(parseYaml(match[1]!) ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}: ${i.message}`);
    throw new Error(`${file}: front matter 有误：\n  - ${problems.join('\n  - ')}`);
  }
  return { data: parsed.data, body: source.slice(match[0].length) };
}

/** The entries of content/tracks.yaml, validated; throws with every problem. */
export function parseTracksFile(source: string, file = 'content/tracks.yaml'): TrackData[] {
  const parsed = z.array(trackSchema).safeParse(parseYaml(source));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；')}`);
  return parsed.data;
}
