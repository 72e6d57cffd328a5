/**
 * A relationship value as Payload returns it: an id at depth 0, or the related document when
 * populated. These give the id either way, so callers need not know the query depth.
 */
export const relationId = (ref: unknown): unknown =>
  typeof ref === 'object' && ref !== null ? (ref as { id: unknown }).id : ref;

/** The related id as text (SQLite ids are numbers, MongoDB ids strings). */
export const relationKey = (ref: unknown): string => String(relationId(ref) ?? '');
