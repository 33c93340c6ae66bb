import { isMap, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import type { QuarterClose, Receipt, Reminder, Reopening } from './types';

/**
 * Editing a quarter file's text (content/bao-cao-quy/<year>-q<n>.yaml) as a
 * YAML document: what is there keeps its exact text, new items are appended,
 * in the form Keystatic writes (dates plain, codes quoted).
 */
const OPTIONS = { lineWidth: 0, singleQuote: true } as const;

export type QuarterEdit =
  | { kind: 'receipt'; receipt: Receipt }
  | { kind: 'reminder'; reminder: Reminder }
  | { kind: 'close'; close: QuarterClose }
  | { kind: 'reopen'; index: number; reopening: Reopening };

const unit = (u: Receipt['unit']) => ({ level: u.level, list: u.list, code: u.code, name: u.name });

function sequence(doc: Document, key: string): YAMLSeq {
  const existing = doc.get(key, true);
  if (isSeq(existing)) return existing;
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set(key, seq);
  return seq;
}

/** The file's new text after one edit; `before` null for a file not there yet. Throws when a reopened close does not exist. */
export function editQuarterText(before: string | null, edit: QuarterEdit): string {
  const doc = parseDocument(before ?? '');
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never;
  if (isMap(doc.contents)) doc.contents.flow = false;
  switch (edit.kind) {
    case 'receipt': {
      const { receipt } = edit;
      sequence(doc, 'receipts').add(doc.createNode({ unit: unit(receipt.unit), receivedOn: receipt.receivedOn, from: receipt.from, noActivity: receipt.noActivity }));
      break;
    }
    case 'reminder':
      sequence(doc, 'reminders').add(doc.createNode({ unit: unit(edit.reminder.unit), on: edit.reminder.on, by: edit.reminder.by }));
      break;
    case 'close': {
      const { close } = edit;
      sequence(doc, 'closes').add(
        doc.createNode({ area: close.area, closedOn: close.closedOn, by: close.by, note: close.note, records: close.records, files: close.files.map((f) => ({ path: f.path, digest: f.digest })) }),
      );
      break;
    }
    case 'reopen': {
      const closes = doc.get('closes', true);
      const item = isSeq(closes) ? closes.items[edit.index] : undefined;
      if (!isMap(item)) throw new Error(`No close number ${edit.index + 1} in this quarter file`);
      item.set('reopened', doc.createNode({ on: edit.reopening.on, by: edit.reopening.by, reason: edit.reopening.reason }));
      break;
    }
  }
  return doc.toString(OPTIONS);
}
