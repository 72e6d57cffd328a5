/**
 * Which corpus files a demo needs: the laws its content cites, each in its current version and in
 * any version a citation is pinned to. Pure: callers read the content and the corpus.
 */

/** One citation's law, and the version it is pinned to (YYYY-MM-DD) when it names one. */
export interface LawRef {
  law: string;
  version?: string;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}=(?:"([^"]+)"|'([^']+)'|\\{\\s*["']([^"']+)["']\\s*\\})`).exec(tag)?.slice(1).find((v) => v !== undefined)?.trim();

/** Laws named by `<Cite law="…" version="…" …>` in a lesson's MDX source. */
export function citedInMdx(source: string): LawRef[] {
  return [...source.matchAll(/<Cite\b[^>]*>/g)].flatMap(([tag]) => {
    const law = attr(tag, 'law');
    const version = attr(tag, 'version');
    return law ? [{ law, ...(version ? { version } : {}) }] : [];
  });
}

/** Laws named by every `cite: { law, version? }` anywhere in a parsed quiz or exam-bank file. */
export function citedInYaml(doc: unknown): LawRef[] {
  const found: LawRef[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const cite = key === 'cite' && value && typeof value === 'object' ? (value as { law?: unknown; version?: unknown }) : undefined;
        if (typeof cite?.law !== 'string') {
          walk(value);
          continue;
        }
        // YAML reads an unquoted 2021-06-10 as a Date.
        const v = cite.version instanceof Date ? cite.version.toISOString().slice(0, 10) : cite.version;
        found.push({ law: cite.law.trim(), ...(typeof v === 'string' && v ? { version: v } : {}) });
      }
    }
  };
  walk(doc);
  return found;
}

/** One corpus file as the chooser needs it (from parseCorpusPath and the parsed title's slug). */
export interface CorpusLawFile {
  path: string;
  slug: string;
  versionDate?: string;
}

/**
 * The files of each cited law: its current version — the latest dated file (one copy when the
 * corpus files a law under two folders), or, for a law with no dated file, all its undated files
 * (民法典's 编 files, 宪法) — plus the dated file of any version a citation is pinned to.
 * `missing` lists the laws the corpus does not hold.
 */
export function citedVersionFiles(files: readonly CorpusLawFile[], refs: Iterable<LawRef>): { paths: string[]; missing: string[] } {
  const bySlug = new Map<string, CorpusLawFile[]>();
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) bySlug.set(f.slug, [...(bySlug.get(f.slug) ?? []), f]);
  const paths = new Set<string>();
  const missing = new Set<string>();
  for (const { law, version } of refs) {
    const own = bySlug.get(law) ?? [];
    const dated = own.filter((f) => f.versionDate !== undefined);
    if (own.length === 0) missing.add(law);
    else if (dated.length === 0) own.forEach((f) => paths.add(f.path));
    else paths.add(dated.reduce((a, b) => ((b.versionDate ?? '') > (a.versionDate ?? '') ? b : a)).path);
    const pinned = version === undefined ? undefined : dated.find((f) => f.versionDate === version);
    if (pinned) paths.add(pinned.path);
  }
  return { paths: [...paths].sort(), missing: [...missing].sort() };
}
