'use client';
/**
 * In the admin's header, on every view (dashboard and edit views alike): when the public site
 * will show the latest change, when it last did, or why the last build failed (the previous
 * version stays public). Admins get "立即重新发布". Reads GET /api/site-builds/status.
 */
import { useAuth } from '@payloadcms/ui';
import { useCallback, useEffect, useState } from 'react';
import type { PublishStatusReply } from '../publish/endpoints';

const PENDING_POLL_MS = 2_000;
const IDLE_POLL_MS = 10_000;

const timeText = (ms: number) => new Date(ms).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** The status sentence staff read. */
function sentence(reply: PublishStatusReply): string {
  switch (reply.kind) {
    case 'pending':
      return `公开页面将在约 ${reply.seconds} 秒后更新`;
    case 'updated':
      return `公开页面已于 ${timeText(reply.at)} 更新`;
    case 'failed':
      return `发布失败：${reply.reason}（仍显示上一版本）`;
    default:
      return '公开页面为本次启动时构建的版本';
  }
}

export function PublishStatus() {
  const { user } = useAuth<{ role?: string }>();
  const [reply, setReply] = useState<PublishStatusReply | null>(null);
  const [note, setNote] = useState('');
  // Only staff (the users collection) log in to the admin.
  const staff = !!user;

  const refresh = useCallback(async () => {
    const res = await fetch('/api/site-builds/status', { credentials: 'include', headers: { Accept: 'application/json' } }).catch(() => null);
    const body = res?.ok ? ((await res.json()) as PublishStatusReply) : null;
    setReply(body);
    return body;
  }, []);

  useEffect(() => {
    if (!staff) return;
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const tick = async () => {
      const body = await refresh();
      if (!stopped) timer = setTimeout(() => void tick(), body?.kind === 'pending' ? PENDING_POLL_MS : IDLE_POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [staff, refresh]);

  if (!staff || !reply?.enabled) return null;

  async function rebuild() {
    setNote('');
    const res = await fetch('/api/site-builds/rebuild', { method: 'POST', credentials: 'include', headers: { Accept: 'application/json' } });
    const body = (await res.json().catch(() => ({}))) as { message?: string; errors?: { message?: string }[] };
    setNote(res.ok ? '' : (body.errors?.[0]?.message ?? `重新发布失败（${res.status}）`));
    await refresh();
  }

  const failed = reply.kind === 'failed';
  const text = sentence(reply);
  // Long failure reasons are cut to one line here; the whole sentence is the tooltip, the details are in 站点发布记录.
  const line = { color: failed ? 'var(--theme-error-500)' : undefined, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
  const mayReadBuilds = user?.role === 'admin' || user?.role === 'reviewer';
  return (
    <div className="pufa-publish-status" style={{ display: 'flex', alignItems: 'center', gap: '0.6rem', fontSize: '0.85rem', minWidth: 0, maxWidth: '36rem' }}>
      <span role="status" data-testid="publish-status" title={text} style={{ ...line, minWidth: 0 }}>
        {mayReadBuilds ? <a href="/admin/collections/site-builds" style={{ color: 'inherit' }}>{text}</a> : text}
      </span>
      {user?.role === 'admin' && (
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0, flexShrink: 0 }} onClick={() => void rebuild()} disabled={reply.kind === 'pending'}>
          立即重新发布
        </button>
      )}
      {note && <span role="alert">{note}</span>}
    </div>
  );
}
