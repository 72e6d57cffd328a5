import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  certificateCode,
  certificateEligibility,
  normalizeCertificateCode,
  toOpenBadgeCredential,
  verifyCertificateCode,
  type CertificateFields,
} from '../../../core/learning/certificate';

const SECRET = 'test-secret-0123456789abcdef';
const fields: CertificateFields = {
  certificateId: 'cert-2026-000123',
  learnerId: 'learner-1',
  learnerName: '张三',
  audience: 'officials',
  year: 2026,
  examPercent: 85,
  hours: 40.5,
  issuedAt: '2026-11-20T10:00:00+08:00',
};
const code = certificateCode(fields, SECRET);

describe('certificate eligibility', () => {
  it('needs the exam passed AND the hours met, and says what is missing in Chinese', () => {
    expect(certificateEligibility({ examPassed: true, creditedHours: 40, requiredHours: 40 })).toEqual({ eligible: true, reasons: [] });
    expect(certificateEligibility({ examPassed: false, creditedHours: 37.5, requiredHours: 40 })).toEqual({
      eligible: false,
      reasons: ['年度学法考试尚未通过', '学时未达标：已修 37.5 学时，还差 2.5 学时'],
    });
    expect(certificateEligibility({ examPassed: true, creditedHours: 10, requiredHours: 40 }).eligible).toBe(false);
  });
});

describe('verification code', () => {
  it('looks like PF26-XXXX-XXXX in Crockford base32 and is stable', () => {
    expect(code).toMatch(/^PF26-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(certificateCode({ ...fields }, SECRET)).toBe(code);
    expect(CODE_ALPHABET).toHaveLength(32);
  });

  it('verifies the genuine code, also typed loosely', () => {
    expect(verifyCertificateCode(fields, code, SECRET)).toBe(true);
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    expect(verifyCertificateCode(fields, sloppy, SECRET)).toBe(true);
    expect(normalizeCertificateCode('pf26-0o1i-l000')).toBe('PF26-0011-1000');
  });

  it('fails when any single character of the code is changed', () => {
    const chars = code.replace(/-/g, '');
    for (let i = 4; i < chars.length; i++) {
      const other = CODE_ALPHABET[(CODE_ALPHABET.indexOf(chars[i]!) + 1) % 32]!;
      const forged = chars.slice(0, i) + other + chars.slice(i + 1);
      expect(verifyCertificateCode(fields, forged, SECRET)).toBe(false);
    }
    expect(verifyCertificateCode(fields, code.replace('PF26', 'PF25'), SECRET)).toBe(false);
  });

  it('fails when any certificate field is changed, or with another secret', () => {
    const changes: Partial<CertificateFields>[] = [
      { certificateId: 'cert-2026-000124' },
      { learnerName: '张四' },
      { learnerId: 'learner-2' },
      { audience: 'village' },
      { examPercent: 95 },
      { hours: 45 },
      { issuedAt: '2026-11-21T10:00:00+08:00' },
    ];
    for (const change of changes) expect(verifyCertificateCode({ ...fields, ...change }, code, SECRET)).toBe(false);
    expect(verifyCertificateCode(fields, code, 'another-secret-0123456789')).toBe(false);
    expect(certificateCode({ ...fields, year: 2027 }, SECRET)).toMatch(/^PF27-/);
  });

  it('rejects malformed input and refuses a short secret', () => {
    for (const bad of ['', 'PF26', 'PF26-XXXX', 'XX26-ABCD-EFGH', 'PF26-ABCD-EFGU', 'PF26-ABCD-EFGH-JKMN']) {
      expect(verifyCertificateCode(fields, bad, SECRET)).toBe(false);
    }
    expect(() => certificateCode(fields, 'short')).toThrow(/at least 16/);
  });
});

describe('Open Badges 3.0 credential', () => {
  const credential = toOpenBadgeCredential({
    certificate: fields,
    code,
    issuer: { id: 'https://pufa.example/issuer', name: '泉城市普法办', url: 'https://pufa.example' },
    achievement: {
      id: 'https://pufa.example/achievements/2026-officials',
      name: '2026年度国家工作人员学法考试合格',
      description: '完成年度学时并通过年度学法考试',
      criteria: '年度学时达到要求，且年度学法考试成绩不低于60分。',
    },
    verifyBase: 'https://pufa.example/verify',
  });

  it('has the VC 2.0 and OB 3.0 contexts, types, issuer Profile and validFrom', () => {
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toEqual({ id: 'https://pufa.example/issuer', type: ['Profile'], name: '泉城市普法办', url: 'https://pufa.example' });
    expect(credential.validFrom).toBe(fields.issuedAt);
    expect(credential).not.toHaveProperty('validUntil');
    expect(credential.id).toBe(`https://pufa.example/verify/${code}`);
  });

  it('has an AchievementSubject with the learner, the hours and an Achievement with criteria', () => {
    const subject = credential.credentialSubject;
    expect(subject.type).toEqual(['AchievementSubject']);
    expect(subject.identifier).toEqual([{ type: 'IdentityObject', identityHash: '张三', identityType: 'name', hashed: false }]);
    expect(subject.creditsEarned).toBe(40.5);
    expect(subject.achievement).toMatchObject({
      id: 'https://pufa.example/achievements/2026-officials',
      type: ['Achievement'],
      name: '2026年度国家工作人员学法考试合格',
      criteria: { narrative: '年度学时达到要求，且年度学法考试成绩不低于60分。' },
    });
  });

  it('is unsigned (no proof) and survives a JSON round trip unchanged', () => {
    expect(credential).not.toHaveProperty('proof');
    expect(JSON.parse(JSON.stringify(credential))).toEqual(credential);
  });
});
