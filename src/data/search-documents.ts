import type { SearchDocument } from '../lib/search/engine';
import { audiences, labelOf, materialKinds, topics } from '../lib/taxonomy';
import { formatLabel, levelLabel } from './lesson-kits';
import { getLessonKits, getMaterials, getNews, getPages } from './site';
import { routes } from '../lib/routes';

/** Every material, lesson kit, news item and page as a search document. */
export async function searchDocuments(): Promise<SearchDocument[]> {
  const materials = (await getMaterials()).map((m) => ({
    u: routes.material(m.slug),
    k: labelOf(materialKinds, m.entry.kind),
    t: m.entry.title,
    s: m.entry.summary,
    g: [...m.entry.audiences.map((id) => labelOf(audiences, id)), ...m.entry.topics.map((id) => labelOf(topics, id))].join(' · '),
  }));
  const kits = (await getLessonKits()).map((kit) => ({
    u: routes.lessonKit(kit.slug),
    k: 'Bài giảng',
    t: kit.entry.title,
    s: kit.entry.summary,
    g: [levelLabel(kit.entry.level), formatLabel(kit.entry.format)].join(' · '),
  }));
  const news = (await getNews()).map((item) => ({ u: routes.newsItem(item.slug), k: 'Tin tức', t: item.entry.title, s: item.entry.summary, g: '' }));
  const pages = (await getPages()).map((page) => ({ u: `/${page.slug}/`, k: 'Trang', t: page.entry.title, s: page.entry.summary, g: '' }));
  const fixed: SearchDocument[] = [
    { u: '/ho-tro/', k: 'Trang', t: 'Tìm giúp đỡ và báo tin', s: 'Đường dây 111, 113, dịch vụ hỗ trợ tại địa phương và pháp luật về phòng, chống mại dâm.', g: 'Hỗ trợ' },
    { u: '/ke-hoach/', k: 'Trang', t: 'Kế hoạch số 164/KH-UBND', s: 'Quan điểm, mục tiêu và các chỉ tiêu phòng, chống mại dâm của tỉnh Hưng Yên đến năm 2025.', g: 'Kế hoạch' },
  ];
  return [...materials, ...kits, ...news, ...pages, ...fixed];
}
