import { checkResult, isObj } from './statement-result';
import { toMs, type Instant } from './time';

export { toXapiJson, type XapiOptions, type XapiStatement } from './xapi';
export { MAX_RESPONSE_LENGTH, MAX_DURATION_SECONDS } from './statement-result';
export { dedupeStatements, type DedupeResult, type StatementConflict } from './dedupe';

/** What a learner did. A subset of the ADL verbs; each maps to http://adlnet.gov/expapi/verbs/<verb>. */
export const VERBS = ['answered', 'completed', 'passed', 'failed', 'attempted', 'experienced'] as const;
export type Verb = (typeof VERBS)[number];

/** What the statement is about. */
export const OBJECT_TYPES = ['question', 'quiz', 'lesson', 'exam'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

/** A learning statement as the client records it (xAPI-shaped, compact). */
export interface LearningStatement {
  /** Client-generated UUID (lower-case after validation); the idempotency key. */
  id: string;
  actor: { learnerId: string; name?: string };
  verb: Verb;
  object: { id: string; type: ObjectType; name?: string };
  result?: {
    success?: boolean;
    score?: { raw: number; max: number; scaled: number };
    response?: string;
    durationSeconds?: number;
  };
  context?: { track?: string; unit?: string };
  /** ISO 8601 with a zone designator, when it happened on the client. */
  timestamp: string;
}

// Limits: generous for real use, small enough that a forged statement cannot bloat storage.
/** Longest learner id, object id, track or unit. */
export const MAX_ID_LENGTH = 128;
/** Longest display name (actor or object). */
export const MAX_NAME_LENGTH = 200;
/** How far in the future a client clock may be before the statement is rejected. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
/** Statements before this are rejected as forged (the platform did not exist). */
export const EARLIEST_TIMESTAMP = '2020-01-01T00:00:00Z';
/** Default offline allowance: how old a statement may be when it reaches the server. */
export const DEFAULT_OFFLINE_ALLOWANCE_DAYS = 14;
/** Largest serialized statement, in UTF-16 units. */
export const MAX_STATEMENT_CHARS = 8192;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

// Which verb may be said of which object: "answered a lesson" is a malformed or forged statement.
const ALLOWED: Record<Verb, readonly ObjectType[]> = {
  answered: ['question'],
  completed: ['lesson', 'quiz', 'exam'],
  passed: ['quiz', 'exam'],
  failed: ['quiz', 'exam'],
  attempted: ['lesson', 'quiz', 'exam'],
  experienced: ['lesson'],
};

// Date.parse rolls 2026-02-30 over to March 2; a real client never sends such a date.
function realCalendar(ts: string): boolean {
  const [y, mo, d, h, mi, sec = 0] = (ts.match(/\d+/g) ?? []).map(Number);
  const daysInMonth = new Date(Date.UTC(y!, mo!, 0)).getUTCDate();
  return mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= daysInMonth && h! <= 23 && mi! <= 59 && sec <= 59;
}

/** Validation outcome: the normalized statement, or every problem as one readable line. */
export type StatementCheck = { ok: true; statement: LearningStatement } | { ok: false; errors: string[] };

function serializedLength(v: unknown): number | null {
  try {
    return JSON.stringify(v).length;
  } catch {
    return null; // cycles or BigInt: nothing a real client sends
  }
}

/** Options for validation. */
export interface ValidateOptions {
  /** Oldest acceptable statement age in days (the offline allowance); unset = no bound but EARLIEST_TIMESTAMP. */
  offlineAllowanceDays?: number;
}

/**
 * Check an untrusted statement (e.g. from a sync request): shape, id format, known verb and
 * verb/object pairing, timestamp parseable, not before EARLIEST_TIMESTAMP nor older than the
 * offline allowance, not more than MAX_CLOCK_SKEW_MS after `now`, score consistent (0 ≤ raw ≤
 * max, scaled = raw/max), sizes within the exported limits, no unknown fields. Never throws on
 * bad input (only on an invalid `now`).
 */
export function validateStatement(input: unknown, now: Instant, options: ValidateOptions = {}): StatementCheck {
  const nowMs = toMs(now);
  // A bad `now` is the caller's bug; silently accepting every timestamp would hide it.
  if (!Number.isFinite(nowMs)) throw new RangeError(`validateStatement: invalid now ${String(now)}`);
  const errors: string[] = [];
  const err = (path: string, msg: string) => errors.push(`${path}: ${msg}`);
  if (!isObj(input)) return { ok: false, errors: ['statement: must be an object'] };
  const size = serializedLength(input);
  if (size === null) return { ok: false, errors: ['statement: not serializable'] };
  if (size > MAX_STATEMENT_CHARS) err('statement', `larger than ${MAX_STATEMENT_CHARS} characters`);
  const only = (o: Record<string, unknown>, path: string, keys: string[]) => {
    for (const k of Object.keys(o)) if (!keys.includes(k)) err(path ? `${path}.${k}` : k, 'unknown field');
  };
  const str = (v: unknown, path: string, max: number, pattern?: RegExp, optional = false) => {
    if (v === undefined && optional) return;
    if (typeof v !== 'string' || v.length === 0) return err(path, 'must be a non-empty string');
    if (v.length > max) return err(path, `longer than ${max} characters`);
    if (pattern && !pattern.test(v)) err(path, 'has invalid characters');
  };
  only(input, '', ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp']);

  if (typeof input.id !== 'string' || !UUID.test(input.id)) err('id', 'must be a UUID (8-4-4-4-12 hex)');

  const actor = input.actor;
  if (!isObj(actor)) err('actor', 'must be an object');
  else {
    only(actor, 'actor', ['learnerId', 'name']);
    str(actor.learnerId, 'actor.learnerId', MAX_ID_LENGTH, ID);
    str(actor.name, 'actor.name', MAX_NAME_LENGTH, undefined, true);
  }

  const verb = input.verb;
  const verbOk = typeof verb === 'string' && (VERBS as readonly string[]).includes(verb);
  if (!verbOk) err('verb', `unknown verb ${JSON.stringify(verb)}; expected one of ${VERBS.join(', ')}`);

  const object = input.object;
  if (!isObj(object)) err('object', 'must be an object');
  else {
    only(object, 'object', ['id', 'type', 'name']);
    str(object.id, 'object.id', MAX_ID_LENGTH, ID);
    str(object.name, 'object.name', MAX_NAME_LENGTH, undefined, true);
    const type = object.type;
    if (typeof type !== 'string' || !(OBJECT_TYPES as readonly string[]).includes(type)) {
      err('object.type', `must be one of ${OBJECT_TYPES.join(', ')}`);
    } else if (verbOk && !ALLOWED[verb as Verb].includes(type as ObjectType)) {
      err('verb', `"${String(verb)}" cannot apply to a ${type}`);
    }
  }

  checkResult(input.result, verb, err, only);

  const context = input.context;
  if (context !== undefined) {
    if (!isObj(context)) err('context', 'must be an object');
    else {
      only(context, 'context', ['track', 'unit']);
      str(context.track, 'context.track', MAX_ID_LENGTH, ID, true);
      str(context.unit, 'context.unit', MAX_ID_LENGTH, undefined, true);
    }
  }

  const ts = input.timestamp;
  const ms = typeof ts === 'string' && ISO.test(ts) && realCalendar(ts) ? Date.parse(ts) : NaN;
  if (!Number.isFinite(ms)) err('timestamp', 'must be an ISO 8601 date-time with a zone, e.g. 2026-03-01T08:00:00Z');
  else if (ms > nowMs + MAX_CLOCK_SKEW_MS) err('timestamp', 'is in the future (client clock or forgery)');
  else if (ms < Date.parse(EARLIEST_TIMESTAMP)) err('timestamp', `is before ${EARLIEST_TIMESTAMP}`);
  else if (options.offlineAllowanceDays !== undefined && ms < nowMs - options.offlineAllowanceDays * 86_400_000) {
    // Back-dated statements would buy past streak days and weekly ranks; honest offline
    // practice reaches the server well within the allowance.
    err('timestamp', `is older than the ${options.offlineAllowanceDays}-day offline allowance (记录超过 ${options.offlineAllowanceDays} 天未同步，不再计入)`);
  }

  if (errors.length) return { ok: false, errors };
  // A copy, so later mutation of the request body cannot reach stored statements.
  const statement = structuredClone(input) as unknown as LearningStatement;
  statement.id = statement.id.toLowerCase();
  return { ok: true, statement };
}

/** Validate a batch: the good statements, and each rejected one by its index with its errors. */
export function validateStatements(
  inputs: readonly unknown[],
  now: Instant,
  options: ValidateOptions = {},
): { valid: LearningStatement[]; rejected: { index: number; errors: string[] }[] } {
  const valid: LearningStatement[] = [];
  const rejected: { index: number; errors: string[] }[] = [];
  inputs.forEach((input, index) => {
    const check = validateStatement(input, now, options);
    if (check.ok) valid.push(check.statement);
    else rejected.push({ index, errors: check.errors });
  });
  return { valid, rejected };
}
