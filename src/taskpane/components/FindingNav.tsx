/** Previous/Next between findings (also Alt+↑/Alt+↓) and "n of m"; memoized apart from the pane. */
import { Button, Text, Tooltip } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import { memo } from 'react';
import type { Translate } from '../../i18n';

export interface FindingNavProps {
  t: Translate;
  /** 1-based position of the current finding in reading order; 0: none is current. */
  position: number;
  total: number;
  onStep(delta: 1 | -1): void;
}

export const FindingNav = memo(function FindingNav({ t, position, total, onStep }: FindingNavProps) {
  return (
    <span className="zan-nav">
      <Tooltip content={`${t('action.previous')} (Alt+↑)`} relationship="label">
        <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} disabled={total === 0} onClick={() => onStep(-1)} />
      </Tooltip>
      <Text size={200} className="zan-position" aria-live="off">
        {position > 0 ? t('nav.position', { index: position, total }) : ''}
      </Text>
      <Tooltip content={`${t('action.next')} (Alt+↓)`} relationship="label">
        <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} disabled={total === 0} onClick={() => onStep(1)} />
      </Tooltip>
    </span>
  );
});
