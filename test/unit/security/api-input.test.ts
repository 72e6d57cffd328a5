/** REST input checks that used to end as 500s (cms/security/api-input.ts). */
import { describe, expect, it } from 'vitest';
import {
  isDocumentId, jsonDepth, jsonObjectProblem, matchEndpointPath, MAX_JSON_DEPTH, pagingProblem, type WhereFieldKind, whereFromQuery, whereProblem,
} from '../../../cms/security/api-input';

const nested = (n: number, open = '[', close = ']') => `${open.repeat(n)}1${close.repeat(n)}`;

describe('endpoint paths', () => {
  it('matches Payload-style paths and names the params', () => {
    expect(matchEndpointPath('/:id', ['abc'])).toEqual({ id: 'abc' });
    expect(matchEndpointPath('/:id/export', ['7', 'export'])).toEqual({ id: '7' });
    expect(matchEndpointPath('/access/:id?', ['access'])).toEqual({});
    expect(matchEndpointPath('/', [])).toEqual({});
    expect(matchEndpointPath('/versions', ['versions'])).toEqual({});
    expect(matchEndpointPath('/:id', ['1', 'x'])).toBeNull();
    expect(matchEndpointPath('/import', ['export'])).toBeNull();
  });

  it('accepts ids that are ids', () => {
    expect(isDocumentId('12', 'number')).toBe(true);
    for (const bad of ['abc', 'versions', '1.5', '-1', '0x10', ' ', '1e3', '0', '9'.repeat(16)]) expect(isDocumentId(bad, 'number')).toBe(false);
    expect(isDocumentId('65a1b2c3d4e5f60718293a4b', 'text')).toBe(true);
    expect(isDocumentId('abc', 'text')).toBe(false);
  });
});

describe('JSON bodies', () => {
  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
    expect(jsonDepth(nested(10_000), 64)).toBe(65);
  });

  it('refuses 10,000 nested arrays or objects, invalid JSON and non-objects; accepts documents', () => {
    expect(jsonObjectProblem(nested(10_000))).toMatch(/嵌套层数过多/);
    expect(jsonObjectProblem(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`)).toMatch(/嵌套层数过多/);
    expect(jsonObjectProblem('{"a":')).toMatch(/不是有效的 JSON/);
    for (const body of ['null', '7', '"x"', '[1,2]']) expect(jsonObjectProblem(body)).toMatch(/应为 JSON 对象/);
    expect(jsonObjectProblem(`{"deep":${nested(MAX_JSON_DEPTH - 1)}}`)).toBeNull();
    expect(jsonObjectProblem('{"title":"民法典","items":[{"topic":"宣传"}]}')).toBeNull();
  });
});

describe('where', () => {
  const kinds: Record<string, WhereFieldKind> = { id: 'id', agency: 'id', createdAt: 'date', articleCount: 'number', title: 'free', done: 'checkbox' };
  const kindOf = (path: string) => kinds[path];

  it('refuses what the database cannot bind: non-numeric ids, bad dates, object values, unknown operators', () => {
    expect(whereProblem({ id: { in: 'a,b' } }, kindOf)).toMatch(/记录编号/);
    expect(whereProblem({ agency: { equals: 'abc' } }, kindOf)).toMatch(/记录编号/);
    expect(whereProblem({ createdAt: { greater_than: 'notadate' } }, kindOf)).toMatch(/日期/);
    expect(whereProblem({ articleCount: { less_than: 'many' } }, kindOf)).toMatch(/数字/);
    expect(whereProblem({ id: { equals: { x: '1' } } }, kindOf)).toMatch(/格式无效/);
    expect(whereProblem({ id: { near: '1' } }, kindOf)).toMatch(/地理位置/);
    expect(whereProblem({ title: { matches: 'x' } }, kindOf)).toMatch(/运算符/);
    expect(whereProblem({ id: 'x' }, kindOf)).toMatch(/缺少运算符/);
    expect(whereProblem('abc', kindOf)).toMatch(/where 格式无效/);
    expect(whereProblem({ or: 'x' }, kindOf)).toMatch(/条件列表/);
  });

  it('refuses and/or nested past the bound', () => {
    let where: unknown = { title: { equals: 'x' } };
    for (let i = 0; i < 100; i++) where = { and: [where] };
    expect(whereProblem(where, kindOf)).toMatch(/嵌套层数过多/);
  });

  it('accepts what the admin and site send', () => {
    expect(whereProblem({ or: [{ and: [{ title: { like: '民法' } }, { id: { not_in: ['3', '4'] } }] }] }, kindOf)).toBeNull();
    expect(whereProblem({ createdAt: { greater_than: '2026-01-01T00:00:00.000Z' }, agency: { equals: '1' } }, kindOf)).toBeNull();
    expect(whereProblem({ agency: { exists: 'false' }, done: { equals: 'true' }, unknown: { equals: 'x' } }, kindOf)).toBeNull();
    expect(whereProblem({ agency: { equals: 'null' } }, kindOf)).toBeNull();
  });

  it('reads where from a query string as Payload does', () => {
    const q = (s: string) => whereFromQuery(new URLSearchParams(s));
    expect(q('where[or][0][and][0][title][like]=x&limit=1').where).toEqual({ or: { 0: { and: { 0: { title: { like: 'x' } } } } } });
    expect(q('where[id][equals]=1&where[id][equals]=2').where).toEqual({ id: { equals: ['1', '2'] } });
    expect(q('where=%7B%22id%22%3A%7B%22equals%22%3A1%7D%7D').where).toEqual({ id: { equals: 1 } });
    expect(q('where=abc').problem).toMatch(/where 格式无效/);
    expect(q(`where${'[a]'.repeat(11)}=1`).problem).toMatch(/层级过深/);
    expect(q('limit=1').where).toBeUndefined();
  });
});

describe('paging', () => {
  it('accepts integers and refuses what SQLite cannot bind', () => {
    const p = (s: string) => pagingProblem(new URLSearchParams(s));
    expect(p('limit=10&page=2&joins[versions][limit]=5&depth=3')).toBeNull();
    expect(p('limit=&page=-1')).toBeNull();
    for (const bad of ['limit=1.5', 'limit=1e20', 'page=99999999999999999999', 'joins[versions][page]=1e400', 'limit=abc']) expect(p(bad)).toMatch(/应为整数/);
  });
});
