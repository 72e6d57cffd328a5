import type { Agency } from './payload-types';

/**
 * The id of a relationship value as Payload returns it: the id at depth 0, or the related
 * document when populated, so callers need not know the query depth (the multi-tenant
 * plugin's `extractID`, typed by the related collection's id).
 */
export function relationId<ID extends number | string>(ref: ID | { id: ID }): ID;
export function relationId<ID extends number | string>(ref: ID | { id: ID } | null | undefined): ID | undefined;
export function relationId<ID extends number | string>(ref: ID | { id: ID } | null | undefined): ID | undefined {
  return typeof ref === 'object' && ref !== null ? ref.id : (ref ?? undefined);
}

/** The related id as text, '' when unset: core/ records carry ids as text (MongoDB ids are strings). */
export const relationKey = <ID extends number | string>(ref: ID | { id: ID } | null | undefined): string => String(relationId(ref) ?? '');

/**
 * A document id as the generated types declare it (every collection uses the adapter's default
 * id type; the committed types are generated for SQLite, whose ids are numbers).
 */
export type DocId = Agency['id'];
