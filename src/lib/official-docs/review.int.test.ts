import { describe, expect, it } from 'vitest';
import { loadShareFonts } from '../../data/share-fonts';
import { chartPng } from '../charts/chart-png';
import { testCampaign, testRecords } from '../dashboard/test-campaign';
import { ILLUSTRATIVE_MARK, officialReportDocx } from './nd30-docx';
import { officeParts, xmlText } from './office-zip';
import { planReview } from './review';
import { reviewDeck } from './review-deck';
import { reviewReport } from './review-docx';

const header = { parentBody: '', issuingBody: '', symbol: '', place: '', signerAuthority: '', signerTitle: '', signerName: '', recipients: [], archive: '' };

describe('the review (tổng kết): page model, Word file and slide deck', async () => {
  const campaign = testCampaign({ illustrative: true, today: '2026-12-03' });
  const plan = { ...campaign.plan, title: 'Kế hoạch thử', issuer: 'UBND tỉnh Thử', issuedOn: '2024-06-01', copyNote: 'Bản văn bản dừng ở mục II.3.' };
  const review = planReview({ plan, campaign, materials: [{ slug: 'to-roi-a', title: 'Tờ rơi A', publishedAt: '2024-01-01' }], today: '2026-12-03' });
  const fonts = loadShareFonts();
  const charts = await Promise.all(review.charts.slice(0, 2).map(async (chart) => ({ caption: chart.title, png: await chartPng(chart, fonts) })));
  const docx = officeParts(await officialReportDocx(reviewReport(review, charts, header, [])));
  const pptx = officeParts(await reviewDeck(review, charts));

  it('recomputes the regular-outreach figure of each year from the records', () => {
    // Independent: units with activity in at least `rule` quarters of the year, over the units of the year's list.
    const rule = plan.regularQuartersPerYear;
    const row = review.targetTable.rows.find((r) => r[0]!.includes('Xã có tuyên truyền'))!;
    // 2024 has one unit list all year; 2025's lists change mid-year (regularity.test.ts covers the mapping).
    for (const [index, year] of [2024].entries()) {
      const quartersByUnit = new Map<string, Set<number>>();
      for (const r of testRecords()) {
        if (!r.date.startsWith(`${year}-`)) continue;
        const key = `${r.listId}:${r.code}`;
        if (!quartersByUnit.has(key)) quartersByUnit.set(key, new Set());
        quartersByUnit.get(key)!.add(Math.floor((Number(r.date.slice(5, 7)) - 1) / 3));
      }
      const units = campaign.years.find((y) => y.year === year)!.rows.length;
      const listId = campaign.years.find((y) => y.year === year)!.list.id;
      const regular = [...quartersByUnit.entries()].filter(([key, q]) => key.startsWith(`${listId}:`) && q.size >= rule).length;
      expect(row[2 + index]).toContain(`${regular}/${units} đơn vị`);
    }
  });

  it('puts every target, each year, the end figure and the verdict in the Word file, and the mark on every page', () => {
    const text = xmlText(docx.get('word/document.xml')!);
    for (const target of plan.targets) expect(text).toContain(target.label);
    for (const cell of review.targetTable.rows.flat()) expect(text).toContain(cell);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Bản văn bản dừng ở mục II.3.');
    const footers = [...docx.entries()].filter(([path]) => /^word\/footer\d+\.xml$/.test(path));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    expect(footers.every(([, xml]) => xmlText(xml).includes(ILLUSTRATIVE_MARK))).toBe(true);
    expect(docx.get('word/_rels/document.xml.rels')!.match(/media\/[^"]+\.png/g)?.length).toBe(charts.length);
  });

  it('makes a deck with every target and the charts, the mark on every slide', () => {
    const slides = [...pptx.entries()].filter(([path]) => /^ppt\/slides\/slide\d+\.xml$/.test(path)).map(([, xml]) => xmlText(xml));
    expect(slides.length).toBe(2 + Math.ceil(plan.targets.length / 6) + charts.length + 1);
    expect(slides.every((s) => s.includes(ILLUSTRATIVE_MARK))).toBe(true);
    const all = slides.join('\n');
    for (const target of plan.targets) expect(all).toContain(target.label);
    expect(pptx.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect([...pptx.keys()].filter((p) => p.startsWith('ppt/slides/_rels/')).map((p) => pptx.get(p)!).join('').match(/media\/[^"]+\.png/g)?.length).toBe(charts.length);
  });

  it('gives every quarter of the period its reports received, on-time rate, three states and close', () => {
    const table = review.reportingStates!;
    expect(table.columns).toEqual(['Quý', 'Đã nhận báo cáo', 'Đúng hạn', 'Xã, phường theo tình trạng', 'Số liệu']);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) {
      expect(row[0]).toMatch(/^Quý [1-4]\/20\d\d/);
      expect(row[1]).toMatch(/^\d+\/\d+ /);
      expect(row[3]).toMatch(/^\d+ có hoạt động · \d+ đã báo cáo, không có hoạt động · \d+ chưa báo cáo$/);
      expect(row[4]).toMatch(/^(Số liệu đã chốt ngày|Đang mở)/);
    }
  });
});
