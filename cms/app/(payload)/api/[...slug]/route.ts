// Payload's REST API: /api/<collection>/…, behind the input checks of cms/security/api-guard.ts.
import config from '@payload-config';
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes';
import { getPayload } from 'payload';
import { guardApiRequest } from '../../../../security/api-guard';

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>;

/** Runs Payload's handler only for requests the guard lets through; a refusal answers as Payload's errors do. */
const guarded =
  (handler: Handler): Handler =>
  async (request, context) => {
    const checked = await guardApiRequest(await getPayload({ config }), request);
    if ('refusal' in checked) return Response.json({ errors: [{ message: checked.refusal.message }] }, { status: checked.refusal.status });
    return handler(checked.request, context);
  };

export const GET = guarded(REST_GET(config));
export const POST = guarded(REST_POST(config));
export const DELETE = guarded(REST_DELETE(config));
export const PATCH = guarded(REST_PATCH(config));
export const PUT = guarded(REST_PUT(config));
export const OPTIONS = REST_OPTIONS(config);
