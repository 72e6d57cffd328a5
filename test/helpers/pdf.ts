/** Opening a PDF in tests with poppler-utils: its text (pdftotext) and page 1 as PNG (pdftoppm). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/** The PDF's text in reading order (layout kept). */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
}

/** The words of page 1 with their horizontal extent in points (pdftotext -bbox). */
export function pdfWords(pdf: Uint8Array): { text: string; xMin: number; xMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', '-', '-'], { input: pdf }).toString('utf8');
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    text: m[3]!, xMin: Number(m[1]), xMax: Number(m[2]),
  }));
}

/** Number of pages pdfinfo reports. */
export function pdfPages(pdf: Uint8Array): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8'))?.[1] ?? 0);
}

/** Page 1 rendered at `dpi` as PNG; copied to `keepAs` (a path) when given, to look at. */
export function pdfPagePng(pdf: Uint8Array, dpi = 60, keepAs?: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'pufa-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-png', '-singlefile', join(dir, 'in.pdf'), join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page.png'));
    if (keepAs) writeFileSync(keepAs, png);
    return png;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Share of pixels (0–1) darker than light grey: 0 for a blank page. */
export async function inkRatio(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (const v of data) if (v < 160) dark += 1;
  return dark / (info.width * info.height);
}
