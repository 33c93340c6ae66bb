import type { ComponentSchema } from '@keystatic/core';

/**
 * Parses already-loaded YAML data with a Keystatic schema's own field parsers,
 * the way Keystatic's reader does (same keys allowed, same defaults, same
 * messages), without its file listing and caching. This is what lets the
 * activity loader read tens of thousands of records in seconds while the
 * Keystatic schema stays the only definition of what a valid file is.
 *
 * Supports form, object and array fields (what the activity schema uses);
 * the slug field is skipped (it is the file name, not file content).
 */
export interface SchemaProblem {
  /** Dotted path of the field, e.g. "activities.3.format". */
  path: string;
  /** Keystatic's message (English). */
  message: string;
}

interface FormLike {
  kind: 'form';
  reader: { parse(value: unknown): unknown };
}

function parseNode(schema: ComponentSchema, raw: unknown, path: string, problems: SchemaProblem[]): unknown {
  const value = raw === null ? undefined : raw;
  const at = (message: string) => problems.push({ path, message });
  switch (schema.kind) {
    case 'form':
      try {
        return (schema as unknown as FormLike).reader.parse(value);
      } catch (error) {
        at((error as Error).message);
        return undefined;
      }
    case 'object': {
      const object = value ?? {};
      if (typeof object !== 'object' || Array.isArray(object) || object instanceof Date) {
        at('Must be an object');
        return undefined;
      }
      // Like Keystatic: an unknown key rejects the object without looking inside it.
      const unknown = Object.keys(object).find((key) => !(key in schema.fields));
      if (unknown !== undefined) {
        at(`Key on object value "${unknown}" is not allowed`);
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(schema.fields)) {
        out[key] = parseNode(field, (object as Record<string, unknown>)[key], path ? `${path}.${key}` : key, problems);
      }
      return out;
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

/**
 * Parses the top-level object of an entry. `skip` names the slug field, which
 * Keystatic takes from the file name. Returns the value and every problem.
 */
export function parseWithSchema(
  schema: Record<string, ComponentSchema>,
  data: unknown,
  skip: string,
): { value: Record<string, unknown>; problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  const object = data === null || data === undefined ? {} : data;
  if (typeof object !== 'object' || Array.isArray(object)) {
    return { value: {}, problems: [{ path: '', message: 'Must be an object' }] };
  }
  const value: Record<string, unknown> = {};
  const unknown = Object.keys(object).find((key) => !(key in schema));
  if (unknown !== undefined) {
    return { value, problems: [{ path: '', message: `Key on object value "${unknown}" is not allowed` }] };
  }
  for (const [key, field] of Object.entries(schema)) {
    if (key === skip) continue;
    value[key] = parseNode(field, (object as Record<string, unknown>)[key], key, problems);
  }
  return { value, problems };
}
