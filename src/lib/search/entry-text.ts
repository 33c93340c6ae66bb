/**
 * Every sentence of a content entry, as plain text for the search index:
 * walks objects and lists, keeps strings a reader sees (those with a space:
 * labels, sentences; not slugs, dates, file paths or option ids), and reads
 * rich-text fields through `richText` (a Markdoc field is a function).
 */
export async function entryText(value: unknown, richText: (field: () => Promise<unknown>) => Promise<string>, skip: ReadonlySet<string> = new Set()): Promise<string> {
  const parts: string[] = [];
  const walk = async (current: unknown): Promise<void> => {
    if (typeof current === 'string') {
      if (/\s/.test(current.trim())) parts.push(current.trim());
    } else if (typeof current === 'function') {
      parts.push(await richText(current as () => Promise<unknown>));
    } else if (Array.isArray(current)) {
      for (const item of current) await walk(item);
    } else if (current && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) if (!skip.has(key)) await walk(item);
    }
  };
  await walk(value);
  return parts.filter(Boolean).join('\n');
}
