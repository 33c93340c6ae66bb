import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { KitDocument } from './kit';
import { KIT_FILES, kitZip } from './zip';

const kit: KitDocument = {
  slug: 'nhan-dien-lua-dao',
  title: 'Nhận diện lừa đảo việc làm và dụ dỗ qua mạng',
  summary: 'Học sinh nhận ra dấu hiệu lừa đảo và biết nơi tìm giúp đỡ.',
  levelLabel: 'THPT (lớp 10–12)',
  formatLabel: 'Một tiết (45 phút)',
  durationMinutes: 45,
  objectives: { knowledge: ['Biết các dấu hiệu lừa đảo việc làm'], skills: ['Từ chối lời mời đáng ngờ'], attitudes: ['Không đổ lỗi cho nạn nhân'] },
  preparation: ['Phiếu học tập in sẵn'],
  activities: [
    { name: 'Khởi động', minutes: 5, teacher: 'Đặt câu hỏi mở.', students: 'Trả lời nhanh.' },
    { name: 'Tình huống', minutes: 30, teacher: 'Chia nhóm, phát tình huống.', students: 'Thảo luận nhóm.' },
    { name: 'Tổng kết', minutes: 10, teacher: 'Chốt ý chính.', students: 'Làm câu hỏi kiểm tra.' },
  ],
  worksheet: { instructions: 'Đọc tình huống và trả lời.', tasks: ['Dấu hiệu nào cho thấy lời mời là lừa đảo?'] },
  quiz: [{ question: 'Khi bị yêu cầu nộp tiền trước để nhận việc, em nên làm gì?', options: ['Nộp ngay', 'Từ chối và hỏi người lớn'], answer: 'B', explanation: 'Việc làm thật không bắt nộp tiền trước.' }],
  teacherNotes: [{ type: 'paragraph', runs: [{ text: 'Lắng nghe, không ép học sinh kể.', bold: false, italic: false }] }],
  related: [],
  issuingUnit: 'Ban biên tập',
  pageUrl: 'http://localhost:4321/bai-giang/nhan-dien-lua-dao/',
};

function documentXml(zip: Unzipped, name: string): string {
  return strFromU8(unzipSync(zip[`${kit.slug}/${name}`]!)['word/document.xml']!);
}

describe('kitZip', () => {
  it('holds three Word files that open and carry the kit title, plus attachments', async () => {
    const zip = unzipSync(await kitZip(kit, [{ name: 'to-roi.pdf', data: new TextEncoder().encode('%PDF-1.4') }]));
    expect(Object.keys(zip)).toEqual([
      `${kit.slug}/`,
      `${kit.slug}/${KIT_FILES.lessonPlan}`,
      `${kit.slug}/${KIT_FILES.worksheet}`,
      `${kit.slug}/${KIT_FILES.quiz}`,
      `${kit.slug}/${KIT_FILES.deck}`,
      `${kit.slug}/tep-dinh-kem/`,
      `${kit.slug}/tep-dinh-kem/to-roi.pdf`,
    ]);
    expect(strFromU8(zip[`${kit.slug}/tep-dinh-kem/to-roi.pdf`]!)).toBe('%PDF-1.4');
    expect(documentXml(zip, KIT_FILES.lessonPlan)).toContain(`TÊN BÀI DẠY: ${kit.title}`);
    for (const name of [KIT_FILES.worksheet, KIT_FILES.quiz]) {
      expect(documentXml(zip, name)).toContain(kit.title);
    }
  });

  it('names an attachment with Vietnamese letters so unzip and older Windows read it too (Unicode Path field)', async () => {
    const bytes = await kitZip(kit, [{ name: 'Tờ rơi.pdf', data: new Uint8Array([1]) }]);
    const path = `${kit.slug}/tep-dinh-kem/Tờ rơi.pdf`;
    expect(Object.keys(unzipSync(bytes))).toContain(path);
    const name = new TextEncoder().encode(path);
    const field = [0x75, 0x70, 5 + name.length, 0, 1]; // id 0x7075, length, version 1
    const at = bytes.findIndex((_, i) => field.every((byte, j) => bytes[i + j] === byte));
    expect(at).toBeGreaterThan(0);
    expect(strFromU8(bytes.subarray(at + 9, at + 9 + name.length))).toBe(path);
  });

  it('has no attachments folder when the kit has none', async () => {
    expect(Object.keys(unzipSync(await kitZip(kit, [])))).toEqual([`${kit.slug}/`, ...Object.values(KIT_FILES).map((name) => `${kit.slug}/${name}`)]);
  });

  it('lays the lesson plan out in the frame of Công văn 5512 (Phụ lục IV), with blanks for the school and the duration once', async () => {
    const xml = documentXml(unzipSync(await kitZip(kit, [])), KIT_FILES.lessonPlan);
    for (const expected of [
      'Trường: ',
      'Tổ: ',
      'Họ và tên giáo viên: ',
      'Ngày dạy: ',
      'I. MỤC TIÊU',
      '1. Về kiến thức',
      '2. Về năng lực',
      '3. Về phẩm chất',
      'II. THIẾT BỊ DẠY HỌC VÀ HỌC LIỆU',
      'III. TIẾN TRÌNH DẠY HỌC',
      'Hoạt động 1: Mở đầu – Khởi động (5 phút)',
      'Hoạt động 2: Hình thành kiến thức mới – Tình huống (30 phút)',
      'Hoạt động 3: Vận dụng – Tổng kết (10 phút)',
      'a) Mục tiêu: ',
      'b) Nội dung: ',
      'c) Sản phẩm: ',
      'd) Tổ chức thực hiện: ',
      'Tổng thời gian',
    ]) {
      expect(xml).toContain(expected);
    }
    expect(xml).toContain('Thời gian thực hiện: 45 phút (một tiết)');
    expect(xml).not.toMatch(/\(45 phút\)\s*\(45 phút\)/);
    expect(xml).not.toContain('w:cantSplit');
  });

  it('prints the name line only on worksheets that are not private, and the handouts after the tasks', async () => {
    const open = documentXml(unzipSync(await kitZip(kit, [])), KIT_FILES.worksheet);
    expect(open).toContain('Họ và tên:');
    const privateKit = { ...kit, worksheet: { ...kit.worksheet, private: true, handouts: [{ title: 'Mẫu hợp đồng giả định', text: 'Điều 1. Công việc: ……\nĐiều 2. Tiền lương: ……' }] } };
    const xml = documentXml(unzipSync(await kitZip(privateKit, [])), KIT_FILES.worksheet);
    expect(xml).not.toContain('Họ và tên:');
    expect(xml.indexOf('MẪU HỢP ĐỒNG GIẢ ĐỊNH')).toBeGreaterThan(xml.indexOf('Câu 1.'));
    expect(xml).toContain('Điều 2. Tiền lương');
  });

  it('holds an editable presentation: a title slide and one slide per step, timing in the speaker notes', async () => {
    const deck = unzipSync(unzipSync(await kitZip(kit, []))[`${kit.slug}/${KIT_FILES.deck}`]!);
    const slides = Object.keys(deck).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(1 + kit.activities.length);
    const notes = Object.keys(deck)
      .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
      .map((name) => strFromU8(deck[name]!));
    expect(notes.some((xml) => xml.includes('Thời gian: 30 phút (từ phút 5 đến phút 35).'))).toBe(true);
    expect(strFromU8(deck['ppt/slides/slide3.xml']!)).toContain('Tình huống');
  });

  it('puts the answer key after a page break in the quiz', async () => {
    const xml = documentXml(unzipSync(await kitZip(kit, [])), KIT_FILES.quiz);
    expect(xml.indexOf('ĐÁP ÁN')).toBeGreaterThan(xml.indexOf('Câu 1.'));
    expect(xml).toContain('w:pageBreakBefore');
    expect(xml).toContain('Câu 1: B.');
  });
});
