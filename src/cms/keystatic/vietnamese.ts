/**
 * Vietnamese (vi-VN) for Keystatic: every Vietnamese word the adapter puts
 * into Keystatic's admin or into content errors, and nothing else. The tables
 * are flat key → string tables like Keystatic's own l10n tables (the
 * `"en-US": { "add": `Add`, … }` table in @keystatic/core's admin bundle),
 * with arguments written `{name}` as in its source locale files, so they can
 * be offered upstream as a vi-VN locale as they are.
 *
 * Nothing here knows where or how Keystatic writes the English: admin-patch.ts
 * (the admin bundle) and messages.ts (the reader's errors) map Keystatic's
 * English onto these keys, so the editor and the build say the same words.
 */

/** Keystatic's l10n table: the keys of its en-US table, in Vietnamese. */
export const keystaticStrings = {
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
} satisfies Record<string, string>;

/**
 * Words the admin writes in English outside its l10n table (buttons, labels
 * read by screen readers), keyed by their English as Keystatic keys its table.
 */
export const adminWords = {
  resetChanges: 'Hoàn tác thay đổi',
  copyEntry: 'Sao chép mục',
  pasteEntry: 'Dán mục',
  preview: 'Xem trước',
  unsaved: 'Chưa lưu',
  entryNotFound: 'Không tìm thấy mục này.',
  areYouSureThisActionCannotBeUndone: 'Bạn chắc chắn chứ? Không thể hoàn tác thao tác này.',
  chooseFile: 'Chọn tệp',
  addItem: 'Thêm mục',
  remove: 'Xóa',
  done: 'Xong',
  textBlock: 'Đoạn văn',
  editItem: 'Sửa mục',
  emptyList: 'Danh sách trống',
  addTheFirstItemToSeeItHere: 'Thêm mục đầu tiên để thấy ở đây.',
  paragraph: 'Đoạn văn',
  openAppNavigation: 'Mở danh mục điều hướng',
  reset: 'Hoàn tác',
  deleteEntry: 'Xóa mục…',
  duplicateEntry: 'Nhân bản mục…',
  viewOnGitHub: 'Xem trên GitHub',
  showSearch: 'Hiện ô tìm kiếm',
  loadingEntries: 'Đang tải các mục',
  status: 'Trạng thái',
  savingChanges: 'Đang lưu thay đổi',
  loadingItem: 'Đang tải mục',
  creatingEntry: 'Đang tạo mục',
  addButton: 'Thêm',
  changed: 'Đã thay đổi',
  userMenu: 'Tài khoản',
  logOut: 'Đăng xuất',
  account: 'Tài khoản',
  imageLibrary: 'Thư viện ảnh',
  language: 'Ngôn ngữ',
  theme: 'Giao diện sáng hoặc tối',
  startWritingOrPressSlashForCommands: 'Bắt đầu viết, hoặc gõ "/" để chèn khối…',
} satisfies Record<string, string>;

/**
 * Field messages: what is wrong with a value, said once for the editor (next
 * to the field) and the build (in a content error). `fieldWithLabel` is how
 * the editor puts the field's label in front; a content error names the
 * field separately, so it says the message alone.
 */
export const fieldMessages = {
  fieldWithLabel: '{label}: {message}',
  isRequired: 'bắt buộc phải điền',
  mustNotBeEmpty: 'không được để trống',
  mustBeAtLeastCharactersLong: 'cần ít nhất {min} ký tự',
  mustBeNoLongerThanCharacters: 'không được dài quá {max} ký tự',
  mustBeUnique: 'giá trị này đã được dùng, hãy chọn giá trị khác',
  mustBeANumber: 'phải là số',
  mustBeAWholeNumber: 'phải là số nguyên',
  mustBeAtLeast: 'nhỏ nhất là {min}',
  mustBeAtMost: 'lớn nhất là {max}',
  isNotAValidDate: 'ngày không hợp lệ (dùng dạng YYYY-MM-DD)',
  mustBeAStringOrDate: 'phải là ngày dạng YYYY-MM-DD',
  mustBeAValidOption: 'giá trị không nằm trong danh sách được chọn',
  mustBeAnArrayWithOneOf: 'chỉ được chọn trong các giá trị: {options}',
  mustBeAnArrayOfOptions: 'phải là danh sách các lựa chọn',
  mustBeAString: 'phải là chữ (văn bản)',
  mustBeABoolean: 'phải là đúng/sai (true/false)',
  mustBeAnArray: 'phải là danh sách',
  mustBeAnObject: 'phải là một nhóm trường',
  mustHaveAtLeastElements: 'phải có ít nhất {min} mục',
  mustHaveAtMostElements: 'chỉ được có tối đa {max} mục',
  keyOnObjectValueIsNotAllowed: 'trường "{key}" không có trong mẫu; xóa hoặc sửa tên trường',
  /** A message not in this table (or one the schema wrote itself), kept as it came. */
  invalid: 'không hợp lệ ({message})',
  /** A line of a reader error that names no field (the file itself could not be read). */
  unreadableFile: 'không đọc được tệp ({message})',
} satisfies Record<string, string>;

export type FieldMessageKey = Exclude<keyof typeof fieldMessages, 'fieldWithLabel'>;

/** Fills `{name}` arguments; names without a value stay as they are. */
export function formatMessage(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** A field message without the label, as a content error says it: "cần ít nhất 5 ký tự". */
export function fieldMessage(key: FieldMessageKey, args: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(fieldMessages[key], args);
}

/** A field message as the editor shows it, label first: "Mô tả ngắn: cần ít nhất 5 ký tự". */
export function fieldMessageWithLabel(key: FieldMessageKey, label: string, args: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(fieldMessages.fieldWithLabel, { label, message: fieldMessage(key, args) });
}

/**
 * react-aria's string tables for the parts the admin's fields use (number,
 * date, search), which screen readers announce: "Increase Số người" becomes
 * "Tăng Số người". By component folder and react-aria's own keys; react-aria
 * ships no vi-VN table, so these replace its en-US ones.
 */
export const reactAriaStrings = {
  numberfield: {
    decrease: 'Giảm {fieldLabel}',
    increase: 'Tăng {fieldLabel}',
    numberField: 'Ô nhập số',
  },
  spinbutton: { Empty: 'Trống' },
  datepicker: {
    era: 'kỷ nguyên',
    year: 'năm',
    month: 'tháng',
    day: 'ngày',
    hour: 'giờ',
    minute: 'phút',
    second: 'giây',
    dayPeriod: 'SA/CH',
    calendar: 'Lịch',
    startDate: 'Ngày bắt đầu',
    endDate: 'Ngày kết thúc',
    weekday: 'thứ trong tuần',
    timeZoneName: 'múi giờ',
    selectedDateDescription: 'Ngày đã chọn: {date}',
    selectedRangeDescription: 'Khoảng đã chọn: {startDate} đến {endDate}',
    selectedTimeDescription: 'Giờ đã chọn: {time}',
  },
  calendar: {
    previous: 'Tháng trước',
    next: 'Tháng sau',
    selectedDateDescription: 'Ngày đã chọn: {date}',
    selectedRangeDescription: 'Khoảng đã chọn: {dateRange}',
    todayDate: 'Hôm nay, {date}',
    todayDateSelected: 'Hôm nay, {date}, đã chọn',
    dateSelected: '{date}, đã chọn',
    startRangeSelectionPrompt: 'Bấm để chọn ngày bắt đầu',
    finishRangeSelectionPrompt: 'Bấm để chọn ngày kết thúc',
    minimumDate: 'Ngày sớm nhất được chọn',
    maximumDate: 'Ngày muộn nhất được chọn',
    dateRange: '{startDate} đến {endDate}',
  },
  searchfield: { 'Clear search': 'Xóa nội dung tìm' },
  breadcrumbs: { breadcrumbs: 'Đường dẫn' },
} satisfies Record<string, Record<string, string>>;
