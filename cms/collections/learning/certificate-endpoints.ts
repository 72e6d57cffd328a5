import { APIError, type Endpoint } from 'payload';
import { issueCertificate, MAX_CREDENTIAL_CHARS, openBadgeFor, signedCredentialFor, verifyCertificate, verifyCredential } from '../../learning/certificates';
import { issuerJwks } from '../../learning/credential-keys';
import { readJsonBody } from '../../request-body';
import { enforceRateLimit } from '../../security/rate-limit';
import { json, learnerEndpoint } from './http';

/** Public lookups by code are rate-limited per address, so codes cannot be enumerated. */
const rateLimited =
  (handler: Endpoint['handler']): Endpoint['handler'] =>
  (req) => {
    enforceRateLimit(req, 'certificate-check');
    return handler(req);
  };

/**
 * /api/certificates/issue and /credential?code= (learner: the signed VC-JWT of their own
 * certificate), /verify?code=, /badge?code=, POST /verify-credential (public, rate-limited) and
 * /keys (the issuer's public keys as a JWKS, retired ones included).
 */
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
    path: '/verify-credential',
    method: 'post',
    handler: rateLimited(async (req) => {
      const body = (await readJsonBody(req as { headers: Headers; body?: ReadableStream<Uint8Array> | null }, MAX_CREDENTIAL_CHARS * 4)) as { credential?: unknown } | null;
      if (typeof body?.credential !== 'string') throw new APIError('请粘贴或上传电子凭证', 400);
      return json(await verifyCredential(req.payload, body.credential));
    }),
  },
  {
    path: '/keys',
    method: 'get',
    handler: async () =>
      new Response(JSON.stringify(await issuerJwks(), null, 2), {
        headers: { 'Content-Type': 'application/jwk-set+json; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
      }),
  },
  {
    path: '/credential',
    method: 'get',
    handler: learnerEndpoint(async (req, learner) => {
      const jwt = await signedCredentialFor(req.payload, learner, req.searchParams.get('code') ?? '');
      if (!jwt) throw new APIError('证书不存在', 404);
      return new Response(jwt, {
        headers: { 'Content-Type': 'application/vc+jwt', 'Content-Disposition': 'attachment; filename="pufa-credential.jwt"', 'Cache-Control': 'no-store' },
      });
    }),
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
