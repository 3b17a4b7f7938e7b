/**
 * A stand-in for the local engine in pane tests: finds a few phrases by plain search and reports
 * them as findings, so the pane's flow is tested independently of the rules being written.
 */
import { parseAct } from '../../src/core/act/parse';
import type { DocModel } from '../../src/core/document';
import type { Category, Finding, Severity } from '../../src/core/finding';
import type { LocalEngine } from '../../src/taskpane/session';

export const PHRASES: { quote: string; category: Category; severity: Severity; replacement?: string; message: string }[] = [
  { quote: 'в разумный срок', category: 'anticorruption', severity: 'warning', replacement: 'в течение десяти рабочих дней', message: 'Неопределённый срок' },
  { quote: 'ақылға қонымды мерзімде', category: 'anticorruption', severity: 'warning', replacement: 'он жұмыс күні ішінде', message: 'Мерзім белгісіз' },
  { quote: ' и т.д.', category: 'technique', severity: 'warning', replacement: '', message: 'Открытый перечень' },
  { quote: 'обжалованию не подлежит', category: 'constitution', severity: 'error', message: 'Ограничение права на судебную защиту' },
];

export function handFindings(doc: DocModel): Finding[] {
  const out: Finding[] = [];
  let article = '';
  doc.paragraphs.forEach((p) => {
    const m = /^Статья (\d+)/.exec(p.text) ?? /^(\d+)-бап/.exec(p.text);
    if (m) article = p.text.startsWith('Статья') ? `ст. ${m[1]}` : `${m[1]}-бап`;
    for (const ph of PHRASES) {
      const start = p.text.indexOf(ph.quote);
      if (start < 0) continue;
      out.push({
        id: `hand/${ph.category}:${p.index}:${start}`,
        ruleId: `hand/${ph.category}`,
        category: ph.category,
        severity: ph.severity,
        unit: article || 'преамбула',
        anchor: { paragraph: p.index, start, end: start + ph.quote.length, quote: ph.quote },
        message: ph.message,
        rationale: 'Закон «О правовых актах»',
        citations: [{ id: 'lla:24', label: 'Закон «О правовых актах», ст. 24' }],
        replacement: ph.replacement,
        engine: 'local',
        language: 'ru',
      });
    }
  });
  return out;
}

/** The real parse, so the pane groups by the units as it does with the real engine. */
export const handEngine: LocalEngine = async (doc) => {
  const act = parseAct(doc);
  return { act, findings: handFindings(doc).map((f) => ({ ...f, ...(act.paragraphs[f.anchor.paragraph]?.unitId ? { unitId: act.paragraphs[f.anchor.paragraph]!.unitId } : {}) })) };
};
