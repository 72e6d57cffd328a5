import { getCollection } from 'astro:content';
import { type OpenCitationFlag, loadOpenCitationFlags } from '../../cms/collections/CitationReviews/site-view';
import { CITATION_CHANGE_LABELS, CITING_KIND_LABELS } from '../../core/vocabulary/citation-review';
import { citationLabel, citationsInMdx } from '../../core/quiz/citation';
import type { Citation, QuizFile } from '../../core/quiz/types';
import type { SiteLaw } from '../../cms/site-data';
import { cmsOffline } from '../loaders/offline';
import type { Lesson } from './lessons';

export type { OpenCitationFlag };

/** Open flags (none when the build runs without the CMS). */
export const openFlags = (): Promise<OpenCitationFlag[]> => (cmsOffline() ? Promise.resolve([]) : loadOpenCitationFlags());

/** Open flags of a lesson: its own citations and its quiz's questions. */
export async function lessonFlags(lesson: Lesson, questionIds: readonly string[]): Promise<OpenCitationFlag[]> {
  const ids = new Set(questionIds);
  const own = (await openFlags()).filter((f) => (f.kind === 'lesson' && f.sourceId === lesson.id) || (f.kind === 'practice' && ids.has(f.sourceId)));
  // The lesson's own citations first, then its quiz's.
  return own.sort((a, b) => Number(a.kind !== 'lesson') - Number(b.kind !== 'lesson'));
}

/** Open flags of a quiz's questions. */
export async function quizFlags(questionIds: readonly string[]): Promise<OpenCitationFlag[]> {
  const ids = new Set(questionIds);
  return (await openFlags()).filter((f) => f.kind === 'practice' && ids.has(f.sourceId));
}

let reported = false;

/**
 * Prints, once per build, every open flag and every citation without a pinned version (which
 * counts as checked against the version current when it was written, and should say so).
 */
export async function reportCitationPins(lessons: readonly Lesson[]): Promise<void> {
  if (reported) return;
  reported = true;
  const flags = await openFlags();
  if (flags.length) {
    console.warn(`引用待复核 ${flags.length} 处（复核前课程页和测验显示提示，考试不抽取这些试题）：`);
    for (const f of flags) console.warn(`  - ${CITING_KIND_LABELS[f.kind]} ${f.sourceId}：${citationLabel(f)}（${CITATION_CHANGE_LABELS[f.changeKind]}，${f.newVersion}）`);
  }
  const laws = (await getCollection('laws')) as { id: string; data: SiteLaw }[];
  const versions = new Map(laws.map((l) => [l.id, new Set(l.data.versions.map((v) => v.versionDate))]));
  const unpinned: { where: string; what: string }[] = [];
  const unknown: { where: string; what: string }[] = [];
  const check = (where: string, c: Citation) => {
    if (!c.version) unpinned.push({ where, what: citationLabel(c) });
    else if (versions.has(c.law) && !versions.get(c.law)!.has(c.version)) unknown.push({ where, what: `${citationLabel(c)}（${c.version}）` });
  };
  for (const lesson of lessons) for (const c of citationsInMdx(lesson.body ?? '')) check(lesson.filePath ?? lesson.id, c);
  for (const quiz of (await getCollection('quizzes')) as { id: string; data: QuizFile }[]) {
    for (const q of quiz.data.questions) check(`content/quizzes/${quiz.id}.yaml`, q.cite);
  }
  printByFile(unpinned, '处引用未注明核对的法律版本，按写入时的现行版本处理；请加上 version="YYYY-MM-DD"（测验为 cite.version）');
  printByFile(unknown, '处引用注明的版本不在法规库中（请核对法律页面上的版本日期）');
}

/** One line per file: `file: 《法》第一条、《法》第二条`, so a long list stays readable. */
function printByFile(items: { where: string; what: string }[], heading: string) {
  if (!items.length) return;
  const byFile = new Map<string, string[]>();
  for (const { where, what } of items) byFile.set(where, [...(byFile.get(where) ?? []), what]);
  console.warn(`${items.length} ${heading}：`);
  for (const [where, what] of byFile) console.warn(`  - ${where}：${what.join('、')}`);
}
