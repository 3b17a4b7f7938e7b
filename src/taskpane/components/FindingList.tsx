/**
 * Findings grouped by article or by category, as one virtualized list (react-window): hundreds of
 * findings render only the rows near the viewport. Groups collapse from their header. The list
 * scrolls with the page (the task pane's own scrollbar), so nothing nests a second scrollbar.
 * react-window compares `rowProps` shallowly and memoizes rows: every prop here must keep its
 * identity across renders (the pane passes stable handlers), or each action re-renders every row.
 * Statuses and the current finding reach the cards through ./cardState, not through the list.
 */
import { Button } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { forwardRef, memo, useImperativeHandle, useMemo, useRef } from 'react';
import { List, useDynamicRowHeight, useListRef, type RowComponentProps } from 'react-window';
import type { Finding } from '../../core/finding';
import type { Translate } from '../../i18n';
import { listRows, type FindingGroup, type ListRow } from '../findings';
import { FindingCard, type FindingActions } from './FindingCard';

export interface FindingListProps extends FindingActions {
  groups: FindingGroup[];
  collapsed: ReadonlySet<string>;
  onToggleGroup(key: string): void;
  t: Translate;
  canDecide: boolean;
  /** Ids of dismissed findings shown on request (they offer "restore" only). */
  dismissedIds?: ReadonlySet<string>;
}

export interface FindingListHandle {
  /** Scroll the finding's row into view and put keyboard focus on its card. */
  focusFinding(id: string): void;
  /** The finding the next focus is for: a focus still pending for another one is dropped. */
  want(id: string): void;
}

let rowsGeneration = 0;

type RowProps = Omit<FindingListProps, 'groups' | 'collapsed'> & { rows: ListRow[] };

function Row({ index, style, ariaAttributes, rows, onToggleGroup, t, canDecide, dismissedIds, ...actions }: RowComponentProps<RowProps>) {
  const row = rows[index];
  if (row.kind === 'group') {
    const g = row.group;
    const title = g.category ? t(`category.${g.category}`) : (g.label ?? t('group.other'));
    return (
      <div style={style} {...ariaAttributes} className="zan-group-row">
        <h2 className="zan-group-title">
          <Button
            appearance="subtle"
            size="small"
            icon={row.collapsed ? <ChevronRight16Regular /> : <ChevronDown16Regular />}
            aria-expanded={!row.collapsed}
            title={t(row.collapsed ? 'group.expand' : 'group.collapse', { group: title })}
            data-group={g.key}
            onClick={() => onToggleGroup(g.key)}
          >
            <span className="zan-group-name">{title}</span>
            <span className="zan-count">{g.findings.length}</span>
          </Button>
        </h2>
      </div>
    );
  }
  const f = row.finding;
  return (
    <div style={style} {...ariaAttributes} className="zan-finding-row">
      <FindingCard
        finding={f}
        t={t}
        canDecide={canDecide}
        dismissed={dismissedIds?.has(f.id)}
        {...actions}
      />
    </div>
  );
}

// Memoized: react-window lays the page out again after each of its renders, so the list renders
// only when its own props change (statuses and busy reach the cards through ./cardState).
export const FindingList = memo(
  forwardRef<FindingListHandle, FindingListProps>(function FindingList({ groups, collapsed, ...rest }, ref) {
    const rows = useMemo(() => listRows(groups, collapsed), [groups, collapsed]);
    const listRef = useListRef(null);
    // Measured heights are kept per row index; a new grouping or filter gives new rows.
    const generation = useMemo(() => ++rowsGeneration, [rows]);
    const rowHeight = useDynamicRowHeight({ defaultRowHeight: 150, key: generation });

    /** The finding the latest focusFinding asked for. */
    const wanted = useRef<string | undefined>(undefined);
    useImperativeHandle(
      ref,
      () => ({
        want(id: string) {
          wanted.current = id;
        },
        focusFinding(id: string) {
          wanted.current = id;
          const index = rows.findIndex((r) => r.kind === 'finding' && r.finding.id === id);
          if (index < 0) return;
          listRef.current?.scrollToRow({ index, align: 'smart', behavior: 'instant' });
          // The row renders after the scroll; focus it on the next frames (rows are measured first).
          const focus = (tries: number) => {
            // A newer request took over: this late focus would make the older finding current again.
            if (wanted.current !== id) return;
            const cards = listRef.current?.element?.querySelectorAll<HTMLElement>('[data-finding]') ?? [];
            const card = [...cards].find((c) => c.dataset.finding === id);
            if (card) card.focus({ preventScroll: false });
            else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
          };
          requestAnimationFrame(() => focus(5));
        },
      }),
      [rows, listRef],
    );

    return (
      <List
        className="zan-list"
        listRef={listRef}
        rowComponent={Row}
        rowCount={rows.length}
        rowHeight={rowHeight}
        rowProps={{ ...rest, rows }}
        scrollElement="window"
        defaultHeight={800}
        overscanCount={4}
      />
    );
  }),
);
