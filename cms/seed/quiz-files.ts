import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseQuizFile } from '../../core/quiz/schema';
import type { QuizFile } from '../../core/quiz/types';

/** Reads and validates every quiz file; a bad file throws with its name and all problems. */
export async function readQuizFiles(dir: string): Promise<QuizFile[]> {
  const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  const quizzes: QuizFile[] = [];
  for (const file of files) {
    const parsed = parseQuizFile(parseYaml(await readFile(path.join(dir, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${path.join(dir, file)}:\n  - ${parsed.errors.join('\n  - ')}`);
    quizzes.push(parsed.quiz);
  }
  return quizzes;
}
