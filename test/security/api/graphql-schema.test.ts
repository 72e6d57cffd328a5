/**
 * GraphQL answered every request with 500 because Payload could not build
 * the schema (select value "执法机关" is no GraphQL enum name). The schema is now built from a
 * view of the config (cms/graphql/enum-safe-config.ts). Queries and writes over HTTP:
 * test/security/http/graphql.test.ts.
 */
import { configToSchema } from '@payloadcms/graphql';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { enumSafeConfig } from '../../../cms/graphql/enum-safe-config';
import { testPayload } from '../../helpers/payload';

let payload: Payload;

beforeAll(async () => {
  payload = await testPayload();
});

const fieldType = (schema: ReturnType<typeof configToSchema>['schema'], type: string, field: string) =>
  (schema.getType(type) as unknown as { getFields(): Record<string, { type: { toString(): string } }> }).getFields()[field]?.type.toString();

describe('GraphQL schema', () => {
  it('cannot be built from the real config', () => {
    expect(() => configToSchema(payload.config)).toThrow(/执法机关/);
  });

  it('is built from the view: Chinese-valued selects are strings, ASCII ones stay enums', () => {
    const { schema } = configToSchema(enumSafeConfig(payload.config));
    expect(fieldType(schema, 'Agency', 'kind')).toBe('String!');
    expect(fieldType(schema, 'Law', 'level')).toBe('String!');
    expect(fieldType(schema, 'Question', 'pool')).toBe('Question_pool!');
  });

  it('leaves the real config untouched (validation and the database see the real options)', () => {
    configToSchema(enumSafeConfig(payload.config));
    const kind = payload.collections.agencies!.config.fields.find((f) => 'name' in f && f.name === 'kind');
    expect(kind).toMatchObject({ type: 'select' });
  });
});
