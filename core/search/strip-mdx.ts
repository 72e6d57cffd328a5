/**
 * Plain text of an MDX body for indexing: drops import/export lines, JSX tags (keeping the
 * text between paired tags), Markdown markup (headings, list markers, emphasis) and code
 * fences. <Cite law="X" article={N} /> becomes "《X》第N条" so a lesson is found by the
 * articles it cites.
 */
export function stripMdx(body: string): string {
  return body
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<Cite\s+law="([^"]+)"\s+article=\{(\d+)\}\s*\/>/g, '《$1》第$2条')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`>~|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
