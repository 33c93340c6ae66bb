import type { FullTextDocument } from '../../src/lib/search/index-build';

/** Words of the domain, with and without đ, and a few article numbers, to build documents from. */
const WORDS = (
  'phòng chống mại dâm mua bán người lừa đảo việc làm lương cao học sinh sinh viên công nhân khu công nghiệp karaoke xoa bóp ' +
  'khách sạn nhà nghỉ cộng đồng pháp luật quyền lợi sức khỏe tình dục an toàn HIV xét nghiệm kỳ thị hỗ trợ đường dây nóng gia đình ' +
  'cha mẹ con cái trường học thầy cô bạn bè mạng xã hội Zalo Facebook hẹn hò ảnh riêng tư đe dọa giấy tờ tùy thân hợp đồng tiền cọc ' +
  'xuất khẩu lao động môi giới cảnh giác tố giác công an xã phường thị trấn huyện tỉnh Hưng Yên tuyên truyền loa truyền thanh tờ rơi ' +
  'điều 327 328 bộ luật hình sự nghị định 144 xử phạt hành chính dương liễu hòa bình hoà giải đồng thuận ép buộc bí mật'
).split(' ');
const KINDS = ['Bài phát thanh', 'Tờ rơi', 'Áp phích', 'Tiểu phẩm', 'Hỏi – đáp', 'Bài viết', 'Bài giảng', 'Tin tức'];
const AUDIENCES = ['Học sinh, sinh viên', 'Người lao động khu công nghiệp', 'Người lao động tại cơ sở kinh doanh dịch vụ', 'Cộng đồng'];

/** Mulberry32: a small seeded generator so every run measures the same documents. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` seeded Vietnamese documents: a title of 6–12 words, a summary of 18–32, a body of 150–400 in sentences. */
export function syntheticDocuments(count: number): FullTextDocument[] {
  const next = random(164);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const phrase = (min: number, max: number) => Array.from({ length: min + Math.floor(next() * (max - min)) }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const text = phrase(8, 20);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  return Array.from({ length: count }, (_, i) => {
    const title = phrase(6, 12);
    const words = 150 + Math.floor(next() * 250);
    const body: string[] = [];
    for (let n = 0; n < words; n += 14) body.push(sentence());
    return {
      u: `/tai-lieu/tai-lieu-${i}/`,
      k: pick(KINDS),
      t: title.charAt(0).toUpperCase() + title.slice(1),
      s: `${phrase(18, 32)}.`,
      g: `${pick(AUDIENCES)} · ${phrase(2, 4)}`,
      b: body.join(' '),
    };
  });
}
