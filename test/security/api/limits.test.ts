/**
 * Finding 7 (limits bypassed), replayed through the endpoints' handlers with real Request
 * bodies: a chunked body with no Content-Length is cut off at the limit while it streams, and a
 * zip-bomb .xlsx (small upload, huge when inflated, with an honest or a lying directory) is
 * refused before exceljs inflates it, quickly and without the server's memory growing.
 */
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { importListEndpoint } from '../../../cms/collections/ResponsibilityLists/endpoints/import-list';
import { examEndpoints } from '../../../cms/collections/learning/exam-endpoints';
import { learnerEndpoints } from '../../../cms/collections/learning/learner-endpoints';
import { writeSpreadsheet } from '../../../cms/importer/spreadsheet';
import { makeAgency, makeUser, type TestUser, testPayload, unique } from '../../helpers/payload';
import { refusalOf, respond } from '../../helpers/endpoint';

let payload: Payload;
let editor: TestUser;
let learner: Record<string, unknown>;

beforeAll(async () => {
  payload = await testPayload();
  const agency = await makeAgency(payload);
  editor = await makeUser(payload, 'agency-editor', agency.id);
  const doc = await payload.create({
    collection: 'learners',
    data: { email: `big-${unique()}@t.local`, password: 'learner-pass-1', displayName: '大包', audience: 'officials', unit: agency.id },
  });
  learner = { ...doc, collection: 'learners' };
});

/** A request whose body streams `total` bytes in 64 KB chunks with no Content-Length; `sent()` tells how many were pulled. */
function streamingRequest(url: string, total: number, contentType: string, prefix = '') {
  let sent = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0 && prefix) {
        sent += prefix.length;
        controller.enqueue(new TextEncoder().encode(prefix));
      } else if (sent >= total) controller.close();
      else {
        sent += chunk.length;
        controller.enqueue(chunk);
      }
    },
  });
  const req = new Request(url, { method: 'POST', body, headers: { 'content-type': contentType }, duplex: 'half' } as RequestInit);
  expect(req.headers.get('content-length')).toBeNull();
  return { req, sent: () => sent };
}

const TEN_MB = 10 * 1024 * 1024;

describe('chunked bodies are cut off while streaming', () => {
  it('a 10 MB chunked sync is refused with 413 after reading little more than the limit', async () => {
    const { req, sent } = streamingRequest('http://local/api/learners/sync', TEN_MB, 'application/json', '{"statements":[');
    const handler = learnerEndpoints.find((e) => e.path === '/sync')!.handler;
    const res = await respond(handler, Object.assign(req, { payload, user: learner }));
    expect(res.status).toBe(413);
    expect((await refusalOf(res)).message).toContain('上限');
    expect(sent()).toBeLessThan(1024 * 1024);
  });

  it('a 10 MB chunked exam submission is refused with 413 the same way', async () => {
    const { req, sent } = streamingRequest('http://local/api/exam-attempts/1/submit', TEN_MB, 'application/json', '{"responses":{');
    const handler = examEndpoints.find((e) => e.path === '/:id/submit')!.handler;
    const res = await respond(handler, Object.assign(req, { payload, user: learner, routeParams: { id: '1' } }));
    expect(res.status).toBe(413);
    expect(sent()).toBeLessThan(1024 * 1024);
  });

  it('a 10 MB chunked import upload is refused with 413 before the form is parsed', async () => {
    const { req, sent } = streamingRequest('http://local/api/responsibility-lists/import', TEN_MB, 'multipart/form-data; boundary=x');
    const res = await respond(importListEndpoint.handler, Object.assign(req, { payload, user: editor }));
    expect(res.status).toBe(413);
    expect(sent()).toBeLessThan(3 * 1024 * 1024);
  });

  it('JSON sent as a form (text/plain, as a cross-site form can) is not parsed', async () => {
    const req = new Request('http://local/api/learners/sync', { method: 'POST', body: '{"statements":[]}', headers: { 'content-type': 'text/plain' } });
    const handler = learnerEndpoints.find((e) => e.path === '/sync')!.handler;
    expect((await respond(handler, Object.assign(req, { payload, user: learner }))).status).toBe(415);
  });

  it('JSON nested too deeply for the parser is a 400, not a 500', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const req = new Request('http://local/api/learners/sync', { method: 'POST', body: deep, headers: { 'content-type': 'application/json' } });
    const handler = learnerEndpoints.find((e) => e.path === '/sync')!.handler;
    expect((await respond(handler, Object.assign(req, { payload, user: learner }))).status).toBe(400);
  });
});

/** One zip part: its deflated bytes and the uncompressed size its headers declare. */
interface Part { name: string; packed: Buffer; size: number }
const part = (name: string, data: Buffer): Part => ({ name, packed: deflateRawSync(data), size: data.length });

/** A zip archive of `parts` (local headers, central directory, end record). */
function zip(parts: Part[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.packed.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(p.packed.length, 20);
    cd.writeUInt32LE(p.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    out.push(local, name, p.packed);
    central.push(cd, name);
    offset += local.length + name.length + p.packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

/** `mb` megabytes of spaces, deflated as a stream (never held inflated in the test either). */
async function deflatedSpaces(mb: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < mb; i += 1) if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

const SHELL = [
  part('[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')),
  part('xl/workbook.xml', Buffer.from('<?xml version="1.0"?><workbook><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>')),
];
const SHEET = 'xl/worksheets/sheet1.xml';
/** A sheet of `rows` rows of one cell each. */
const sheetXml = (rows: number) =>
  Buffer.from(`<worksheet><sheetData>${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`).join('')}</sheetData></worksheet>`);

/** POSTs an .xlsx to the import endpoint as the admin form does. */
async function importFile(bytes: Buffer) {
  const form = new FormData();
  form.set('_payload', JSON.stringify({ year: 2042 })); // as the admin's import form sends it
  form.set('file', new File([new Uint8Array(bytes)], 'bomb.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const req = new Request('http://local/api/responsibility-lists/import', { method: 'POST', body: form });
  const started = performance.now();
  const res = await respond(importListEndpoint.handler, Object.assign(req, { payload, user: editor }));
  const ms = performance.now() - started;
  // A refusal is Payload's `{ errors: [{ message }] }`; a success `{ id, items }`.
  const body = (await res.json()) as { id?: unknown; errors?: { message: string }[] };
  return { res, ms, body, message: body.errors?.[0]?.message ?? '' };
}

describe('spreadsheet imports are bounded by their inflated size', () => {
  // 780 MB of sheet XML, as in the probe, deflates to well under the 2 MB upload limit.
  const INFLATED_MB = 780;
  let bombSheet: Buffer;
  beforeAll(async () => {
    bombSheet = await deflatedSpaces(INFLATED_MB);
    await importFile(await writeSpreadsheet([['序号']], 'xlsx')); // warm up exceljs and the endpoint
  });

  it.each([
    ['declares its real size', INFLATED_MB * 1024 * 1024, '超过上限 20 MB'],
    ['lies in its directory (declares 4 KB)', 4096, '超过其声明'],
  ])('a bomb .xlsx that %s is refused at once with 413, memory unchanged', async (_, declared, message) => {
    const bomb = zip([...SHELL, { name: SHEET, packed: bombSheet, size: declared }]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const { res, ms, message: said } = await importFile(bomb);
    expect(res.status).toBe(413);
    expect(said).toContain(message);
    expect(ms).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('a sheet over 5,000 rows is refused before it is loaded', async () => {
    const { res, message } = await importFile(zip([...SHELL, part(SHEET, sheetXml(5001))]));
    expect(res.status).toBe(413);
    expect(message).toContain('5000 行');
  });

  it('a normal list still imports', async () => {
    const rows = [['普法内容', '责任人', '责任科室', '工作目标', '完成时限'], ['宪法宣传周', '李科长', '普法科', '开展讲座4场', '2042-12-04']];
    const { res, body } = await importFile(await writeSpreadsheet(rows, 'xlsx'));
    expect(res.status, JSON.stringify(body)).toBe(201);
  });
});
