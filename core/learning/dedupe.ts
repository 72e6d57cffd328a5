import type { LearningStatement } from './statements';

/** Two different statements sent under one id: kept is the one already stored (or seen first). */
export interface StatementConflict {
  id: string;
  kept: LearningStatement;
  rejected: LearningStatement;
}

/** Outcome of deduplication. */
export interface DedupeResult {
  /** New statements to store, first occurrence of each id, in input order. */
  accepted: LearningStatement[];
  /** Ids sent again with the same payload (a retried sync): harmless, nothing to store. */
  duplicates: string[];
  /** Ids sent again with a different payload: a bug or a forgery; never overwrites. */
  conflicts: StatementConflict[];
}

/** JSON with object keys sorted and undefined members dropped, so equal payloads compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Store each statement id once. `existing` are statements already stored; `incoming` a sync batch.
 * The same id with an identical payload (key order ignored) is a duplicate; with any other
 * payload it is a conflict and the stored version wins. Ids compare case-insensitively.
 */
export function dedupeStatements(
  incoming: readonly LearningStatement[],
  existing: readonly LearningStatement[] = [],
): DedupeResult {
  const seen = new Map<string, { statement: LearningStatement; json: string }>();
  for (const s of existing) {
    const id = s.id.toLowerCase();
    if (!seen.has(id)) seen.set(id, { statement: s, json: canonicalJson({ ...s, id }) });
  }
  const result: DedupeResult = { accepted: [], duplicates: [], conflicts: [] };
  for (const s of incoming) {
    const id = s.id.toLowerCase();
    const json = canonicalJson({ ...s, id });
    const prior = seen.get(id);
    if (!prior) {
      seen.set(id, { statement: s, json });
      result.accepted.push(s);
    } else if (prior.json === json) {
      result.duplicates.push(id);
    } else {
      result.conflicts.push({ id, kept: prior.statement, rejected: s });
    }
  }
  return result;
}
