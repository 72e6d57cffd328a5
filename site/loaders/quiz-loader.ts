import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { citationLabel } from '../../core/quiz/citation';
import { parseQuizFile, quizFileSchema } from '../../core/quiz/schema';
import type { QuizFile } from '../../core/quiz/types';
import { loadSiteLaws } from '../../cms/site-data';
import { cmsOffline } from './offline';

/**
 * Practice quizzes from content/quizzes/*.yaml. Each file is checked against the schema and
 * every citation must name a real article of an imported law; otherwise the build fails with
 * every problem listed under the file's name. Offline (see cmsOffline) the citations go unchecked.
 */
export function quizLoader({ dir }: { dir: string }): Loader {
  return {
    name: 'pufa-quizzes',
    schema: quizFileSchema,
    load: async ({ store, parseData }) => {
      const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
      const articles = cmsOffline() ? undefined : await articleIndex();
      const failures: string[] = [];
      const seenQuestions = new Map<string, string>();
      store.clear();
      for (const file of files) {
        const rel = path.join(path.relative(process.cwd(), dir), file);
        const problems: string[] = [];
        let quiz: QuizFile | undefined;
        try {
          const parsed = parseQuizFile(parseYaml(await readFile(path.join(dir, file), 'utf8')));
          if (parsed.ok) quiz = parsed.quiz;
          else problems.push(...parsed.errors);
        } catch (error) {
          problems.push(`YAML 格式错误：${(error as Error).message}`);
        }
        if (quiz) {
          if (quiz.id !== file.replace(/\.ya?ml$/, '')) problems.push(`id "${quiz.id}" 须与文件名一致`);
          for (const q of quiz.questions) {
            if (articles && !articles.get(q.cite.law)?.has(q.cite.article)) {
              problems.push(`${q.id}: 引用的${citationLabel(q.cite)}在法规库中不存在`);
            }
            const other = seenQuestions.get(q.id);
            if (other) problems.push(`${q.id}: 题目 id 与 ${other} 重复`);
            seenQuestions.set(q.id, rel);
          }
        }
        if (problems.length || !quiz) {
          failures.push(`${rel}:\n  - ${problems.join('\n  - ')}`);
          continue;
        }
        store.set({ id: quiz.id, data: await parseData({ id: quiz.id, data: { ...quiz } }), filePath: rel });
      }
      if (failures.length) throw new Error(`测验文件有误：\n${failures.join('\n')}`);
    },
  };
}

/** law slug → article numbers of its current version. */
async function articleIndex(): Promise<Map<string, Set<number>>> {
  const laws = await loadSiteLaws();
  return new Map(laws.map((l) => [l.slug, new Set(l.articles.map((a) => a.number))]));
}
