/**
 * A newcomer's clone: the repository at HEAD cloned alone into a temporary folder (no
 * ../shared beside it, PUFA_CORPUS_DIR unset, node_modules hard-linked), then the seed step of
 * `npm start`. It must succeed, say in Chinese how to get the full corpus, and import every demo
 * law from the repository's content/laws.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';

const run = (cwd: string, env: Record<string, string | undefined>) =>
  new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    // Through npm, as the README says: the repository's .npmrc sets the Node condition that keeps
    // Lexical's top-level awaits from deadlocking under tsx (exit 13 when started without it).
    const child = spawn('npm', ['run', 'seed'], { cwd, env: env as NodeJS.ProcessEnv });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });

describe.skipIf(process.env.DATABASE_URI?.startsWith('mongodb'))('a clone without ../shared', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pufa-clone-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('seeds the demo from the repository alone and says how to get the full corpus', async () => {
    const clone = path.join(root, 'pufa');
    execFileSync('git', ['clone', '--quiet', '--no-local', process.cwd(), clone]);
    execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(clone, 'node_modules')]);
    expect(existsSync(path.join(root, 'shared'))).toBe(false);

    // As a newcomer runs it: none of this suite's settings (its DATABASE_URI, PUFA_DATA_DIR …).
    const { code, output } = await run(clone, { PATH: process.env.PATH, HOME: process.env.HOME });
    expect(output).not.toMatch(/ENOENT|\n\s+at /);
    expect(code, output.slice(-2000)).toBe(0);
    expect(output).toContain('未找到完整的法律语料库');
    expect(output).toContain('PUFA_CORPUS_DIR');
    expect(output).toContain('https://github.com/LawRefBook/Laws');

    const manifest = JSON.parse(readFileSync(path.join(clone, 'content', 'laws', 'manifest.json'), 'utf8')) as { citedBy: Record<string, string[]> };
    const db = createClient({ url: `file:${path.join(clone, 'data', 'pufa.db')}` });
    const slugs = (await db.execute('select slug from laws')).rows.map((r) => String(r.slug));
    db.close();
    expect(slugs).toEqual(expect.arrayContaining([...Object.keys(manifest.citedBy), '公司法', '食品安全法', '道路交通安全法']));
  }, 240_000);
});
