/** Filter by category and severity: toggle buttons, keyboard-operable as Fluent provides them. */
import { ToggleButton } from '@fluentui/react-components';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../core/finding';
import type { Translate } from '../../i18n';
import type { CategoryCounts, Filters as FilterState } from '../findings';

export interface FiltersProps {
  filters: FilterState;
  counts: CategoryCounts;
  t: Translate;
  onChange(filters: FilterState): void;
}

function toggle<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function Filters({ filters, counts, t, onChange }: FiltersProps) {
  const present = CATEGORIES.filter((c: Category) => counts[c].error + counts[c].warning + counts[c].info > 0);
  return (
    <div className="zan-filters">
      <div role="group" aria-label={t('filter.severity')} className="zan-filter-row">
        {SEVERITIES.map((s: Severity) => (
          <ToggleButton
            key={s}
            size="small"
            checked={filters.severities.has(s)}
            onClick={() => onChange({ ...filters, severities: toggle(filters.severities, s) })}
          >
            {t(`severity.${s}`)}
          </ToggleButton>
        ))}
      </div>
      {present.length > 1 && (
        <div role="group" aria-label={t('filter.category')} className="zan-filter-row">
          {present.map((c) => (
            <ToggleButton
              key={c}
              size="small"
              checked={filters.categories.has(c)}
              onClick={() => onChange({ ...filters, categories: toggle(filters.categories, c) })}
            >
              {t(`category.${c}`)}
            </ToggleButton>
          ))}
        </div>
      )}
    </div>
  );
}
