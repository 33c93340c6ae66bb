/**
 * Bytes of an uploaded CSV to text. Accepts UTF-8 with or without a BOM (what
 * Excel writes for "CSV UTF-8"); detects UTF-16 and legacy Vietnamese
 * encodings (Windows-1258, TCVN3/VNI saved as "CSV") and says how to re-save,
 * rather than importing garbled names.
 */
export type Decoded =
  | { ok: true; text: string; encoding: 'UTF-8' | 'UTF-8 (có BOM)' }
  | { ok: false; problem: { vi: string; en: string } };

const RESAVE = 'Mở tệp bằng Excel, chọn Lưu thành (Save As) → kiểu "CSV UTF-8 (Comma delimited)" rồi nhập lại, hoặc nhập thẳng tệp .xlsx.';

/** Typical marks of UTF-8 text that was decoded as Windows-125x and saved again ("Phæ°á»ng"). */
const MOJIBAKE = /Ã[\u0080-\u00bf]|Ä[\u0080-\u00bf]|Æ[\u00a0-\u00bf]|á[»º][\u0080-\u00bf]?|Ä‘|Æ°/;

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 400));
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  return sample.length >= 4 && zeros / sample.length > 0.2;
}

export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    return {
      ok: false,
      problem: { vi: `tệp được lưu bằng mã UTF-16 ("Unicode Text"), chương trình chỉ đọc CSV UTF-8. ${RESAVE}`, en: 'file is UTF-16; save as CSV UTF-8' },
    };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    return {
      ok: false,
      problem: {
        vi: `tệp không phải mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI: chữ có dấu sẽ bị lỗi nếu đọc tiếp). ${RESAVE}`,
        en: 'file is not valid UTF-8 (probably Windows-1258 or another legacy encoding)',
      },
    };
  }
  const garbled = MOJIBAKE.exec(text);
  if (garbled) {
    return {
      ok: false,
      problem: {
        vi: `chữ có dấu trong tệp đã bị lỗi mã hóa từ trước (ví dụ "${garbled[0]}"): tệp từng được mở sai bảng mã rồi lưu lại. Sửa lại chữ trong tệp gốc. ${RESAVE}`,
        en: `text was already garbled before saving (e.g. "${garbled[0]}")`,
      },
    };
  }
  return { ok: true, text: text.normalize('NFC'), encoding: hasBom ? 'UTF-8 (có BOM)' : 'UTF-8' };
}
