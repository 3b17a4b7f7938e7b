/** Severity shown by shape and colour together (never colour alone); the text goes beside or in the label. */
import { ErrorCircle16Filled, Lightbulb16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../core/finding';

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Lightbulb16Filled } as const;

export function SeverityIcon({ severity }: { severity: Severity }) {
  const Icon = ICONS[severity];
  return <Icon className={`zan-sev zan-sev-${severity}`} aria-hidden="true" />;
}
