/** Reading an Astro build's output: colours removed, the reason of a failure picked out. */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The text without terminal colour codes. */
export const withoutColours = (log: string): string => log.replace(ANSI, '');

/**
 * Why a build failed, from its output: the error's message lines up to the stack trace (a
 * citation naming a missing article names the file and the article there), after Astro's
 * `[ERROR]` or `[ErrorName]` headline when there is one; else the last line of output.
 */
export function failureReason(log: string): string {
  const lines = withoutColours(log)
    .split('\n')
    .map((l) => l.replace(/^\d{2}:\d{2}:\d{2}\s+/, '').trim())
    .filter(Boolean);
  const isTrace = (l: string) => /^(at |Location:|Stack trace:|Error reference:|Hint:|https?:|Node\.js v)/.test(l);
  let start = lines.findIndex((l) => /^\[ERROR\]|^\[[A-Z][A-Za-z]+\]|^\w*Error:/.test(l));
  if (start < 0) {
    // No headline: the message is what stands between the last log line ("[xyz] …") and the trace.
    const trace = lines.findIndex(isTrace);
    if (trace < 0) return (lines.at(-1) ?? '构建失败').slice(0, 500);
    start = trace;
    while (start > 0 && !/^\[[a-z-]+\]|^▶|^[├└]/.test(lines[start - 1]!)) start -= 1;
  }
  const end = lines.findIndex((l, i) => i > start && isTrace(l));
  const picked = lines.slice(start, end < 0 ? start + 6 : Math.min(end, start + 6));
  return picked.join(' ').replace(/\[ERROR\]\s*(\[[^\]]+\]\s*)?/, '').slice(0, 500) || '构建失败';
}
