import { fold } from '../text/fold';
import type { AdminUnit } from './types';

const TYPE_WORDS = ['xa', 'phuong', 'thi tran'];

/** Tone marks, case and extra spaces ignored: "  Phường  Lam Sơn" → "phuong lam son". */
const loose = (text: string) => fold(text).replace(/\s+/g, ' ').trim();

/**
 * True when `given` names this unit: tone marks, case and extra spaces are
 * ignored, and a leading "Xã", "Phường" or "Thị trấn" may be there or not.
 * The prefix is never stripped from the unit's own name, so "Phương Chiểu"
 * (whose first word folds like "Phường") still matches itself.
 */
export function namesUnit(given: string, unit: Pick<AdminUnit, 'name'>): boolean {
  const g = loose(given);
  const name = loose(unit.name);
  return g === name || TYPE_WORDS.some((word) => g === `${word} ${name}`);
}

/** "Phường Lam Sơn". */
export function unitFullName(unit: Pick<AdminUnit, 'type' | 'name'>): string {
  return `${unit.type} ${unit.name}`;
}
