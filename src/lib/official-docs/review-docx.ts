import type { OfficialHeader, OfficialReport, ReportBlock } from './nd30-docx';
import type { PlanReview, ReviewTable } from './review';

/**
 * The review (báo cáo tổng kết) as a report in the state document format:
 * the same tables as the page, the charts as PNG images. Pure: the images
 * are rendered by the caller.
 */
export interface ChartImage {
  caption: string;
  png: Uint8Array;
}

const table = (t: ReviewTable): ReportBlock => ({ kind: 'table', caption: t.caption, columns: t.columns, rows: t.rows });

export function reviewReport(review: PlanReview, charts: readonly ChartImage[], header: OfficialHeader, to: readonly string[]): OfficialReport {
  const { headline } = review;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: `${review.heading}, giai đoạn ${review.period}. ${review.status} Trong ${headline.targets} chỉ tiêu của mục II: ${headline.met} chỉ tiêu đạt, ${headline.notMet} chỉ tiêu chưa đạt, ${headline.unknown} chỉ tiêu chưa đủ số liệu hoặc kế hoạch không nêu con số. Số liệu tính từ hoạt động các xã, phường ghi nhận và báo cáo năm của các huyện trên trang theo dõi chiến dịch, cùng cách tính với trang Chiến dịch.`,
    },
    { kind: 'heading', text: 'I. Kết quả thực hiện các chỉ tiêu' },
    table(review.targetTable),
    table(review.basisTable),
    ...charts.map((c): ReportBlock => ({ kind: 'image', png: c.png, width: 576, height: 288, caption: c.caption })),
    { kind: 'heading', text: 'II. Kết quả theo huyện (đến 30/06/2025)' },
    table(review.districtTable),
    table(review.reportTable),
    { kind: 'heading', text: 'III. Kết quả theo xã, phường, thị trấn' },
    ...review.communeTables.map(table),
    { kind: 'heading', text: 'IV. Tài liệu truyền thông và mức sử dụng' },
    table(review.materialTable),
    { kind: 'heading', text: 'V. Tình trạng báo cáo và các quý đã chốt số liệu' },
    review.reportingStates
      ? table(review.reportingStates)
      : { kind: 'paragraph', text: 'Chưa có quý nào trong giai đoạn để tính tình trạng báo cáo.', italic: true },
    { kind: 'heading', text: 'VI. Những nội dung báo cáo chưa nêu' },
    {
      kind: 'paragraph',
      text: `${review.missingSections} Vì vậy báo cáo tổng kết này không tự viết về các nội dung đó; cán bộ bổ sung từ bản kế hoạch đầy đủ.`,
      italic: true,
    },
    { kind: 'heading', text: 'VII. Đánh giá chung, khó khăn và kiến nghị' },
    { kind: 'paragraph', text: '(Phần này do cán bộ viết; trang theo dõi không tự viết.) ……………………………………………………………………………………………………', italic: true },
  ];
  return {
    header,
    kind: 'Báo cáo',
    summary: `Tổng kết thực hiện Kế hoạch số ${review.planNumber} giai đoạn ${review.period}`,
    to,
    blocks,
    illustrative: review.illustrative,
    title: `Báo cáo tổng kết Kế hoạch ${review.planNumber}`,
  };
}
