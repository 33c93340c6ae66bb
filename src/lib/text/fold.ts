/**
 * Vietnamese folding for search: lower case, tone marks and other diacritics
 * removed, đ → d. One character in, one character out, so a match found in
 * the folded text has the same position in the original text.
 */
const COMBINING = /[\u0300-\u036f]/g;

function foldChar(char: string): string {
  if (char === 'đ' || char === 'Đ') return 'd';
  const base = char.normalize('NFD').replace(COMBINING, '').toLowerCase();
  return base.length === 1 ? base : char.toLowerCase().length === 1 ? char.toLowerCase() : char;
}

/** Folded form of each character met so far: folding is the hot loop of search, NFD per character is slow. */
const cache = new Map<string, string>();

export function fold(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    let folded = cache.get(char);
    if (folded === undefined) {
      folded = foldChar(char);
      cache.set(char, folded);
    }
    out += folded;
  }
  return out;
}
