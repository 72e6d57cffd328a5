'use client';
/**
 * On one's own staff account: the current password, sent with the save as `currentPassword`.
 * The server requires it to change one's own password or e-mail (an admin changing someone
 * else's account does not need it); it is never stored.
 */
import { useAuth, useDocumentInfo, useField } from '@payloadcms/ui';

export function CurrentPasswordField() {
  const { id, collectionSlug } = useDocumentInfo();
  const { user } = useAuth();
  const { value, setValue } = useField<string>({ path: 'currentPassword' });
  if (!id || !user || collectionSlug !== 'users' || String(user.id) !== String(id)) return null;
  return (
    <div className="field-type text" style={{ marginBottom: '1.5rem' }}>
      <label className="field-label" htmlFor="field-currentPassword">
        当前密码（修改本人密码或邮箱时必填）
      </label>
      <input
        id="field-currentPassword"
        type="password"
        autoComplete="current-password"
        value={value ?? ''}
        onChange={(e) => setValue(e.target.value)}
      />
    </div>
  );
}
