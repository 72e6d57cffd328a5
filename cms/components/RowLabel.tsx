'use client';
/**
 * A Chinese label for an array row built from the row's own text, e.g. "第1项：宪法宣传周",
 * instead of Payload's "Item 01". Configured per array field with `clientProps` (a RowLabelSpec:
 * the counting word and the text fields that make up the summary).
 */
import { useRowLabel } from '@payloadcms/ui';
import { rowLabelText, type RowLabelSpec } from '../../core/admin/row-label';

export function RowLabel(spec: RowLabelSpec) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>();
  return <span>{rowLabelText(rowNumber ?? 0, data ?? {}, spec)}</span>;
}
