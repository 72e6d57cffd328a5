/**
 * The built site must not contain the exam: every file of the static output (HTML, scripts,
 * JSON, the gzip search shards decompressed) is scanned for every exam-pool question's id,
 * stem, option set and explanation. Practice questions are published by design, so finding
 * them proves the scan reads what a visitor can download.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { readQuizFiles } from '../../cms/seed/quiz-files';
import { EXAM_BANK_DIR } from '../../cms/seed/question-bank';
import type { QuizQuestion } from '../../core/quiz/types';

const siteDir = inject('siteDir');

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/** Law pages and the laws' search segment: corpus text, which exam stems may quote verbatim. */
const isLawText = (file: string) => {
  const [top, next] = path.relative(siteDir, file).split(path.sep);
  return top === 'laws' || (top === 'search' && !!next?.startsWith('laws-'));
};

/** Every text a visitor can download, decompressed, with HTML entities for quotes undone. */
function siteText(include: (file: string) => boolean): string {
  const parts: string[] = [];
  for (const file of files(siteDir)) {
    if (/\.(png|jpe?g|webp|ico|woff2?)$/.test(file) || !include(file)) continue;
    const raw = readFileSync(file);
    const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    parts.push(text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
  }
  return parts.join('\n');
}

/** Strings that only the bank holds: id, explanation, the option texts together. */
const ownText = (q: QuizQuestion) => [q.id, q.explanation, ...(q.options ? [q.options.map((o) => o.text).join('')] : [])];

describe('answer keys in the static site', async () => {
  const exam = (await readQuizFiles(EXAM_BANK_DIR)).flatMap((f) => f.questions);
  const practice = (await readQuizFiles(path.resolve('content', 'quizzes'))).flatMap((f) => f.questions);
  const text = siteText(() => true);
  // A true/false stem may quote an article word for word; the law pages publish that text anyway.
  const nonLawText = siteText((file) => !isLawText(file));

  it('finds the published practice questions (the scan reads what is served)', () => {
    expect(text.length).toBeGreaterThan(100_000);
    const found = practice.filter((q) => text.includes(q.id) && text.includes(q.stem));
    expect(found.length).toBe(practice.length);
  });

  it('finds no exam question: no id, explanation or option set anywhere, no stem outside the law texts', () => {
    expect(exam.length).toBeGreaterThanOrEqual(40);
    expect(nonLawText.length).toBeGreaterThan(50_000);
    const leaks = exam.flatMap((q) => [
      ...ownText(q).filter((s) => text.includes(s)),
      ...(nonLawText.includes(q.stem) ? [q.stem] : []),
    ].map((s) => `${q.id}: ${s.slice(0, 30)}`));
    expect(leaks).toEqual([]);
  });
});
