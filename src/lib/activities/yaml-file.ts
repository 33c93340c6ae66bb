import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type YAMLSeq } from 'yaml';
import type { ActivityRecord } from './types';

/**
 * Writing activity files. Keys come in the schema's order and values in the
 * form Keystatic itself writes (dates unquoted, codes quoted), so a file saved
 * by the CMS and one written by a script look alike and diffs stay small.
 * Existing files are edited as YAML documents: records already there keep
 * their exact text; new ones are inserted in date order.
 */
const OPTIONS = { lineWidth: 0, singleQuote: true } as const;

export const ILLUSTRATIVE_COMMENT =
  ' Dữ liệu minh họa (không phải số liệu thật), tạo bởi "npm run sample:generate"; xóa bằng "npm run sample:remove".';

export interface FileHeader {
  listId: string;
  code: string;
  /** Full name for readability, e.g. "Phường Lam Sơn". */
  unitName: string;
  /** Set on files the sample generator creates. */
  illustrative?: boolean;
}

/** A record as stored: schema order; participants left out when not counted; illustrative only when true. */
export function storedActivity(record: Omit<ActivityRecord, 'listId' | 'code'>): Record<string, unknown> {
  return {
    date: record.date,
    format: record.format,
    audiences: [...record.audiences],
    ...(record.participants === null ? {} : { participants: record.participants }),
    materials: [...record.materials],
    description: record.description,
    reportingUnit: record.reportingUnit,
    ...(record.wave ? { wave: record.wave } : {}),
    ...(record.illustrative ? { illustrative: true } : {}),
  };
}

/** The text of a new file. */
export function newActivityFileText(header: FileHeader, records: readonly ActivityRecord[]): string {
  const sorted = [...records].sort((a, b) => a.date.localeCompare(b.date));
  const body = stringify(
    {
      unit: { list: header.listId, code: header.code, name: header.unitName },
      ...(header.illustrative ? { illustrative: true } : {}),
      activities: sorted.map(storedActivity),
    },
    OPTIONS,
  );
  return header.illustrative ? `#${ILLUSTRATIVE_COMMENT}\n${body}` : body;
}

function activitiesSeq(doc: Document): YAMLSeq {
  const existing = doc.get('activities', true);
  if (isSeq(existing)) return existing;
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set('activities', seq);
  return seq;
}

const dateOf = (item: unknown): string => (isMap(item) ? String(item.get('date') ?? '') : '');

/** Adds records to an existing file's text, each after the last record of the same or an earlier date. */
export function addActivitiesToText(text: string, records: readonly ActivityRecord[]): string {
  const doc = parseDocument(text);
  const seq = activitiesSeq(doc);
  for (const record of [...records].sort((a, b) => a.date.localeCompare(b.date))) {
    let at = seq.items.length;
    while (at > 0 && dateOf(seq.items[at - 1]) > record.date) at -= 1;
    seq.items.splice(at, 0, doc.createNode(storedActivity(record)));
  }
  return doc.toString(OPTIONS);
}

/**
 * Removes the illustrative records from a file's text. Returns null when the
 * file should go (the generator made it and nothing else is left), else the
 * new text; `removed` counts the records taken out.
 */
export function removeIllustrative(text: string): { text: string | null; removed: number } {
  const doc = parseDocument(text);
  const seq = doc.get('activities', true);
  const items = isSeq(seq) ? seq.items : [];
  const kept = items.filter((item) => !(isMap(item) && item.get('illustrative') === true));
  const removed = items.length - kept.length;
  const madeBySample = doc.get('illustrative') === true;
  if (removed === 0 && !madeBySample) return { text, removed: 0 };
  if (kept.length === 0 && madeBySample) return { text: null, removed };
  if (isSeq(seq)) seq.items = kept;
  doc.delete('illustrative');
  // The generator's comment heads the file; YAML attaches it to the first key.
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  if (isScalar(first) && first.commentBefore?.includes('Dữ liệu minh họa')) first.commentBefore = null;
  if (doc.commentBefore?.includes('Dữ liệu minh họa')) doc.commentBefore = null;
  return { text: doc.toString(OPTIONS), removed };
}

/**
 * Sets the wave of the records of a file's text that `pick` chooses (given
 * each stored record's date, format and description) and that have no wave
 * yet. The key goes where the schema has it (after reportingUnit); every other
 * line keeps its text. Returns the new text and how many records changed.
 */
export function linkWaveInText(text: string, wave: string, pick: (record: { date: string; format: string; description: string }) => boolean): { text: string; linked: number } {
  const doc = parseDocument(text);
  const seq = doc.get('activities', true);
  let linked = 0;
  for (const item of isSeq(seq) ? seq.items : []) {
    if (!isMap(item)) continue;
    const current = item.get('wave');
    if (current !== undefined && current !== null && current !== '') continue;
    if (!pick({ date: String(item.get('date') ?? ''), format: String(item.get('format') ?? ''), description: String(item.get('description') ?? '') })) continue;
    item.delete('wave');
    const pair = doc.createPair('wave', wave);
    const after = item.items.findIndex((p) => isScalar(p.key) && p.key.value === 'reportingUnit');
    item.items.splice(after === -1 ? item.items.length : after + 1, 0, pair);
    linked += 1;
  }
  return { text: linked === 0 ? text : doc.toString(OPTIONS), linked };
}
