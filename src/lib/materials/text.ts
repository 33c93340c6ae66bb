import type { Node } from '@markdoc/markdoc';

/** Plain text of a Markdoc document, blocks separated by newlines (for reading time, posters, search). */
export function markdocText(node: Node): string {
  const blocks: string[] = [];
  const visit = (current: Node): void => {
    if (['paragraph', 'heading', 'item', 'th', 'td'].includes(current.type)) {
      const words: string[] = [];
      for (const child of current.walk()) {
        if (child.type === 'text' && typeof child.attributes.content === 'string') words.push(child.attributes.content);
        if (child.type === 'softbreak' || child.type === 'hardbreak') words.push(' ');
      }
      const text = words.join('').replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
      return;
    }
    for (const child of current.children) visit(child);
  };
  visit(node);
  return blocks.join('\n');
}

/** Text of each list item at any depth, in order. */
export function listItems(node: Node): string[] {
  const items: string[] = [];
  for (const child of node.walk()) {
    if (child.type === 'item') {
      const text = markdocText(child);
      if (text) items.push(text.split('\n')[0] ?? text);
    }
  }
  return items;
}

/** Vietnamese is written one syllable per space-separated token; each counts as a word here. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * Loudspeaker pace (tốc độ đọc trên loa): 120 tiếng (syllables) a minute, slower
 * than conversation so that listeners outdoors catch every word.
 */
export const BROADCAST_WORDS_PER_MINUTE = 120;

/** Reading time in whole minutes (at least 1) and in seconds, at `wordsPerMinute`. */
export function readingTime(text: string, wordsPerMinute = BROADCAST_WORDS_PER_MINUTE): { words: number; seconds: number; minutes: number } {
  const words = countWords(text);
  const seconds = Math.round((words / wordsPerMinute) * 60);
  return { words, seconds, minutes: Math.max(1, Math.round(seconds / 60)) };
}
