import { fields, singleton } from '@keystatic/core';

const reportBlankHint = 'Để trống nếu chưa có: tệp Word để chỗ trống có dấu chấm để cán bộ điền tay.';
const notFilledHint = 'Để trống nếu chưa có thông tin chính thức: trang sẽ hiện rõ "Chưa cập nhật".';

/**
 * Cài đặt chung: programme name, responsible units, help lines and local
 * services. Stored as content/cai-dat/index.yaml.
 */
/**
 * Who is responsible now: since 01/3/2025 the health sector is the state body for
 * prostitution prevention (Nghị định 42/2025/NĐ-CP, as the Ministry of Health said
 * at its review conference on 04/12/2025, reported by Báo Sức khỏe và Đời sống).
 */
const responsibilityHint =
  'Lưu ý: từ ngày 01/3/2025, ngành y tế là cơ quan quản lý nhà nước về phòng, chống mại dâm (Nghị định 42/2025/NĐ-CP); Sở Lao động – Thương binh và Xã hội không còn. Ghi đúng tên đơn vị đầu mối của tỉnh sau khi xác nhận (báo chí tháng 12/2025 nêu Sở Y tế).';

export const settings = singleton({
  label: 'Cài đặt chung',
  path: 'content/cai-dat/',
  format: { data: 'yaml' },
  schema: {
    programmeName: fields.text({
      label: 'Tên chương trình',
      description: 'Hiện ở đầu và cuối mọi trang.',
      validation: { length: { min: 5 } },
    }),
    shortName: fields.text({
      label: 'Tên ngắn',
      description: 'Dùng trên màn hình điện thoại và biểu tượng ứng dụng (tối đa 30 ký tự).',
      validation: { length: { min: 2, max: 30 } },
    }),
    description: fields.text({
      label: 'Giới thiệu một câu',
      description: 'Nói trang này là gì, dành cho ai (hiện trên kết quả tìm kiếm và khi chia sẻ).',
      multiline: true,
      validation: { length: { min: 20, max: 200 } },
    }),
    contactUnits: fields.array(
      fields.object({
        name: fields.text({ label: 'Tên cơ quan, đơn vị', validation: { length: { min: 3 } } }),
        role: fields.text({ label: 'Vai trò', description: `Ví dụ: cơ quan thường trực, đơn vị phụ trách trang. ${responsibilityHint}` }),
        address: fields.text({ label: 'Địa chỉ', description: notFilledHint }),
        phone: fields.text({ label: 'Điện thoại', description: notFilledHint }),
        email: fields.text({ label: 'Thư điện tử', description: notFilledHint }),
      }),
      { label: 'Đơn vị liên hệ', itemLabel: (props) => props.fields.name.value || 'Đơn vị' },
    ),
    helpLines: fields.array(
      fields.object({
        name: fields.text({ label: 'Tên đường dây', validation: { length: { min: 3 } } }),
        number: fields.text({
          label: 'Số điện thoại',
          description: 'Chỉ ghi số đã được xác nhận chính thức. ' + notFilledHint,
        }),
        when: fields.text({ label: 'Gọi khi nào', multiline: true, validation: { length: { min: 5 } } }),
        scope: fields.select({
          label: 'Phạm vi',
          options: [
            { label: 'Toàn quốc', value: 'toan-quoc' },
            { label: 'Trong tỉnh', value: 'trong-tinh' },
          ],
          defaultValue: 'toan-quoc',
        }),
      }),
      { label: 'Đường dây hỗ trợ', itemLabel: (props) => `${props.fields.name.value} ${props.fields.number.value}` },
    ),
    reportHeader: fields.object(
      {
        parentBody: fields.text({ label: 'Cơ quan chủ quản trực tiếp', description: 'Ví dụ: UBND TỈNH HƯNG YÊN. ' + reportBlankHint }),
        issuingBody: fields.text({ label: 'Cơ quan ban hành báo cáo', description: 'Tên chính thức, đầy đủ. ' + reportBlankHint }),
        symbol: fields.text({ label: 'Chữ viết tắt tên cơ quan trong ký hiệu', description: 'Phần sau "BC-" trong "Số: …/BC-…". ' + reportBlankHint }),
        place: fields.text({ label: 'Địa danh', description: 'Tên đơn vị hành chính nơi cơ quan đóng trụ sở, ví dụ: Hưng Yên. ' + reportBlankHint }),
        signerAuthority: fields.text({ label: 'Quyền hạn, chức vụ người ký', description: 'Ví dụ: KT. GIÁM ĐỐC. ' + reportBlankHint }),
        signerTitle: fields.text({ label: 'Chức vụ của người ký', description: 'Ví dụ: PHÓ GIÁM ĐỐC. ' + reportBlankHint }),
        signerName: fields.text({ label: 'Họ và tên người ký', description: reportBlankHint }),
        sendTo: fields.array(fields.text({ label: 'Kính gửi' }), {
          label: 'Kính gửi (cơ quan cấp trên nhận báo cáo)',
          description: 'Để trống nếu chưa rõ: tệp Word để chỗ trống.',
          itemLabel: (props) => props.value || 'Cơ quan',
        }),
        recipients: fields.array(fields.text({ label: 'Nơi nhận' }), {
          label: 'Nơi nhận',
          description: 'Mỗi dòng một cơ quan, đơn vị. Dòng "Lưu: VT, …" ghi ở ô dưới.',
          itemLabel: (props) => props.value || 'Nơi nhận',
        }),
        archive: fields.text({ label: 'Dòng lưu', description: 'Ví dụ: Lưu: VT, PCTNXH. ' + reportBlankHint }),
      },
      { label: 'Báo cáo gửi cấp trên (thể thức Nghị định 30/2020/NĐ-CP)' },
    ),
    localServices: fields.array(
      fields.object({
        kind: fields.text({
          label: 'Loại dịch vụ',
          description: 'Ví dụ: tư vấn tâm lý, xét nghiệm HIV, trợ giúp pháp lý.',
          validation: { length: { min: 3 } },
        }),
        what: fields.text({ label: 'Giúp được gì', multiline: true, validation: { length: { min: 5 } } }),
        name: fields.text({ label: 'Tên cơ sở', description: notFilledHint }),
        phone: fields.text({ label: 'Điện thoại', description: notFilledHint }),
        address: fields.text({ label: 'Địa chỉ', description: notFilledHint }),
        hours: fields.text({ label: 'Giờ làm việc', description: notFilledHint }),
      }),
      {
        label: 'Dịch vụ hỗ trợ tại địa phương',
        description: `Các tài liệu hướng người đọc đến những mục này: điền tên, điện thoại, địa chỉ đã xác nhận trước khi phát hành rộng. ${responsibilityHint}`,
        itemLabel: (props) => props.fields.kind.value || 'Dịch vụ',
      },
    ),
  },
});

/**
 * Trang Hỗ trợ: the words around the help lines, and the summary of the law.
 * Stored as content/ho-tro/index.mdoc.
 */
export const helpPage = singleton({
  label: 'Trang Hỗ trợ',
  path: 'content/ho-tro/',
  format: { contentField: 'law' },
  entryLayout: 'content',
  schema: {
    intro: fields.text({
      label: 'Lời mở đầu',
      description: 'Vài câu trấn an, dễ hiểu: ai cũng có thể tìm giúp đỡ, thông tin được giữ kín.',
      multiline: true,
      validation: { length: { min: 20 } },
    }),
    law: fields.markdoc({
      label: 'Pháp luật nói gì',
      description: 'Nêu tên và số hiệu văn bản. Không nêu mức phạt nếu chưa kiểm tra với văn bản gốc.',
    }),
  },
});
