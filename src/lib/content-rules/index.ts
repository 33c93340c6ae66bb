import type { Node } from '@markdoc/markdoc';
import type { FieldIssue } from '../content/issues';
import { listItems, markdocText } from '../materials/text';
import { checkBroadcast } from './broadcast';
import { checkPoster, posterBasis } from './poster';
import { checkQuiz, type QuizQuestion } from './quiz';
import { findStigmaTerms, type FieldText } from './stigma';

export { stigmaTerms } from './stigma-terms';

const isNode = (value: unknown): value is { node: Node } =>
  typeof value === 'object' && value !== null && 'node' in value && typeof (value as { node: unknown }).node === 'object';

/** Every text of an entry read by Keystatic's reader, with its dotted field path (Markdoc as plain text). */
export function entryTexts(value: unknown, field = ''): FieldText[] {
  if (typeof value === 'string') return value.trim() ? [{ field, text: value }] : [];
  if (isNode(value)) return [{ field, text: markdocText(value.node) }];
  if (Array.isArray(value)) return value.flatMap((item, index) => entryTexts(item, field ? `${field}.${index}` : String(index)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => entryTexts(item, field ? `${field}.${key}` : key));
  }
  return [];
}

function links(node: Node): string[] {
  const targets: string[] = [];
  for (const child of node.walk()) if (child.type === 'link') targets.push(String(child.attributes.href ?? ''));
  return targets;
}

interface MaterialEntry {
  kind: string;
  title: string;
  cover: { image: string | null };
  body: { node: Node };
}

/**
 * The communication rules the content check applies beyond each field's own
 * validation (issue 18): posters, loudspeaker scripts, quizzes and the list of
 * stigmatising terms. `collection` is the Keystatic collection or singleton key.
 */
export function contentRuleIssues(collection: string, entry: unknown): FieldIssue[] {
  const issues = findStigmaTerms(entryTexts(entry));
  if (collection === 'taiLieu') {
    const material = entry as MaterialEntry;
    if (material.kind === 'ap-phich') issues.push(...checkPoster({ ...material, lines: listItems(material.body.node), basis: posterBasis(markdocText(material.body.node)) }));
    if (material.kind === 'kich-ban-loa') {
      issues.push(...checkBroadcast({ text: markdocText(material.body.node), links: links(material.body.node) }));
    }
  }
  if (collection === 'baiGiang') issues.push(...checkQuiz((entry as { quiz: readonly QuizQuestion[] }).quiz));
  return issues;
}
