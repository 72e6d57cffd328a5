import type { Field } from 'payload';

/** A unique, indexed, human-readable key used in URLs and by content files. */
export const slugField = (label = '标识'): Field => ({
  name: 'slug',
  label,
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { position: 'sidebar' },
});
