/**
 * A certificate as the office issues it, in the browser: the seeded learner's /certificate/ page
 * shows the authority, serial, unit and a seal whose glyphs render; it prints as one A4 page; the
 * signed credential downloads; pasted into /verify/ it is 有效, tampered 无效, and after an admin
 * revokes the certificate 已撤销 with the reason — for the credential and the code alike.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { base64url } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_LEARNERS } from '../../cms/seed/learners';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import { launchBrowser, screenshot } from './browser';

const base = inject('baseURL');
let browser: Browser;
let page: Page;
let code = '';
let jwt = '';
let adminToken = '';
const SHOTS = path.resolve('test-results/screenshots');

/** A certificate from the seed, preferring one that other tests do not read (the first demo learner's). */
async function seededCertificate(): Promise<{ id: number; code: string; email: string }> {
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@pufa.local', password: DEMO_PASSWORD }) });
  adminToken = ((await login.json()) as { token: string }).token;
  const list = (await (await fetch(`${base}/api/certificates?depth=1&limit=50`, { headers: { Authorization: `JWT ${adminToken}` } })).json()) as {
    docs: { id: number; code: string; learner: { email: string } }[];
  };
  const docs = list.docs.map((d) => ({ id: d.id, code: d.code, email: d.learner.email }));
  // Only a seeded learner's password is known; other tests issue certificates to learners of their own.
  const seeded = docs.filter((d) => DEMO_LEARNERS.some((l) => l.email === d.email));
  return seeded.find((d) => !d.email.startsWith('wangjg@')) ?? seeded[0]!;
}

async function verifyPasted(p: Page, text: string): Promise<string> {
  await p.goto(`${base}/verify/`);
  await p.getByLabel('电子凭证').fill(text);
  await p.getByRole('button', { name: '核验签名' }).click();
  await p.locator('#verify-verdict').waitFor();
  // The verdict sits below the forms: bring it into the screenshot.
  await p.locator('#verify-result').scrollIntoViewIfNeeded();
  return p.locator('#verify-result').innerText();
}

beforeAll(async () => {
  browser = await launchBrowser();
  const cert = await seededCertificate();
  code = cert.code;
  const context = await browser.newContext({ viewport: { width: 412, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  page = await context.newPage();
  const login = await page.request.post(`${base}/api/learners/login`, { data: { email: cert.email, password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
});
afterAll(async () => browser?.close());

describe('certificate as the office issues it', () => {
  it('shows the authority, serial, unit and the seal on /certificate/, at 412 px and as one A4 page', async () => {
    await page.goto(`${base}/certificate/`);
    await page.locator('#cert-facts dd').first().waitFor();
    expect((await page.locator('#cert-code').innerText()).trim()).toBe(code);
    expect(await page.locator('#cert-serial').innerText()).toMatch(/^泉普证〔\d{4}〕第\d{6}号$/);
    expect(await page.locator('#cert-issuer-name').innerText()).toBe('泉城市全面依法治市委员会办公室');
    expect(await page.locator('#cert-text').innerText()).toMatch(/兹证明 .+（泉城市.+）/);
    // The seal's name is laid out along its arc with real glyph advances (not zero-width boxes).
    const arc = await page.locator('#cert-seal textPath').evaluate((el) => ({ text: el.textContent, width: (el as SVGTextContentElement).getComputedTextLength() }));
    expect(arc.text).toBe('泉城市全面依法治市委员会办公室');
    expect(arc.width).toBeGreaterThan(150);
    await expect(page.getByRole('button', { name: '打印 / 保存为 PDF' }).isVisible()).resolves.toBe(true);
    await page.locator('.cert-sheet').scrollIntoViewIfNeeded();
    await screenshot(page, 'certificate-412');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('#cert-print').isVisible()).toBe(false);
    mkdirSync(SHOTS, { recursive: true });
    // Still emulating print: page.pdf would lay out the screen styles after emulateMedia('screen').
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: null });
    writeFileSync(path.join(SHOTS, 'certificate-a4.pdf'), pdf);
    // One page object in the PDF: the sheet fits one A4 page.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  });

  it('downloads the signed credential (EdDSA VC-JWT, kid on the published key list)', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cert-credential').click()]);
    jwt = readFileSync((await download.path())!, 'utf8').trim();
    const header = JSON.parse(new TextDecoder().decode(base64url.decode(jwt.split('.')[0]!))) as { alg: string; kid: string };
    expect(header.alg).toBe('EdDSA');
    const jwks = (await (await fetch(`${base}/api/certificates/keys`)).json()) as { keys: { kid: string; d?: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toContain(header.kid);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
  });

  it('verifies the pasted credential: 有效; tampered: 无效; revoked by an admin: 已撤销 for credential and code', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 900 }, locale: 'zh-CN' });
    const fresh = await context.newPage();
    expect(await verifyPasted(fresh, jwt)).toContain('有效');
    await screenshot(fresh, 'verify-credential-valid');
    // The same credential as an uploaded file (read in the page, sent as text).
    await fresh.goto(`${base}/verify/`);
    await fresh.locator('#verify-file').setInputFiles({ name: 'pufa-credential.jwt', mimeType: 'application/jwt', buffer: Buffer.from(jwt) });
    expect(await fresh.locator('#verify-file-name').innerText()).toBe('pufa-credential.jwt');
    await fresh.getByRole('button', { name: '核验签名' }).click();
    await fresh.locator('#verify-verdict').waitFor();
    expect(await fresh.locator('#verify-result').innerText()).toContain('✔ 有效');

    const [h, p, s] = jwt.split('.');
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(p!))) as { vc: { credentialSubject: { creditsEarned: number } } };
    claims.vc.credentialSubject.creditsEarned += 100;
    const tampered = [h, base64url.encode(JSON.stringify(claims)), s].join('.');
    const bad = await verifyPasted(fresh, JSON.stringify({ jwt: tampered }));
    expect(bad).toContain('无效');
    expect(bad).toContain('签名无效');

    const cert = (await (await fetch(`${base}/api/certificates?where[code][equals]=${code}`, { headers: { Authorization: `JWT ${adminToken}` } })).json()) as { docs: { id: number }[] };
    const revoke = await fetch(`${base}/api/certificates/${cert.docs[0]!.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` },
      body: JSON.stringify({ revocationReason: '学时记录经核查不实' }),
    });
    expect(revoke.status).toBe(200);
    const revoked = await verifyPasted(fresh, jwt);
    expect(revoked).toContain('已撤销');
    expect(revoked).toContain('学时记录经核查不实');
    await screenshot(fresh, 'verify-credential-revoked');
    await fresh.goto(`${base}/verify/?code=${code}`);
    await fresh.locator('#verify-verdict').waitFor();
    expect(await fresh.locator('#verify-result').innerText()).toContain('已撤销');
    await context.close();
  });
});
