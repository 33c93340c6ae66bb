import type { APIRoute } from 'astro';
import { buildTemplate, templateFileName } from '../../lib/desk/template';
import { parseArea } from '../../lib/desk/home';
import { parsePeriod } from '../../lib/calendar/periods';
import { sessionFor } from '../page-session';

const text = (status: number, message: string) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** GET /nhap-lieu/mau.xlsx?ky=2025-Q3&khu-vuc=huyen:2021:323 — the Excel template for a period and area. */
export const GET: APIRoute = async (context) => {
  const session = await sessionFor(context);
  if (!session.ok) return text(session.status, session.message);
  const period = parsePeriod(context.url.searchParams.get('ky') ?? '');
  if (!period) return text(400, 'Kỳ báo cáo không đúng: chọn lại kỳ trên trang Nhập liệu (ví dụ "2025-Q3" hoặc "2025").');
  const area = parseArea(context.url.searchParams.get('khu-vuc') ?? '', session.rules.registry);
  if (area === null) return text(400, 'Khu vực không có trong danh sách đơn vị: chọn lại trên trang Nhập liệu.');
  const input = { registry: session.rules.registry, period, formats: session.rules.formats, audiences: session.rules.audiences, materials: session.rules.materials, waves: session.rules.waves, today: session.today, ...(area ? { area } : {}) };
  let bytes: Uint8Array;
  try {
    bytes = await buildTemplate(input);
  } catch (error) {
    // The period and area offer no unit (before the first list, or an area of another period).
    return text(400, (error as Error).message);
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${templateFileName(input)}"`,
      'Cache-Control': 'no-store',
    },
  });
};
