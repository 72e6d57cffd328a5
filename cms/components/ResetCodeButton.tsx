'use client';
/**
 * In the sidebar of a learner (or, for admins, a staff account): issue a one-time password-reset
 * code. The server decides who may (admins; a unit editor for their own unit's learners) and
 * stores only a hash; the code is shown here once, for the staff member to pass on in person or
 * by phone. The learner enters it on the site's /account/ page with a new password.
 */
import { useAuth, useDocumentInfo } from '@payloadcms/ui';
import { useState } from 'react';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'issued'; code: string; expiresAt: string; message: string } | { kind: 'failed'; message: string };

const timeText = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });

export function ResetCodeButton() {
  const { id, collectionSlug } = useDocumentInfo();
  const { user } = useAuth<{ role?: string }>();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const mayTry = user?.role === 'admin' || (collectionSlug === 'learners' && user?.role === 'agency-editor');
  if (!id || !collectionSlug || !mayTry) return null;

  async function issue() {
    if (!window.confirm('签发新的一次性重置码？之前签发的重置码将失效。')) return;
    setState({ kind: 'busy' });
    const res = await fetch(`/api/${collectionSlug}/${id}/reset-code`, { method: 'POST', credentials: 'include', headers: { Accept: 'application/json' } });
    const body = (await res.json().catch(() => ({}))) as { code?: string; expiresAt?: string; message?: string; errors?: { message?: string }[] };
    if (res.ok && body.code && body.expiresAt) setState({ kind: 'issued', code: body.code, expiresAt: body.expiresAt, message: body.message ?? '' });
    else setState({ kind: 'failed', message: body.errors?.[0]?.message ?? body.message ?? `签发失败（${res.status}）` });
  }

  return (
    <div className="pufa-reset-code" style={{ marginBottom: '1.5rem' }}>
      <strong>重置密码</strong>
      <p style={{ margin: '0.3rem 0' }}>为本人签发一次性重置码，由本人在网站“学员登录”页输入并设置新密码。</p>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void issue()} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? '签发中…' : '签发一次性重置码'}
      </button>
      {state.kind === 'issued' && (
        <div role="status">
          <p style={{ fontSize: '1.4rem', fontFamily: 'monospace', letterSpacing: '0.1em', margin: '0.5rem 0' }} data-testid="reset-code">
            {state.code}
          </p>
          <p>有效至 {timeText(state.expiresAt)}。{state.message}</p>
        </div>
      )}
      {state.kind === 'failed' && <p role="alert">{state.message}</p>}
    </div>
  );
}
