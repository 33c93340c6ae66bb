import type { TaxonomyItem } from '../taxonomy/taxonomy';

/** The three ways to browse materials, each a static page per value: /tai-lieu/<facet>/<id>/. */
export type FacetKey = 'doi-tuong' | 'loai' | 'chu-de';

export interface Facet {
  key: FacetKey;
  /** Heading of the list of values on the index page. */
  heading: string;
  /** Page title for one value, e.g. "Tài liệu cho học sinh, sinh viên". */
  titleFor: (item: TaxonomyItem) => string;
  items: readonly TaxonomyItem[];
  /** The ids a material has for this facet. */
  valuesOf: (material: { audiences: readonly string[]; kind: string; topics: readonly string[] }) => readonly string[];
}

export function materialFacets(vocab: { audiences: readonly TaxonomyItem[]; kinds: readonly TaxonomyItem[]; topics: readonly TaxonomyItem[] }): Facet[] {
  return [
    {
      key: 'doi-tuong',
      heading: 'Theo đối tượng',
      titleFor: (item) => `Tài liệu cho ${item.label.toLowerCase()}`,
      items: vocab.audiences,
      valuesOf: (m) => m.audiences,
    },
    {
      key: 'loai',
      heading: 'Theo loại tài liệu',
      titleFor: (item) => `${item.label}: tài liệu truyền thông`,
      items: vocab.kinds,
      valuesOf: (m) => [m.kind],
    },
    {
      key: 'chu-de',
      heading: 'Theo chủ đề',
      titleFor: (item) => `Chủ đề: ${item.label}`,
      items: vocab.topics,
      valuesOf: (m) => m.topics,
    },
  ];
}
