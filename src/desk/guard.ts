/**
 * No cross-site writes: a form post to the desk must come from the desk's own
 * origin. Browsers send Origin (and Sec-Fetch-Site) with every form post; a
 * page on another site cannot forge them. A request with neither (a script on
 * this machine) is let through: it could write the files directly anyway.
 */
export function crossSiteRefusal(request: Request): string | null {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  const own = new URL(request.url).origin;
  if (origin !== null && origin !== own) return `Yêu cầu từ trang khác (${origin}) bị từ chối: chỉ ghi dữ liệu từ chính trang Nhập liệu.`;
  if (site !== null && site !== 'same-origin' && site !== 'none') return 'Yêu cầu từ trang khác bị từ chối: chỉ ghi dữ liệu từ chính trang Nhập liệu.';
  return null;
}

let writing = false;

/**
 * One write at a time: a second upload pressed while one is being written is
 * refused (and said so), never interleaved with it.
 */
export async function oneWriteAtATime<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  if (writing) return { ok: false };
  writing = true;
  try {
    return { ok: true, value: await work() };
  } finally {
    writing = false;
  }
}
