import { formatDate } from '../format/vi';
import type { TaxonomyItem } from '../taxonomy/taxonomy';
import { fold } from '../text/fold';
import { unitChoices } from '../units/choices';
import type { UnitRegistry } from '../units/registry';

/**
 * What the hand form offers: for each unit list, the unit names an officer
 * picks from (suggested as they type, with or without tone marks: each
 * suggestion also carries its unmarked spelling), the date range that list
 * covers (the date decides the list), and the vocabularies.
 */
export interface OneFormModel {
  lists: { id: string; label: string; validFrom: string; validTo: string | null; options: { value: string; hint: string }[] }[];
  /** The list in force today: its suggestions are offered before a date is typed. */
  currentListId: string;
  formats: { value: string; label: string }[];
  audiences: { value: string; label: string }[];
  materials: { value: string; label: string }[];
  /** Campaign waves, latest first: the optional "Đợt cao điểm" choice. */
  waves: { value: string; label: string }[];
}

export function oneFormModel(
  registry: UnitRegistry,
  vocabularies: {
    formats: readonly TaxonomyItem[];
    audiences: readonly TaxonomyItem[];
    materials: readonly { slug: string; title: string }[];
    waves?: readonly { slug: string; name: string; start: string; end: string }[];
  },
  today: string,
): OneFormModel {
  const lists = [...registry.lists].reverse().map((list) => ({
    id: list.id,
    label: list.label,
    validFrom: list.validFrom,
    validTo: list.validTo,
    options: unitChoices(list).map((choice) => {
      const plain = fold(choice.label);
      return { value: choice.label, hint: plain === choice.label.toLowerCase() ? '' : plain };
    }),
  }));
  return {
    lists,
    currentListId: registry.listOn(today)?.id ?? lists[0]?.id ?? '',
    formats: vocabularies.formats.map((item) => ({ value: item.label, label: item.label })),
    audiences: vocabularies.audiences.map((item) => ({ value: item.label, label: item.label })),
    materials: vocabularies.materials.map((material) => ({ value: material.slug, label: material.title })),
    waves: [...(vocabularies.waves ?? [])]
      .sort((a, b) => b.start.localeCompare(a.start))
      .map((wave) => ({ value: wave.slug, label: `${wave.name} (${formatDate(wave.start)} – ${formatDate(wave.end)})` })),
  };
}
