'use client';
/**
 * On one's own staff account: the current password, sent with the save as `currentPassword`.
 * The server requires it to change one's own password or e-mail (an admin changing someone
 * else's account does not need it); it is never stored.
 */
import { useAuth, useDocumentInfo, useForm, useFormFields } from '@payloadcms/ui';

const PATH = 'currentPassword';

export function CurrentPasswordField() {
  const { id, collectionSlug } = useDocumentInfo();
  const { user } = useAuth();
  const { setModified } = useForm();
  const field = useFormFields(([fields]) => fields[PATH]);
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields);
  if (!id || !user || collectionSlug !== 'users' || String(user.id) !== String(id)) return null;
  const error = field?.valid === false ? field.errorMessage : undefined;
  return (
    <div className={`field-type text${error ? ' error' : ''}`} style={{ marginBottom: '1.5rem' }}>
      <label className="field-label" htmlFor="field-currentPassword">
        当前密码（修改本人密码或邮箱时必填）
      </label>
      <input
        id="field-currentPassword"
        type="password"
        autoComplete="current-password"
        value={typeof field?.value === 'string' ? field.value : ''}
        onChange={(e) => {
          // Typing clears a refusal from the last save: the server checks again on the next one.
          dispatch({ type: 'UPDATE', path: PATH, value: e.target.value, valid: true, errorMessage: undefined });
          setModified(true);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'field-currentPassword-error' : undefined}
      />
      {error && (
        <p id="field-currentPassword-error" role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.3rem 0 0' }}>
          {error}
        </p>
      )}
    </div>
  );
}
