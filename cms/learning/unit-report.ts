import type { Payload, Where } from 'payload';
import { confirmedMembersOf } from './membership';
import { creditedHours } from '../../core/learning/study-hours';
import type { LearningStatement } from '../../core/learning/statements';
import { lessonCatalog, practiceKeys } from './catalog';
import type { Learner } from '../payload-types';
import { examSettingsFor } from './dashboard';
import { standingFrom } from './exam';
import { docsByLearner, storedStatements } from './learner-records';
import type { DocId } from '../relation';

/**
 * One unit's learners for a year: hours, best exam score, certificate; and the unit's rates.
 * Records, attempts and certificates are read for the whole unit at once (a few queries per
 * 500 learners), not per learner.
 */
export async function unitReport(payload: Payload, unit: DocId | string, year: number) {
  const learners = await unitLearners(payload, unit);
  const ids = learners.map((l) => l.id);
  const inYear: Where = { year: { equals: year } };
  const [{ lessons }, keys, records, attempts, certificates] = await Promise.all([
    lessonCatalog(),
    practiceKeys(payload),
    docsByLearner(payload, 'learning-records', ids, undefined, 'timestamp'),
    docsByLearner(payload, 'exam-attempts', ids, inYear, 'startedAt'),
    docsByLearner(payload, 'certificates', ids, inYear),
  ]);
  const settingsFor = new Map<string, ReturnType<typeof examSettingsFor>>();
  const rows = [];
  for (const l of learners) {
    if (!settingsFor.has(l.audience)) settingsFor.set(l.audience, examSettingsFor(payload, l.audience, year));
    const settings = await settingsFor.get(l.audience);
    const key = String(l.id);
    const standing = settings ? standingFrom(settings, attempts.get(key) ?? []) : null;
    const statements = storedStatements(records.get(key) ?? []);
    const hours = creditedHours(statements, lessons, year, { timeZone: l.timeZone || 'Asia/Shanghai', answerKeys: keys });
    const cert = certificates.get(key)?.[0];
    rows.push({ id: l.id, name: l.displayName, audience: l.audience, hours: hours.total, requiredHours: settings?.requiredHours ?? 0, bestScore: standing?.bestPercent ?? null, passed: !!standing?.passed, certificate: cert?.code ?? null });
  }
  const completed = rows.filter((r) => r.hours >= r.requiredHours && r.passed).length;
  return { unit, year, learners: rows.length, completionRate: rows.length ? completed / rows.length : null, examPassRate: rows.length ? rows.filter((r) => r.passed).length / rows.length : null, rows };
}

/** Every statement of a unit's learners, oldest first, each named with its learner's display name. */
export async function unitStatements(payload: Payload, unit: DocId | string): Promise<LearningStatement[]> {
  const learners = await unitLearners(payload, unit);
  const names = new Map(learners.map((l) => [String(l.id), l.displayName]));
  const records = await docsByLearner(payload, 'learning-records', learners.map((l) => l.id));
  return storedStatements([...records.values()].flat())
    .map((st) => ({ ...st, actor: { ...st.actor, name: names.get(String(st.actor.learnerId)) ?? st.actor.name } }))
    .sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
}

async function unitLearners(payload: Payload, unit: DocId | string): Promise<Learner[]> {
  // Only confirmed members count: a learner who merely named the unit at sign-up waits for its editor.
  return (await payload.find({ collection: 'learners', where: confirmedMembersOf(unit), pagination: false, depth: 0, overrideAccess: true })).docs;
}
