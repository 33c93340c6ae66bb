import type { APIRoute } from 'astro';
import { getReportContext } from '../../data/reports';
import { parsePeriod } from '../../lib/calendar/periods';
import { parseArea } from '../../lib/desk/home';
import { campaignReport, requestedReportRef } from '../../lib/official-docs/campaign-report';
import { officialReportDocx } from '../../lib/official-docs/nd30-docx';
import { sessionFor } from '../page-session';

const text = (status: number, message: string) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** GET /nhap-lieu/bao-cao-cap-tren.docx?ky=2024-Q3&khu-vuc=huyen:2021:325 — a report in the state format, made on demand. */
export const GET: APIRoute = async (context) => {
  const session = await sessionFor(context);
  if (!session.ok) return text(session.status, session.message);
  const period = parsePeriod(context.url.searchParams.get('ky') ?? '');
  if (!period) return text(400, 'Kỳ báo cáo không đúng: chọn lại kỳ trên trang Nhập liệu (ví dụ "2024-Q3" hoặc "2024").');
  const area = parseArea(context.url.searchParams.get('khu-vuc') ?? '', session.rules.registry);
  if (area === null || area?.kind === 'unit') return text(400, 'Báo cáo gửi cấp trên làm cho toàn tỉnh hoặc một huyện: chọn lại khu vực.');
  const ref = requestedReportRef(session.rules.registry, period, area, session.today);
  if (typeof ref === 'string') return text(400, ref);
  const file = await officialReportDocx(campaignReport({ ref, ...(await getReportContext()) }));
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="bao-cao-${ref.slug}.docx"`,
      'Cache-Control': 'no-store',
    },
  });
};
