import type { QueryPlan } from './query';
import { tokenize } from './tokens';

export interface Highlighted {
  text: string;
  /** [start, end] inclusive ranges in `text` that matched. */
  ranges: [number, number][];
}

/** Marked words next to each other (only spaces between) become one mark: "mại dâm", not "mại" and "dâm". */
function merged(text: string, ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1] + 1, range[0]))) last[1] = range[1];
    else out.push([range[0], range[1]]);
  }
  return out;
}

/** Does a word of the text stand for a query word (exact folded word, or starts with a prefix being typed)? */
function matcher(plan: QueryPlan): (folded: string) => string | undefined {
  const exact = new Map<string, string>();
  const prefixes: [string, string][] = [];
  for (const word of plan.words) {
    for (const alt of word.alternatives) {
      if (alt.prefix) prefixes.push([word.folded, word.folded]);
      else exact.set(alt.folded, word.folded);
    }
  }
  return (folded) => exact.get(folded) ?? prefixes.find(([prefix]) => folded.startsWith(prefix))?.[1];
}

/** The whole text with the words that match the query marked (titles, tags). */
export function highlightAll(text: string, plan: QueryPlan): Highlighted {
  const match = matcher(plan);
  const nfc = text.normalize('NFC');
  const ranges = tokenize(nfc, false)
    .filter((token) => match(token.folded) !== undefined)
    .map((token) => [token.start, token.end - 1] as [number, number]);
  return { text: nfc, ranges: merged(nfc, ranges) };
}

/**
 * About `length` characters of the text around the place where the most
 * different query words meet, cut at word boundaries, with "…" where it is
 * cut and the matching words marked. Undefined when no word matches.
 */
export function snippet(text: string, plan: QueryPlan, length = 180): Highlighted | undefined {
  const match = matcher(plan);
  const nfc = text.normalize('NFC');
  const tokens = tokenize(nfc, false);
  const hits = tokens.map((token) => ({ token, word: match(token.folded) })).filter((hit) => hit.word !== undefined).slice(0, 300);
  const first = hits[0];
  if (!first) return undefined;
  // The window that starts at a hit and holds the most different query words (two pointers, counts per word).
  let best = first.token.start;
  let bestCount = 0;
  const counts = new Map<string | undefined, number>();
  let j = 0;
  for (let i = 0; i < hits.length; i += 1) {
    const start = hits[i]?.token.start ?? 0;
    while (j < hits.length && (hits[j]?.token.end ?? 0) - start <= length * 0.7) {
      const word = hits[j]?.word;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      j += 1;
    }
    if (counts.size > bestCount) {
      bestCount = counts.size;
      best = start;
    }
    const word = hits[i]?.word;
    const left = (counts.get(word) ?? 0) - 1;
    if (left <= 0) counts.delete(word);
    else counts.set(word, left);
  }
  // Start a little before the hit, at the start of a word (or of the text).
  let from = Math.max(0, best - Math.round(length * 0.25));
  const startWord = tokens.find((token) => token.end > from);
  if (from > 0 && startWord) from = startWord.start >= from ? startWord.start : (tokens.find((token) => token.start >= from)?.start ?? best);
  if (from > best) from = best;
  let to = Math.min(nfc.length, from + length);
  if (to < nfc.length) {
    const lastWord = [...tokens].reverse().find((token) => token.end <= to);
    if (lastWord && lastWord.end > best) to = lastWord.end;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < nfc.length ? '…' : '';
  const ranges = hits
    .filter((hit) => hit.token.start >= from && hit.token.end <= to)
    .map((hit) => [hit.token.start - from + prefix.length, hit.token.end - 1 - from + prefix.length] as [number, number]);
  const shown = prefix + nfc.slice(from, to).trimEnd() + suffix;
  return { text: shown, ranges: merged(shown, ranges) };
}
