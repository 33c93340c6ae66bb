import PptxGenJS from 'pptxgenjs';
import type { ChartImage } from './review-docx';
import { ILLUSTRATIVE_MARK } from './nd30-docx';
import type { PlanReview } from './review';

/**
 * The slide deck for the review meeting (hội nghị tổng kết): the headline,
 * every target's result, and one slide per chart, from the same review model
 * as the page and the Word file. A real .pptx (pptxgenjs), editable in
 * PowerPoint and LibreOffice Impress. While sample data is shipped every slide
 * says DỮ LIỆU MINH HỌA.
 */
const FONT = 'Times New Roman';
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export async function reviewDeck(review: PlanReview, charts: readonly ChartImage[]): Promise<Uint8Array<ArrayBuffer>> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = `Tổng kết Kế hoạch ${review.planNumber}`;
  const mark = (slide: PptxGenJS.Slide) => {
    if (review.illustrative) {
      slide.addText(`${ILLUSTRATIVE_MARK} – không phải số liệu thật của tỉnh`, { x: 0.4, y: 7.0, w: 12.5, h: 0.35, fontFace: FONT, fontSize: 14, bold: true, color: 'B3261E', align: 'center' });
    }
  };
  const heading = (slide: PptxGenJS.Slide, text: string) => slide.addText(text, { x: 0.5, y: 0.3, w: 12.3, h: 0.8, fontFace: FONT, fontSize: 28, bold: true, color: '1D3557' });

  const title = deck.addSlide();
  title.addText(review.heading, { x: 0.8, y: 1.8, w: 11.7, h: 1.8, fontFace: FONT, fontSize: 36, bold: true, align: 'center', color: '1D3557' });
  title.addText(`Giai đoạn ${review.period}. ${review.status}`, { x: 0.8, y: 3.8, w: 11.7, h: 0.8, fontFace: FONT, fontSize: 20, align: 'center' });
  mark(title);

  const { headline } = review;
  const summary = deck.addSlide();
  heading(summary, 'Kết quả chung');
  summary.addText(
    [
      { text: `${headline.targets} chỉ tiêu của mục II`, options: { bold: true, breakLine: true } },
      { text: `Đạt: ${headline.met}`, options: { breakLine: true } },
      { text: `Chưa đạt: ${headline.notMet}`, options: { breakLine: true } },
      { text: `Chưa đủ số liệu hoặc kế hoạch không nêu con số: ${headline.unknown}`, options: { breakLine: true } },
    ],
    { x: 0.8, y: 1.4, w: 11.7, h: 2.5, fontFace: FONT, fontSize: 24, valign: 'top' },
  );
  mark(summary);

  // Every target on result slides, six rows a slide.
  const rows = review.results;
  for (let start = 0; start < rows.length; start += 6) {
    const slide = deck.addSlide();
    heading(slide, `Từng chỉ tiêu (${start + 1}–${Math.min(rows.length, start + 6)}/${rows.length})`);
    const header = ['Chỉ tiêu', 'Mức phải đạt', 'Cuối kỳ', 'Đánh giá'].map((text) => ({ text, options: { bold: true, fill: { color: 'E8F1F2' } } }));
    slide.addTable(
      [header, ...rows.slice(start, start + 6).map((r) => [`${r.section}. ${r.label}`, r.targetText, r.end, r.met].map((text) => ({ text })))],
      { x: 0.5, y: 1.2, w: 12.3, colW: [5.3, 2.6, 2.8, 1.6], fontFace: FONT, fontSize: 14, border: { type: 'solid', pt: 0.5, color: '888888' }, valign: 'middle' },
    );
    mark(slide);
  }

  for (const chart of charts) {
    const slide = deck.addSlide();
    slide.addImage({ data: `data:image/png;base64,${toBase64(chart.png)}`, x: 0.9, y: 0.4, w: 11.5, h: 5.75, altText: chart.caption });
    slide.addText(chart.caption, { x: 0.9, y: 6.2, w: 11.5, h: 0.7, fontFace: FONT, fontSize: 14, italic: true });
    mark(slide);
  }

  const closing = deck.addSlide();
  heading(closing, 'Những nội dung chưa có số liệu trên trang');
  closing.addText(review.missingSections || 'Không có.', { x: 0.8, y: 1.4, w: 11.7, h: 3, fontFace: FONT, fontSize: 20, valign: 'top' });
  mark(closing);

  const output = (await deck.write({ outputType: 'uint8array' })) as Uint8Array;
  return Uint8Array.from(output);
}
