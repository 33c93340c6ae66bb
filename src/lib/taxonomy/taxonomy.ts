/**
 * Controlled vocabularies (danh mục): audiences, outreach formats, kinds of
 * material and topics. The lists live as content in content/danh-muc/*.json so
 * that a new plan period is a content change; this module only shapes them.
 */
export interface TaxonomyItem {
  /** Stable id used in content files, imports and URLs (no diacritics). */
  id: string;
  /** Canonical Vietnamese label shown to readers. */
  label: string;
  description: string;
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Checks a vocabulary file's parsed JSON and returns its items, or throws naming the file. */
export function parseTaxonomy(file: string, data: unknown): TaxonomyItem[] {
  const items = (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) {
    throw new Error(`${file}: expected an object with an "items" array`);
  }
  const seen = new Set<string>();
  return items.map((raw: unknown, index) => {
    const item = raw as Partial<TaxonomyItem>;
    const where = `${file}: items[${index}]`;
    if (typeof item.id !== 'string' || !ID_PATTERN.test(item.id)) {
      throw new Error(`${where}.id must be lowercase words joined by "-" (got ${JSON.stringify(item.id)})`);
    }
    if (seen.has(item.id)) throw new Error(`${where}.id "${item.id}" is repeated`);
    seen.add(item.id);
    if (typeof item.label !== 'string' || item.label.trim() === '') {
      throw new Error(`${where}.label must be a non-empty string`);
    }
    return { id: item.id, label: item.label, description: item.description ?? '' };
  });
}

/** Options in the shape Keystatic select and multiselect fields take. */
export function toSelectOptions(items: readonly TaxonomyItem[]): { label: string; value: string }[] {
  return items.map((item) => ({ label: item.label, value: item.id }));
}

/** Finds an item by id; undefined when the id is unknown. */
export function findItem(items: readonly TaxonomyItem[], id: string): TaxonomyItem | undefined {
  return items.find((item) => item.id === id);
}

/** The label for an id, or the id itself when unknown (never throws while rendering). */
export function labelOf(items: readonly TaxonomyItem[], id: string): string {
  return findItem(items, id)?.label ?? id;
}
