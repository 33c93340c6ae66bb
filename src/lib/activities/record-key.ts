import type { ActivityRecord } from './types';

/** Description as compared for duplicates: Unicode NFC, spaces collapsed, lower case. */
export function normalizeDescription(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/**
 * The identity of an activity: same date, unit (list + code), format and
 * description mean the same record, whatever else differs.
 */
export function recordKey(record: Pick<ActivityRecord, 'date' | 'listId' | 'code' | 'format' | 'description'>): string {
  return [record.date, record.listId, record.code, record.format, normalizeDescription(record.description)].join('|');
}

/**
 * True when two records with the same key also agree on the figures an import
 * row carries (participants, audiences). Otherwise the newer one conflicts
 * with the stored one and is reported, never written over it.
 */
export function sameFigures(a: Pick<ActivityRecord, 'participants' | 'audiences'>, b: Pick<ActivityRecord, 'participants' | 'audiences'>): boolean {
  const set = (values: readonly string[]) => [...values].sort().join(';');
  return a.participants === b.participants && set(a.audiences) === set(b.audiences);
}
