import { describe, expect, it } from 'vitest';
import { BADGES, DISTINCT_CORRECT_FOR_BADGE, evaluateBadges, trackBadge } from '../../../core/learning/badges';
import { applyStatements, emptyLearnerState, type LearningEvent } from '../../../core/learning/gamification';
import type { LearnerState } from '../../../core/learning/state';
import { addDays } from '../../../core/learning/time';
import { answer, catalog, keys, quizQuestions, sitting, tracks } from './fixtures';

const opts = { timeZone: 'Asia/Shanghai', lessonCatalog: catalog, tracks, answerKeys: keys };
const badgeCatalog = { lessons: catalog, tracks };
const ids = (state: LearnerState) => evaluateBadges(state, badgeCatalog).map((b) => b.id);
const earned = (events: LearningEvent[]) => events.flatMap((e) => (e.type === 'badge' ? [e.badge.id] : []));
const at = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;

describe('evaluateBadges', () => {
  it('gives nothing to a new learner', () => {
    expect(ids(emptyLearnerState('x'))).toEqual([]);
  });

  it('初学乍练 and 初次满分: a first lesson, and only a full score counts as perfect', () => {
    const r = applyStatements(emptyLearnerState('learner-1'), sitting('xianfa-jiben', 4, at('2026-03-09')), opts);
    expect(earned(r.events)).toEqual(['first-lesson']);
    const perfect = applyStatements(r.state, sitting('xingzheng-chufa', 5, at('2026-03-09', '11:00:00')), opts);
    expect(earned(perfect.events)).toEqual(['first-perfect']);
    expect(perfect.state.perfectQuizzes).toEqual(['xingzheng-chufa']);
    expect(BADGES.firstPerfect.name).toBe('初次满分');
  });

  it('初次满分 needs every question right as the first answers of one day, not pieced together over days', () => {
    const [one, two, three, four, five] = quizQuestions('xianfa-jiben');
    const day1 = [one!, two!, three!, four!].map((q, i) => answer(q, true, at('2026-03-09', `10:0${i}:00`)));
    const day2 = [answer(five!, true, at('2026-03-10'))];
    const r = applyStatements(emptyLearnerState('learner-1'), [...day1, answer(five!, false, at('2026-03-09', '10:05:00')), ...day2], opts);
    expect(r.state.perfectQuizzes).toEqual([]);
    expect(earned(r.events)).toEqual(['first-lesson']); // 4/5 on 9 March is mastery, not a perfect score
  });

  it('宪法卫士 needs every lesson that covers 宪法 (mapping from the catalog), not just one', () => {
    const one = applyStatements(emptyLearnerState('learner-1'), sitting('xianfa-jiben', 5, at('2026-03-09')), opts).state;
    expect(ids(one)).not.toContain('constitution');
    const both = applyStatements(one, sitting('xianfa-xuanshi', 5, at('2026-03-10')), opts);
    expect(earned(both.events)).toContain('constitution');
    expect(BADGES.constitution.name).toBe('宪法卫士');
    // With no constitution lesson in the catalog, nobody gets it for free.
    expect(evaluateBadges(both.state, { lessons: catalog.filter((l) => !l.laws.includes('宪法')) }).map((b) => b.id)).not.toContain('constitution');
  });

  it('one badge per completed track, named from the track title', () => {
    const village = [...sitting('xianfa-jiben', 5, at('2026-03-09')), ...sitting('minfadian-hunyin', 5, at('2026-03-09', '11:00:00'))];
    const r = applyStatements(emptyLearnerState('learner-1'), village, opts);
    const trackIds = earned(r.events).filter((id) => id.startsWith('track:'));
    expect(trackIds).toEqual(['track:village']);
    expect(trackBadge({ id: 'village', title: '法律明白人' }).name).toBe('法律明白人结业');
    // Without titles the id stands in.
    expect(evaluateBadges(r.state, { lessons: catalog }).find((b) => b.id === 'track:village')?.name).toBe('village结业');
  });

  it('连续学习7天 at a 7-day streak, not at 6', () => {
    const days = Array.from({ length: 7 }, (_, i) => answer(`q-${i}`, true, at(addDays('2026-03-01', i))));
    const six = applyStatements(emptyLearnerState('learner-1'), days.slice(0, 6), opts);
    expect(ids(six.state)).not.toContain('streak-7');
    const seven = applyStatements(six.state, days.slice(6), opts);
    expect(earned(seven.events)).toContain('streak-7');
    expect(BADGES.streak7.name).toBe('连续学习7天');
  });

  it('勤学善答 counts distinct questions, so repeating one question cannot earn it', () => {
    const repeats = Array.from({ length: 60 }, (_, i) => answer('q-1', true, at(addDays('2026-01-01', i))));
    expect(ids(applyStatements(emptyLearnerState('learner-1'), repeats, opts).state)).not.toContain('correct-50');
    const distinct = Array.from({ length: DISTINCT_CORRECT_FOR_BADGE }, (_, i) => answer(`q-${i}`, true, at('2026-03-09')));
    expect(ids(applyStatements(emptyLearnerState('learner-1'), distinct, opts).state)).toContain('correct-50');
  });

  it('错题清零 when the wrong-answer notebook is emptied by graduation, not when it was always empty', () => {
    let state = applyStatements(emptyLearnerState('learner-1'), [answer('q-1', false, at('2026-01-01'))], opts).state;
    expect(ids(state)).not.toContain('notebook-cleared');
    // Review on each due date: box 1→2→…→6, then graduate (due after 1, 2, 4, 7, 15, 30 days).
    let day = '2026-01-01';
    const events: LearningEvent[] = [];
    for (const gap of [1, 2, 4, 7, 15, 30]) {
      day = addDays(day, gap);
      const r = applyStatements(state, [answer('q-1', true, at(day))], opts);
      state = r.state;
      events.push(...r.events);
    }
    expect(state.notebook).toEqual({ entries: {}, graduated: 1 });
    expect(earned(events)).toContain('notebook-cleared');
    expect(BADGES.notebookCleared.name).toBe('错题清零');
  });

  it('keeps an earned badge with its first date even if the catalog later grows', () => {
    const xuanshi = sitting('xianfa-xuanshi', 5, at('2026-03-10'));
    const r = applyStatements(emptyLearnerState('learner-1'), [...sitting('xianfa-jiben', 5, at('2026-03-09')), ...xuanshi], opts);
    const grown = [...catalog, { id: 'xianfa-new', quizId: 'xianfa-new', questionIds: quizQuestions('xianfa-new'), tracks: ['officials'], laws: ['宪法'], hours: 1 }];
    const later = applyStatements(r.state, [answer('q-1', true, at('2026-03-11'))], { ...opts, lessonCatalog: grown });
    expect(later.state.badges.constitution).toBe(xuanshi[3]!.timestamp); // the answer that mastered the last 宪法 lesson
    expect(earned(later.events)).not.toContain('constitution');
  });
});
