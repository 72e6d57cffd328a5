/**
 * City-wide completion: the 普法办 (admins, reviewers) sees every unit's required-study completion
 * and exam pass rate with the learners behind each figure, and exports them (formula-safe); an
 * agency editor sees their own unit only and is refused another's; learners and teachers are refused.
 */
import ExcelJS from 'exceljs';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { completionEndpoints } from '../../cms/collections/learning/completion-endpoints';
import { syncStatements } from '../../cms/learning/sync';
import type { UnitCompletion } from '../../core/learning/completion';
import type { DocId } from '../../cms/relation';
import { refusalOf, respond } from '../helpers/endpoint';
import { learningPayload } from '../helpers/learning-payload';
import { makeAgency, makeUser, unique } from '../helpers/payload';
import { sitting } from '../helpers/practice';

let payload: Payload;
let unitA: DocId, unitB: DocId;
const endpoint = completionEndpoints.find((e) => e.path === '/city-completion')!;
const call = (user: unknown, params: Record<string, string> = {}) => respond(endpoint.handler, { payload, user, searchParams: new URLSearchParams(params) });
const unitsOf = async (res: Response) => ((await res.json()) as { units: UnitCompletion[] }).units;

async function learner(displayName: string, unit: DocId, quizzes: string[]) {
  const doc = await payload.create({
    collection: 'learners',
    data: { email: `cc-${unique()}@test.local`, password: 'learner-pass-1', displayName, audience: 'officials', unit },
  });
  await syncStatements(payload, doc, { statements: quizzes.flatMap((q) => sitting(q)) });
  return doc;
}

beforeAll(async () => {
  payload = await learningPayload();
  unitA = (await makeAgency(payload, `完成甲${unique()}`)).id;
  unitB = (await makeAgency(payload, `完成乙${unique()}`)).id;
  await learner('达标者', unitA, ['xianfa-jiben', 'xingzheng-chufa']);
  await learner('=HYPERLINK("http://x")', unitA, ['xianfa-jiben']);
  await learner('乙单位学员', unitB, ['xianfa-jiben']);
});

describe('city-wide completion', () => {
  it('the 普法办 sees every unit’s figures with the learners behind them', async () => {
    for (const role of ['admin', 'reviewer'] as const) {
      const res = await call(await makeUser(payload, role));
      expect(res.status).toBe(200);
      const units = await unitsOf(res);
      const a = units.find((u) => u.unitId === String(unitA))!;
      expect(a).toMatchObject({ studyDone: 1, examPassed: 0, studyRate: 0.5, passRate: 0 });
      expect(a.learners.map((l) => l.name).sort()).toEqual(['=HYPERLINK("http://x")', '达标者'].sort());
      expect(units.find((u) => u.unitId === String(unitB))!.learners.map((l) => l.name)).toEqual(['乙单位学员']);
    }
  });

  it('an agency editor sees their own unit only; another unit is refused', async () => {
    const editor = await makeUser(payload, 'agency-editor', unitA);
    const own = await unitsOf(await call(editor));
    expect(own.map((u) => u.unitId)).toEqual([String(unitA)]);
    const other = await call(editor, { unit: String(unitB) });
    expect(other.status).toBe(403);
    expect((await refusalOf(other)).message).toContain('只能查看本单位');
  });

  it('learners, teachers and visitors are refused', async () => {
    const student = await payload.create({ collection: 'learners', data: { email: `cc-${unique()}@test.local`, password: 'learner-pass-1', displayName: '学员', audience: 'students' } });
    for (const user of [null, { ...student, collection: 'learners' }, await makeUser(payload, 'teacher')]) expect((await call(user)).status).toBe(403);
  });

  it('exports CSV and XLSX with formula-like names kept as text', async () => {
    const admin = await makeUser(payload, 'admin');
    const csv = await (await call(admin, { format: 'csv', unit: String(unitA) })).text();
    expect(csv).toContain('单位,姓名,学习路径,已修学时,应修学时,学时达标,考试最高分,考试通过');
    expect(csv).toContain(`'=HYPERLINK`);
    const res = await call(admin, { format: 'xlsx' });
    expect(res.headers.get('Content-Type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells).toContain('达标者');
    expect(cells.some((c) => c.startsWith('=HYPERLINK'))).toBe(false);
  });
});
