/**
 * "Apply all" by category, behind a confirmation that says what will happen ("Добавить 99
 * примечаний?", "Внести 12 правок"), and one Undo of the last bulk action.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { ArrowUndo16Regular } from '@fluentui/react-icons';
import { memo, useState } from 'react';
import { CATEGORIES, type Category } from '../../core/finding';
import type { Translate } from '../../i18n';

export interface BulkPreview {
  comments: number;
  changes: number;
}

export interface BulkActionsProps {
  t: Translate;
  busy: boolean;
  /** What applying each category would write (only categories with something open are offered). */
  preview(category: Category): BulkPreview;
  onApply(category: Category): void;
  /** Present when the last bulk action can be undone. */
  onUndo?(): void;
}

/** The confirmation's lines: what will be written, in words with the right plural forms. */
export function confirmLines(p: BulkPreview, t: Translate): string[] {
  const lines: string[] = [];
  if (p.changes) lines.push(t('confirm.changes', { count: p.changes }));
  if (p.comments) lines.push(t('confirm.comments', { count: p.comments }));
  return lines;
}

/** Memoized: the pane re-renders on every session change, this only when its own props change. */
export const BulkActions = memo(function BulkActions({ t, busy, preview, onApply, onUndo }: BulkActionsProps) {
  const [pending, setPending] = useState<Category>();
  const offers = CATEGORIES.map((c) => ({ c, p: preview(c) })).filter(({ p }) => p.comments + p.changes > 0);
  const p = pending ? preview(pending) : undefined;
  return (
    <>
      {offers.length > 0 && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton size="small" disabled={busy}>
              {t('action.bulk')}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {offers.map(({ c, p: o }) => (
                <MenuItem key={c} data-category={c} onClick={() => setPending(c)}>
                  {t('action.applyCategory', { category: t(`category.${c}`), count: o.comments + o.changes })}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
      {onUndo && (
        <Button size="small" appearance="subtle" icon={<ArrowUndo16Regular />} disabled={busy} onClick={onUndo}>
          {t('action.undo')}
        </Button>
      )}
      <Dialog open={pending !== undefined} onOpenChange={(_, d) => !d.open && setPending(undefined)}>
        <DialogSurface aria-describedby="zan-confirm-detail">
          <DialogBody>
            <DialogTitle>{t('confirm.title')}</DialogTitle>
            <DialogContent id="zan-confirm-detail">
              <ul className="zan-confirm-lines">{p && confirmLines(p, t).map((line) => <li key={line}>{line}</li>)}</ul>
              {pending && t('confirm.detail', { category: t(`category.${pending}`) })}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  const c = pending!;
                  setPending(undefined);
                  onApply(c);
                }}
              >
                {t('confirm.ok')}
              </Button>
              <Button onClick={() => setPending(undefined)}>{t('confirm.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
});
