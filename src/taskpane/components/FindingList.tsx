/** Findings grouped by article or by category, each group with a bulk "apply all of the category". */
import { Button } from '@fluentui/react-components';
import type { Finding } from '../../core/finding';
import type { Translate } from '../../i18n';
import { groupFindings, type GroupBy } from '../findings';
import type { FindingStatus } from '../session';
import { FindingCard, type FindingActions } from './FindingCard';

export interface FindingListProps extends FindingActions {
  findings: Finding[];
  groupBy: GroupBy;
  status: Record<string, FindingStatus>;
  t: Translate;
  canDecide: boolean;
  busy: boolean;
  onApplyCategory(category: Finding['category']): void;
}

export function FindingList({ findings, groupBy, status, t, canDecide, busy, onApplyCategory, ...actions }: FindingListProps) {
  const groups = groupFindings(findings, groupBy);
  return (
    <div className="zan-groups">
      {groups.map((g) => {
        const title = g.category ? t(`category.${g.category}`) : (g.label ?? t('group.other'));
        const open = g.findings.filter((f) => !status[f.id]);
        return (
          <section key={g.key} className="zan-group" aria-label={title}>
            <h2 className="zan-group-title">
              <span>{title}</span> <span className="zan-count">{g.findings.length}</span>
            </h2>
            {g.category && open.length > 0 && (
              <Button size="small" appearance="outline" disabled={busy} onClick={() => onApplyCategory(g.category!)}>
                {t('action.applyCategory', { category: title, count: open.length })}
              </Button>
            )}
            {g.findings.map((f) => (
              <FindingCard key={f.id} finding={f} status={status[f.id]} t={t} canDecide={canDecide} busy={busy} {...actions} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
