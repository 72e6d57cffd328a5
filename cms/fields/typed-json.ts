import type { JSONField } from 'payload';

/**
 * A JSON field whose generated TypeScript type is a `core/` type instead of any JSON value.
 * `from` is the module path relative to `cms/` (where payload-types.ts is written).
 * Types only: the stored column and the admin stay those of a plain JSON field.
 */
export function typedJson(field: Omit<JSONField, 'type' | 'typescriptSchema'>, from: string, typeName: string): JSONField {
  return { ...field, type: 'json', typescriptSchema: [() => ({ tsType: `import('../${from}').${typeName}` })] };
}
