/** "<year>/<listId>-<code>": the slug (file path without extension) of an activity file. */
export const ACTIVITY_SLUG = /^(\d{4})\/([0-9a-z]+(?:-[0-9a-z]+)*)-(\d{5})$/;

/** The parts of an activity file's slug "<year>/<listId>-<code>". */
export interface FileSlugParts {
  year: number;
  listId: string;
  code: string;
}

export function parseFileSlug(slug: string): FileSlugParts | null {
  const match = ACTIVITY_SLUG.exec(slug);
  if (!match) return null;
  return { year: Number(match[1]), listId: match[2] ?? '', code: match[3] ?? '' };
}

export function fileSlug({ year, listId, code }: FileSlugParts): string {
  return `${year}/${listId}-${code}`;
}
