'use client';
/**
 * Above the responsibility-list table: import a list from an .xlsx or .csv file in the template
 * agencies already use. The server validates every row; nothing is stored unless all rows pass.
 */
import { type FormEvent, useState } from 'react';

interface RowError {
  row: number;
  column?: string;
  message: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; id: number | string; items: number }
  | { kind: 'failed'; message: string; errors: RowError[] };

export function ImportListForm() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const year = new Date().getFullYear();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState({ kind: 'busy' });
    const form = new FormData(event.currentTarget);
    // Payload reads a multipart request's fields from one JSON part named _payload.
    const upload = new FormData();
    upload.set('file', form.get('file') as Blob);
    upload.set('_payload', JSON.stringify({ year: Number(form.get('year')) }));
    const res = await fetch('/api/responsibility-lists/import', { method: 'POST', body: upload, credentials: 'include' });
    // A refusal is Payload's APIError reply: { errors: [{ message, data: { errors: RowError[] } }] }.
    const body = (await res.json().catch(() => ({}))) as { id?: number; items?: number; errors?: { message?: string; data?: { errors?: RowError[] } }[] };
    const refusal = body.errors?.[0];
    if (res.ok && body.id !== undefined) setState({ kind: 'done', id: body.id, items: body.items ?? 0 });
    else setState({ kind: 'failed', message: refusal?.message ?? `导入失败（${res.status}）`, errors: refusal?.data?.errors ?? [] });
  }

  return (
    <form onSubmit={submit} className="pufa-import" aria-label="从表格导入责任清单">
      <strong>从表格导入责任清单</strong>
      <label>
        年度 <input name="year" type="number" defaultValue={year} min={2000} max={2100} required />
      </label>
      <label>
        文件（.xlsx 或 .csv）
        <input name="file" type="file" accept=".xlsx,.csv,text/csv" required />
      </label>
      <button type="submit" className="btn btn--style-primary btn--size-small" disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? '导入中…' : '导入'}
      </button>
      <a href="/api/responsibility-lists/import-template">下载模板</a>
      {state.kind === 'done' && (
        <p role="status">
          已导入 {state.items} 条事项，<a href={`/admin/collections/responsibility-lists/${state.id}`}>打开清单</a>
        </p>
      )}
      {state.kind === 'failed' && (
        <div role="alert" className="pufa-import__errors">
          <p>{state.message}（未导入任何数据）</p>
          {state.errors.length > 0 && (
            <table>
              <thead>
                <tr><th>行</th><th>列</th><th>问题</th></tr>
              </thead>
              <tbody>
                {state.errors.map((e, i) => (
                  <tr key={i}><td>{e.row}</td><td>{e.column ?? ''}</td><td>{e.message}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      <style>{`.pufa-import{display:flex;flex-wrap:wrap;gap:.75rem 1.25rem;align-items:center;padding:1rem;margin:0 0 1rem;border:1px solid var(--theme-elevation-150);border-radius:6px}.pufa-import__errors{flex-basis:100%;color:var(--theme-error-500)}.pufa-import__errors td,.pufa-import__errors th{padding:.2rem .6rem;text-align:left}`}</style>
    </form>
  );
}
