/** Reading a .docx in tests: its parts through the zip's own directory, its paragraphs as text. */
import { inflateRawSync } from 'node:zlib';
import { entryData, readZipDirectory } from '../../core/archive/zip-directory';

/** The parts of a zip (name → text). Throws on a broken archive. */
export function zipParts(bytes: Uint8Array): Map<string, string> {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(dir.error);
  const parts = new Map<string, string>();
  for (const entry of dir.value) {
    const span = entryData(bytes, entry);
    if (!span.ok) throw new Error(span.error);
    const raw = bytes.subarray(span.value.start, span.value.end);
    parts.set(entry.name, (entry.method === 8 ? inflateRawSync(raw) : Buffer.from(raw)).toString('utf8'));
  }
  return parts;
}

/** One paragraph of word/document.xml: its style, list numbering id, text and bold/italic runs. */
export interface DocxParagraph {
  style: string;
  numId?: string;
  text: string;
  bold: string[];
  italic: string[];
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The paragraphs of a document.xml in order (table cells included). */
export function docxParagraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, p]) => {
    const runs = [...p!.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r]) => ({
      text: unescape([...r!.matchAll(/<w:t[^>]*>([\s\S]*?)<\/w:t>/g)].map((t) => t[1]).join('')),
      bold: /<w:b\/>/.test(r!),
      italic: /<w:i\/>/.test(r!),
    }));
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(p!)?.[1] ?? '',
      ...(/<w:numId w:val="(\d+)"/.exec(p!) ? { numId: /<w:numId w:val="(\d+)"/.exec(p!)![1] } : {}),
      text: runs.map((r) => r.text).join(''),
      bold: runs.filter((r) => r.bold).map((r) => r.text),
      italic: runs.filter((r) => r.italic).map((r) => r.text),
    };
  });
}
