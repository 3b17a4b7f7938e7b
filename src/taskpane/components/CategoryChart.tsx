/** Counts by category as a small horizontal bar chart (plain SVG-free markup, readable by screen readers). */
import { CATEGORIES } from '../../core/finding';
import type { Translate } from '../../i18n';
import type { CategoryCounts } from '../findings';

export function CategoryChart({ counts, t }: { counts: CategoryCounts; t: Translate }) {
  const rows = CATEGORIES.map((c) => ({ c, ...counts[c], total: counts[c].error + counts[c].warning + counts[c].info })).filter((r) => r.total > 0);
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => r.total));
  return (
    <figure className="zan-chart" aria-label={t('chart.title')}>
      <figcaption>{t('chart.title')}</figcaption>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r.c} data-category={r.c}>
              <th scope="row">{t(`category.${r.c}`)}</th>
              <td>
                <div className="zan-bar" style={{ width: `${(100 * r.total) / max}%` }} aria-hidden="true">
                  {(['error', 'warning', 'info'] as const).map((s) =>
                    r[s] ? <span key={s} className={`zan-bar-${s}`} style={{ flexGrow: r[s] }} title={`${t(`severity.${s}`)}: ${r[s]}`} /> : null,
                  )}
                </div>
              </td>
              <td className="zan-count">{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
