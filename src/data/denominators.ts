import { createReader } from '@keystatic/core/reader';
import keystaticConfig from '../../keystatic.config';
import type { Denominator } from '../lib/coverage/reach';

/**
 * Mẫu số of a year from content/mau-so/<year>.yaml, for audienceReach().
 * A year without a file, or a figure left empty, gives no denominator: the
 * page then says "chưa có mẫu số" rather than showing a rate.
 */
export async function getDenominators(year: number, root: string = process.cwd()): Promise<Denominator[]> {
  const entry = await createReader(root, keystaticConfig).collections.mauSo.read(String(year));
  return (entry?.figures ?? []).map(({ audience, value, scope, source, confidence }) => ({ audience, value, scope, source, confidence }));
}
