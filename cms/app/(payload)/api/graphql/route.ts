// Payload's GraphQL endpoint (POST /api/graphql), built from a view of the config whose
// Chinese-valued select fields are strings (see cms/graphql/enum-safe-config.ts).
import config from '@payload-config';
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes';
import { getPayload } from 'payload';
import { graphQLBodyProblem } from '../../../../graphql/request-body';
import { enumSafeConfig } from '../../../../graphql/enum-safe-config';

const graphQLConfig = config.then(enumSafeConfig);
const handle = GRAPHQL_POST(graphQLConfig);

export const POST = async (request: Request): Promise<Response> => {
  // Payload's handler answers a body it cannot parse with 500: check it here first.
  const contentType = (request.headers.get('Content-Type') ?? '').split(';', 1)[0]!.trim();
  const body = contentType === 'application/json' ? await request.text() : '';
  const problem = contentType === 'application/json' ? graphQLBodyProblem(body) : { status: 415, message: 'GraphQL 请求应为 application/json。' };
  if (problem) return Response.json({ errors: [{ message: problem.message }] }, { status: problem.status });
  // Payload is one cached instance: start it from the real config, never from the GraphQL view.
  await getPayload({ config });
  return handle(new Request(request.url, { method: 'POST', headers: request.headers, body, signal: request.signal }));
};
export const OPTIONS = REST_OPTIONS(config);
