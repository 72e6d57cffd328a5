/**
 * Field validators as small factories: each returns a Payload `validate` function whose refusal
 * is a Chinese message shown beside the field (and in the API's `errors[0].data.errors`).
 */
import type { CollectionSlug, DateFieldValidation, Field, Plugin, RelationshipFieldSingleValidation, TextareaFieldValidation, TextFieldSingleValidation } from 'payload';
import { date, relationship, text, textarea } from 'payload/shared';
import { isValidTimeZone } from '../../core/learning/time';
import { answerFromText } from '../../core/quiz/answer-text';
import { parseChapters } from '../../core/media/chapters';
import { looksLikeLrc, parseLrc } from '../../core/media/lrc';
import { parseWebVtt } from '../../core/media/webvtt';

/**
 * A transcript is optional, but if given it must be WebVTT (or LRC, converted on save) so players
 * can show it timed; a fault is named by its line (core/media/webvtt.ts, lrc.ts).
 */
export const webVtt = (): TextareaFieldValidation => (value) => {
  if (!value) return true;
  const parsed = looksLikeLrc(value) ? parseLrc(value) : parseWebVtt(value);
  return parsed.ok ? true : `${looksLikeLrc(value) ? 'LRC 歌词' : 'WebVTT 字幕'}${parsed.error}`;
};

/** Chapters as LRC-style lines or WebVTT (core/media/chapters.ts), a fault named by its line. */
export const chaptersText = (): TextareaFieldValidation => (value) => {
  if (!value) return true;
  const parsed = parseChapters(value);
  return parsed.ok ? true : `章节${parsed.error}`;
};

/** The stored answer key fits the question's type (sibling `type`) and its options (sibling `options[].key`). */
export const answerKey = (): TextFieldSingleValidation => (value, { siblingData }) => {
  const data = siblingData as { type?: string; options?: { key?: string }[] };
  const keys = (data.options ?? []).map((o) => o.key ?? '');
  const parsed = answerFromText(value ?? '', data.type ?? '', keys);
  return parsed.ok ? true : parsed.error;
};

/** An IANA time zone name (e.g. Asia/Shanghai). */
export const timeZone = (message = '时区无效'): TextFieldSingleValidation => (value) =>
  typeof value === 'string' && isValidTimeZone(value) ? true : message;

/**
 * A date on or after the sibling date `field` (e.g. an end date after its start), besides being
 * a date at all; the record's stored value counts when an update sends only this field.
 */
export const notBefore = (field: string, message: string): DateFieldValidation => (value, options) => {
  const valid = date(value, options);
  if (valid !== true) return valid;
  const other = (options.siblingData as Record<string, unknown> | undefined)?.[field];
  if (!value || !other) return true;
  return new Date(value as Date | string) < new Date(other as Date | string) ? message : true;
};

/** Required only when `when(siblingData)` holds (e.g. an agency editor must name their agency). */
export const requiredWhen =
  (when: (sibling: Record<string, unknown>) => boolean, message: string) =>
  (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
    when(siblingData) && !value ? message : true;

/**
 * A relation to a record of `collection` that exists: a bad id or a missing record is refused in
 * Chinese (Payload's own id check answers in English; a missing record failed the insert with a 500).
 */
export const existingRelation =
  (collection: CollectionSlug, { invalid, missing }: { invalid: string; missing: string }): RelationshipFieldSingleValidation =>
  async (value, options) => {
    if (value == null || (value as unknown) === '') return true;
    if ((await relationship(value, options)) !== true) return invalid;
    const found = await options.req.payload.count({ collection, where: { id: { equals: value } }, req: options.req });
    return found.totalDocs > 0 ? true : missing;
  };

/** The text or textarea field refuses anything but a string; its own (or Payload's) check follows. */
function takesTextOnly(field: Field): Field {
  if (field.type !== 'text' && field.type !== 'textarea') return field;
  if (field.type === 'text' && field.hasMany) return field;
  const own = (field.validate ?? (field.type === 'text' ? text : textarea)) as (value: unknown, options: unknown) => ReturnType<typeof text>;
  const validate = (value: unknown, options: unknown) => (value != null && typeof value !== 'string' ? '须为文本' : own(value, options));
  return { ...field, validate } as Field;
}

/** Every text field of `fields`, at any depth (rows, groups, arrays, tabs…), through takesTextOnly. */
function textOnlyFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: textOnlyFields(field.fields) } as Field;
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: textOnlyFields(tab.fields) })) };
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => (typeof block === 'string' ? block : { ...block, fields: textOnlyFields(block.fields) })) } as Field;
    return takesTextOnly(field);
  });
}

/**
 * Plugin: text fields take text. Payload stores a number or an object sent for a text field as
 * its string (`{"x":1}`); with this, such a write is refused as a field error instead.
 */
export const textFieldsTakeText: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: textOnlyFields(collection.fields) })),
});
