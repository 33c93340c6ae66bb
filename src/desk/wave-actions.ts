import { formatDate, formatNumber } from '../lib/format/vi';
import { StaleFileError, StoreError, type WriteReceipt } from '../write/content-store';
import { linkWave, planWaveLink } from '../write/wave-link';
import { oneWriteAtATime } from './guard';
import type { DeskReady } from './session';

/**
 * Gắn hoạt động vào đợt: the desk's one action. The page lists each wave with
 * how many stored records it could take (inside its dates, area and expected
 * formats, with no wave yet); one button links them all in one write.
 */
export interface WaveRow {
  slug: string;
  name: string;
  dates: string;
  linkable: number;
}

export type WaveOutcome = { ok: true; message: string; receipt: WriteReceipt | null } | { ok: false; message: string };

export async function waveRows(session: DeskReady): Promise<WaveRow[]> {
  const rows: WaveRow[] = [];
  for (const wave of session.rules.waves) {
    const plan = await planWaveLink(session.store, wave, session.rules.registry, session.rules.lookups);
    rows.push({ slug: wave.slug, name: wave.name, dates: `${formatDate(wave.start)} – ${formatDate(wave.end)}`, linkable: plan.records });
  }
  return rows;
}

export async function waveAction(form: FormData, session: DeskReady): Promise<WaveOutcome> {
  const slug = String(form.get('dot') ?? '').trim();
  const wave = session.rules.waves.find((w) => w.slug === slug);
  if (!wave) return { ok: false, message: 'Không rõ đợt: tải lại trang rồi chọn lại.' };
  const outcome = await oneWriteAtATime(async (): Promise<WaveOutcome> => {
    try {
      const { receipt, records } = await linkWave(session.store, wave, session.rules.registry, session.rules.lookups, session.author);
      return {
        ok: true,
        receipt,
        message: records === 0 ? `Không có hoạt động nào cần gắn vào đợt "${wave.name}".` : `Đã gắn ${formatNumber(records)} hoạt động vào đợt "${wave.name}" (${receipt?.files.length ?? 0} tệp).`,
      };
    } catch (error) {
      if (error instanceof StaleFileError) return { ok: false, message: 'Có tệp hoạt động vừa được người khác ghi. Không ghi gì; tải lại trang rồi bấm lại.' };
      if (error instanceof StoreError) return { ok: false, message: error.message };
      throw error;
    }
  });
  return outcome.ok ? outcome.value : { ok: false, message: 'Đang ghi dữ liệu khác. Đợi vài giây rồi bấm lại.' };
}
