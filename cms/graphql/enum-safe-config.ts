/**
 * GraphQL needs every select option as an enum name ([_A-Za-z][_0-9A-Za-z]*), and Payload 3.90
 * derives that name from the stored value (formatOptions → formatName) with no setting to choose
 * another: `enumName` names the database enum, `interfaceName` object types, option labels are
 * not used. Seven of our select fields store Chinese values (agencies.kind "执法机关", laws.level,
 * media.artForm …), so building the schema threw and /api/graphql answered every request with 500.
 *
 * Stored values stay as they are. The schema is built from a view of the config in which such
 * fields are plain strings (type `text`, same name, `hasMany` kept): queries return the stored
 * Chinese values and filter with the text operators. Once Payload has built the types, the
 * resolvers are pointed back at the real collection configs, so every create and update through
 * GraphQL is validated against the real options (a value outside them is refused as in REST).
 */
import type { CollectionConfig, Field, Option, SanitizedCollectionConfig, SanitizedConfig } from 'payload';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** The enum value name Payload's GraphQL gives an option value (mirrors its formatName). */
export function enumNameOf(value: string): string {
  const prefixed = /^[0-9]/.test(value) ? `_${value}` : value;
  const formatted = prefixed
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.\-/+,()'[\]]/g, '_')
    .replace(/ /g, '');
  return formatted || '_';
}

const optionValue = (option: Option): string => (typeof option === 'string' ? option : option.value);

/** True for a select or radio field that GraphQL cannot express as an enum. */
export const needsStringType = (field: Field): boolean =>
  (field.type === 'select' || field.type === 'radio') && field.options.some((o) => !GRAPHQL_NAME.test(enumNameOf(optionValue(o))));

function viewField(field: Field): Field {
  // Same name, label, required and hasMany: only the type GraphQL sees changes.
  if (needsStringType(field)) return { ...field, type: 'text' } as Field;
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: viewFields(tab.fields) })) };
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: viewFields(block.fields) })) };
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: viewFields(field.fields) } as Field;
  return field;
}

/** The fields as GraphQL sees them; the same array when nothing needed changing. */
export function viewFields(fields: Field[]): Field[] {
  const mapped = fields.map(viewField);
  return mapped.some((f, i) => f !== fields[i]) ? mapped : fields;
}

type QueriesHook = NonNullable<SanitizedConfig['graphQL']['queries']>;

/** The config the GraphQL schema is built from (see the module comment). */
export function enumSafeConfig(config: SanitizedConfig): SanitizedConfig {
  const real = new Map<string, SanitizedCollectionConfig>(config.collections.map((c) => [c.slug, c]));
  const collections = config.collections.map((c) => {
    const fields = viewFields(c.fields);
    return fields === c.fields ? c : { ...c, fields };
  });
  const customQueries = config.graphQL.queries;
  const queries: QueriesHook = (graphQL, context) => {
    // Called after the collection types and resolvers exist; resolvers read `entry.config` per call.
    const built = context.collections as Record<string, { config: SanitizedCollectionConfig | CollectionConfig }>;
    for (const [slug, entry] of Object.entries(built)) entry.config = real.get(slug) ?? entry.config;
    return customQueries ? customQueries(graphQL, { ...context, config }) : {};
  };
  return { ...config, collections, graphQL: { ...config.graphQL, queries } };
}
