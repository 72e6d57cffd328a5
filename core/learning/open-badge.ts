import type { CertificateFields } from './certificate';

/** Who issues, what was achieved, and where the credential can be checked. */
export interface OpenBadgeInput {
  certificate: CertificateFields;
  /** The verification code (PF26-XXXX-XXXX). */
  code: string;
  issuer: { id: string; name: string; url?: string; email?: string };
  achievement: { id: string; name: string; description: string; criteria: string };
  /** Verification page base; the credential id is <verifyBase><code> (a path base gets a `/`, a `…?code=` base none). */
  verifyBase: string;
  /** ISO end of validity, e.g. the end of the next year; omitted means no expiry. */
  validUntil?: string;
}

/** An Open Badges 3.0 OpenBadgeCredential (unsigned: no `proof`). */
export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  issuer: { id: string; type: ['Profile']; name: string; url?: string; email?: string };
  name: string;
  description: string;
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    type: ['AchievementSubject'];
    identifier: { type: 'IdentityObject'; identityHash: string; identityType: 'name'; hashed: false }[];
    creditsEarned: number;
    achievement: {
      id: string;
      type: ['Achievement'];
      achievementType: 'Certificate';
      name: string;
      description: string;
      criteria: { narrative: string };
      inLanguage: 'zh-CN';
    };
  };
}

/** JSON-LD contexts of an OB 3.0 credential, in the required order. */
export const OPEN_BADGE_CONTEXTS = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const;

/**
 * The certificate as an Open Badges 3.0 OpenBadgeCredential (VC Data Model 2.0): issuer
 * Profile, AchievementSubject naming the learner (plain name, as printed on the certificate)
 * with creditsEarned = 学时, achievement with criteria, validFrom = issue time. It is NOT signed:
 * trust comes from the verification page at its id; adding a DataIntegrityProof or a VC-JWT is
 * the issuing server's job.
 */
export function toOpenBadgeCredential(input: OpenBadgeInput): OpenBadgeCredential {
  const { certificate: c, issuer, achievement } = input;
  // A query base (`…/verify/?code=`) takes the code as is; adding a slash made `?code=/PF26-…`.
  const base = /[/=]$/.test(input.verifyBase) ? input.verifyBase : `${input.verifyBase}/`;
  return {
    '@context': [...OPEN_BADGE_CONTEXTS],
    id: `${base}${encodeURIComponent(input.code)}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {
      id: issuer.id,
      type: ['Profile'],
      name: issuer.name,
      ...(issuer.url ? { url: issuer.url } : {}),
      ...(issuer.email ? { email: issuer.email } : {}),
    },
    name: achievement.name,
    description: achievement.description,
    validFrom: c.issuedAt,
    ...(input.validUntil ? { validUntil: input.validUntil } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: c.learnerName, identityType: 'name', hashed: false }],
      creditsEarned: c.hours,
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteria },
        inLanguage: 'zh-CN',
      },
    },
  };
}

/** What the annual certificate attests, in the badge and on its public achievement page. */
export const ACHIEVEMENT_TEXT = {
  description: '完成年度学法学时并通过年度学法考试',
  criteria: '按规定修满年度学时，年度学法考试成绩达到及格分',
} as const;

/** Public page describing an achievement (one static page per audience; the year as a query). */
export const achievementPath = (audience: string, year: number): string => `/certificate/achievement/${encodeURIComponent(audience)}/?year=${year}`;
