import type { Payload } from 'payload';
import { badgeGoals } from '../../core/learning/badge-goals';
import { publicBoardName } from '../../core/learning/board-name';
import { evaluateBadges } from '../../core/learning/badges';
import { levelForXp } from '../../core/learning/levels';
import { dueToday, notebookEntries } from '../../core/learning/review';
import { accuracy } from '../../core/learning/state';
import { streakStatus } from '../../core/learning/streak';
import { creditedHours } from '../../core/learning/study-hours';
import { lessonCatalog, practiceKeys } from './catalog';
import type { Learner } from '../payload-types';
import { learnerState } from './learner-records';

/** Everything the learner's dashboard shows, computed from their records now. */
export async function dashboardFor(payload: Payload, learner: Learner, now = new Date()) {
  const timeZone = learner.timeZone || 'Asia/Shanghai';
  const { state, statements } = await learnerState(payload, learner);
  const { lessons, tracks } = await lessonCatalog();
  const year = now.getFullYear();
  const settings = await examSettingsFor(payload, learner.audience, year);
  const hours = creditedHours(statements, lessons, year, { timeZone, answerKeys: await practiceKeys(payload) });
  const certificate = (
    await payload.find({ collection: 'certificates', where: { and: [{ learner: { equals: learner.id } }, { year: { equals: year } }] }, limit: 1, overrideAccess: true })
  ).docs[0];
  return {
    learner: { id: learner.id, displayName: learner.displayName, audience: learner.audience, unit: learner.unit ?? null },
    xp: state.xp,
    level: levelForXp(state.xp),
    streak: { ...streakStatus(state.streak, now, timeZone), longest: state.streak.longest, freezes: state.streak.freezes },
    badges: evaluateBadges(state, { lessons, tracks }),
    goals: badgeGoals(state, { lessons, tracks }),
    lessonsCompleted: Object.keys(state.completedLessons),
    accuracy: state.answered ? accuracy(state) : null,
    hours: { credited: hours.total, required: settings?.requiredHours ?? 0 },
    reviewDue: dueToday(state.notebook, now, timeZone).map((e) => ({ questionId: e.questionId, box: e.box })),
    notebook: notebookEntries(state.notebook),
    leaderboardOptIn: !!learner.leaderboardOptIn,
    boardName: publicBoardName(learner),
    certificate: certificate ? { code: certificate.code } : null,
  };
}

/** The year's exam settings for an audience, or undefined when the 普法办 has set none. */
export async function examSettingsFor(payload: Payload, audience: string, year: number) {
  return (
    await payload.find({
      collection: 'exam-settings',
      where: { and: [{ audience: { equals: audience } }, { year: { equals: year } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0];
}
