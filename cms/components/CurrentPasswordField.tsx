'use client';
/**
 * On one's own staff account: the current password, sent with the save as `currentPassword`.
 * The server requires it to change one's own password or e-mail (an admin changing someone
 * else's account does not need it); it is never stored.
 */
import { useAuth, useDocumentInfo, useField } from '@payloadcms/ui';

const alwaysValid = () => true as const;

export function CurrentPasswordField() {
  const { id, collectionSlug } = useDocumentInfo();
  const { user } = useAuth();
  // Always valid in the browser (the server decides); re-validating on input clears a server error.
  const { value, setValue, showError, errorMessage } = useField<string>({ path: 'currentPassword', validate: alwaysValid });
  if (!id || !user || collectionSlug !== 'users' || String(user.id) !== String(id)) return null;
  return (
    <div className={`field-type text${showError ? ' error' : ''}`} style={{ marginBottom: '1.5rem' }}>
      <label className="field-label" htmlFor="field-currentPassword">
        当前密码（修改本人密码或邮箱时必填）
      </label>
      <input
        id="field-currentPassword"
        type="password"
        autoComplete="current-password"
        value={value ?? ''}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={showError || undefined}
        aria-describedby={showError ? 'field-currentPassword-error' : undefined}
      />
      {showError && errorMessage && (
        <p id="field-currentPassword-error" role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.3rem 0 0' }}>
          {errorMessage}
        </p>
      )}
    </div>
  );
}
