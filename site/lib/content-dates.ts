import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../cms/paths';

let cached: Map<string, string> | undefined;

/** Last commit time per file under content/ (one `git log`), or undefined outside a git checkout. */
function committedDates(): Map<string, string> {
  if (cached) return cached;
  cached = new Map();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], { cwd: ROOT_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    for (const commit of log.split('\0').slice(1)) {
      const [date, ...files] = commit.trim().split('\n');
      // Newest commits come first: keep the first date seen per file.
      for (const file of files) if (file && !cached.has(file)) cached.set(file, date!);
    }
  } catch {
    // Not a git checkout (e.g. an unpacked release): file times below.
  }
  return cached;
}

/** When a content file last changed: its last commit, else (uncommitted or no git) its modification time. */
export function contentDate(file: string): string {
  const relative = path.relative(ROOT_DIR, path.resolve(ROOT_DIR, file)).split(path.sep).join('/');
  return committedDates().get(relative) ?? statSync(path.join(ROOT_DIR, relative)).mtime.toISOString();
}
