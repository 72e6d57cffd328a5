/** Signed Open Badges: EdDSA VC-JWT signing, verification against a JWKS, attacks, and key rotation. */
import { SignJWT, UnsecuredJWT, base64url, decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { extractJwt, signCredential, verifyCredentialJwt } from '../../../core/learning/credential-jwt';
import { toOpenBadgeCredential } from '../../../core/learning/open-badge';
import { keyringOf, newSigningKey, publicJwks, rotateKeyring } from '../../../core/learning/signing-keys';

const KEYS = 'https://pufa.example/api/certificates/keys';
const ISSUER = 'https://pufa.example/';
const credential = toOpenBadgeCredential({
  certificate: { certificateId: 'c1', learnerId: 'l1', learnerName: '张三', audience: 'officials', year: 2026, examPercent: 85, hours: 20, issuedAt: '2026-11-20T02:00:00.000Z' },
  code: 'PF26-ABCD-EFGH',
  issuer: { id: ISSUER, name: '泉城市全面依法治市委员会办公室' },
  achievement: { id: `${ISSUER}certificate/achievement/officials/?year=2026`, name: '2026年度学法合格证书', description: 'd', criteria: 'c' },
  verifyBase: `${ISSUER}verify/?code=`,
});
const NOW = new Date('2026-11-30T00:00:00Z');

/** The JWT with its payload replaced (signature kept). */
function withPayload(jwt: string, change: (p: Record<string, unknown>) => void): string {
  const [h, p, s] = jwt.split('.');
  const payload = JSON.parse(new TextDecoder().decode(base64url.decode(p!))) as Record<string, unknown>;
  change(payload);
  return [h, base64url.encode(JSON.stringify(payload)), s].join('.');
}

describe('signed Open Badge credential (VC-JWT, EdDSA)', () => {
  it('verifies with the published key and carries the credential, issuer and kid', async () => {
    const ring = keyringOf(await newSigningKey());
    const jwt = await signCredential(credential, ring, KEYS);
    const claims = decodeJwt(jwt);
    expect(claims).toMatchObject({ iss: ISSUER, jti: credential.id });
    const check = await verifyCredentialJwt(jwt, publicJwks(ring, KEYS), ISSUER, NOW);
    expect(check).toMatchObject({ ok: true, kid: `${KEYS}#${ring.current}` });
    if (check.ok) expect(check.credential.credentialSubject.creditsEarned).toBe(20);
  });

  it('publishes no private key member', async () => {
    const ring = keyringOf(await newSigningKey());
    const jwks = publicJwks(ring, KEYS);
    expect(JSON.stringify(jwks)).not.toContain('"d"');
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', status: 'current' });
  });

  it('fails when the payload is changed (score, hours, name), or signed by another key, or names another issuer', async () => {
    const ring = keyringOf(await newSigningKey());
    const jwks = publicJwks(ring, KEYS);
    const jwt = await signCredential(credential, ring, KEYS);
    const tampered = withPayload(jwt, (p) => {
      (p.vc as typeof credential).credentialSubject.creditsEarned = 99;
    });
    expect(await verifyCredentialJwt(tampered, jwks, ISSUER, NOW)).toEqual({ ok: false, reason: '签名无效' });
    // Another key pair claiming our kid: the signature does not match our public key.
    const stranger = await newSigningKey();
    const forged = await signCredential(credential, { current: ring.current, keys: [{ ...stranger, id: ring.current }] }, KEYS);
    expect(await verifyCredentialJwt(forged, jwks, ISSUER, NOW)).toEqual({ ok: false, reason: '签名无效' });
    // A key that is not in our JWKS at all.
    const foreign = await signCredential(credential, keyringOf(stranger), KEYS);
    expect(await verifyCredentialJwt(foreign, jwks, ISSUER, NOW)).toEqual({ ok: false, reason: '签名密钥不属于本发证机关' });
    expect(await verifyCredentialJwt(jwt, jwks, 'https://other.example/', NOW)).toEqual({ ok: false, reason: '签发者不符' });
  });

  it('refuses alg=none and HS256 keyed with the public key', async () => {
    const ring = keyringOf(await newSigningKey());
    const jwks = publicJwks(ring, KEYS);
    const kid = jwks.keys[0]!.kid;
    const none = new UnsecuredJWT({ vc: credential }).setIssuer(ISSUER).setJti(credential.id).encode();
    expect(await verifyCredentialJwt(none, jwks, ISSUER, NOW)).toMatchObject({ ok: false, reason: '签名算法不被接受' });
    const publicBytes = new TextEncoder().encode(JSON.stringify(jwks.keys[0]));
    const hs = await new SignJWT({ vc: credential }).setProtectedHeader({ alg: 'HS256', kid }).setIssuer(ISSUER).setJti(credential.id).sign(publicBytes);
    expect(await verifyCredentialJwt(hs, jwks, ISSUER, NOW)).toMatchObject({ ok: false, reason: '签名算法不被接受' });
    expect(await verifyCredentialJwt('not-a-jwt', jwks, ISSUER, NOW)).toMatchObject({ ok: false });
  });

  it('after rotation: new credentials use the new key, old ones still verify, the old key is published as retired', async () => {
    const first = await newSigningKey(new Date('2026-01-01T00:00:00Z'));
    const ring1 = keyringOf(first);
    const old = await signCredential(credential, ring1, KEYS);
    const ring2 = rotateKeyring(ring1, await newSigningKey(), new Date(Date.now() + 1000));
    expect(ring2.current).not.toBe(first.id);
    const jwks = publicJwks(ring2, KEYS);
    expect(jwks.keys.map((k) => k.status)).toEqual(['retired', 'current']);
    expect(jwks.keys[0]!.retiredAt).toBeDefined();
    expect(await verifyCredentialJwt(old, jwks, ISSUER, NOW)).toMatchObject({ ok: true, kid: `${KEYS}#${first.id}` });
    const fresh = await signCredential(credential, ring2, KEYS);
    expect(await verifyCredentialJwt(fresh, jwks, ISSUER, NOW)).toMatchObject({ ok: true, kid: `${KEYS}#${ring2.current}` });
    // A retired key (say, leaked) cannot sign new credentials that verify.
    const retiredNow = rotateKeyring(ring1, await newSigningKey(), new Date(Date.now() - 60_000));
    const late = await signCredential(credential, ring1, KEYS);
    expect(await verifyCredentialJwt(late, publicJwks(retiredNow, KEYS), ISSUER, NOW)).toEqual({ ok: false, reason: '签名密钥已停用' });
    // Dropping the old key from the JWKS would break old credentials: rotation keeps it.
    expect(await verifyCredentialJwt(old, { keys: jwks.keys.slice(1) }, ISSUER, NOW)).toMatchObject({ ok: false });
  });

  it('checks expiry and the start of validity', async () => {
    const ring = keyringOf(await newSigningKey());
    const jwks = publicJwks(ring, KEYS);
    const expiring = await signCredential({ ...credential, validUntil: '2026-12-31T16:00:00.000Z' }, ring, KEYS);
    expect(await verifyCredentialJwt(expiring, jwks, ISSUER, new Date('2027-02-01T00:00:00Z'))).toEqual({ ok: false, reason: '凭证已过期' });
    expect(await verifyCredentialJwt(expiring, jwks, ISSUER, new Date('2026-01-01T00:00:00Z'))).toEqual({ ok: false, reason: '凭证尚未生效' });
  });

  it('finds the JWT in pasted text: bare, or inside JSON', () => {
    const jwt = 'eyJh.eyJi.c2ln';
    expect(extractJwt(`  ${jwt}\n`)).toBe(jwt);
    expect(extractJwt(JSON.stringify({ jwt }))).toBe(jwt);
    expect(extractJwt(JSON.stringify({ id: `data:application/vc+jwt,${jwt}` }))).toBe(jwt);
    expect(extractJwt('{"name":"x"}')).toBeNull();
    expect(extractJwt('hello')).toBeNull();
  });
});
