import type { ComponentSchema } from '@keystatic/core';

interface StoredShape {
  path?: string;
  format?: unknown;
}

/** The file an entry lives in, from its collection's path and format, relative to the project root. */
export function entryFile(shape: StoredShape, slug?: string): string {
  const base = (shape.path ?? '').replace('*', slug ?? '');
  const format = shape.format;
  const hasContent = typeof format === 'object' && format !== null && 'contentField' in format;
  const dataFormat =
    typeof format === 'string' ? format : ((format as { data?: string } | undefined)?.data ?? 'yaml');
  const extension = hasContent ? '.mdoc' : `.${dataFormat}`;
  return base.endsWith('/') ? `${base}index${extension}` : `${base}${extension}`;
}

/** The Vietnamese label of the field at a dotted path ("cover.alt", "targets.2.label"), when known. */
export function fieldLabel(schema: Record<string, ComponentSchema>, path: string): string | undefined {
  let current: ComponentSchema | undefined;
  let fieldsHere: Record<string, ComponentSchema> | undefined = schema;
  let label: string | undefined;
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part) && current?.kind === 'array') {
      current = current.element;
    } else {
      current = fieldsHere?.[part];
    }
    if (!current) return label;
    if ('label' in current && typeof current.label === 'string') label = current.label;
    fieldsHere = current.kind === 'object' ? current.fields : undefined;
    if (current.kind === 'array') fieldsHere = undefined;
    if (current.kind === 'array' && current.element.kind === 'object') fieldsHere = current.element.fields;
  }
  return label;
}
