'use client';
/**
 * In the sidebar of a responsibility list or report: the review workflow as buttons (提交审核,
 * 退回, 审核发布, 修订新版本…). The server lists the moves the signed-in user may make in the
 * record's current state (core's rules) and applies the one clicked; its refusal is shown as it
 * is. The status select is read-only, so no form can ask for a move the buttons do not offer.
 */
import { useDocumentInfo, useFormModified } from '@payloadcms/ui';
import { useCallback, useEffect, useState } from 'react';
import type { WorkflowActionsReply, WorkflowMove } from '../agency/workflow-endpoints';

type Phase = { kind: 'loading' } | { kind: 'ready' } | { kind: 'busy' } | { kind: 'failed'; message: string };

const messageOf = async (res: Response) => {
  const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] };
  return body.errors?.[0]?.message ?? `操作失败（${res.status}）`;
};

export function WorkflowActions() {
  const { id, collectionSlug } = useDocumentInfo();
  const modified = useFormModified();
  const [state, setState] = useState<WorkflowActionsReply | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const base = `/api/${collectionSlug}/${id}`;

  const load = useCallback(async () => {
    const res = await fetch(`${base}/actions`, { credentials: 'include', headers: { Accept: 'application/json' } });
    if (!res.ok) return setPhase({ kind: 'failed', message: await messageOf(res) });
    setState((await res.json()) as WorkflowActionsReply);
    setPhase({ kind: 'ready' });
  }, [base]);

  useEffect(() => {
    if (id) void load();
  }, [id, load]);

  if (!id || !collectionSlug) return null;

  async function act(move: WorkflowMove) {
    if (move.action === 'return' && !returning) return setReturning(true);
    setPhase({ kind: 'busy' });
    const revise = move.action === 'revise';
    const res = await fetch(revise ? `${base}/revise` : `${base}/transition`, {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(revise ? {} : { action: move.action, comment: reason }),
    });
    if (!res.ok) return setPhase({ kind: 'failed', message: await messageOf(res) });
    if (revise) {
      const created = (await res.json()) as { id: number | string };
      window.location.assign(`/admin/collections/${collectionSlug}/${created.id}`);
    } else {
      // The form holds the old status; reload so the next save starts from the new state.
      window.location.reload();
    }
  }

  const moves = state?.moves ?? [];
  return (
    <div className="pufa-workflow" style={{ marginBottom: '1.5rem' }} data-testid="workflow-actions">
      <strong>审核流程</strong>
      {state && <p style={{ margin: '0.3rem 0' }}>当前状态：{state.statusLabel}</p>}
      {state?.returnComment && <p style={{ margin: '0.3rem 0' }}>退回意见：{state.returnComment}</p>}
      {phase.kind === 'loading' && <p>正在读取可执行的操作…</p>}
      {state && moves.length === 0 && <p style={{ margin: '0.3rem 0' }}>当前没有您可以执行的审核操作。</p>}
      {modified && moves.length > 0 && <p role="note">请先保存修改，再进行审核操作。</p>}
      {returning && (
        <label style={{ display: 'block', margin: '0.5rem 0' }}>
          退回理由（必填）
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} style={{ width: '100%' }} />
        </label>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {moves.map((move) => (
          <button
            key={move.action}
            type="button"
            className={`btn btn--size-small ${move.action === 'publish' || move.action === 'submit' ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
            disabled={phase.kind === 'busy' || modified || (returning && move.action === 'return' && !reason.trim())}
            onClick={() => void act(move)}
          >
            {move.action === 'return' && returning ? '确认退回' : move.label}
          </button>
        ))}
        {returning && (
          <button type="button" className="btn btn--size-small btn--style-secondary" style={{ margin: 0 }} onClick={() => setReturning(false)}>
            取消
          </button>
        )}
      </div>
      {phase.kind === 'failed' && <p role="alert">{phase.message}</p>}
    </div>
  );
}
