/** The serial number printed on a certificate: 泉普证〔2026〕第000123号 (prefix from settings, sequential per year). */
export function certificateSerial(prefix: string, year: number, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`serial number must be a positive integer: ${n}`);
  return `${prefix}〔${year}〕第${String(n).padStart(6, '0')}号`;
}

/** The code a credential's id names (`…/verify/?code=PF26-…`), or null. */
export function codeInCredentialId(id: string): string | null {
  try {
    return new URL(id).searchParams.get('code');
  } catch {
    return null;
  }
}
