/** Interface strings, Vietnamese. Pages and components take every fixed label from here. */
export const vi = {
  skipLink: 'Bỏ qua, tới nội dung chính',
  nav: {
    label: 'Mục chính',
    home: 'Trang chủ',
    materials: 'Tài liệu',
    lessons: 'Bài giảng',
    campaign: 'Chiến dịch',
    news: 'Tin tức',
    plan: 'Kế hoạch',
    help: 'Hỗ trợ',
    search: 'Tìm kiếm',
    menu: 'Danh mục',
  },
  search: {
    label: 'Tìm tài liệu, bài giảng, tin tức',
    placeholder: 'Ví dụ: lừa đảo việc làm',
    button: 'Tìm',
  },
  footer: {
    planLine: 'Thực hiện Kế hoạch số 164/KH-UBND ngày 02/11/2021 của Ủy ban nhân dân tỉnh Hưng Yên',
    accessibility: 'Tuyên bố về khả năng tiếp cận',
    about: 'Giới thiệu',
    contact: 'Đơn vị phụ trách',
    notFilled: 'Chưa cập nhật',
  },
  notFilled: 'Chưa cập nhật',
  notFilledHint: 'Cán bộ phụ trách sẽ bổ sung thông tin chính thức.',
  breadcrumbs: 'Vị trí trang',
  publishedOn: 'Ngày đăng',
  updatedOn: 'Cập nhật',
  source: 'Nguồn',
  readMore: 'Xem tiếp',
  emptyList: 'Chưa có nội dung nào ở mục này.',
  print: 'In trang này',
} as const;

export type Strings = typeof vi;
