import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneBuilds, startPublishLoop } from '../../../cms/publish/controller';
import { publishRegistry } from '../../../cms/publish/registry';

const timing = { quietMs: 5, maxWaitMs: 50 };

afterEach(() => {
  publishRegistry().loop?.stop();
  publishRegistry().loop = undefined;
});

describe('publish controller', () => {
  it('switches only to a build that succeeded; a failed build’s folder is removed and the old site stays', async () => {
    const buildsDir = mkdtempSync(path.join(tmpdir(), 'pufa-builds-'));
    const served: string[] = [];
    let fail = false;
    const loop = startPublishLoop({
      buildsDir,
      timing,
      switchTo: (dir) => served.push(dir),
      build: async (dir) => {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, 'index.html'), 'ok');
        return fail ? { ok: false, reason: '引用不存在', log: '' } : { ok: true, pages: 1, log: '' };
      },
    });
    expect(publishRegistry().loop).toBe(loop);
    loop.change([{ collection: 'campaigns', id: 1, title: '活动' }]);
    await new Promise((r) => setTimeout(r, 20));
    await loop.idle();
    expect(served).toHaveLength(1);
    expect(existsSync(path.join(served[0]!, 'index.html'))).toBe(true);

    fail = true;
    loop.request('manual');
    await new Promise((r) => setTimeout(r, 20));
    await loop.idle();
    expect(served).toHaveLength(1);
    expect(readdirSync(buildsDir)).toEqual([path.basename(served[0]!)]);
    expect(loop.current.lastFailure?.reason).toBe('引用不存在');
  });

  it('keeps the newest three build folders and never deletes the one being served', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pufa-prune-'));
    const names = ['2026-11-30T01', '2026-11-30T02', '2026-11-30T03', '2026-11-30T04', '2026-11-30T05'];
    for (const n of names) mkdirSync(path.join(dir, n));
    expect(pruneBuilds(dir, path.join(dir, '2026-11-30T01'))).toEqual(['2026-11-30T02']);
    expect(readdirSync(dir).sort()).toEqual(['2026-11-30T01', '2026-11-30T03', '2026-11-30T04', '2026-11-30T05']);
  });
});
