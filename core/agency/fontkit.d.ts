// fontkit ships no types; this is the one call the report PDF writer makes (core/agency/report-pdf.ts).
declare module 'fontkit' {
  /** A parsed font; pdfkit takes it in place of a file (it checks for `layout`). */
  export interface Font {
    postscriptName: string;
    layout(text: string): unknown;
  }
  /** Parses a font file; for a collection (.ttc) `postscriptName` picks the face. */
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
