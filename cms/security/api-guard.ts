/**
 * Refuses malformed REST input before Payload sees it (issue #9: each of these was a 500).
 * Applied by the REST route (cms/app/(payload)/api/[...slug]/route.ts) to requests that reach
 * a collection endpoint:
 * - a path id that is not an id (`/api/laws/abc`), `/versions` on collections without versions,
 *   `/verify/…` on accounts without e-mail verification: 404;
 * - a `where` Payload cannot run (unknown operator, an id or number that is not one, a date that
 *   is not one, a bare `where=abc`): 400;
 * - for Payload's own write endpoints: a JSON body or multipart `_payload` that is not valid
 *   JSON, not an object, or nested deeper than 64 levels: 400; no body or an unsupported type
 *   for create/update: 400/415.
 * Project endpoints (cms/collections/**) read and check their own bodies, bounded while
 * streaming, so their bodies are never read here.
 */
import type { Endpoint, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload';
import { decodeSegment, isDocumentId, jsonObjectProblem, matchEndpointPath, type WhereFieldKind, whereFromQuery, whereProblem } from './api-input';

/** Refusal: HTTP status and the Chinese message for `{errors:[{message}]}`. */
export interface Refusal {
  status: number;
  message: string;
}

/** Payload 3.90's collection endpoints (defaults, auth, upload) as `method path`. */
const PAYLOAD_ENDPOINTS = new Set([
  'get /count', 'post /', 'delete /', 'delete /:id', 'post /access/:id?', 'get /versions', 'post /:id/duplicate', 'get /',
  'get /:id', 'get /versions/:id', 'post /versions/:id', 'patch /', 'patch /:id', 'post /forgot-password', 'get /init',
  'post /login', 'post /logout', 'get /me', 'post /refresh-token', 'post /first-register', 'post /reset-password',
  'post /unlock', 'post /verify/:id', 'post /:id/api-key/reveal', 'get /paste-url/:id?', 'get /file/:filename',
]);
/** Endpoints whose body becomes document data: it must be there, and be an object. */
const WRITE_ENDPOINTS = new Set(['post /', 'patch /', 'patch /:id']);

const ID_KINDS = new Set(['relationship', 'upload', 'join']);

/** How values under a field path are checked; undefined for paths this does not resolve. */
function kindResolver(payload: Payload, collection: SanitizedCollectionConfig) {
  const idKind = (): WhereFieldKind => (payload.db.defaultIDType === 'number' ? 'id' : 'free');
  const walk = (fields: FlattenedField[], segments: string[]): WhereFieldKind | undefined => {
    const [name, ...rest] = segments;
    if (name === 'id' && rest.length === 0) return idKind();
    const field = fields.find((f) => 'name' in f && f.name === name);
    if (!field) return undefined;
    if (ID_KINDS.has(field.type)) {
      const relationTo = (field as { relationTo?: string | string[] }).relationTo;
      if (Array.isArray(relationTo)) return 'free'; // polymorphic values are {relationTo, value}
      if (rest.length === 0) return idKind();
      const target = relationTo ? payload.collections[relationTo]?.config : undefined;
      return target ? walk(target.flattenedFields, rest) : undefined;
    }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) return rest.length ? walk(field.flattenedFields, rest) : 'free';
    if (rest.length > 0) return 'free'; // json and similar: nested keys
    if (field.type === 'number') return 'number';
    if (field.type === 'date') return 'date';
    if (field.type === 'checkbox') return 'checkbox';
    if (field.type === 'point') return 'point';
    return 'free';
  };
  return (path: string) => {
    const segments = path.split('.');
    if (segments.some((s) => s === '')) return undefined;
    return walk(collection.flattenedFields, segments);
  };
}

const refuse = (status: number, message: string) => ({ refusal: { status, message } });

/**
 * Checks one /api request. Returns a refusal, or the request to hand to Payload (re-created
 * when its body was read here).
 */
export async function guardApiRequest(payload: Payload, request: Request): Promise<{ refusal: Refusal } | { request: Request }> {
  const url = new URL(request.url);
  const apiRoute = payload.config.routes.api;
  const [slug = '', ...rest] = url.pathname.slice(apiRoute.length + 1).split('/').map(decodeSegment);
  const collection = payload.collections[slug];
  const endpoints = collection?.config.endpoints;
  if (!collection || !endpoints) return { request };

  const override = request.method === 'POST' && [request.headers.get('X-Payload-HTTP-Method-Override'), request.headers.get('X-HTTP-Method-Override')].includes('GET');
  const method = (override ? 'GET' : request.method).toLowerCase();
  // The first endpoint that matches, in Payload's order (project endpoints before its own).
  let endpoint: Endpoint | undefined;
  let params: Record<string, string> = {};
  for (const candidate of endpoints) {
    const matched = candidate.method === method ? matchEndpointPath(candidate.path, rest) : null;
    if (matched) {
      [endpoint, params] = [candidate, matched];
      break;
    }
  }
  if (!endpoint) return { request };
  const key = `${endpoint.method} ${endpoint.path}`;
  const builtIn = PAYLOAD_ENDPOINTS.has(key);
  const label = typeof collection.config.labels?.plural === 'string' ? collection.config.labels.plural : slug;

  if (builtIn && endpoint.path.startsWith('/versions') && !collection.config.versions) return refuse(404, `“${label}”没有版本历史。`);
  if (key === 'post /verify/:id' && !(typeof collection.config.auth === 'object' && collection.config.auth.verify)) return refuse(404, '该类账号未启用邮箱验证。');
  const id = params.id;
  if (id !== undefined && key !== 'post /verify/:id' && !collection.customIDType && !isDocumentId(id, payload.db.defaultIDType)) {
    return refuse(404, `记录不存在：“${id.slice(0, 40)}”不是有效的记录编号。`);
  }
  if (!builtIn) return { request };

  const contentType = (request.headers.get('Content-Type') ?? '').split(';', 1)[0]!.trim();
  let query = url.searchParams;
  let bodyText: string | undefined;
  let bodyWhere: unknown;
  if (override || method === 'post' || method === 'patch') {
    if (contentType === 'application/json') {
      bodyText = await request.text();
      if (bodyText !== '') {
        const problem = jsonObjectProblem(bodyText);
        if (problem) return refuse(400, problem);
        bodyWhere = (JSON.parse(bodyText) as { where?: unknown }).where;
      } else if (WRITE_ENDPOINTS.has(key)) return refuse(400, '请求内容为空：应为 JSON 对象。');
    } else if (contentType.startsWith('multipart/')) {
      let form: FormData;
      try {
        form = await request.clone().formData();
      } catch {
        return refuse(400, '表单数据格式无效。');
      }
      const data = form.get('_payload');
      if (typeof data === 'string') {
        const problem = jsonObjectProblem(data, '表单字段 _payload ');
        if (problem) return refuse(400, problem);
      }
    } else if (override && contentType === 'application/x-www-form-urlencoded') {
      bodyText = await request.text();
      query = new URLSearchParams(bodyText);
    } else if (WRITE_ENDPOINTS.has(key)) {
      return contentType ? refuse(415, `不支持的请求内容类型“${contentType.slice(0, 60)}”：应为 application/json 或 multipart/form-data。`) : refuse(400, '请求内容为空：应为 JSON 对象。');
    }
  }

  const kindOf = kindResolver(payload, collection.config);
  const fromQuery = whereFromQuery(query);
  if (fromQuery.problem) return refuse(400, fromQuery.problem);
  for (const where of [fromQuery.where, bodyWhere]) {
    if (where === undefined) continue;
    const problem = whereProblem(where, kindOf);
    if (problem) return refuse(400, problem);
  }

  if (bodyText === undefined) return { request };
  return { request: new Request(request.url, { method: request.method, headers: request.headers, body: bodyText, signal: request.signal }) };
}
