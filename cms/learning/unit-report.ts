import type { Payload } from 'payload';
import { creditedHours } from '../../core/learning/study-hours';
import { lessonCatalog } from './catalog';
import { examSettingsFor, type LearnerDoc } from './dashboard';
import { examStanding } from './exam';
import { statementsOf } from './learner-records';

/** One unit's learners for a year: hours, best exam score, certificate; and the unit's rates. */
export async function unitReport(payload: Payload, unit: number | string, year: number) {
  const learners = (await payload.find({ collection: 'learners', where: { unit: { equals: unit } }, pagination: false, depth: 0, overrideAccess: true })).docs as unknown as LearnerDoc[];
  const { lessons } = await lessonCatalog();
  const rows = [];
  for (const l of learners) {
    const settings = await examSettingsFor(payload, l.audience, year);
    const standing = settings ? await examStanding(payload, l, year) : null;
    const hours = creditedHours(await statementsOf(payload, l.id), lessons, year, { timeZone: l.timeZone || 'Asia/Shanghai' });
    const cert = (await payload.find({ collection: 'certificates', where: { and: [{ learner: { equals: l.id } }, { year: { equals: year } }] }, limit: 1, overrideAccess: true })).docs[0];
    rows.push({ id: l.id, name: l.displayName, audience: l.audience, hours: hours.total, requiredHours: settings?.requiredHours ?? 0, bestScore: standing?.bestPercent ?? null, passed: !!standing?.passed, certificate: (cert?.code as string | undefined) ?? null });
  }
  const completed = rows.filter((r) => r.hours >= r.requiredHours && r.passed).length;
  return { unit, year, learners: rows.length, completionRate: rows.length ? completed / rows.length : null, examPassRate: rows.length ? rows.filter((r) => r.passed).length / rows.length : null, rows };
}
