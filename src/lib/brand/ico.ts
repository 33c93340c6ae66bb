/**
 * Wraps one PNG image in an ICO container (Windows Vista+ and every browser
 * read PNG-in-ICO), so /favicon.ico exists for browsers that ask for it.
 */
export function pngToIco(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const header = new DataView(new ArrayBuffer(6 + 16));
  header.setUint16(0, 0, true); // reserved
  header.setUint16(2, 1, true); // type: icon
  header.setUint16(4, 1, true); // one image
  header.setUint8(6, size >= 256 ? 0 : size); // width (0 means 256)
  header.setUint8(7, size >= 256 ? 0 : size); // height
  header.setUint8(8, 0); // no palette
  header.setUint8(9, 0); // reserved
  header.setUint16(10, 1, true); // colour planes
  header.setUint16(12, 32, true); // bits per pixel
  header.setUint32(14, png.length, true); // image size
  header.setUint32(18, 22, true); // image offset
  const ico = new Uint8Array(22 + png.length);
  ico.set(new Uint8Array(header.buffer), 0);
  ico.set(png, 22);
  return ico;
}
