import type { Node } from '@markdoc/markdoc';

/** The words a reader sees in a Markdoc tree, as plain text: inline pieces joined, blocks on their own lines. */
export function plainText(node: Node): string {
  const blocks: string[] = [];
  let line = '';
  const walk = (current: Node) => {
    if (current.type === 'text' && typeof current.attributes.content === 'string') line += current.attributes.content;
    else if (current.type === 'softbreak' || current.type === 'hardbreak') line += ' ';
    for (const child of current.children) walk(child);
    if (!current.inline && line.trim()) {
      blocks.push(line.trim());
      line = '';
    }
  };
  walk(node);
  if (line.trim()) blocks.push(line.trim());
  return blocks.join('\n');
}
