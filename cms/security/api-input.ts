/**
 * Checks on REST input that Payload 3.90 passes to the database unchecked, where they ended as
 * 500: ids that are not ids, `where` operators and values the query builder cannot
 * bind, and JSON so deeply nested that Payload's recursive walks overflow the stack. Pure
 * functions: each returns the Chinese reason to refuse, or null. cms/security/api-guard.ts
 * applies them before Payload sees the request.
 */

/** Deepest JSON nesting accepted in a request body or a `where` (real documents stay under 20). */
export const MAX_JSON_DEPTH = 64;
/** Deepest `and`/`or` nesting accepted in a `where`. */
export const MAX_WHERE_DEPTH = 16;

/**
 * Matches a Payload endpoint path (`/:id/export`, `/access/:id?`) against the request's path
 * segments after the collection slug (already URL-decoded, as Next hands them to Payload); the
 * params on a match, else null. Only the plain `:name` and trailing `:name?` forms are used.
 */
export function matchEndpointPath(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = segments.filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const part = want[i];
    const value = got[i];
    if (part === undefined) return null;
    if (part.startsWith(':')) {
      const optional = part.endsWith('?');
      if (value === undefined) {
        if (optional) continue;
        return null;
      }
      params[part.slice(1, optional ? -1 : undefined)] = value;
    } else if (part !== value) return null;
  }
  return params;
}

/** A URL path segment decoded as Next decodes route segments (left as is when malformed). */
export const decodeSegment = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** True when `value` can be a document id: a positive integer (SQLite) or an ObjectId (MongoDB). */
export function isDocumentId(value: string, idType: 'number' | 'text'): boolean {
  return idType === 'number' ? /^[1-9][0-9]{0,14}$/.test(value) : /^[0-9a-fA-F]{24}$/.test(value);
}

/**
 * Nesting depth of a JSON text without parsing it (brackets outside strings), so a body of
 * 10,000 nested arrays costs one linear scan. Stops counting once `limit` is passed.
 */
export function jsonDepth(text: string, limit = Number.MAX_SAFE_INTEGER): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/**
 * A request body Payload will use as document data: valid JSON, an object, not too deep.
 * The reason to refuse it, or null.
 */
export function jsonObjectProblem(text: string, what = '请求内容'): string | null {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return `${what}嵌套层数过多（上限 ${MAX_JSON_DEPTH} 层）。`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `${what}不是有效的 JSON。`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${what}应为 JSON 对象（{…}）。`;
  return null;
}

/** How a `where` path's values are checked: ids and numbers numeric, dates parseable, others free. */
export type WhereFieldKind = 'number' | 'id' | 'date' | 'checkbox' | 'point' | 'free';

const OPERATORS = new Set([
  'equals', 'contains', 'not_equals', 'in', 'all', 'not_in', 'exists', 'greater_than', 'greater_than_equal',
  'less_than', 'less_than_equal', 'like', 'not_like', 'within', 'intersects', 'near',
]);
const LIST_OPERATORS = new Set(['in', 'not_in', 'all']);
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains']);
const GEO_OPERATORS = new Set(['near', 'within', 'intersects']);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isNullish = (v: unknown) => v === null || v === '' || v === 'null';

function valueProblem(path: string, kind: WhereFieldKind, value: unknown): string | null {
  if (!isScalar(value)) return `查询条件“${path}”的值格式无效。`;
  if (isNullish(value)) return null;
  const text = String(value);
  if (kind === 'id' && !/^[0-9]{1,15}$/.test(text)) return `查询条件“${path}”应为记录编号（正整数），收到“${text.slice(0, 40)}”。`;
  if (kind === 'number' && !Number.isFinite(Number(text))) return `查询条件“${path}”应为数字，收到“${text.slice(0, 40)}”。`;
  if (kind === 'date' && Number.isNaN(Date.parse(text))) return `查询条件“${path}”应为日期（如 2026-01-31），收到“${text.slice(0, 40)}”。`;
  if (kind === 'checkbox' && !['true', 'false'].includes(text)) return `查询条件“${path}”应为 true 或 false。`;
  return null;
}

function conditionProblem(path: string, kind: WhereFieldKind | undefined, condition: unknown): string | null {
  if (!isPlainObject(condition)) return `查询条件“${path}”缺少运算符（如 ${path}[equals]=…）。`;
  for (const [operator, value] of Object.entries(condition)) {
    if (!OPERATORS.has(operator)) return `查询条件“${path}”的运算符“${operator.slice(0, 40)}”无效。`;
    if (GEO_OPERATORS.has(operator)) {
      if (kind !== undefined && kind !== 'point') return `运算符“${operator}”只能用于地理位置字段，“${path}”不是。`;
      continue;
    }
    if (kind === undefined || kind === 'point') continue; // Payload itself reports unknown paths
    if (operator === 'exists') {
      if (!['true', 'false', true, false].includes(value as string | boolean)) return `查询条件“${path}[exists]”应为 true 或 false。`;
      continue;
    }
    if (TEXT_OPERATORS.has(operator) && kind !== 'free') return `查询条件“${path}”不支持模糊匹配（${operator}）。`;
    const values = LIST_OPERATORS.has(operator)
      ? typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [value]
      : [value];
    for (const v of values) {
      const problem = valueProblem(path, kind, v);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * The reason a `where` cannot be run, or null. `kindOf` names how a field path's values are
 * checked (undefined for paths it does not know: Payload decides about those).
 */
export function whereProblem(where: unknown, kindOf: (path: string) => WhereFieldKind | undefined, depth = 0): string | null {
  if (depth > MAX_WHERE_DEPTH) return `查询条件嵌套层数过多（上限 ${MAX_WHERE_DEPTH} 层）。`;
  if (!isPlainObject(where)) return '查询条件 where 格式无效：应为 where[字段][运算符]=值 或 JSON 对象。';
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(condition) ? condition : isPlainObject(condition) ? Object.values(condition) : null;
      if (!list) return `查询条件“${key}”应为条件列表。`;
      for (const sub of list) {
        const problem = whereProblem(sub, kindOf, depth + 1);
        if (problem) return problem;
      }
      continue;
    }
    const problem = conditionProblem(key, kindOf(key), condition);
    if (problem) return problem;
  }
  return null;
}

/** Bracket segments qs (Payload's query parser, depth 10) still splits; deeper keys are refused. */
export const MAX_QUERY_DEPTH = 10;

/**
 * The `where` of a query string as Payload reads it: `where[a][equals]=1` keys nested (as qs
 * does, repeated keys collected into lists), or a bare `where=` value (JSON text or a string).
 * Returns undefined without a where, or a Chinese reason when a key nests deeper than qs splits.
 */
export function whereFromQuery(params: URLSearchParams): { where?: unknown; problem?: string } {
  let where: unknown;
  for (const [key, value] of params) {
    if (key === 'where') {
      where = value;
      continue;
    }
    if (!key.startsWith('where[')) continue;
    const segments = [...key.slice('where'.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
    if (segments.length > MAX_QUERY_DEPTH) return { problem: `查询条件层级过深（上限 ${MAX_QUERY_DEPTH} 层）。` };
    if (typeof where !== 'object' || where === null) where = {};
    let node = where as Record<string, unknown>;
    segments.forEach((segment, i) => {
      if (i === segments.length - 1) {
        const prior = node[segment];
        node[segment] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
        return;
      }
      const next = node[segment];
      node = (typeof next === 'object' && next !== null && !Array.isArray(next) ? next : (node[segment] = {})) as Record<string, unknown>;
    });
  }
  if (typeof where !== 'string') return { where };
  // Payload parses a bare where as JSON.
  if (jsonDepth(where, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return { problem: `查询条件嵌套层数过多（上限 ${MAX_JSON_DEPTH} 层）。` };
  try {
    return { where: JSON.parse(where) };
  } catch {
    return { problem: '查询条件 where 格式无效：应为 where[字段][运算符]=值 或 JSON 对象。' };
  }
}

/** `limit` and `page`, top level and per join: integers Payload can bind (1.5 or 1e20 were 500s). */
export function pagingProblem(params: URLSearchParams): string | null {
  for (const [key, value] of params) {
    if (!/^(limit|page)$|^joins\[[^\]]*\]\[(limit|page)\]$/.test(key) || value === '') continue;
    if (!/^-?[0-9]{1,15}$/.test(value)) return `参数“${key}”应为整数，收到“${value.slice(0, 40)}”。`;
  }
  return null;
}
