import type { Collection, ComponentSchema, FormFieldStoredValue, ObjectField, ValueForReading } from '@keystatic/core';
import type { Entry } from '@keystatic/core/reader';

/**
 * The fast reader: parses an entry's already-loaded YAML data with the
 * schema's own field parsers, the way Keystatic's reader does (same keys
 * allowed, same defaults, same messages), without its file listing and
 * caching. This is what lets the activity loader read tens of thousands of
 * records in seconds while the Keystatic schema stays the only definition of
 * what a valid file is. Typed with Keystatic's published field types; the
 * value has the shape Keystatic's reader gives (`Entry<typeof collection>`).
 *
 * Supports form, object, array and child fields (what the schemas read this
 * way use); content fields (a second file) and conditional fields are not.
 */
export interface SchemaProblem {
  /** Dotted path of the field, e.g. "activities.3.format"; "" for the entry itself. */
  path: string;
  /** Keystatic's message (English); translateFieldMessage says it in Vietnamese. */
  message: string;
}

/** What `parseWithSchema` reads: each field as Keystatic's reader gives it. */
export type SchemaValue<Schema extends Record<string, ComponentSchema>> = ValueForReading<ObjectField<Schema>>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function parseNode(schema: ComponentSchema, raw: unknown, path: string, problems: SchemaProblem[]): unknown {
  // Keystatic reads null as a missing value.
  const value = raw === null ? undefined : raw;
  const at = (message: string) => problems.push({ path, message });
  switch (schema.kind) {
    case 'form':
      if (schema.formKind === 'content') throw new Error(`parseWithSchema: the content field at "${path}" is not supported`);
      try {
        // Loaded YAML is a stored value; Keystatic's field parsers check its type themselves.
        return schema.reader.parse(value as FormFieldStoredValue);
      } catch (error) {
        at((error as Error).message);
        return undefined;
      }
    case 'object': {
      const object = value ?? {};
      if (!isPlainObject(object)) {
        at('Must be an object');
        return undefined;
      }
      // Like Keystatic: an unknown key rejects the object without looking inside it.
      const unknown = Object.keys(object).find((key) => !(key in schema.fields));
      if (unknown !== undefined) {
        at(`Key on object value "${unknown}" is not allowed`);
        return undefined;
      }
      return parseFields(schema.fields, object, path, problems);
    }
    case 'array': {
      if (value === undefined) return [];
      if (!Array.isArray(value)) {
        at('Must be an array');
        return undefined;
      }
      const { min, max } = schema.validation?.length ?? {};
      if (min !== undefined && value.length < min) at(`Must have at least ${min} element${min === 1 ? '' : 's'}`);
      if (max !== undefined && value.length > max) at(`Must have at most ${max} element${max === 1 ? '' : 's'}`);
      return value.map((item, index) => parseNode(schema.element, item, `${path}.${index}`, problems));
    }
    case 'child':
      return null;
    default:
      throw new Error(`parseWithSchema: field kind "${schema.kind}" at "${path}" is not supported`);
  }
}

function parseFields(fields: Record<string, ComponentSchema>, object: Record<string, unknown>, path: string, problems: SchemaProblem[], skip?: string) {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    if (key === skip) continue;
    out[key] = parseNode(field, object[key], path ? `${path}.${key}` : key, problems);
  }
  return out;
}

/**
 * Parses the top-level object of an entry. `skip` names the slug field, which
 * Keystatic takes from the file name (readEntry checks it). Returns the value
 * and every problem; the value is only whole when there is no problem.
 */
export function parseWithSchema<Schema extends Record<string, ComponentSchema>>(
  schema: Schema,
  data: unknown,
  skip?: keyof Schema & string,
): { value: SchemaValue<Schema>; problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  const object = data ?? {};
  if (!isPlainObject(object)) {
    problems.push({ path: '', message: 'Must be an object' });
    return { value: {} as SchemaValue<Schema>, problems };
  }
  const unknown = Object.keys(object).find((key) => !(key in schema));
  if (unknown !== undefined) {
    problems.push({ path: '', message: `Key on object value "${unknown}" is not allowed` });
    return { value: {} as SchemaValue<Schema>, problems };
  }
  // The value is what the schema's own parsers returned, field by field: the shape Keystatic's types describe.
  return { value: parseFields(schema, object, '', problems, skip) as SchemaValue<Schema>, problems };
}

/** The slug of an entry as its collection's path allows it: one folder level ("*") or any ("**"). */
function globOf(collection: Collection<Record<string, ComponentSchema>, string>): '*' | '**' {
  return collection.path?.includes('**') ? '**' : '*';
}

/**
 * Reads one entry of `collection` from its slug and loaded data, as
 * Keystatic's reader would: the slug field checked with its own rules (first,
 * since it is the file name), then every other field. The entry is null when
 * there is any problem.
 */
export function readEntry<C extends Collection<Record<string, ComponentSchema>, string>>(
  collection: C,
  slug: string,
  data: unknown,
): { entry: Entry<C>; problems: [] } | { entry: null; problems: SchemaProblem[] } {
  const slugField = collection.schema[collection.slugField];
  if (slugField?.kind !== 'form' || slugField.formKind !== 'slug') {
    throw new Error(`readEntry: the slug field "${collection.slugField}" is not a slug field`);
  }
  const problems: SchemaProblem[] = [];
  let slugValue: unknown;
  try {
    const stored = isPlainObject(data) ? data[collection.slugField] : undefined;
    slugValue = slugField.reader.parseWithSlug((stored ?? undefined) as FormFieldStoredValue, { slug, glob: globOf(collection) });
  } catch (error) {
    problems.push({ path: collection.slugField, message: (error as Error).message });
  }
  const parsed = parseWithSchema(collection.schema, data, collection.slugField);
  problems.push(...parsed.problems);
  if (problems.length > 0) return { entry: null, problems };
  // Keystatic's reader gives the slug field what parseWithSlug returns; the rest is the schema's parse.
  return { entry: { ...parsed.value, [collection.slugField]: slugValue } as Entry<C>, problems: [] };
}
