import { waveOfEntry, waves } from '../../content-model/dot-chien-dich';
import type { FieldIssue } from '../../lib/content/issues';
import type { Wave } from '../../lib/waves/types';
import { translateFieldMessage } from './messages';
import { readEntry } from './reader';

/** One wave file's loaded YAML through the Keystatic schema's own field rules; `wave` is null when they reject it. */
export function readWaveFile(slug: string, data: unknown): { wave: Wave | null; issues: FieldIssue[] } {
  const { entry, problems } = readEntry(waves, slug, data);
  if (entry === null) {
    return { wave: null, issues: problems.map((p) => ({ field: p.path || '(tệp)', problem: translateFieldMessage(p.message) })) };
  }
  return { wave: waveOfEntry(slug, entry), issues: [] };
}
