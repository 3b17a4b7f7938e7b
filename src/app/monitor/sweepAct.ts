/**
 * One act through monitoring: read, parse (the parser's public parseAct), requisites and edition,
 * the monitoring rules, the review's reference rule for repealed acts and wrong requisites, and the
 * Court-resolution candidates of this act. Pure but for reading the file; runs in a worker.
 */
import { articleLookup, articleTitle, type ArticleOf } from '../../core/act/articles';
import { parseAct } from '../../core/act/parse';
import type { Act } from '../../core/act/types';
import type { Finding } from '../../core/finding';
import { allRules } from '../../checks/index';
import { runRules } from '../../checks/runner';
import { externalReference } from '../../checks/reference/reference';
import type { Rule } from '../../checks/rule';
import type { Corpus } from '../../corpus/corpus';
import { candidateFinding } from '../../monitor/candidateFinding';
import { constitutionCitationRule } from '../../monitor/constitutionCitation';
import { nearestNorms } from '../../monitor/courtResolutions';
import { institutionRule } from '../../monitor/institutions';
import { parseProvisionKey } from '../../corpus/provisions';
import type { QueryIndex } from '../../monitor/resolutionQueries';
import { constitutionEditionOf, readRequisites } from '../../monitor/requisites';
import { NOT_AN_ACT, readActFile, UnreadableActError, type ReadAct } from './readers';
import type { ActResult, MonitorFinding, MonitorKind, Related2026 } from './types';

export type ChecksMode = 'monitoring' | 'all';

export interface SweepSettings {
  checks: ChecksMode;
  corpus: Corpus;
  queries: QueryIndex;
  /** Candidates kept per resolution and act before the sweep-wide ranking. */
  perResolution?: number;
}

const HEAD_PARAGRAPHS = 12;
/** A paragraph longer than this is cut in `context` (the quote itself is never cut). */
const CONTEXT_CHARS = 1200;

export async function sweepActFile(file: string, settings: SweepSettings): Promise<ActResult> {
  return sweepAct(await readActFile(file), file, settings);
}

export function sweepAct(read: ReadAct, path: string, settings: SweepSettings): ActResult {
  const { corpus } = settings;
  const act = parseAct(read.model);
  if (!Object.values(act.units).some((u) => u.kind === 'article' || u.kind === 'item')) {
    // A README or a letter in the folder: nothing of a legal act to monitor.
    throw new UnreadableActError(NOT_AN_ACT, true);
  }
  const head = [...read.header, ...read.model.paragraphs.slice(0, HEAD_PARAGRAPHS).map((p) => p.text)];
  const requisites = readRequisites(head, act);
  const constitution = constitutionEditionOf(requisites);
  const citationRule = constitutionCitationRule({ edition: constitution ?? 1995, editionDate: requisites.edition });
  // Drafting technique of old acts is not monitoring's business: the other checks only on request.
  const rules: Rule[] = [citationRule, institutionRule, ...(settings.checks === 'all' ? allRules : [externalReference])];
  const ruleFindings = withoutSelfReplacement(
    act,
    withoutRepeatedConstitutionReferences(act, runRules(act, { rules, corpus })),
    requisites.number,
    corpus,
  );
  const candidates = nearestNorms(act, settings.queries, { perResolution: settings.perResolution ?? 5 }).map((c) => ({
    finding: candidateFinding(act, c, corpus),
    link: { number: c.number, date: c.date, ...(c.outcome ? { outcome: c.outcome } : {}), holding: c.holding, score: round(c.score), byNote: c.byNote, inCorpus: c.inCorpus },
  }));
  const articleOf = articleLookup(act);
  const findings: MonitorFinding[] = [
    ...ruleFindings.map((f) => monitorFinding(act, f, corpus, articleOf)),
    ...candidates.map(({ finding, link }) => ({ ...monitorFinding(act, finding, corpus, articleOf), resolution: link })),
  ];
  return {
    path,
    title: requisites.title,
    kind: requisites.kind,
    ...(requisites.number ? { number: requisites.number } : {}),
    ...(requisites.date ? { date: requisites.date } : {}),
    ...(requisites.edition ? { edition: requisites.edition, editionBasis: requisites.editionBasis } : {}),
    ...(constitution ? { constitution } : {}),
    language: act.language,
    format: read.format,
    paragraphs: read.model.paragraphs.length,
    articles: Object.values(act.units).filter((u) => u.kind === 'article' && u.quote === undefined).length,
    findings,
  };
}

/** The review's reference rule also reports Constitution numbers; the citation rule says it better here. */
function withoutRepeatedConstitutionReferences(act: Act, findings: Finding[]): Finding[] {
  const constitutionRanges = act.externalReferences.filter((r) => r.isConstitution).map((r) => r.range);
  return findings.filter(
    (f) =>
      f.ruleId !== externalReference.meta.id ||
      !constitutionRanges.some((r) => r.paragraph === f.anchor.paragraph && f.anchor.start < r.end && r.start < f.anchor.end),
  );
}

/**
 * An act naming the act it replaced ("разрешения, выданные в соответствии с Экологическим кодексом
 * от 9 января 2007 года, сохраняют силу") does so on purpose, in its transitional provisions: the
 * registry's "repealed by" of that act names this act's number. Not a defect.
 */
function withoutSelfReplacement(act: Act, findings: Finding[], number: string | undefined, corpus: Corpus): Finding[] {
  if (!number) return findings;
  const own = number.replace(/\s+/g, '').toUpperCase();
  return findings.filter((f) => {
    if (f.ruleId !== externalReference.meta.id) return true;
    const ref = act.externalReferences.find((r) => r.range.paragraph === f.anchor.paragraph && r.range.start <= f.anchor.start && f.anchor.end <= r.range.end);
    if (!ref?.date) return true;
    const replaced = corpus.findActs({ date: ref.date }).filter((a) => a.status === 'repealed');
    return !replaced.some((a) => (a.repealedBy ?? '').replace(/\s+/g, '').toUpperCase().includes(own));
  });
}

const KIND_OF_RULE: Record<string, MonitorKind> = {
  'monitor/constitution-citation': 'constitution-citation',
  'monitor/institution': 'institution',
  'reference/external-act': 'act-reference',
  'monitor/court-resolution': 'court-resolution',
};

function monitorFinding(act: Act, f: Finding, corpus: Corpus, articleOf: ArticleOf): MonitorFinding {
  const paragraph = act.doc.paragraphs[f.anchor.paragraph].text;
  const article = articleOf({ unitId: f.unitId, paragraph: f.anchor.paragraph });
  return {
    ...f,
    kind: KIND_OF_RULE[f.ruleId] ?? 'other',
    ...(article ? { article: articleTitle(article, act.language), articleId: article.id } : {}),
    context: paragraph.length > CONTEXT_CHARS ? `${paragraph.slice(0, CONTEXT_CHARS)}…` : paragraph,
    related2026: related2026(f, act, corpus),
  };
}

/** The 2026 provisions a finding cites, with their text in the act's language. */
function related2026(f: Finding, act: Act, corpus: Corpus): Related2026[] {
  const out: Related2026[] = [];
  for (const c of f.citations) {
    if (!c.id.startsWith('const2026:')) continue;
    const k = parseProvisionKey(c.id.slice('const2026:'.length));
    const p = k && corpus.constitution(k.article, k.item, k.subitem);
    if (p) out.push({ id: c.id, label: c.label, text: p.text[act.language] });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
