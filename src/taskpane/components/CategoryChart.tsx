/**
 * Counts by category as a small horizontal bar chart (plain markup, readable by screen readers),
 * each row with "apply all" for the category's open findings: the bulk action reachable whatever
 * the list is grouped by (users mostly read by article).
 */
import { Button } from '@fluentui/react-components';
import { CATEGORIES, type Category } from '../../core/finding';
import type { Translate } from '../../i18n';
import type { CategoryCounts } from '../findings';

export interface CategoryChartProps {
  counts: CategoryCounts;
  t: Translate;
  /** Open findings per category among those the filters show; no button where 0. */
  open?: Partial<Record<Category, number>>;
  busy?: boolean;
  onApplyCategory?(category: Category): void;
}

export function CategoryChart({ counts, t, open = {}, busy = false, onApplyCategory }: CategoryChartProps) {
  const rows = CATEGORIES.map((c) => ({ c, ...counts[c], total: counts[c].error + counts[c].warning + counts[c].info })).filter((r) => r.total > 0);
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => r.total));
  return (
    <figure className="zan-chart" aria-label={t('chart.title')}>
      <figcaption>{t('chart.title')}</figcaption>
      <table>
        <tbody>
          {rows.map((r) => {
            const label = t(`category.${r.c}`);
            const openCount = open[r.c] ?? 0;
            return (
              <tr key={r.c} data-category={r.c}>
                <th scope="row">{label}</th>
                <td>
                  <div className="zan-bar" style={{ width: `${(100 * r.total) / max}%` }} aria-hidden="true">
                    {(['error', 'warning', 'info'] as const).map((s) =>
                      r[s] ? <span key={s} className={`zan-bar-${s}`} style={{ flexGrow: r[s] }} title={`${t(`severity.${s}`)}: ${r[s]}`} /> : null,
                    )}
                  </div>
                </td>
                <td className="zan-count">{r.total}</td>
                {onApplyCategory && (
                  <td className="zan-chart-action">
                    {openCount > 0 && (
                      <Button
                        size="small"
                        appearance="transparent"
                        disabled={busy}
                        aria-label={t('action.applyCategory', { category: label, count: openCount })}
                        title={t('action.applyCategory', { category: label, count: openCount })}
                        onClick={() => onApplyCategory(r.c)}
                      >
                        {t('action.applyAll', { count: openCount })}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
