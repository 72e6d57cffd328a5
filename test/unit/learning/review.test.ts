import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/learning/time';
import { dueToday, emptyNotebook, LEITNER_INTERVALS, recordAnswer, type Notebook } from '../../../core/learning/review';

const TZ = 'Asia/Shanghai';
const at = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;
const apply = (nb: Notebook, questionId: string, correct: boolean, when: string) =>
  recordAnswer(nb, { questionId, correct, at: when, timeZone: TZ });

describe('Leitner wrong-answer notebook', () => {
  it('puts a wrong answer in box 1, due the next day in the learner’s zone', () => {
    const { notebook, change } = apply(emptyNotebook(), 'q-1', false, at('2026-03-09', '23:30:00'));
    expect(change).toBe('added');
    expect(notebook.entries['q-1']).toMatchObject({ box: 1, due: '2026-03-10', addedOn: '2026-03-09', wrongCount: 1 });
    // 00:30 on 9 March in Shanghai is still 8 March in UTC; the learner's zone decides.
    const early = '2026-03-09T00:30:00+08:00';
    expect(apply(emptyNotebook(), 'q-1', false, early).notebook.entries['q-1']!.due).toBe('2026-03-10');
    const utc = recordAnswer(emptyNotebook(), { questionId: 'q-1', correct: false, at: early, timeZone: 'UTC' });
    expect(utc.notebook.entries['q-1']!.due).toBe('2026-03-09');
  });

  it('ignores a correct answer to a question that is not in the notebook', () => {
    const nb = emptyNotebook();
    expect(apply(nb, 'q-1', true, at('2026-03-09'))).toEqual({ notebook: nb, change: 'none' });
  });

  it('promotes on a correct review when due, with the next due date from the interval table', () => {
    let nb = apply(emptyNotebook(), 'q-1', false, at('2026-03-09')).notebook;
    const r = apply(nb, 'q-1', true, at('2026-03-10'));
    expect(r.change).toBe('promoted');
    expect(r.notebook.entries['q-1']).toMatchObject({ box: 2, due: '2026-03-12' });
    nb = apply(r.notebook, 'q-1', true, at('2026-03-12')).notebook;
    expect(nb.entries['q-1']).toMatchObject({ box: 3, due: '2026-03-16' });
  });

  it('does not promote a review before it is due (no cramming)', () => {
    const nb = apply(emptyNotebook(), 'q-1', false, at('2026-03-09')).notebook;
    const same = apply(nb, 'q-1', true, at('2026-03-09', '10:05:00'));
    expect(same.change).toBe('not-due');
    expect(same.notebook).toBe(nb);
  });

  it('sends a wrong review back to box 1 from any box', () => {
    let nb = apply(emptyNotebook(), 'q-1', false, at('2026-03-01')).notebook;
    nb = apply(nb, 'q-1', true, at('2026-03-02')).notebook;
    nb = apply(nb, 'q-1', true, at('2026-03-04')).notebook;
    expect(nb.entries['q-1']!.box).toBe(3);
    const r = apply(nb, 'q-1', false, at('2026-03-05'));
    expect(r.change).toBe('demoted');
    expect(r.notebook.entries['q-1']).toMatchObject({ box: 1, due: '2026-03-06', wrongCount: 2, addedOn: '2026-03-01' });
  });

  it('graduates a question after a correct review in the last box', () => {
    let nb = apply(emptyNotebook(), 'q-1', false, at('2026-01-01')).notebook;
    let day = '2026-01-01';
    const changes: string[] = [];
    for (const [i, interval] of LEITNER_INTERVALS.entries()) {
      expect(nb.entries['q-1']).toMatchObject({ box: i + 1, due: addDays(day, interval) });
      day = addDays(day, interval);
      const r = apply(nb, 'q-1', true, at(day));
      nb = r.notebook;
      changes.push(r.change);
    }
    expect(changes).toEqual(['promoted', 'promoted', 'promoted', 'promoted', 'promoted', 'graduated']);
    expect(day).toBe('2026-03-01'); // 1 Jan + 1+2+4+7+15+30 = 59 days
    expect(nb).toEqual({ entries: {}, graduated: 1 });
  });

  it('ignores an older answer that arrives after a newer one (offline sync)', () => {
    const nb = apply(emptyNotebook(), 'q-1', false, at('2026-03-09')).notebook;
    expect(apply(nb, 'q-1', false, at('2026-03-08')).change).toBe('stale');
  });

  it('lists what is due today in a stable order: most overdue first, then box, then id', () => {
    let nb = emptyNotebook();
    nb = apply(nb, 'q-b', false, at('2026-03-05')).notebook; // due 6 March
    nb = apply(nb, 'q-a', false, at('2026-03-05')).notebook; // due 6 March
    nb = apply(nb, 'q-c', false, at('2026-03-03')).notebook; // due 4 March
    nb = apply(nb, 'q-d', false, at('2026-03-09')).notebook; // due 10 March
    expect(dueToday(nb, at('2026-03-09'), TZ).map((e) => e.questionId)).toEqual(['q-c', 'q-a', 'q-b']);
    // 9 March 20:00 in New York is 10 March in Shanghai: the zone decides "today".
    expect(dueToday(nb, '2026-03-10T00:30:00Z', 'Asia/Shanghai').map((e) => e.questionId)).toContain('q-d');
    expect(dueToday(nb, '2026-03-10T00:30:00Z', 'America/New_York').map((e) => e.questionId)).not.toContain('q-d');
    expect(dueToday(emptyNotebook(), at('2026-03-09'), TZ)).toEqual([]);
  });
});
