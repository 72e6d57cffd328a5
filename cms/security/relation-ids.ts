/**
 * The record ids a write names in its relationship and upload fields, top level and inside
 * groups, arrays, blocks and named tabs. Payload 3.90 checks their type but not that they exist,
 * and SQLite's foreign key then failed the write with 500 (a sign-up naming a unit
 * that does not exist); cms/security/api-guard.ts looks them up first and answers 400.
 */
import type { FlattenedField } from 'payload';

/** One id named by a write: the collection it must exist in and the field's label for messages. */
export interface NamedRelation {
  collection: string;
  id: number;
  label: string;
}

const labelOf = (field: FlattenedField): string =>
  typeof (field as { label?: unknown }).label === 'string' ? ((field as { label: string }).label) : field.name;

/** A numeric id from an id or a `{ id }` object; undefined for anything else (Payload judges those). */
function numericId(value: unknown): number | undefined {
  const raw = typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value;
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return raw;
  if (typeof raw === 'string' && /^[0-9]{1,15}$/.test(raw)) return Number(raw);
  return undefined;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** Every id named in `data` by the relationship and upload fields of `fields`. */
export function relationIds(fields: readonly FlattenedField[], data: unknown): NamedRelation[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const found: NamedRelation[] = [];
  const record = data as Record<string, unknown>;
  for (const field of fields) {
    if (!('name' in field) || !(field.name in record)) continue;
    const value = record[field.name];
    if (field.type === 'relationship' || field.type === 'upload') {
      const relationTo = field.relationTo as string | string[];
      for (const item of asList(value)) {
        if (Array.isArray(relationTo)) {
          // Polymorphic: { relationTo, value }.
          const target = (item as { relationTo?: unknown })?.relationTo;
          const id = numericId((item as { value?: unknown })?.value);
          if (typeof target === 'string' && relationTo.includes(target) && id !== undefined) found.push({ collection: target, id, label: labelOf(field) });
        } else {
          const id = numericId(item);
          if (id !== undefined) found.push({ collection: relationTo, id, label: labelOf(field) });
        }
      }
    } else if (field.type === 'array') {
      for (const row of asList(value)) found.push(...relationIds(field.flattenedFields, row));
    } else if (field.type === 'blocks') {
      for (const row of asList(value)) {
        const block = field.blocks.find((b) => typeof b === 'object' && b.slug === (row as { blockType?: unknown })?.blockType);
        if (block && typeof block === 'object') found.push(...relationIds(block.flattenedFields, row));
      }
    } else if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      found.push(...relationIds(field.flattenedFields, value)); // groups and named tabs
    }
  }
  return found;
}
