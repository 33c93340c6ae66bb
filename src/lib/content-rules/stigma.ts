import { stigmaTerms, type StigmaTerm } from './stigma-terms';
import type { FieldIssue } from '../content/issues';

/** A field's text to scan: dotted field path and its plain text. */
export interface FieldText {
  field: string;
  text: string;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word pattern: no letter or digit may touch the term on either side. */
function termPattern(term: string): RegExp {
  const words = term.normalize('NFC').split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Every stigmatising term found, one issue per field and term, with the neutral word and the source. */
export function findStigmaTerms(texts: readonly FieldText[], terms: readonly StigmaTerm[] = stigmaTerms): FieldIssue[] {
  const patterns = terms.map((term) => ({ term, pattern: termPattern(term.term) }));
  return texts.flatMap(({ field, text }) =>
    patterns
      .filter(({ pattern }) => pattern.test(text.normalize('NFC')))
      .map(({ term }) => ({
        field,
        problem: {
          vi: `có từ ngữ kỳ thị "${term.term}"; sửa thành "${term.instead}" (nguồn: ${term.source})`,
          en: `stigmatising term "${term.term}"; write "${term.instead}" instead`,
        },
      })),
  );
}
