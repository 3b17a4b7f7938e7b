/**
 * Filters and grouping in one Fluent menu: a single button in the toolbar instead of rows of
 * chips (at 320 px they pushed the first finding below the fold).
 */
import { Menu, MenuButton, MenuDivider, MenuGroup, MenuGroupHeader, MenuItemCheckbox, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { Filter16Regular } from '@fluentui/react-icons';
import { memo } from 'react';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../core/finding';
import type { Translate } from '../../i18n';
import type { CategoryCounts, Filters, GroupBy } from '../findings';

export interface FilterMenuProps {
  filters: Filters;
  counts: CategoryCounts;
  groupBy: GroupBy;
  t: Translate;
  onChange(filters: Filters): void;
  onGroupBy(by: GroupBy): void;
}

/** Memoized: the pane re-renders on every session change, this only when its own props change. */
export const FilterMenu = memo(function FilterMenu({ filters, counts, groupBy, t, onChange, onGroupBy }: FilterMenuProps) {
  const present = CATEGORIES.filter((c: Category) => counts[c].error + counts[c].warning + counts[c].info > 0);
  const bySeverity = (s: Severity) => present.reduce((n, c) => n + counts[c][s], 0);
  const active = filters.severities.size < SEVERITIES.length || present.some((c) => !filters.categories.has(c));
  const checked = { severity: [...filters.severities], category: [...filters.categories], group: [groupBy] };
  return (
    <Menu
      checkedValues={checked}
      onCheckedValueChange={(_, d) => {
        if (d.name === 'severity') onChange({ ...filters, severities: new Set(d.checkedItems as Severity[]) });
        else if (d.name === 'category') onChange({ ...filters, categories: new Set(d.checkedItems as Category[]) });
        else if (d.name === 'group') onGroupBy(d.checkedItems[0] as GroupBy);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <MenuButton size="small" appearance={active ? 'primary' : 'secondary'} icon={<Filter16Regular />} data-testid="filters">
          {t('action.filters')}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{t('group.by')}</MenuGroupHeader>
            <MenuItemRadio name="group" value="article">
              {t('group.article')}
            </MenuItemRadio>
            <MenuItemRadio name="group" value="category">
              {t('group.category')}
            </MenuItemRadio>
          </MenuGroup>
          <MenuDivider />
          <MenuGroup>
            <MenuGroupHeader>{t('filter.severity')}</MenuGroupHeader>
            {SEVERITIES.map((s) => (
              <MenuItemCheckbox key={s} name="severity" value={s}>
                {t(`severity.${s}`)} ({bySeverity(s)})
              </MenuItemCheckbox>
            ))}
          </MenuGroup>
          {present.length > 1 && (
            <>
              <MenuDivider />
              <MenuGroup>
                <MenuGroupHeader>{t('filter.category')}</MenuGroupHeader>
                {present.map((c) => (
                  <MenuItemCheckbox key={c} name="category" value={c}>
                    {t(`category.${c}`)} ({counts[c].error + counts[c].warning + counts[c].info})
                  </MenuItemCheckbox>
                ))}
              </MenuGroup>
            </>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
});
