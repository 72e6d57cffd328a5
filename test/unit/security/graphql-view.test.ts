/** The GraphQL view of the config (cms/graphql/enum-safe-config.ts): schema builds, stored values unchanged. */
import type { Field } from 'payload';
import { describe, expect, it } from 'vitest';
import { enumNameOf, needsStringType, viewFields } from '../../../cms/graphql/enum-safe-config';
import { graphQLBodyProblem } from '../../../cms/graphql/request-body';

const select = (name: string, values: string[], extra: object = {}): Field => ({ name, type: 'select', options: values.map((value) => ({ label: value, value })), ...extra }) as Field;

describe('enum names', () => {
  it('mirrors Payload’s formatName for ASCII values and flags Chinese ones', () => {
    expect(enumNameOf('agency-editor')).toBe('agency_editor');
    expect(enumNameOf('2026')).toBe('_2026');
    expect(needsStringType(select('role', ['admin', 'agency-editor']))).toBe(false);
    expect(needsStringType(select('kind', ['执法机关', '学校']))).toBe(true);
  });

  it('turns only the Chinese-valued selects into strings, nested ones included, keeping hasMany', () => {
    const fields: Field[] = [
      select('kind', ['执法机关']),
      select('role', ['admin']),
      { name: 'items', type: 'array', fields: [{ type: 'row', fields: [select('progress', ['未开始', '已完成'])] }] } as Field,
      select('target', ['机关', '乡村'], { hasMany: true }),
    ];
    const view = viewFields(fields) as Array<Field & { fields?: Field[] }>;
    expect(view[0]).toMatchObject({ name: 'kind', type: 'text' });
    expect(view[1]).toBe(fields[1]);
    expect((view[2]!.fields![0] as { fields: Field[] }).fields[0]).toMatchObject({ name: 'progress', type: 'text' });
    expect(view[3]).toMatchObject({ name: 'target', type: 'text', hasMany: true });
    const untouched = [select('role', ['admin'])];
    expect(viewFields(untouched)).toBe(untouched);
  });
});

describe('GraphQL bodies', () => {
  it('refuses bodies Payload answered with 500', () => {
    expect(graphQLBodyProblem('{"query":')?.status).toBe(400);
    expect(graphQLBodyProblem('null')?.status).toBe(400);
    expect(graphQLBodyProblem(JSON.stringify({ query: `{ Laws(where:${'{and:['.repeat(100)}{}${']}'.repeat(100)}){ totalDocs } }` }))?.status).toBe(400);
    expect(graphQLBodyProblem('{"query":"{ Laws(limit:1){ docs { title } } }"}')).toBeNull();
  });
});
