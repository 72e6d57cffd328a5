/**
 * /api/graphql answered every request with 500 (the schema could not be
 * built: select value "执法机关" is no GraphQL enum name). Over real HTTP it now answers queries
 * with the stored Chinese values, validates writes against the real options, keeps access
 * rules, and refuses bodies it cannot read with 400 instead of 500.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../cms/seed/users';
import { staffToken } from './other-origin';

const base = inject('baseURL');
let token: string;

beforeAll(async () => {
  token = await staffToken(base, 'admin@pufa.local', DEMO_PASSWORD);
});

const graphql = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
const query = (source: string, headers?: Record<string, string>) => graphql(JSON.stringify({ query: source }), headers);

describe('GraphQL', () => {
  it('answers a simple query with 200 and data', async () => {
    const res = await query('{ Laws(limit:1){ docs { title } } }');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { Laws: { docs: { title: string }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.Laws.docs[0]!.title).toMatch(/^中华人民共和国/);
  });

  it('returns and filters by the stored Chinese select values', async () => {
    const res = await query('{ Agencies(limit:50, where:{ kind:{ equals:"执法机关" } }){ totalDocs docs { name kind level } } }');
    const body = (await res.json()) as { data: { Agencies: { totalDocs: number; docs: { kind: string; level: string }[] } } };
    expect(body.data.Agencies.totalDocs).toBeGreaterThan(0);
    expect(body.data.Agencies.docs.every((d) => d.kind === '执法机关')).toBe(true);
    expect(body.data.Agencies.docs.map((d) => d.level)).toContain('市');
  });

  it('validates writes against the real options and keeps access rules', async () => {
    const auth = { Authorization: `JWT ${token}` };
    const bad = (await (await query('mutation { createAgency(data:{ name:"图谱伪造单位", kind:"不存在", level:"市" }){ id } }', auth)).json()) as { errors: { message: string }[] };
    expect(bad.errors[0]!.message).toMatch(/类别/);
    const good = (await (await query(`mutation { createAgency(data:{ name:"图谱单位${Date.now()}", kind:"学校", level:"区县" }){ kind level } }`, auth)).json()) as {
      data: { createAgency: { kind: string; level: string } };
    };
    expect(good.data.createAgency).toEqual({ kind: '学校', level: '区县' });
    const anonymous = (await (await query('{ Questions(limit:1){ docs { answer } } }')).json()) as { data: { Questions: null }; errors: { message: string }[] };
    expect(anonymous.data.Questions).toBeNull();
    expect(anonymous.errors[0]!.message).toMatch(/无权/);
  });

  it('refuses unreadable bodies with 4xx, never 500', async () => {
    expect((await graphql('{"query":')).status).toBe(400);
    expect((await graphql('null')).status).toBe(400);
    const deep = JSON.stringify({ query: `{ Laws(where:${'{and:['.repeat(3000)}{}${']}'.repeat(3000)}){ totalDocs } }` });
    expect((await graphql(deep)).status).toBe(400);
    const form = await fetch(`${base}/api/graphql`, { method: 'POST', body: new URLSearchParams({ query: '{ Laws { totalDocs } }' }) });
    expect(form.status).toBe(415);
  });
});
