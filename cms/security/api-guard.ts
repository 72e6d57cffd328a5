/**
 * Refuses malformed REST input before Payload sees it (each of these was a 500).
 * Applied by the REST route (cms/app/(payload)/api/[...slug]/route.ts) to requests that reach
 * a collection endpoint:
 * - a path id that is not an id (`/api/laws/abc`), `/versions` on collections without versions,
 *   `/verify/…` on accounts without e-mail verification: 404;
 * - a `where` Payload cannot run (unknown operator, an id or number that is not one, a date that
 *   is not one, a bare `where=abc`), a `limit` or `page` that is no integer (1.5, 1e20): 400;
 * - a create or update naming a related record that does not exist (SQLite's foreign key made
 *   it a 500): 400;
 * - an upload file name with a path in it (`/api/media/file/..%2f..`): 404;
 * - for Payload's own write endpoints: a JSON body or multipart `_payload` that is not valid
 *   JSON, not an object, or nested deeper than 64 levels: 400; no body or an unsupported type
 *   for create/update: 400/415.
 * Project endpoints (cms/collections/**) read and check their own bodies, bounded while
 * streaming, so their bodies are never read here.
 */
import type { CollectionSlug, Endpoint, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload';
import { decodeSegment, isDocumentId, jsonObjectProblem, matchEndpointPath, pagingProblem, type WhereFieldKind, whereFromQuery, whereProblem } from './api-input';
import { relationIds } from './relation-ids';
import { readBodyBytes } from '../request-body';

/** Largest JSON or form body Payload's own endpoints read (a responsibility list with 200 items is ~150 KB). */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;
/** Largest multipart body (media uploads): counted while streaming, like every other body. */
export const MAX_MULTIPART_BODY_BYTES = 100 * 1024 * 1024;

/** True when `slug` names a collection of this config (URL segments and relationTo are plain text). */
const isSlug = (payload: Payload, slug: string): slug is CollectionSlug => Object.hasOwn(payload.collections, slug);

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

const sharedEndpoints = new WeakMap<Payload, WeakSet<Endpoint>>();
/**
 * True for Payload's own endpoint objects: the same objects sit in every collection's list,
 * while project endpoints (auth-endpoints.ts makes one set per collection) never repeat. Only
 * Payload's parse their body themselves; project endpoints read theirs with their own bounds,
 * so the guard must not read those bodies first.
 */
function isPayloadOwn(payload: Payload, endpoint: Endpoint): boolean {
  let shared = sharedEndpoints.get(payload);
  if (!shared) {
    const seen = new Set<Endpoint>();
    shared = new WeakSet();
    for (const { config } of Object.values(payload.collections)) {
      for (const e of config.endpoints || []) {
        if (seen.has(e)) shared.add(e);
        else seen.add(e);
      }
    }
    sharedEndpoints.set(payload, shared);
  }
  return shared.has(endpoint);
}

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
      const target = relationTo && isSlug(payload, relationTo) ? payload.collections[relationTo].config : undefined;
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

/** The collection endpoint a request reaches, matched in Payload's order (project endpoints first). */
function routeOf(payload: Payload, request: Request, url: URL) {
  const [slug = '', ...rest] = url.pathname.slice(payload.config.routes.api.length + 1).split('/').map(decodeSegment);
  const collection = isSlug(payload, slug) ? payload.collections[slug] : undefined;
  const endpoints = collection?.config.endpoints;
  if (!collection || !endpoints) return null;
  const override = request.method === 'POST' && [request.headers.get('X-Payload-HTTP-Method-Override'), request.headers.get('X-HTTP-Method-Override')].includes('GET');
  const method = (override ? 'GET' : request.method).toLowerCase();
  for (const endpoint of endpoints as Endpoint[]) {
    const params = endpoint.method === method ? matchEndpointPath(endpoint.path, rest) : null;
    if (params) return { collection, endpoint, params, override, method, key: `${endpoint.method} ${endpoint.path}` };
  }
  return null;
}
type Route = NonNullable<ReturnType<typeof routeOf>>;

/** 404s for paths naming what cannot exist: a non-id, versions or verification a collection lacks, a file path. */
function pathProblem(payload: Payload, { collection, endpoint, params, key }: Route): string | null {
  const label = typeof collection.config.labels?.plural === 'string' ? collection.config.labels.plural : collection.config.slug;
  if (PAYLOAD_ENDPOINTS.has(key) && endpoint.path.startsWith('/versions') && !collection.config.versions) return `“${label}”没有版本历史。`;
  if (key === 'post /verify/:id') return typeof collection.config.auth === 'object' && collection.config.auth.verify ? null : '该类账号未启用邮箱验证。';
  if (key === 'get /file/:filename' && /[/\\]|^\.\.?$/.test(params.filename ?? '')) return '文件不存在。';
  const id = params.id;
  if (id !== undefined && !collection.customIDType && !isDocumentId(id, payload.db.defaultIDType)) return `记录不存在：“${id.slice(0, 40)}”不是有效的记录编号。`;
  return null;
}

type Body = { refusal: Refusal } | { data?: unknown; text?: string; query?: URLSearchParams };

/** Reads and checks the body Payload would parse itself (its own POST/PATCH endpoints only). */
async function readBody(request: Request, { override, method, key }: Route): Promise<Body> {
  if (!override && method !== 'post' && method !== 'patch') return {};
  const contentType = (request.headers.get('Content-Type') ?? '').split(';', 1)[0]!.trim();
  const write = WRITE_ENDPOINTS.has(key);
  if (contentType === 'application/json') {
    const text = (await readBodyBytes(request, MAX_JSON_BODY_BYTES)).toString('utf8');
    if (text === '') return write ? refuse(400, '请求内容为空：应为 JSON 对象。') : { text };
    const problem = jsonObjectProblem(text);
    return problem ? refuse(400, problem) : { text, data: JSON.parse(text) };
  }
  if (contentType.startsWith('multipart/')) {
    let form: FormData;
    try {
      // Counted while streaming; the original request's copy of the stream is bounded by the same read.
      const bytes = await readBodyBytes(request.clone(), MAX_MULTIPART_BODY_BYTES);
      form = await new Response(new Uint8Array(bytes), { headers: { 'Content-Type': request.headers.get('Content-Type') ?? '' } }).formData();
    } catch (error) {
      if ((error as { status?: number }).status === 413) throw error;
      return refuse(400, '表单数据格式无效。');
    }
    const data = form.get('_payload');
    if (typeof data !== 'string') return {};
    const problem = jsonObjectProblem(data, '表单字段 _payload ');
    return problem ? refuse(400, problem) : { data: JSON.parse(data) };
  }
  if (override && contentType === 'application/x-www-form-urlencoded') {
    const text = (await readBodyBytes(request, MAX_JSON_BODY_BYTES)).toString('utf8');
    return { text, query: new URLSearchParams(text) };
  }
  if (!write) return {};
  return contentType ? refuse(415, `不支持的请求内容类型“${contentType.slice(0, 60)}”：应为 application/json 或 multipart/form-data。`) : refuse(400, '请求内容为空：应为 JSON 对象。');
}

/** The first id a write names that does not exist, as a Chinese message. */
async function missingRelation(payload: Payload, collection: SanitizedCollectionConfig, data: unknown): Promise<string | null> {
  const byCollection = new Map<CollectionSlug, Map<number, string>>();
  for (const { collection: target, id, label } of relationIds(collection.flattenedFields, data)) {
    if (!isSlug(payload, target)) continue;
    if (!byCollection.has(target)) byCollection.set(target, new Map());
    byCollection.get(target)!.set(id, label);
  }
  for (const [target, ids] of byCollection) {
    const wanted = [...ids.keys()];
    for (let i = 0; i < wanted.length; i += 500) {
      const chunk = wanted.slice(i, i + 500);
      const found = await payload.find({ collection: target, where: { id: { in: chunk } }, depth: 0, pagination: false, limit: chunk.length, select: {}, overrideAccess: true });
      const present = new Set(found.docs.map((d) => Number(d.id)));
      const missing = chunk.find((id) => !present.has(id));
      if (missing !== undefined) return `字段“${ids.get(missing)}”引用的记录不存在（编号 ${missing}）。`;
    }
  }
  return null;
}

/**
 * Checks one /api request. Returns a refusal, or the request to hand to Payload (re-created
 * when its body was read here).
 */
export async function guardApiRequest(payload: Payload, request: Request): Promise<{ refusal: Refusal } | { request: Request }> {
  const url = new URL(request.url);
  const route = routeOf(payload, request, url);
  if (!route) return { request };
  const notFound = pathProblem(payload, route);
  if (notFound) return refuse(404, notFound);
  if (!PAYLOAD_ENDPOINTS.has(route.key)) return { request };

  let body: Body;
  try {
    body = isPayloadOwn(payload, route.endpoint) ? await readBody(request, route) : {};
  } catch (error) {
    // readBodyBytes stops an oversized body (chunked or not) mid-stream with a 413.
    if ((error as { status?: number }).status === 413) return refuse(413, (error as Error).message);
    throw error;
  }
  if ('refusal' in body) return body;
  const query = body.query ?? url.searchParams;
  const paging = pagingProblem(query);
  if (paging) return refuse(400, paging);
  const kindOf = kindResolver(payload, route.collection.config);
  const fromQuery = whereFromQuery(query);
  if (fromQuery.problem) return refuse(400, fromQuery.problem);
  for (const where of [fromQuery.where, (body.data as { where?: unknown } | undefined)?.where]) {
    if (where === undefined) continue;
    const problem = whereProblem(where, kindOf);
    if (problem) return refuse(400, problem);
  }
  if (WRITE_ENDPOINTS.has(route.key) || route.key === 'post /:id/duplicate') {
    const missing = await missingRelation(payload, route.collection.config, body.data);
    if (missing) return refuse(400, missing);
  }

  if (body.text === undefined) return { request };
  return { request: new Request(request.url, { method: request.method, headers: request.headers, body: body.text, signal: request.signal }) };
}
