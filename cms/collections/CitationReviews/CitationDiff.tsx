'use client';
/**
 * The changed article beside the citation: deleted text struck through (<del>), new text
 * underlined (<ins>), in the list of flags and on each flag's page.
 */
import { useFormFields } from '@payloadcms/ui';
import type { DiffPart } from '../../../core/citations/stale';

const INS = { background: '#d7f5dd', textDecoration: 'underline' } as const;
const DEL = { background: '#fbdada', textDecoration: 'line-through' } as const;

function Diff({ parts, short }: { parts: DiffPart[] | null | undefined; short?: boolean }) {
  if (!Array.isArray(parts) || !parts.length) return <span className="pufa-diff">（条文未变，仅条号变更）</span>;
  // In the list, only the edits and a little context: whole articles would crowd the table.
  const shown = short ? parts.map((p) => (p.op === 'equal' && p.text.length > 24 ? { ...p, text: `${p.text.slice(0, 10)}…${p.text.slice(-10)}` } : p)) : parts;
  return (
    <span className="pufa-diff" style={{ whiteSpace: short ? 'normal' : 'pre-wrap', lineHeight: 1.7 }}>
      {shown.map((p, i) =>
        p.op === 'insert' ? <ins key={i} style={INS}>{p.text}</ins> : p.op === 'delete' ? <del key={i} style={DEL}>{p.text}</del> : <span key={i}>{p.text}</span>,
      )}
    </span>
  );
}

/** List-view cell of the `diff` field. */
export function DiffCell({ cellData }: { cellData?: DiffPart[] | null }) {
  return <Diff parts={cellData} short />;
}

/** Edit-view field: the whole article's diff. */
export function DiffField() {
  const parts = useFormFields(([fields]) => fields.diff?.value) as DiffPart[] | undefined;
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <label className="field-label">条文对照（删除的文字划线，新增的文字加下划线）</label>
      <div style={{ padding: '0.75rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
        <Diff parts={parts} />
      </div>
    </div>
  );
}
