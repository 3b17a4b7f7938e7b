/**
 * A Court-resolution candidate as a finding, in the act's language. The Court's verdict on one norm
 * is not a verdict on another: a candidate is a `warning` at most, and `info` when the Court found
 * the reviewed norm constitutional (or the corpus does not say).
 */
import type { Act } from '../core/act/types';
import type { Finding, Severity } from '../core/finding';
import type { Language } from '../core/language';
import type { CorpusIndex } from '../corpus/types';
import type { ResolutionCandidate } from './courtResolutions';
import type { Outcome } from './resolutionQueries';

const VERDICT: Record<Outcome | 'unknown', Record<Language, string>> = {
  unconstitutional: { ru: 'норма признана не соответствующей Конституции', kk: 'норма Конституцияға сәйкес емес деп танылды' },
  constitutional_with_interpretation: { ru: 'норма признана соответствующей Конституции в истолковании Суда', kk: 'норма Соттың түсіндірмесінде Конституцияға сәйкес деп танылды' },
  constitutional: { ru: 'норма признана соответствующей Конституции', kk: 'норма Конституцияға сәйкес деп танылды' },
  unknown: { ru: 'вывод Суда в корпусе не приведён', kk: 'Соттың қорытындысы корпуста келтірілмеген' },
};

function message(c: ResolutionCandidate, language: Language): string {
  const date = c.date;
  const verdict = VERDICT[c.outcome ?? 'unknown'][language];
  const notInCorpus = c.inCorpus ? '' : language === 'kk' ? ' (қаулы корпуста жоқ; қорытынды актінің ескертпесі бойынша)' : ' (постановления нет в корпусе; вывод — по примечанию к акту)';
  if (language === 'kk')
    return c.byNote
      ? `Актінің ескертпесі бойынша бұл норманы Конституциялық Сот ${date} № ${c.number} нормативтік қаулысымен қараған: ${verdict}${notInCorpus}.`
      : `Норма Конституциялық Сот ${date} № ${c.number} нормативтік қаулысымен қараған нормаға жақын (ұқсастығы ${c.score.toFixed(2)}): ${verdict}. Осы норманың Соттың қорытындысына сәйкестігін тексеру қажет.`;
  return c.byNote
    ? `По примечанию к акту эту норму рассмотрел Конституционный Суд (нормативное постановление от ${date} № ${c.number}): ${verdict}${notInCorpus}.`
    : `Норма близка к норме, рассмотренной Конституционным Судом (нормативное постановление от ${date} № ${c.number}; сходство ${c.score.toFixed(2)}): ${verdict}. Следует проверить эту норму на соответствие выводу Суда.`;
}

function rationale(c: ResolutionCandidate, language: Language): string {
  const holding = c.holding.length > 900 ? `${c.holding.slice(0, 900)}…` : c.holding;
  return language === 'kk'
    ? `Соттың қорытындысы (орыс тіліндегі мәтін): ${holding} Конституциялық Соттың 2026 жылғы 1 шілдеге дейін қабылданған шешімдері 2026 жылғы Конституцияға қайшы келмейтін бөлігінде күшін сақтайды (96-бап 3-тармақ).`
    : `Вывод Суда: ${holding} Решения Конституционного Суда, принятые до 1 июля 2026 года, сохраняют силу в части, не противоречащей Конституции 2026 года (ст. 96 п. 3).`;
}

export function severityOf(c: Pick<ResolutionCandidate, 'outcome'>): Severity {
  return c.outcome === 'unconstitutional' || c.outcome === 'constitutional_with_interpretation' ? 'warning' : 'info';
}

export function candidateFinding(act: Act, c: ResolutionCandidate, corpus: CorpusIndex): Finding {
  const text = act.doc.paragraphs[c.paragraph].text;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  // Invariant 4: `cite` returns nothing for a resolution the corpus lacks, so nothing unverified is shown.
  const citation = c.inCorpus ? corpus.cite(`cc:${c.number}`, act.language) : undefined;
  const place = corpus.cite('const2026:96.3', act.language);
  return {
    id: `monitor/court-resolution:${c.paragraph}:${start}:${c.number}`,
    ruleId: 'monitor/court-resolution',
    category: 'constitution',
    severity: severityOf(c),
    unit: act.units[c.unitId]?.path ?? '',
    ...(act.units[c.unitId] ? { unitId: c.unitId } : {}),
    anchor: { paragraph: c.paragraph, start, end, quote: text.slice(start, end) },
    message: message(c, act.language),
    rationale: rationale(c, act.language),
    citations: [citation, place].filter((x): x is NonNullable<typeof x> => !!x),
    engine: 'local',
    language: act.language,
  };
}
