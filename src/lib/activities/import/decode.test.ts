import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without the BOM Excel writes', () => {
    expect(decodeCsvBytes(utf8('\uFEFFngay,ma_xa\nPhường'))).toMatchObject({ ok: true, text: 'ngay,ma_xa\nPhường', encoding: 'UTF-8 (có BOM)' });
    expect(decodeCsvBytes(utf8('ngay'))).toMatchObject({ ok: true, encoding: 'UTF-8' });
  });

  it('normalises decomposed tone marks (as macOS writes them) to NFC', () => {
    const result = decodeCsvBytes(utf8('Phường'.normalize('NFD')));
    expect(result.ok && result.text).toBe('Phường');
  });

  it('detects UTF-16 (Excel "Unicode Text") with or without a BOM and says how to re-save', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'ngay'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const noBom = new Uint8Array([...'ngay,ma_xa'].flatMap((c) => [c.charCodeAt(0), 0]));
    for (const bytes of [le, noBom]) {
      const result = decodeCsvBytes(bytes);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problem.vi).toContain('UTF-16');
    }
  });

  it('detects Windows-1258 bytes instead of importing garbled names', () => {
    // "Xã" in Windows-1258: X, a (0x61) + combining tilde (0xDE); "ư" = 0xFD.
    const result = decodeCsvBytes(new Uint8Array([0x58, 0x61, 0xde, 0x20, 0x48, 0xfd, 0x6e, 0x67]));
    expect(!result.ok && result.problem.vi).toContain('Windows-1258');
  });

  it('detects text already garbled by a wrong code page before it was saved as UTF-8', () => {
    const result = decodeCsvBytes(utf8('PhÆ°á»ng Lam SÆ¡n'));
    expect(!result.ok && result.problem.vi).toContain('lỗi mã hóa');
  });
});
