import type { Payload } from 'payload';
import { unitCompletion, type UnitCompletion } from '../../core/learning/completion';
import { relationId, type DocId } from '../relation';
import { unitReport } from './unit-report';

/**
 * Required-study completion and exam pass rate for the year, per unit, with the learners behind
 * each figure: every unit that has learners, or only `unit` (an agency editor's own).
 * Each unit is read through unitReport, the figures the unit dashboards show.
 */
export async function cityCompletion(payload: Payload, year: number, unit?: DocId | string | null): Promise<UnitCompletion[]> {
  const units =
    unit != null
      ? [unit]
      : [...new Set((await payload.find({ collection: 'learners', where: { membership: { equals: 'confirmed' } }, pagination: false, depth: 0, select: { unit: true }, overrideAccess: true })).docs.map((l) => relationId(l.unit)).filter((u) => u != null))];
  const agencies = (await payload.find({ collection: 'agencies', where: { id: { in: units } }, pagination: false, depth: 0, select: { name: true }, overrideAccess: true })).docs;
  const names = new Map(agencies.map((a) => [String(a.id), a.name]));
  const out: UnitCompletion[] = [];
  for (const u of units) {
    const report = await unitReport(payload, u, year);
    out.push(unitCompletion(String(u), names.get(String(u)) ?? String(u), report.rows.map(({ name, audience, hours, requiredHours, passed, bestScore }) => ({ name, audience, hours, requiredHours, passed, bestScore }))));
  }
  return out.sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'));
}
