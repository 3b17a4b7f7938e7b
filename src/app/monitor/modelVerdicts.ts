/**
 * The sweep's model step (`zan monitor --server URL --token T`): the candidates a lawyer cannot take
 * at face value — Court-resolution candidates, and 1995 Constitution citations without a one-to-one
 * 2026 counterpart — go to the model for a reasoned verdict; the verdict becomes part of the
 * finding (not confirmed lowers it to info), and `summary.model` counts what was checked, what
 * failed and what it cost. A candidate with a verdict from an earlier run (--resume) is not sent
 * again; one left unverified is.
 */
import type { CorpusIndex } from '../../corpus/types';
import { parseProvisionKey } from '../../corpus/provisions';
import { itemArgument, placeKey } from '../../monitor/places';
import type { VerdictCandidate, VerdictResponse } from '../../monitor/verdictProtocol';
import { summarize } from './summary';
import type { ActResult, MonitorFinding, MonitorReport } from './types';

/** `batchId`: a Message Batch of an earlier run with the same candidates, to poll again. */
export type SendCandidates = (candidates: VerdictCandidate[], batchId?: string) => Promise<VerdictResponse>;

interface Ref {
  act: ActResult;
  finding: MonitorFinding;
  candidate: VerdictCandidate;
}

/** Is this finding one the model should weigh? */
export function isModelCandidate(f: MonitorFinding, corpus: CorpusIndex): boolean {
  if (f.verdict && f.verdict.status !== 'unverified') return false;
  // A resolution known only from the act's note: the corpus has no text to check a verdict against.
  if (f.kind === 'court-resolution') return Boolean(f.resolution?.inCorpus);
  if (f.kind !== 'constitution-citation') return false;
  const cited = f.citations.find((c) => c.id.startsWith('const1995:'));
  const key = cited && parseProvisionKey(cited.id.slice('const1995:'.length));
  if (!key) return false;
  // One-to-one by the concordance: the local engine's mapping says it all.
  return corpus.from1995(key.article, itemArgument(key.item, key.subitem)).filter((p) => placeKey(p)).length !== 1;
}

export function collectCandidates(report: MonitorReport, corpus: CorpusIndex): Ref[] {
  const refs: Ref[] = [];
  for (const act of report.acts)
    for (const finding of act.findings) {
      if (!isModelCandidate(finding, corpus)) continue;
      refs.push({
        act,
        finding,
        candidate: {
          id: `c${refs.length}`,
          kind: finding.kind === 'court-resolution' ? 'court-resolution' : 'constitution-citation',
          language: act.language,
          act: act.title,
          text: finding.context,
          claim: `${finding.message} ${finding.rationale}`.trim(),
          ...(finding.resolution ? { resolution: finding.resolution.number } : {}),
          sources: finding.citations.map((c) => c.id).filter((id) => id.startsWith('const')),
        },
      });
    }
  return refs;
}

/**
 * Sends the candidates, folds the verdicts into the findings, and recounts the summary. A sweep
 * resumed after its Message Batch outlived the server's deadline polls that batch again.
 */
export async function verifyReport(report: MonitorReport, corpus: CorpusIndex, send: SendCandidates, previous?: MonitorReport['summary']['model']): Promise<MonitorReport> {
  const refs = collectCandidates(report, corpus);
  if (!refs.length) return report;
  const pendingBatch = previous?.batchId && previous.unverified.some((u) => u.reason === 'deadline') ? previous.batchId : undefined;
  let response: VerdictResponse;
  try {
    response = await send(
      refs.map((r) => r.candidate),
      pendingBatch,
    );
  } catch (error) {
    // The server refused or could not be reached: every candidate is listed unverified, with why.
    const code = (error as { code?: unknown }).code;
    const reason = `${typeof code === 'string' ? code : 'network'}: ${error instanceof Error ? error.message : String(error)}`;
    response = {
      verdicts: [],
      unverified: [],
      summary: { model: 'unavailable', via: 'messages', candidates: refs.length, checked: 0, failed: refs.length, calls: 0, inputTokens: 0, cachedTokens: 0, outputTokens: 0, dropped: 0 },
    };
    return apply(report, refs, response, corpus, reason);
  }
  return apply(report, refs, response, corpus);
}

function apply(report: MonitorReport, refs: Ref[], response: VerdictResponse, corpus: CorpusIndex, failure?: string): MonitorReport {
  const byId = new Map(refs.map((r) => [r.candidate.id, r]));
  for (const v of response.verdicts) {
    const ref = byId.get(v.id);
    if (!ref) continue;
    const f = ref.finding;
    const severityBefore = f.verdict?.severityBefore ?? f.severity;
    f.verdict = {
      status: v.status,
      reason: v.reason,
      citations: v.citations.map((id) => ({ id, label: corpus.cite(id, ref.act.language)?.label ?? id })),
      sourceQuote: v.sourceQuote,
      model: response.summary.model,
      severityBefore,
    };
    f.severity = v.status === 'not-confirmed' ? 'info' : severityBefore;
  }
  const unverified: NonNullable<MonitorReport['summary']['model']>['unverified'] = [];
  const failed = failure ? refs.map((r) => ({ id: r.candidate.id, reason: failure })) : response.unverified;
  for (const u of failed) {
    const ref = byId.get(u.id);
    if (!ref) continue;
    ref.finding.verdict = { status: 'unverified', reason: u.reason };
    unverified.push({ path: ref.act.path, findingId: ref.finding.id, reason: u.reason });
  }
  return {
    ...report,
    summary: { ...summarize(report.acts, report.unreadable, report.summary.millis), model: { ...response.summary, unverified, ...(failure ? { error: failure } : {}) } },
  };
}
