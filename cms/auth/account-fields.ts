import type { Field } from 'payload';
import type { AuthSlug } from './password-reset';

/**
 * Admin-only UI on an account document (no stored data, so no migration): the one-time reset
 * code button, and on staff accounts the current-password input for one's own changes.
 */
export function accountSecurityFields(collection: AuthSlug): Field[] {
  const fields: Field[] = [
    { name: 'resetCodeButton', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/ResetCodeButton#ResetCodeButton' } } },
  ];
  if (collection === 'users') {
    fields.push({ name: 'currentPasswordInput', type: 'ui', admin: { components: { Field: '/components/CurrentPasswordField#CurrentPasswordField' } } });
  }
  return fields;
}
