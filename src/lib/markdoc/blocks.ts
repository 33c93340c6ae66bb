import type { Node } from '@markdoc/markdoc';

/** A flat view of a Markdoc document for formats other than HTML (Word, slides). */
export type Block =
  | { type: 'heading'; level: number; runs: Run[] }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'item'; depth: number; ordered: boolean; runs: Run[] };

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

function runsOf(node: Node, bold = false, italic = false): Run[] {
  if (node.type === 'text') return [{ text: String(node.attributes.content ?? ''), bold, italic }];
  if (node.type === 'softbreak' || node.type === 'hardbreak') return [{ text: ' ', bold, italic }];
  const nextBold = bold || node.type === 'strong';
  const nextItalic = italic || node.type === 'em';
  const runs = node.children.flatMap((child) => runsOf(child, nextBold, nextItalic));
  // A printed page cannot follow a link: its address follows the link text.
  if (node.type === 'link' && typeof node.attributes.href === 'string') runs.push({ text: ` (${node.attributes.href})`, bold, italic });
  return runs;
}

/** Headings, paragraphs and list items in document order, with bold and italic kept. */
export function markdocBlocks(node: Node): Block[] {
  const blocks: Block[] = [];
  const visit = (current: Node, depth: number, ordered: boolean): void => {
    if (current.type === 'heading') {
      blocks.push({ type: 'heading', level: Number(current.attributes.level ?? 2), runs: runsOf(current) });
    } else if (current.type === 'paragraph') {
      blocks.push({ type: 'paragraph', runs: runsOf(current) });
    } else if (current.type === 'list') {
      for (const child of current.children) visit(child, depth + 1, Boolean(current.attributes.ordered));
    } else if (current.type === 'item') {
      const inline = current.children.filter((child) => child.type !== 'list');
      blocks.push({ type: 'item', depth, ordered, runs: inline.flatMap((child) => runsOf(child)) });
      for (const child of current.children.filter((c) => c.type === 'list')) visit(child, depth, ordered);
    } else {
      for (const child of current.children) visit(child, depth, ordered);
    }
  };
  visit(node, 0, false);
  return blocks;
}
