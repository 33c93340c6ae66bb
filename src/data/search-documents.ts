import type { Node } from '@markdoc/markdoc';
import { buildSearchIndex, type BuiltIndex, type FullTextDocument } from '../lib/search/index-build';
import { entryText } from '../lib/search/entry-text';
import { plainText } from '../lib/markdoc/plain-text';
import { audiences, labelOf, materialKinds, topics } from '../lib/taxonomy';
import { formatLabel, levelLabel } from './lesson-kits';
import { getCurrentPlan, getDistrictPlanEntries, getHelpPage, getLessonKits, getSettings, getMaterials, getNews, getPages } from './site';
import { routes } from '../lib/routes';

/** A Markdoc field read through the reader gives `{ node }`: its plain text. */
async function richText(field: () => Promise<unknown>): Promise<string> {
  const value = await field();
  return value && typeof value === 'object' && 'node' in value ? plainText(value.node as Node) : '';
}

/** Title and summary are indexed on their own (ranked higher), not again as body. */
const OWN_FIELDS = new Set(['title', 'summary']);
const body = (entry: unknown) => entryText(entry, richText, OWN_FIELDS);

/**
 * Every page worth finding, with its body text: materials, lesson kits (activities, worksheet, quiz),
 * news, pages, the plan and each of its targets, the campaign page and the districts' plans.
 */
export async function searchDocuments(): Promise<FullTextDocument[]> {
  const materials = await Promise.all(
    (await getMaterials()).map(async (m) => ({
      u: routes.material(m.slug),
      k: labelOf(materialKinds, m.entry.kind),
      t: m.entry.title,
      s: m.entry.summary,
      g: [...m.entry.audiences.map((id) => labelOf(audiences, id)), ...m.entry.topics.map((id) => labelOf(topics, id))].join(' · '),
      b: await body(m.entry),
    })),
  );
  const kits = await Promise.all(
    (await getLessonKits()).map(async (kit) => ({
      u: routes.lessonKit(kit.slug),
      k: 'Bài giảng',
      t: kit.entry.title,
      s: kit.entry.summary,
      g: [levelLabel(kit.entry.level), formatLabel(kit.entry.format)].join(' · '),
      b: await body(kit.entry),
    })),
  );
  const news = await Promise.all(
    (await getNews()).map(async (item) => ({ u: routes.newsItem(item.slug), k: 'Tin tức', t: item.entry.title, s: item.entry.summary, g: '', b: await body(item.entry) })),
  );
  const pages = await Promise.all(
    (await getPages()).map(async (page) => ({ u: `/${page.slug}/`, k: 'Trang', t: page.entry.title, s: page.entry.summary, g: '', b: await body(page.entry) })),
  );
  const plan = (await getCurrentPlan()).entry;
  const planDocs: FullTextDocument[] = [
    {
      u: routes.plan,
      k: 'Trang',
      t: `Kế hoạch số ${plan.number}`,
      s: 'Quan điểm, mục tiêu và các chỉ tiêu phòng, chống mại dâm của tỉnh Hưng Yên đến năm 2025.',
      g: 'Kế hoạch',
      b: await entryText({ ...plan, targets: [] }, richText),
    },
    ...(await Promise.all(
      plan.targets.map(async (target) => ({
        u: routes.campaignTarget(target.id),
        k: 'Chỉ tiêu',
        t: target.label,
        s: target.targetText,
        g: `Kế hoạch số ${plan.number}`,
        b: await entryText(target, richText, new Set(['label', 'targetText'])),
      })),
    )),
  ];
  const districtPlans = await Promise.all(
    (await getDistrictPlanEntries()).map(async (entry) => {
      const [year = '', code = ''] = entry.slug.split('-');
      return { u: routes.district(code, Number(year)), k: 'Kế hoạch cấp huyện', t: entry.entry.title, s: `Kế hoạch số ${entry.entry.number}`, g: 'Chiến dịch', b: await entryText(entry.entry, richText, OWN_FIELDS) };
    }),
  );
  // The help page shows the help lines and local services of the site settings under its own text.
  const settings = await getSettings();
  const fixed: FullTextDocument[] = [
    // Summaries as the pages describe themselves (their <meta name="description">).
    { u: routes.help, k: 'Trang', t: 'Tìm giúp đỡ và báo tin', s: 'Nơi tìm giúp đỡ và báo tin khi bị ép buộc, lừa gạt, xâm hại; pháp luật nói gì về phòng, chống mại dâm.', g: 'Hỗ trợ', b: await body({ page: await getHelpPage(), helpLines: settings.helpLines, localServices: settings.localServices }) },
    { u: routes.campaign, k: 'Trang', t: 'Theo dõi chiến dịch', s: 'Theo dõi các chỉ tiêu tuyên truyền phòng, chống mại dâm của tỉnh Hưng Yên theo xã, huyện và quý.', g: 'Chiến dịch', b: '' },
  ];
  return [...materials, ...kits, ...news, ...pages, ...planDocs, ...districtPlans, ...fixed];
}

let built: Promise<BuiltIndex> | undefined;
/** The search index files (dictionary, posting shards, one fragment per document), built once per build. */
export function searchIndex(): Promise<BuiltIndex> {
  built ??= searchDocuments().then(buildSearchIndex);
  return built;
}
