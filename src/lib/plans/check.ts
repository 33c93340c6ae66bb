import type { FieldIssue } from '../content/issues';
import { measureOf, measures, NO_AUDIENCE, type TargetUnit } from './measures';

/**
 * Rules on a plan beyond each field's own validation: every target names a
 * measure of the catalogue (with an audience when the measure needs one, and
 * the measure's unit), the period ends after it starts, and no two plans
 * claim the same number. Messages say what is wrong and how to fix it. Pure.
 */

export interface PlanTargetFacts {
  id: string;
  measure: string;
  audience: string;
  unit: string;
  value: number | null;
}

export interface PlanFacts {
  number: string;
  periodStart: string | null;
  periodEnd: string | null;
  targets: readonly PlanTargetFacts[];
}

const measureList = measures.map((m) => `"${m.label}"`).join(', ');
const unitLabel = (unit: TargetUnit) => (unit === 'phan-tram' ? 'Tỷ lệ (%)' : 'Số lượng');

export function checkPlan(plan: PlanFacts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (plan.periodStart && plan.periodEnd && plan.periodEnd < plan.periodStart) {
    issues.push({
      field: 'periodEnd',
      label: 'Giai đoạn đến ngày',
      problem: {
        vi: `giai đoạn kết thúc (${plan.periodEnd}) trước khi bắt đầu (${plan.periodStart}); sửa: nhập ngày kết thúc sau ngày bắt đầu, hoặc đổi lại hai ngày nếu nhập nhầm chỗ`,
        en: `the period ends (${plan.periodEnd}) before it starts (${plan.periodStart})`,
      },
    });
  }
  const seen = new Set<string>();
  plan.targets.forEach((target, index) => {
    const at = (field: string) => `targets.${index}.${field}`;
    if (seen.has(target.id)) {
      issues.push({ field: at('id'), label: 'Mã chỉ tiêu', problem: { vi: `mã "${target.id}" bị lặp; sửa: đặt cho chỉ tiêu này một mã khác`, en: `id "${target.id}" is repeated` } });
    }
    seen.add(target.id);
    const measure = measureOf(target.measure);
    if (!measure) {
      issues.push({
        field: at('measure'),
        label: 'Đo bằng',
        problem: {
          vi: `chỉ tiêu "${target.id}" ghi thước đo "${target.measure}", không có trong danh mục trang theo dõi tính được; sửa: chọn một trong ${measureList}`,
          en: `target "${target.id}" names an unknown measure "${target.measure}"`,
        },
      });
      return;
    }
    if (measure.needsAudience && target.audience === NO_AUDIENCE) {
      issues.push({
        field: at('audience'),
        label: 'Nhóm đối tượng',
        problem: { vi: `thước đo "${measure.label}" cần một nhóm đối tượng; sửa: chọn nhóm đối tượng của chỉ tiêu "${target.id}"`, en: `measure "${measure.id}" needs an audience` },
      });
    }
    if (!measure.needsAudience && target.audience !== NO_AUDIENCE) {
      issues.push({
        field: at('audience'),
        label: 'Nhóm đối tượng',
        problem: { vi: `thước đo "${measure.label}" không tính theo nhóm đối tượng; sửa: chọn "Không theo nhóm đối tượng" hoặc đổi thước đo`, en: `measure "${measure.id}" takes no audience` },
      });
    }
    if (target.unit !== measure.unit) {
      issues.push({
        field: at('unit'),
        label: 'Đơn vị của mức phải đạt',
        problem: {
          vi: `thước đo "${measure.label}" tính theo ${unitLabel(measure.unit)}, chỉ tiêu "${target.id}" lại ghi ${target.unit === 'phan-tram' || target.unit === 'so-luong' ? unitLabel(target.unit) : `"${target.unit}"`}; sửa: chọn "${unitLabel(measure.unit)}" hoặc đổi thước đo`,
          en: `measure "${measure.id}" is in ${measure.unit}, the target says ${target.unit}`,
        },
      });
    }
    if (target.unit === 'phan-tram' && target.value !== null && target.value > 100) {
      issues.push({ field: at('value'), label: 'Mức phải đạt (con số)', problem: { vi: `tỷ lệ ${target.value}% lớn hơn 100%; sửa: nhập số phần trăm từ 0 đến 100`, en: `share ${target.value}% is above 100%` } });
    }
  });
  return issues;
}

/** Two plans with the same number (Số, ký hiệu): an issue for each file. */
export function duplicatePlanNumbers(plans: readonly { file: string; number: string }[]): { file: string; issue: FieldIssue }[] {
  const key = (number: string) => number.normalize('NFC').replace(/\s+/g, '').toUpperCase();
  return plans.flatMap((plan) => {
    const others = plans.filter((other) => other.file !== plan.file && key(other.number) === key(plan.number));
    return others.length === 0
      ? []
      : [
          {
            file: plan.file,
            issue: {
              field: 'number',
              label: 'Số, ký hiệu',
              problem: {
                vi: `số "${plan.number}" trùng với kế hoạch trong ${others.map((o) => o.file).join(', ')}; sửa: kiểm tra lại số, ký hiệu của văn bản, hoặc xóa tệp nhập trùng`,
                en: `number "${plan.number}" is also claimed by ${others.map((o) => o.file).join(', ')}`,
              },
            },
          },
        ];
  });
}

/**
 * The CMS reader refuses a value outside a select's options with a short
 * message; for a target's measure, add the fix (the catalogue's labels).
 */
export function explainPlanFieldIssue(issue: FieldIssue): FieldIssue {
  if (!/^targets\.\d+\.measure$/.test(issue.field)) return issue;
  return {
    ...issue,
    problem: {
      vi: `${issue.problem.vi}: thước đo này không có trong danh mục trang theo dõi tính được; sửa: chọn một trong ${measureList}`,
      en: `${issue.problem.en}: unknown measure; pick one of ${measures.map((m) => m.id).join(', ')}`,
    },
  };
}
