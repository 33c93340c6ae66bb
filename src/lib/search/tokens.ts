import { fold } from '../text/fold';

/** One word of a text: where it is (in the NFC text), its folded form and its tone-exact key. */
export interface Token {
  /** Lower case, tone marks and đ removed: what matching uses ("duong"). */
  folded: string;
  /** Lower case with its marks, tone placement made canonical: "hoà" and "hòa" give the same key. */
  exact: string;
  start: number;
  /** Index just after the word. */
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** The five Vietnamese tone marks (huyền, sắc, hỏi, ngã, nặng) as combining characters, numbered. */
const TONES: Record<string, string> = { '\u0300': '1', '\u0301': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5' };
const TONE_MARKS = /[\u0300\u0301\u0309\u0303\u0323]/g;

/**
 * The tone-exact key of a word: lower case, tone mark taken off wherever it
 * sits and written as a digit at the end, other marks (ă â ê ô ơ ư đ) kept.
 * "Hoà", "hòa" and "ho\u0300a" (NFD) all give "hoa1"; "hoa" gives "hoa".
 */
export function exactKey(word: string): string {
  let tone = '';
  const base = word
    .toLowerCase()
    .normalize('NFD')
    .replace(TONE_MARKS, (mark) => {
      tone = TONES[mark] ?? '';
      return '';
    })
    .normalize('NFC');
  return base + tone;
}

/**
 * The words of a text (letters and digits, any script), with positions in `text.normalize('NFC')`.
 * `withExact: false` leaves `exact` empty: snippets need only positions and folded forms, and the key costs most.
 */
export function tokenize(text: string, withExact = true): Token[] {
  const nfc = text.normalize('NFC');
  const folded = fold(nfc);
  const out: Token[] = [];
  for (const match of nfc.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    out.push({ folded: folded.slice(start, end), exact: withExact ? exactKey(match[0]) : '', start, end });
  }
  return out;
}
