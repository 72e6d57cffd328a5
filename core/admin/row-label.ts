/** How an admin array row is labelled: the counting word and the row fields that summarise it. */
export interface RowLabelSpec {
  /** Counting word after the number: 第1{noun}. */
  noun: string;
  /** Names of the row's fields shown after the number, joined by a space. */
  fields: string[];
  /** Words placed after a field's value, e.g. { count: '题' }. */
  suffixes?: Record<string, string>;
}

/**
 * A Chinese label for an array row from its own text, e.g. "第1项：宪法宣传周" (rowIndex is
 * 0-based). Empty and non-text values are skipped; with none left the label is just "第n项".
 */
export function rowLabelText(rowIndex: number, row: Record<string, unknown>, { noun, fields, suffixes = {} }: RowLabelSpec): string {
  const parts = fields.flatMap((name) => {
    const value = row[name];
    const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    return text ? [`${text}${suffixes[name] ?? ''}`] : [];
  });
  const head = `第${rowIndex + 1}${noun}`;
  return parts.length > 0 ? `${head}：${parts.join(' ')}` : head;
}
