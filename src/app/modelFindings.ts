/**
 * Which of a review server's findings join the local ones. A server without a model key answers
 * with the same local rules the client has already run: its findings would only repeat ours under
 * the model's name, so none are taken. The rest are the model's, in the categories asked for.
 * One rule for the CLI's `--server` (through reviewDocument) and the pane's streamed model phase.
 */
import type { Category, Finding } from '../core/finding';

export function modelFindingsToTake(serverEngine: 'local' | 'model', findings: readonly Finding[], categories?: readonly Category[]): Finding[] {
  if (serverEngine !== 'model') return [];
  return findings.filter((f) => !categories || categories.includes(f.category)).map((f) => ({ ...f, engine: 'model' as const }));
}
