/**
 * Every address of the public site in one place: pages, components, the site
 * checks and the Lighthouse run build their links from here, never by hand.
 * Paths end in "/" (pages) or a file extension (downloads). Pure.
 */
import { quarterId, type YearQuarter } from './calendar/quarters';
import type { FacetKey } from './materials/facets';

/** The ways to browse lesson kits, each a static page per value: /bai-giang/<facet>/<id>/. */
export type LessonKitFacet = 'cap-hoc' | 'hinh-thuc';

/** A commune-level unit is (list, code): codes are reused across lists, so its address carries both. */
type UnitRef = { listId: string; code: string };

/** The `[unit]` route parameter of a unit's page: "2025-07-11950" (list id first). */
export const communeParam = (unit: UnitRef) => `${unit.listId}-${unit.code}`;

/** First path segments that are not one material, lesson kit or news item but lists of them by facet. */
export const FACET_SEGMENTS: readonly string[] = ['doi-tuong', 'loai', 'chu-de', 'cap-hoc', 'hinh-thuc'] satisfies readonly (FacetKey | LessonKitFacet)[];

const material = (slug: string) => `/tai-lieu/${slug}/`;
const lessonKit = (slug: string) => `/bai-giang/${slug}/`;
const campaign = '/chien-dich/';

export const routes = {
  home: '/',
  search: '/tim-kiem/',
  searchIndex: '/tim-kiem/chi-muc.json',
  /** Reading without signal: what is saved, the audience packs, and the page served when a page is not saved. */
  offline: '/ngoai-tuyen/',
  /** Written after the build (scripts/build-offline.ts): the packs with their sizes, and every file's revision. */
  offlinePacks: '/ngoai-tuyen/goi.json',
  offlineRevisions: '/ngoai-tuyen/phien-ban.json',
  /** Kept inside each saved pack's cache (never served): when it was saved and its files' revisions. */
  offlinePackMeta: '/ngoai-tuyen/__goi__.json',
  serviceWorker: '/sw.js',
  help: '/ho-tro/',
  plan: '/ke-hoach/',
  about: '/gioi-thieu/',
  accessibility: '/kha-nang-tiep-can/',
  /** A standalone page of content/trang/: "/gioi-thieu/". */
  page: (slug: string) => `/${slug}/`,

  materials: '/tai-lieu/',
  material,
  /** "/tai-lieu/doi-tuong/hoc-sinh-sinh-vien/". */
  materialFacet: (facet: FacetKey, id: string) => `/tai-lieu/${facet}/${id}/`,
  materialShareImage: (slug: string) => `${material(slug)}chia-se.png`,
  materialPoster: (slug: string) => `${material(slug)}ap-phich-a4.png`,

  lessonKits: '/bai-giang/',
  lessonKit,
  /** "/bai-giang/cap-hoc/thcs/". */
  lessonKitFacet: (facet: LessonKitFacet, id: string) => `/bai-giang/${facet}/${id}/`,
  lessonKitShareImage: (slug: string) => `${lessonKit(slug)}chia-se.png`,
  /** The kit's zip: "/bai-giang/<slug>/<slug>.zip". */
  lessonKitArchive: (slug: string) => `${lessonKit(slug)}${slug}.zip`,

  news: '/tin-tuc/',
  newsItem: (slug: string) => `/tin-tuc/${slug}/`,

  campaign,
  /** A target's section on the campaign dashboard: "/chien-dich/#xa-co-tuyen-truyen". */
  campaignTarget: (id: string) => `${campaign}#${id}`,
  /** The units with no activity, quarter by quarter. */
  behind: `${campaign}cham/`,
  /** "/chien-dich/cham/2024-q3/": the units with no activity in a quarter. */
  quarter: (quarter: YearQuarter) => `${campaign}cham/${quarterId(quarter)}/`,
  quarterCsv: (quarter: YearQuarter) => `${campaign}cham/${quarterId(quarter)}.csv`,
  communes: `${campaign}xa/`,
  /** "/chien-dich/xa/2021-11950/": a commune-level unit's page. */
  commune: (unit: UnitRef) => `${campaign}xa/${communeParam(unit)}/`,
  /** "/chien-dich/huyen/323/", or its plan of a year: "/chien-dich/huyen/323/#ke-hoach-2024". */
  district: (code: string, planYear?: number) => `${campaign}huyen/${code}/${planYear === undefined ? '' : `#ke-hoach-${planYear}`}`,
  /** Báo cáo tổng kết 2021–2025: the review page and its files. */
  review: `${campaign}tong-ket/`,
  reviewDocx: `${campaign}tong-ket/bao-cao-tong-ket-2021-2025.docx`,
  reviewDeck: `${campaign}tong-ket/trinh-chieu-tong-ket-2021-2025.pptx`,
  /** The reports in the state document format (Nghị định 30/2020/NĐ-CP): list and files. */
  reports: `${campaign}bao-cao/`,
  /** "/chien-dich/bao-cao/tinh-2024-q3.docx", "/chien-dich/bao-cao/huyen-323-2024.docx". */
  report: (slug: string) => `${campaign}bao-cao/${slug}.docx`,
  /** "/chien-dich/nam/2024/": the districts' plans and reports of a year. */
  year: (year: number) => `${campaign}nam/${year}/`,
  yearCsv: (year: number) => `${campaign}nam/${year}.csv`,
  /** Đợt cao điểm: the calendar of campaign waves, a wave's page, its pack and the waves' .ics calendar. */
  waves: `${campaign}dot/`,
  wave: (slug: string) => `${campaign}dot/${slug}/`,
  wavePack: (slug: string) => `${campaign}dot/${slug}/${slug}.zip`,
  wavesCalendar: `${campaign}dot/lich.ics`,

  /** The editing tools: on the editing server only, never in the public build. */
  editing: { cms: '/keystatic/', api: '/api/', desk: '/nhap-lieu/' },
  /** The data desk's pages (src/desk/), under routes.editing.desk. */
  desk: {
    home: '/nhap-lieu/',
    template: '/nhap-lieu/mau.xlsx',
    check: '/nhap-lieu/kiem-tra/',
    write: '/nhap-lieu/ghi/',
    oneActivity: '/nhap-lieu/mot-hoat-dong/',
    /** Báo cáo quý: the Monday list of units to chase, receipts and reminders. */
    reports: '/nhap-lieu/bao-cao-quy/',
    close: '/nhap-lieu/chot-so-lieu/',
    history: '/nhap-lieu/lich-su/',
    /** A quarterly or yearly report in the state format for the province or a district, made on demand. */
    officialReport: '/nhap-lieu/bao-cao-cap-tren.docx',
    /** Gắn hoạt động vào đợt cao điểm: one action links the records inside a wave's dates, area and formats. */
    waves: '/nhap-lieu/dot/',
    /** The desk's service worker (scope /nhap-lieu/): the one-activity form opens without network. */
    worker: '/nhap-lieu/sw.js',
  },
} as const;
