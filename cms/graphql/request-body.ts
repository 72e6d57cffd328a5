import { jsonDepth, jsonObjectProblem, MAX_JSON_DEPTH } from '../security/api-input';

/**
 * The reason to refuse a GraphQL request body, or null: it must be a JSON object (Payload's
 * handler turned anything else into a 500) and its query not nested deeper than any real one.
 */
export function graphQLBodyProblem(body: string): { status: number; message: string } | null {
  const problem = jsonObjectProblem(body);
  if (problem) return { status: 400, message: problem };
  const { query } = JSON.parse(body) as { query?: unknown };
  if (typeof query === 'string' && jsonDepth(query, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return { status: 400, message: `GraphQL 查询嵌套层数过多（上限 ${MAX_JSON_DEPTH} 层）。` };
  }
  return null;
}
