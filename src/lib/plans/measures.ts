/**
 * The catalogue of measures (thước đo) a plan's target can name: each one is a
 * figure the tracker computes from the content (activities, denominators,
 * district plans and reports). A plan says which measure each target uses;
 * pages never name a target, its value or its threshold. Pure.
 */

/** How a target's value is expressed: a share (%) or a number of people/items. */
export type TargetUnit = 'phan-tram' | 'so-luong';

export const targetUnits: readonly { value: TargetUnit; label: string }[] = [
  { value: 'phan-tram', label: 'Tỷ lệ (%)' },
  { value: 'so-luong', label: 'Số lượng (người, tin bài…)' },
];

export interface Measure {
  id: string;
  /** The label officers pick in the CMS. */
  label: string;
  /** What the figure counts, in words for reports. */
  counts: string;
  unit: TargetUnit;
  /** True when the target must name an audience (nhóm đối tượng). */
  needsAudience: boolean;
  /** The level the figure is computed at. */
  level: 'xa' | 'huyen' | 'tinh';
}

export const measures = [
  {
    id: 'don-vi-duy-tri-thuong-xuyen',
    label: 'Tỷ lệ xã, phường có tuyên truyền và duy trì thường xuyên',
    counts: 'đơn vị cấp xã có hoạt động tuyên truyền ở đủ số quý tối thiểu của năm, trên tổng số đơn vị kế hoạch bao phủ',
    unit: 'phan-tram',
    needsAudience: false,
    level: 'xa',
  },
  {
    id: 'doi-tuong-ty-le',
    label: 'Tỷ lệ người của một nhóm đối tượng được tuyên truyền (so với mẫu số)',
    counts: 'lượt người của nhóm đối tượng dự các hoạt động trong năm, chia cho mẫu số cán bộ đã nhập cho năm đó',
    unit: 'phan-tram',
    needsAudience: true,
    level: 'xa',
  },
  {
    id: 'doi-tuong-so-nguoi',
    label: 'Số lượt người của một nhóm đối tượng được tuyên truyền',
    counts: 'lượt người của nhóm đối tượng dự các hoạt động trong năm',
    unit: 'so-luong',
    needsAudience: true,
    level: 'xa',
  },
  {
    id: 'tin-bai-bao-cao-huyen',
    label: 'Số tin, bài trên báo, đài (theo báo cáo của huyện)',
    counts: 'tin, bài, phóng sự trên báo, đài tỉnh và đài truyền thanh huyện, cộng theo báo cáo năm của các huyện',
    unit: 'so-luong',
    needsAudience: false,
    level: 'huyen',
  },
  {
    id: 'hoat-dong-bao-dai',
    label: 'Số hoạt động hình thức "Báo, đài" được ghi nhận',
    counts: 'hoạt động hình thức "Báo, đài" do các xã, phường ghi nhận trong năm',
    unit: 'so-luong',
    needsAudience: false,
    level: 'xa',
  },
  {
    id: 'huyen-co-ke-hoach',
    label: 'Tỷ lệ huyện có kế hoạch năm',
    counts: 'huyện có kế hoạch năm được nhập, trên tổng số huyện của danh sách đơn vị trong năm',
    unit: 'phan-tram',
    needsAudience: false,
    level: 'huyen',
  },
  {
    id: 'huyen-long-ghep',
    label: 'Tỷ lệ huyện lồng ghép với các chương trình khác',
    counts: 'huyện báo cáo đã lồng ghép, trên tổng số huyện (huyện chưa báo cáo tính là chưa đạt)',
    unit: 'phan-tram',
    needsAudience: false,
    level: 'huyen',
  },
  {
    id: 'tin-bao-xu-ly',
    label: 'Tỷ lệ tin báo, tố giác, khiếu nại được xử lý kịp thời',
    counts: 'tin báo, tố giác, khiếu nại đã xác minh, xử lý kịp thời trên số nhận được, theo báo cáo năm của các huyện',
    unit: 'phan-tram',
    needsAudience: false,
    level: 'huyen',
  },
  {
    id: 'co-so-kiem-tra-trong-nam',
    label: 'Tỷ lệ cơ sở kinh doanh dịch vụ được kiểm tra trong năm',
    counts: 'cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm được kiểm tra trong năm, trên tổng số cơ sở (báo cáo của huyện)',
    unit: 'phan-tram',
    needsAudience: false,
    level: 'huyen',
  },
  {
    id: 'co-so-kiem-tra-tu-dau-giai-doan',
    label: 'Tỷ lệ cơ sở được kiểm tra ít nhất một lần từ đầu giai đoạn',
    counts: 'cơ sở được kiểm tra ít nhất một lần từ năm 2021 đến hết năm, trên tổng số cơ sở (báo cáo của huyện)',
    unit: 'phan-tram',
    needsAudience: false,
    level: 'huyen',
  },
] as const satisfies readonly Measure[];

export type MeasureId = (typeof measures)[number]['id'];

export const measureOf = (id: string): Measure | undefined => (measures as readonly Measure[]).find((m) => m.id === id);

/** "Không theo nhóm đối tượng": the audience field's value for measures that need none. */
export const NO_AUDIENCE = 'khong';
