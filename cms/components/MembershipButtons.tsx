'use client';
/**
 * In the sidebar of a learner who asked to join a unit without an invitation code: the unit's
 * editor (or an admin) confirms them — only then do their hours and exam count in the unit's
 * statistics — or turns them away. The server decides who may (POST /api/learners/:id/membership).
 */
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui';
import { useState } from 'react';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

export function MembershipButtons() {
  const { id } = useDocumentInfo();
  const { user } = useAuth<{ role?: string }>();
  const membership = useFormFields(([fields]) => fields.membership?.value as string | null | undefined);
  const unit = useFormFields(([fields]) => fields.unit?.value);
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (!id || !unit || (user?.role !== 'admin' && user?.role !== 'agency-editor')) return null;

  async function decide(action: 'confirm' | 'reject') {
    if (action === 'reject' && !window.confirm('拒绝该学员加入本单位？其单位将被清空，学员可以用邀请码重新加入。')) return;
    setState({ kind: 'busy' });
    const res = await fetch(`/api/learners/${id}/membership`, {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ action }),
    });
    const body = (await res.json().catch(() => ({}))) as { message?: string; errors?: { message?: string }[] };
    if (res.ok) setState({ kind: 'done', message: `${body.message ?? '已保存'}（刷新页面后显示新状态）` });
    else setState({ kind: 'failed', message: body.errors?.[0]?.message ?? `操作失败（${res.status}）` });
  }

  return (
    <div className="pufa-membership" style={{ marginBottom: '1.5rem' }}>
      <strong>单位成员</strong>
      <p style={{ margin: '0.3rem 0' }}>
        {membership === 'confirmed' ? '已确认为本单位成员，计入单位统计。' : '该学员申请加入本单位，尚未确认，不计入单位统计。'}
      </p>
      {membership !== 'confirmed' && (
        <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void decide('confirm')} disabled={state.kind === 'busy'}>
          确认为本单位成员
        </button>
      )}{' '}
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void decide('reject')} disabled={state.kind === 'busy'}>
        {membership === 'confirmed' ? '移出本单位' : '拒绝加入'}
      </button>
      {state.kind === 'done' && <p role="status">{state.message}</p>}
      {state.kind === 'failed' && <p role="alert">{state.message}</p>}
    </div>
  );
}
