/**
 * Open Badges 3.0 credentials signed as VC-JWT (the OB 3.0 "JSON Web Token proof format"):
 * header { alg: EdDSA, kid, typ: JWT }, claims iss / jti / sub / nbf / iat (and exp when the
 * credential has validUntil) with the credential itself in `vc`.
 *
 * Why a VC-JWT and not a Data Integrity proof (eddsa-rdfc-2022): that suite signs the RDF
 * canonical form, which needs an RDF canonicalization library and the JSON-LD contexts bundled
 * offline (the verifier must not fetch them); a JWT signs the bytes as sent, and `jose` does it
 * with zero dependencies, maintained, in Node and browsers alike.
 *
 * Verification pins `algorithms: ['EdDSA']`, so `alg: none` and HS256 keyed with a public key
 * are refused before any key is used, and takes keys only from the issuer's own JWKS (never from
 * a `jwk` / `jku` header).
 */
import { SignJWT, createLocalJWKSet, decodeProtectedHeader, importJWK, jwtVerify, errors, type JWTPayload } from 'jose';
import type { OpenBadgeCredential } from './open-badge';
import { currentKey, keyIdUrl, type Keyring, type PublishedJwk } from './signing-keys';

/** The only signature algorithm accepted. */
export const CREDENTIAL_ALGORITHMS = ['EdDSA'];

/** Signs `credential` with the keyring's current key; the kid points into the JWKS at `keysUrl`. */
export async function signCredential(credential: OpenBadgeCredential, ring: Keyring, keysUrl: string): Promise<string> {
  const key = currentKey(ring);
  const claims: JWTPayload = { vc: credential };
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: keyIdUrl(keysUrl, key.id), typ: 'JWT' })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setSubject(credential.credentialSubject.identifier[0]?.identityHash ?? '')
    .setIssuedAt(new Date())
    .setNotBefore(new Date(credential.validFrom));
  if (credential.validUntil) jwt.setExpirationTime(new Date(credential.validUntil));
  return jwt.sign(await importJWK(key.privateJwk, 'EdDSA'));
}

/** A verdict on a credential; `reason` is Chinese, for the verify page. */
export type CredentialCheck = { ok: true; credential: OpenBadgeCredential; kid: string } | { ok: false; reason: string };

const bad = (reason: string): CredentialCheck => ({ ok: false, reason });

/**
 * Checks a VC-JWT against the issuer's published keys: EdDSA only, a known kid, the signature,
 * the issuer, the dates (nbf / exp, and a retired key cannot have signed after its retirement),
 * and that the claims agree with the credential inside.
 */
export async function verifyCredentialJwt(jwt: string, jwks: { keys: PublishedJwk[] }, issuer: string, now = new Date()): Promise<CredentialCheck> {
  let header;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    return bad('不是有效的凭证格式');
  }
  if (header.alg !== 'EdDSA') return bad('签名算法不被接受');
  const key = jwks.keys.find((k) => k.kid === header.kid);
  if (!key) return bad('签名密钥不属于本发证机关');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), { algorithms: CREDENTIAL_ALGORITHMS, issuer, currentDate: now }));
  } catch (err) {
    if (err instanceof errors.JWTExpired) return bad('凭证已过期');
    if (err instanceof errors.JWTClaimValidationFailed) return bad(err.claim === 'iss' ? '签发者不符' : '凭证尚未生效');
    return bad('签名无效');
  }
  if (key.retiredAt && typeof payload.iat === 'number' && payload.iat * 1000 > Date.parse(key.retiredAt)) return bad('签名密钥已停用');
  const vc = payload.vc as OpenBadgeCredential | undefined;
  if (!vc || typeof vc !== 'object' || !Array.isArray(vc.type) || !vc.type.includes('OpenBadgeCredential')) return bad('凭证内容不完整');
  if (vc.issuer?.id !== payload.iss || vc.id !== payload.jti) return bad('凭证内容与签名声明不一致');
  return { ok: true, credential: vc, kid: key.kid };
}

/**
 * The compact JWT in what a user pasted or uploaded: the JWT itself, or JSON holding it
 * (`{ "jwt": … }`, `{ "credential": … }`, an EnvelopedVerifiableCredential `id: data:…,<jwt>`).
 */
export function extractJwt(input: string): string | null {
  const text = input.trim();
  const compact = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
  if (compact.test(text)) return text;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    for (const value of [json.jwt, json.credential, json.proof, typeof json.id === 'string' ? json.id.split(',').pop() : undefined]) {
      if (typeof value === 'string' && compact.test(value.trim())) return value.trim();
    }
  } catch {
    // Not JSON: not a credential either.
  }
  return null;
}
