/**
 * The rest of the corpus, imported after the server is up so that `npm start` stays quick: a
 * child process runs `import-laws.ts <corpus> --record` (its own SQLite connection; each law
 * version is one short transaction, and the server's writes wait on SQLite's busy timeout), and
 * admins follow it in 法规导入记录. Unchanged laws are skipped by content hash, so a run cut short
 * resumes on the next start. Off with PUFA_BACKGROUND_IMPORT=off, or when no corpus is found.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT_DIR } from '../paths';
import { publishRegistry, serverPayload } from '../publish/registry';
import { corpusDirOrNull } from './corpus-dir';

/** True unless PUFA_BACKGROUND_IMPORT=off. */
export const backgroundImportEnabled = (): boolean => process.env.PUFA_BACKGROUND_IMPORT !== 'off';

export interface BackgroundImportOptions {
  /** Called when the child ends; by default asks the publish loop (if running) for a site build. */
  onDone?: (code: number | null) => void | Promise<void>;
}

/** Rebuilds the public site when the run stored new or changed laws and this process runs a publish loop. */
async function publishImportedLaws(): Promise<void> {
  const { loop } = publishRegistry();
  if (!loop) return;
  // The server's own Payload (Next initialises it on the first admin or API request).
  const payload = await serverPayload();
  const run = (await payload.find({ collection: 'law-imports', sort: '-startedAt', limit: 1, depth: 0 })).docs[0];
  if (run && (run.created ?? 0) + (run.updated ?? 0) > 0) loop.change([{ collection: 'law-imports', id: run.id, title: '法律语料库后台导入' }]);
}

/** Starts the background import of the full corpus; null when disabled or without a corpus. */
export function startBackgroundLawImport({ onDone = publishImportedLaws }: BackgroundImportOptions = {}): ChildProcess | null {
  const dir = corpusDirOrNull();
  if (!backgroundImportEnabled() || !dir) return null;
  console.log(`后台导入完整法律语料库：${dir}（进度见管理后台“法规导入记录”；PUFA_BACKGROUND_IMPORT=off 可关闭）`);
  const child = spawn(path.join(ROOT_DIR, 'node_modules', '.bin', 'tsx'), ['cms/scripts/import-laws.ts', dir, '--record'], {
    cwd: ROOT_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  });
  child.on('exit', (code) => {
    Promise.resolve(onDone(code)).catch((error: unknown) => console.error('后台导入结束后的处理失败：', error));
  });
  return child;
}
