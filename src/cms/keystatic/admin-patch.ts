/**
 * Vietnamese for the Keystatic admin's own words. Keystatic ships no vi-VN
 * locale, so its browser bundle is rewritten at build time: the en-US string
 * table is replaced and the validation messages and buttons officers see in
 * the create-and-save flow are translated. Pinned to @keystatic/core 0.6.9;
 * a test checks that every phrase is still found in the installed bundle.
 */

/** The en-US table of Keystatic's l10n strings, in Vietnamese. */
export const KEYSTATIC_STRINGS_VI: Record<string, string> = {
  add: 'Thêm mới',
  basedOn: 'Dựa trên',
  branches: 'Nhánh',
  branchName: 'Tên nhánh',
  cancel: 'Hủy',
  clear: 'Xóa',
  collection: 'Danh mục',
  collections: 'Danh mục',
  create: 'Tạo mới',
  createPullRequest: 'Tạo yêu cầu hợp nhất',
  currentBranch: 'Nhánh hiện tại',
  dashboard: 'Tổng quan',
  defaultBranch: 'Nhánh chính',
  delete: 'Xóa',
  deleteBranch: 'Xóa nhánh',
  edit: 'Sửa',
  loading: 'Đang tải',
  newBranch: 'Nhánh mới…',
  otherBranches: 'Nhánh khác',
  pullRequests: 'Yêu cầu hợp nhất',
  save: 'Lưu',
  search: 'Tìm kiếm',
  singleton: 'Trang cài đặt',
  singletons: 'Trang cài đặt',
  theCurrentlyCheckedOutBranch: 'Nhánh đang dùng. Chọn nhánh này nếu cần làm tiếp trên công việc đang có.',
  theDefaultBranchInYourRepository: 'Nhánh chính của kho. Chọn nhánh này để bắt đầu việc mới, không phụ thuộc nhánh hiện tại.',
  viewPullRequests: 'Xem yêu cầu hợp nhất',
};

/** Exact source fragments of the browser bundle and their Vietnamese replacements. */
export const KEYSTATIC_PHRASES_VI: [string, string][] = [
  ['`${fieldLabel} must not be empty`', '`${fieldLabel}: không được để trống`'],
  ['`${fieldLabel} must be at least ${min} characters long`', '`${fieldLabel}: cần ít nhất ${min} ký tự`'],
  ['`${fieldLabel} must be no longer than ${max} characters`', '`${fieldLabel}: không được dài quá ${max} ký tự`'],
  ['`${fieldLabel} must be unique`', '`${fieldLabel}: giá trị này đã được dùng, hãy chọn giá trị khác`'],
  ['`${label} is required`', '`${label}: bắt buộc phải điền`'],
  ['[props.label, " is required"]', '[props.label, ": bắt buộc phải điền"]'],
  ['`${label} must be a number`', '`${label}: phải là số`'],
  ['`${label} must be at least ${validation.min}`', '`${label}: nhỏ nhất là ${validation.min}`'],
  ['`${label} must be at most ${validation.max}`', '`${label}: lớn nhất là ${validation.max}`'],
  ['"Reset changes"', '"Hoàn tác thay đổi"'],
  ['"Copy entry"', '"Sao chép mục"'],
  ["'Copy entry'", "'Sao chép mục'"],
  ['"Paste entry"', '"Dán mục"'],
  ["'Paste entry'", "'Dán mục'"],
  ['"Preview"', '"Xem trước"'],
  ['"Unsaved"', '"Chưa lưu"'],
  ['"Entry not found."', '"Không tìm thấy mục này."'],
  ['"Are you sure? This action cannot be undone."', '"Bạn chắc chắn chứ? Không thể hoàn tác thao tác này."'],
  ['"Choose file"', '"Chọn tệp"'],
  ['"Add item"', '"Thêm mục"'],
  ['"Remove"', '"Xóa"'],
  ['"Done"', '"Xong"'],
  ['"Text block"', '"Đoạn văn"'],
  ['"Edit item"', '"Sửa mục"'],
  ['"Empty list"', '"Danh sách trống"'],
  ['"Add the first item to see it here."', '"Thêm mục đầu tiên để thấy ở đây."'],
  ["'Paragraph'", "'Đoạn văn'"],
  // Dates as dd/mm/yyyy and numbers as 1.234 in the admin's fields (react-aria formats by this locale;
  // strings it has no vi-VN table for fall back to the en-US tables translated below).
  ["locale: config.locale || 'en-US'", "locale: config.locale || 'vi-VN'"],
  ['"aria-label": "Open app navigation"', '"aria-label": "Mở danh mục điều hướng"'],
  ['label: "Reset",', 'label: "Hoàn tác",'],
  ["label: 'Reset',", "label: 'Hoàn tác',"],
  ['"Delete entry\\u2026"', '"Xóa mục\\u2026"'],
  ['"Duplicate entry\\u2026"', '"Nhân bản mục\\u2026"'],
  ['"View on GitHub"', '"Xem trên GitHub"'],
  ['"aria-label": "show search"', '"aria-label": "Hiện ô tìm kiếm"'],
  ['"aria-label": "Loading Entries"', '"aria-label": "Đang tải các mục"'],
  ['"aria-label": "Status"', '"aria-label": "Trạng thái"'],
  ['"aria-label": "Saving changes"', '"aria-label": "Đang lưu thay đổi"'],
  ['"aria-label": "Loading Item"', '"aria-label": "Đang tải mục"'],
  ['"aria-label": "Creating entry"', '"aria-label": "Đang tạo mục"'],
  ['"aria-label": "Add"', '"aria-label": "Thêm"'],
  ['"aria-label": "Changed"', '"aria-label": "Đã thay đổi"'],
  ['"aria-label": "User menu"', '"aria-label": "Tài khoản"'],
  ['label: "Log out"', 'label: "Đăng xuất"'],
  ['label: "Account"', 'label: "Tài khoản"'],
  ['label: "Image library"', 'label: "Thư viện ảnh"'],
  ['"aria-label": "Language"', '"aria-label": "Ngôn ngữ"'],
  ['"aria-label": "theme"', '"aria-label": "Giao diện sáng hoặc tối"'],
  ['placeholderPlugin(\'Start writing or press "/" for commands…\')', 'placeholderPlugin(\'Bắt đầu viết, hoặc gõ "/" để chèn khối…\')'],
];

/**
 * Changes of behaviour, not of wording, each found exactly once in the
 * browser bundle (a test counts them): a collection's list finds an entry by
 * the values of its columns too, with tone marks, đ and case ignored (the
 * activity files are named 2024/2021-11950; an officer searches "lam son");
 * an object column (the activity file's unit) shows its name and code; the
 * dashboard links the officers' data desk.
 */
export const KEYSTATIC_PATCHES: [string, string][] = [
  [
    'return entriesWithData.filter(item => item.name.toLowerCase().includes(searchTerm.toLowerCase()));',
    "return entriesWithData.filter(item => { const fold = text => String(text).normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[\\u0111\\u0110]/g, 'd').toLowerCase(); const query = fold(searchTerm); const columns = (collection.columns || []).map(column => JSON.stringify(item.data ? item.data[column] ?? '' : '')).join(' '); return fold(item.name).includes(query) || fold(columns).includes(query); });",
  ],
  [
    "val = val + '';",
    "val = typeof val === 'object' ? (typeof val.name === 'string' ? val.name + (typeof val.code === 'string' ? ' (mã ' + val.code + ')' : '') : JSON.stringify(val)) : val + '';",
  ],
  ["name: 'Slug',", "name: 'Tệp (năm/danh sách-mã)',"],
  [
    'children: [t3, t4, t5]',
    'children: [/*#__PURE__*/jsx("p", { style: { fontSize: "1.125rem", margin: 0 }, children: /*#__PURE__*/jsx("a", { href: "/nhap-lieu/", children: "Nhập liệu hoạt động tuyên truyền: tải mẫu Excel, nhập tệp báo cáo, ghi một hoạt động \u2192" }) }), t3, t4, t5]',
  ],
];

/**
 * The en-US string tables of the react-aria parts the admin's fields use
 * (number, date, search), which screen readers announce: "Increase Số người"
 * becomes "Tăng Số người". By component folder, exact source fragments.
 */
export const REACT_ARIA_PHRASES_VI: Record<string, [string, string][]> = {
  numberfield: [
    ['`Decrease ${args.fieldLabel}`', '`Giảm ${args.fieldLabel}`'],
    ['`Increase ${args.fieldLabel}`', '`Tăng ${args.fieldLabel}`'],
    ['`Number field`', '`Ô nhập số`'],
  ],
  spinbutton: [['`Empty`', '`Trống`']],
  datepicker: [
    ['`era`', '`kỷ nguyên`'],
    ['`year`', '`năm`'],
    ['`month`', '`tháng`'],
    ['`day`', '`ngày`'],
    ['`hour`', '`giờ`'],
    ['`minute`', '`phút`'],
    ['`second`', '`giây`'],
    ['`AM/PM`', '`SA/CH`'],
    ['`Calendar`', '`Lịch`'],
    ['`Start Date`', '`Ngày bắt đầu`'],
    ['`End Date`', '`Ngày kết thúc`'],
    ['`day of the week`', '`thứ trong tuần`'],
    ['`time zone`', '`múi giờ`'],
    ['`Selected Date: ${args.date}`', '`Ngày đã chọn: ${args.date}`'],
    ['`Selected Range: ${args.startDate} to ${args.endDate}`', '`Khoảng đã chọn: ${args.startDate} đến ${args.endDate}`'],
    ['`Selected Time: ${args.time}`', '`Giờ đã chọn: ${args.time}`'],
  ],
  calendar: [
    ['`Previous`', '`Tháng trước`'],
    ['`Next`', '`Tháng sau`'],
    ['`Selected Date: ${args.date}`', '`Ngày đã chọn: ${args.date}`'],
    ['`Selected Range: ${args.dateRange}`', '`Khoảng đã chọn: ${args.dateRange}`'],
    ['`Today, ${args.date} selected`', '`Hôm nay, ${args.date}, đã chọn`'],
    ['`Today, ${args.date}`', '`Hôm nay, ${args.date}`'],
    ['`${args.date} selected`', '`${args.date}, đã chọn`'],
    ['`Click to start selecting date range`', '`Bấm để chọn ngày bắt đầu`'],
    ['`Click to finish selecting date range`', '`Bấm để chọn ngày kết thúc`'],
    ['`First available date`', '`Ngày sớm nhất được chọn`'],
    ['`Last available date`', '`Ngày muộn nhất được chọn`'],
    ['`${args.startDate} to ${args.endDate}`', '`${args.startDate} đến ${args.endDate}`'],
  ],
  searchfield: [['`Clear search`', '`Xóa nội dung tìm`']],
  breadcrumbs: [['`Breadcrumbs`', '`Đường dẫn`']],
};

const REACT_ARIA_EN = /react-aria[\\/]dist[\\/]private[\\/]intl[\\/]([a-z]+)[\\/]en-US\.m?js$/;

/** The react-aria component whose en-US string table this file is, if it is one we translate. */
export function reactAriaStringsOf(id: string): string | null {
  const component = REACT_ARIA_EN.exec(id)?.[1];
  return component && component in REACT_ARIA_PHRASES_VI ? component : null;
}

/** The Vietnamese version of a react-aria en-US string table. */
export function translateReactAria(component: string, code: string): string {
  // Replace whole quoted values only: "`day`" must not touch "`day of the week`".
  return (REACT_ARIA_PHRASES_VI[component] ?? []).reduce((result, [english, vietnamese]) => result.split(`: ${english}`).join(`: ${vietnamese}`).split(`=>${english}`).join(`=>${vietnamese}`), code);
}

/** Rewrites the en-US table (the first one in the bundle) with Vietnamese strings. */
function replaceStringTable(code: string): string {
  return code.replace(/"en-US": \{([^}]*)\}/, (table: string) =>
    Object.entries(KEYSTATIC_STRINGS_VI).reduce(
      (result, [key, value]) => result.replace(new RegExp(`"${key}": \`[^\`]*\``), `"${key}": \`${value}\``),
      table,
    ),
  );
}

/** Vietnamese version of one Keystatic bundle file; files without these phrases come back unchanged. */
export function translateKeystatic(code: string): string {
  let result = code.includes('"en-US": {') ? replaceStringTable(code) : code;
  for (const [english, vietnamese] of [...KEYSTATIC_PHRASES_VI, ...KEYSTATIC_PATCHES]) result = result.split(english).join(vietnamese);
  return result;
}

/** Browser builds of @keystatic/core (not the .node / .worker / react-server ones). */
export function isKeystaticBrowserFile(id: string): boolean {
  return /@keystatic[\\/]core[\\/]dist[\\/][^\\/]+\.js$/.test(id) && !/\.(node|worker|react-server)\.js$|\.node\.react-server\.js$/.test(id);
}
