/**
 * Where to send a visitor after login: only a path on this site. Browsers ignore tabs and
 * newlines inside URLs and treat `\` like `/`, so `/%09/evil.example` or `/\evil.example`
 * would leave the site; anything that is not a plain same-origin path gets the fallback.
 */
export function safeNextPath(raw: string | null | undefined, fallback = '/me/'): string {
  if (!raw || raw.length > 2048 || !isPlainPath(raw)) return fallback;
  try {
    const base = 'https://same-origin.invalid';
    const url = new URL(raw, base);
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Dot segments can collapse into `//` (`/.//evil.example`), so the result is checked again.
    return url.origin === base && isPlainPath(path) ? path : fallback;
  } catch {
    return fallback;
  }
}

/** One leading `/`, then no `/` or `\`; no backslash, whitespace or control character anywhere. */
const isPlainPath = (value: string): boolean =>
  value[0] === '/' && value[1] !== '/' && ![...value].some((ch) => ch === '\\' || /\s/u.test(ch) || isControl(ch.codePointAt(0)!));

/** C0 controls, DEL and C1 controls. */
const isControl = (code: number): boolean => code <= 0x1f || (code >= 0x7f && code <= 0x9f);
