import { APIError, type Endpoint } from 'payload';
import { issueCertificate, openBadgeFor, verifyCertificate } from '../../learning/certificates';
import { enforceRateLimit } from '../../security/rate-limit';
import { json, learnerEndpoint } from './http';

/** Public lookups by code are rate-limited per address, so codes cannot be enumerated. */
const rateLimited =
  (handler: Endpoint['handler']): Endpoint['handler'] =>
  (req) => {
    enforceRateLimit(req, 'certificate-check');
    return handler(req);
  };

/** /api/certificates/issue (learner), /verify?code= and /badge?code= (public). */
export const certificateEndpoints: Endpoint[] = [
  {
    path: '/issue',
    method: 'post',
    handler: learnerEndpoint(async (req, learner) => {
      const { code, created } = await issueCertificate(req.payload, learner);
      return json({ code }, created ? 201 : 200);
    }),
  },
  {
    path: '/verify',
    method: 'get',
    handler: rateLimited(async (req) => json(await verifyCertificate(req.payload, req.searchParams.get('code') ?? ''))),
  },
  {
    path: '/badge',
    method: 'get',
    handler: rateLimited(async (req) => {
      const badge = await openBadgeFor(req.payload, req.searchParams.get('code') ?? '');
      if (!badge) throw new APIError('证书不存在', 404);
      return new Response(JSON.stringify(badge, null, 2), {
        headers: { 'Content-Type': 'application/ld+json; charset=utf-8', 'Content-Disposition': 'attachment; filename="pufa-open-badge.json"' },
      });
    }),
  },
];
