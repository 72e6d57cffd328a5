/**
 * The admin's JSON and code fields loaded the Monaco editor from
 * cdn.jsdelivr.net (nothing on an intranet; a third party told who edits). It is now served by
 * this server from node_modules/monaco-editor (cms/server/serve.ts, cms/next.config.mjs). A
 * browser opens an admin page with a JSON field and fails on any request leaving this origin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../cms/seed/users';
import { launchBrowser, logInToAdmin } from '../../browser/browser';
import { staffToken } from './other-origin';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('admin without the internet', () => {
  it('shows a learning record’s JSON statement in Monaco with every request to this server', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const foreign: string[] = [];
    context.on('request', (r) => {
      requests.push(r.url());
      if (!r.url().startsWith(`${base}/`) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
    });
    const page = await context.newPage();
    await logInToAdmin(page, base, 'admin@pufa.local');

    const token = await staffToken(base, 'admin@pufa.local', DEMO_PASSWORD);
    const records = (await (await fetch(`${base}/api/learning-records?limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as {
      docs: { id: number; statementId: string }[];
    };
    const record = records.docs[0]!;
    await page.goto(`${base}/admin/collections/learning-records/${record.id}`);
    const editor = page.locator('.monaco-editor .view-lines').first();
    await editor.waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await expect(editor.innerText()).resolves.toContain(record.statementId.slice(0, 8));

    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.startsWith(`${base}/vendor/monaco/vs/`))).toBe(true);
    await context.close();
  });

  it('serves Monaco’s files with long caching and refuses paths outside them', async () => {
    const loader = await fetch(`${base}/vendor/monaco/vs/loader.js`);
    expect(loader.status).toBe(200);
    expect(loader.headers.get('cache-control')).toContain('max-age');
    expect((await fetch(`${base}/vendor/monaco/../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/vendor/monaco/vs/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });
});
