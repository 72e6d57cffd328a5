/**
 * Certificate key rotation: `npx tsx cms/scripts/rotate-certificate-key.ts` adds a new Ed25519
 * key to the keyring in the data folder and makes it current. Credentials signed before keep
 * verifying (the old public key stays in /api/certificates/keys, marked retired).
 */
import { keyringFile, rotateSigningKey } from '../learning/credential-keys';

const ring = await rotateSigningKey();
console.log(`已启用新的证书签名密钥 ${ring.current}（${keyringFile()}）；已停用的旧密钥 ${ring.keys.length - 1} 个仍公开，用于核验旧凭证。`);
