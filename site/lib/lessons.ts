import { getCollection } from 'astro:content';
import { citationLabel, citationsInMdx } from '../../core/quiz/citation';
import type { SiteLaw } from '../../cms/site-data';
import type { LessonData } from '../content.config';

/** A lesson entry as the glob loader makes it (typed here so type-checking needs no codegen). */
export interface Lesson {
  id: string;
  body?: string;
  filePath?: string;
  data: LessonData;
}

export const lessonUrl = (lesson: Lesson): string => `/lessons/${lesson.id}/`;

const byOrder = (a: Lesson, b: Lesson) =>
  a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-Hans-CN');

/** Lessons of one track (or all), in track order. */
export async function lessonsFor(track?: string): Promise<Lesson[]> {
  const all = (await getCollection('lessons')) as Lesson[];
  return all.filter((l) => !track || l.data.tracks.includes(track as never)).sort(byOrder);
}

/**
 * Fails the build, naming the file, when a lesson cites an article that is not in the law
 * library or embeds a quiz that does not exist.
 */
export async function checkLessonReferences(lessons: Lesson[]): Promise<void> {
  const lawEntries = (await getCollection('laws')) as { id: string; data: SiteLaw }[];
  const laws = new Map(lawEntries.map((l) => [l.id, new Set(l.data.articles.map((a) => a.number))]));
  const quizzes = new Set(((await getCollection('quizzes')) as { id: string }[]).map((q) => q.id));
  const problems: string[] = [];
  for (const lesson of lessons) {
    const where = lesson.filePath ?? lesson.id;
    for (const cite of citationsInMdx(lesson.body ?? '')) {
      if (!laws.get(cite.law)?.has(cite.article)) problems.push(`${where}: 引用的${citationLabel(cite)}在法规库中不存在`);
    }
    for (const law of lesson.data.laws) if (!laws.has(law)) problems.push(`${where}: laws 中的“${law}”不在法规库中`);
    if (lesson.data.quiz && !quizzes.has(lesson.data.quiz)) problems.push(`${where}: 测验 ${lesson.data.quiz} 不存在`);
  }
  if (problems.length) throw new Error(`课程引用有误：\n${problems.join('\n')}`);
}
