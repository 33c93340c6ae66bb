import { formatDate, formatNumber } from '../format/vi';
import { routes } from '../routes';
import type { Campaign } from './campaign';
import { groupByDistrict } from './behind';

/**
 * Every commune-level unit page (/chien-dich/xa/), by unit list (newest
 * first) and district, units by name: switching area needs no JavaScript. Pure.
 */
export function communeIndexView(campaign: Pick<Campaign, 'registry' | 'inPlanArea' | 'illustrative'>) {
  const { registry } = campaign;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');
  return {
    illustrative: campaign.illustrative,
    lists: [...registry.lists].reverse().map((list) => {
      const units = list.units.filter(campaign.inPlanArea);
      const validity = list.validTo ? `hiệu lực từ ${formatDate(list.validFrom)} đến ${formatDate(list.validTo)}` : `hiệu lực từ ${formatDate(list.validFrom)}`;
      return {
        /** The section's id, for the links at the top. */
        id: `ds-${list.id}`,
        label: list.label,
        /** How many units, the part in the plan's area when not all, and the dates. */
        meta:
          units.length < list.units.length
            ? `${formatNumber(units.length)}/${formatNumber(list.units.length)} đơn vị hình thành từ tỉnh ${registry.province.name} cũ (phạm vi của kế hoạch), ${validity}.`
            : `${formatNumber(units.length)} đơn vị, ${validity}.`,
        groups: groupByDistrict(units, registry).map((group) => ({
          /** Null for a list without districts: its units are shown without a fold. */
          district: group.district
            ? {
                name: `${group.district.type} ${group.district.name}`,
                href: routes.district(group.district.code),
                link: `Trang của ${group.district.type.toLowerCase()} ${group.district.name}`,
              }
            : null,
          count: formatNumber(group.units.length),
          units: [...group.units].sort(byName),
        })),
      };
    }),
  };
}
