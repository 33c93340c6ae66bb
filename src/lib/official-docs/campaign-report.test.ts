import { describe, expect, it } from 'vitest';
import { testCampaign } from '../dashboard/test-campaign';
import { fixturePlanItems, fixtureYearRecords } from '../plans/fixture-plan';
import { campaignReport, reportRefs } from './campaign-report';
import { A4, BLANK, ILLUSTRATIVE_MARK, MARGINS, officialReportDocx, type OfficialHeader } from './nd30-docx';
import { officeParts, xmlText } from './office-zip';

const blankHeader: OfficialHeader = { parentBody: '', issuingBody: '', symbol: '', place: '', signerAuthority: '', signerTitle: '', signerName: '', recipients: [], archive: '' };
const items = fixturePlanItems('2026-12-03');
const campaign = items[1]!.campaign;

async function reportFile(slug: string, header = blankHeader, illustrative = false) {
  const ref = reportRefs(testCampaign(), 2024, 3, '2026-12-03').find((r) => r.slug === slug)!;
  const report = campaignReport({ ref, plans: items, campaign, header, to: [], today: '2026-12-03' });
  return { report, parts: officeParts(await officialReportDocx({ ...report, illustrative })) };
}

describe('reportRefs', () => {
  it('offers the province a yearly report for each year begun and a quarterly one for each ended quarter, and each district of the time a yearly one', () => {
    const slugs = reportRefs(testCampaign(), 2024, 3, '2026-12-03').map((r) => r.slug);
    expect(slugs.filter((s) => s.startsWith('tinh-'))).toEqual([
      'tinh-2024', 'tinh-2024-q3', 'tinh-2024-q4', 'tinh-2025', 'tinh-2025-q1', 'tinh-2025-q2', 'tinh-2025-q3', 'tinh-2025-q4', 'tinh-2026', 'tinh-2026-q1', 'tinh-2026-q2', 'tinh-2026-q3',
    ]);
    // Districts existed until 30/06/2025: no district file after that.
    expect(slugs.filter((s) => s.startsWith('huyen-001'))).toEqual(['huyen-001-2024', 'huyen-001-2025']);
  });
});

describe('a yearly report in the state document format (Nghị định 30/2020/NĐ-CP)', () => {
  it('is A4 with the decree\'s margins, Times New Roman 14 pt, and page numbers centred at the top from page 2 only', async () => {
    const { parts } = await reportFile('tinh-2026');
    const document = parts.get('word/document.xml')!;
    expect(document).toContain(`<w:pgSz w:w="${A4.width}" w:h="${A4.height}"`);
    const margin = document.match(/<w:pgMar [^>]*>/)![0];
    const twips = (name: string) => Number(margin.match(new RegExp(`w:${name}="(\\d+)"`))![1]) / 56.7;
    expect(twips('top')).toBeGreaterThanOrEqual(19.9);
    expect(twips('top')).toBeLessThanOrEqual(25.1);
    expect(twips('bottom')).toBeGreaterThanOrEqual(19.9);
    expect(twips('bottom')).toBeLessThanOrEqual(25.1);
    expect(twips('left')).toBeGreaterThanOrEqual(29.9);
    expect(twips('left')).toBeLessThanOrEqual(35.1);
    expect(twips('right')).toBeGreaterThanOrEqual(14.9);
    expect(twips('right')).toBeLessThanOrEqual(20.1);
    expect(parts.get('word/styles.xml')).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(parts.get('word/styles.xml')).toMatch(/<w:sz w:val="2[67]"\/>/);
    expect([...document.matchAll(/w:ascii="([^"]+)"/g)].every((m) => m[1] === 'Times New Roman')).toBe(true);
    // Page 1 has its own (empty) header; the others carry the PAGE field, centred.
    expect(document).toContain('<w:titlePg/>');
    const first = document.match(/<w:headerReference w:type="first" r:id="(\w+)"/)![1]!;
    const others = document.match(/<w:headerReference w:type="default" r:id="(\w+)"/)![1]!;
    const target = (id: string) => parts.get('word/_rels/document.xml.rels')!.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))![1]!;
    expect(parts.get(`word/${target(first)}`)).not.toMatch(/PAGE/);
    const pageHeader = parts.get(`word/${target(others)}`)!;
    expect(pageHeader).toMatch(/PAGE/);
    expect(pageHeader).toContain('<w:jc w:val="center"/>');
  });

  it('has the quốc hiệu, tiêu ngữ, number, date line, tên loại, trích yếu, nơi nhận and signature, with blanks where the settings are empty', async () => {
    const { parts } = await reportFile('tinh-2026');
    const text = xmlText(parts.get('word/document.xml')!);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain(`Số: ${BLANK}/BC-${BLANK}`);
    expect(text).toContain(`${BLANK}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả công tác tuyên truyền phòng, chống mại dâm năm 2026');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain(`Lưu: VT, ${BLANK}.`);
    // No officer's name or number invented.
    expect(text).not.toMatch(/Nguyễn|Trần|Lê Văn/);
  });

  it('takes the officer fields from the settings when they are entered', async () => {
    const header = { ...blankHeader, issuingBody: 'Cơ quan thử', symbol: 'ct', place: 'Thử', signerTitle: 'Giám đốc', signerName: 'Người Ký Thử', recipients: ['Bộ Thử'], archive: 'Lưu: VT, PT' };
    const text = xmlText((await reportFile('tinh-2026', header)).parts.get('word/document.xml')!);
    expect(text).toContain('CƠ QUAN THỬ');
    expect(text).toContain(`Số: ${BLANK}/BC-CT`);
    expect(text).toContain(`Thử, ngày ${BLANK}`);
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('Người Ký Thử');
    expect(text).toContain('- Bộ Thử;');
    expect(text).toContain('- Lưu: VT, PT.');
  });

  it('lists every target of the plan in force with the figure recomputed from the records', async () => {
    const { parts, report } = await reportFile('tinh-2026');
    const text = xmlText(parts.get('word/document.xml')!);
    for (const target of items[1]!.plan.targets) expect(text).toContain(target.label);
    const people = (audience: string) =>
      fixtureYearRecords()
        .filter((r) => r.date.startsWith('2026-') && r.audiences.includes(audience))
        .reduce((s, r) => s + (r.participants ?? 0), 0);
    expect(text).toContain(`${people('lao-dong-khu-cong-nghiep').toLocaleString('vi-VN')} lượt người`);
    expect(text).toContain(`${people('hoc-sinh-sinh-vien').toLocaleString('vi-VN')} lượt người`);
    expect(report.illustrative).toBe(false);
  });

  it('says so on every page while sample data is shipped', async () => {
    const { parts } = await reportFile('tinh-2026', blankHeader, true);
    const footers = [...parts.entries()].filter(([path]) => /word\/footer\d+\.xml/.test(path)).map(([, xml]) => xmlText(xml));
    expect(footers).toHaveLength(2);
    expect(footers.every((f) => f.includes(ILLUSTRATIVE_MARK))).toBe(true);
  });

  it('says no plan was entered for a year without one', async () => {
    const ref = reportRefs(testCampaign(), 2024, 3, '2026-12-03').find((r) => r.slug === 'tinh-2026')!;
    const report = campaignReport({ ref, plans: [items[0]!], campaign, header: blankHeader, to: [], today: '2026-12-03' });
    expect(report.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Chưa nhập kế hoạch năm 2026'))).toBe(true);
  });
});

it('keeps the margins inside the decree\'s ranges', () => {
  expect(MARGINS.left / 56.7).toBeGreaterThanOrEqual(30);
});

describe('requestedReportRef', async () => {
  const { requestedReportRef } = await import('./campaign-report');
  const { fixtureRegistry } = await import('../units/fixture');
  const registry = fixtureRegistry();
  it('makes a district quarterly report ref, and refuses a running quarter or a district of another period', () => {
    expect(requestedReportRef(registry, { kind: 'quarter', year: 2024, quarter: 3 }, { listId: 'a', code: '002' }, '2025-08-15')).toMatchObject({
      slug: 'huyen-002-2024-q3',
      scope: { kind: 'huyen', code: '002', name: 'Huyện Hai' },
      periodLabel: 'Quý 3/2024',
    });
    expect(requestedReportRef(registry, { kind: 'year', year: 2025 }, undefined, '2025-08-15')).toMatchObject({ slug: 'tinh-2025', scope: { kind: 'tinh' } });
    expect(requestedReportRef(registry, { kind: 'quarter', year: 2025, quarter: 3 }, undefined, '2025-08-15')).toBe('Quý 3/2025 chưa kết thúc: chọn một kỳ đã qua.');
    expect(requestedReportRef(registry, { kind: 'quarter', year: 2025, quarter: 3 }, { listId: 'a', code: '001' }, '2026-01-15')).toMatch(/^Huyện mã 001 không có trong Quý 3\/2025/);
  });
});
