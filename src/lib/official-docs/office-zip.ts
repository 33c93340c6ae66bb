import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of an Office file (docx, pptx), by path, for tests and checks. */
export function officeParts(file: Uint8Array): Map<string, string> {
  const entries = unzipSync(file);
  return new Map(Object.entries(entries).flatMap(([path, bytes]) => (path.endsWith('.xml') || path.endsWith('.rels') ? [[path, strFromU8(bytes)] as const] : [])));
}

/** The text of an XML part, runs joined, paragraphs on their own lines. */
export const xmlText = (xml: string) =>
  xml
    .replace(/<\/(w|a):p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
