import { addDays, dayKey, toMs, type DayKey, type Instant } from './time';

/**
 * Days until the next review for a question in box 1…6. A wrong answer puts a question in box 1
 * (due tomorrow); each correct review moves it up one box; a correct review in the last box
 * graduates it out of the notebook (1+2+4+7+15+30 = 59 days of spaced practice at the least).
 */
export const LEITNER_INTERVALS = [1, 2, 4, 7, 15, 30] as const;

/** One question in the wrong-answer notebook (错题本). */
export interface NotebookEntry {
  questionId: string;
  /** 1-based Leitner box. */
  box: number;
  /** First day (learner's zone) it may be reviewed. */
  due: DayKey;
  /** Day it first entered the notebook. */
  addedOn: DayKey;
  /** How many times it was answered wrong. */
  wrongCount: number;
  /** ISO time of the answer that last changed it; older answers arriving later are ignored. */
  updatedAt: string;
}

/** The wrong-answer notebook: plain JSON, safe to store as is. */
export interface Notebook {
  entries: Record<string, NotebookEntry>;
  /** Questions that left the notebook by graduating from the last box. */
  graduated: number;
}

/** What an answer did to the notebook. */
export type ReviewChange = 'added' | 'demoted' | 'promoted' | 'graduated' | 'not-due' | 'stale' | 'none';

/** An empty notebook. */
export const emptyNotebook = (): Notebook => ({ entries: {}, graduated: 0 });

/**
 * Apply one answer. Wrong: into box 1 due the next day (added, or demoted from any box).
 * Correct on a question due today or earlier: promoted one box, or graduated from the last one.
 * Correct before it is due: no change (cramming does not count). Correct on a question not in
 * the notebook: no change. Answers older than the entry's last change: ignored ('stale').
 * Returns a new notebook; the input is not modified.
 */
export function recordAnswer(
  notebook: Notebook,
  answer: { questionId: string; correct: boolean; at: Instant; timeZone: string },
): { notebook: Notebook; change: ReviewChange } {
  const { questionId, correct, at, timeZone } = answer;
  const today = dayKey(at, timeZone);
  const updatedAt = new Date(toMs(at)).toISOString();
  const entry = notebook.entries[questionId];
  if (entry && toMs(at) < toMs(entry.updatedAt)) return { notebook, change: 'stale' };
  const withEntry = (e: NotebookEntry | null, graduated = notebook.graduated): Notebook => {
    const entries = { ...notebook.entries };
    if (e) entries[questionId] = e;
    else delete entries[questionId];
    return { entries, graduated };
  };
  if (!correct) {
    const next: NotebookEntry = {
      questionId,
      box: 1,
      due: addDays(today, LEITNER_INTERVALS[0]),
      addedOn: entry?.addedOn ?? today,
      wrongCount: (entry?.wrongCount ?? 0) + 1,
      updatedAt,
    };
    return { notebook: withEntry(next), change: entry ? 'demoted' : 'added' };
  }
  if (!entry) return { notebook, change: 'none' };
  if (entry.due > today) return { notebook, change: 'not-due' };
  if (entry.box >= LEITNER_INTERVALS.length) {
    return { notebook: withEntry(null, notebook.graduated + 1), change: 'graduated' };
  }
  const box = entry.box + 1;
  const next = { ...entry, box, due: addDays(today, LEITNER_INTERVALS[box - 1]!), updatedAt };
  return { notebook: withEntry(next), change: 'promoted' };
}

/**
 * Entries due for review on the learner's current day (due on or before it), most overdue
 * first, then lowest box, then question id — a stable order for the review session.
 */
export function dueToday(notebook: Notebook, now: Instant, timeZone: string): NotebookEntry[] {
  const today = dayKey(now, timeZone);
  return Object.values(notebook.entries)
    .filter((e) => e.due <= today)
    .sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.box - b.box || (a.questionId < b.questionId ? -1 : 1)));
}

/** One 错题本 entry as the learner sees it: when it is due, its box and how often it was missed. */
export type NotebookItem = Pick<NotebookEntry, 'questionId' | 'box' | 'due' | 'addedOn' | 'wrongCount'>;

/** Every entry of the notebook, soonest due first, then lowest box, then question id. */
export function notebookEntries(notebook: Notebook): NotebookItem[] {
  return Object.values(notebook.entries)
    .map(({ questionId, box, due, addedOn, wrongCount }) => ({ questionId, box, due, addedOn, wrongCount }))
    .sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.box - b.box || (a.questionId < b.questionId ? -1 : 1)));
}
