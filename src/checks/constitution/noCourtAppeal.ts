/**
 * constitution/no-court-appeal: "решение … является окончательным и обжалованию не подлежит",
 * "не может быть обжаловано", "шағымдануға жатпайды", "шағымдалмайды". Everyone has the right to
 * judicial protection (Constitution 2026, art. 12 p. 2; 1995: 13.2): a decision of a body that is
 * not a court cannot be put beyond appeal. Decisions of courts themselves (final instance, the
 * Constitutional Court) and clauses that keep the appeal to a court are not reported.
 */
import type { Rule } from '../rule';
import { normTexts } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, WB, WE } from '../lexicon/words';
import { courtPractice } from './courtPractice';

const RU = new RegExp(
  [
    `обжаловани[юя]${SP}(?:в${SP}суд${SP}|в${SP}судебном${SP}порядке${SP})?не${SP}подлеж[\\p{L}]*`,
    `не${SP}подлеж[\\p{L}]*${SP}(?:судебному${SP})?обжаловани[юя]`,
    `не${SP}(?:может|могут)${SP}быть${SP}обжалован[\\p{L}]*`,
    `не${SP}обжалу(?:ется|ются)`,
    `(?<review>(?:пересмотру|пересмотрению)${SP}не${SP}подлеж[\\p{L}]*)`,
    // The appeal is kept only outside the courts: "обжалуются только в вышестоящий орган", "в судебном порядке не допускается".
    `(?<outside>обжалу(?:ется|ются)${SP}(?:только|исключительно|лишь)${SP}(?:в${SP})?(?:вышестоящ[\\p{L}]*|административном${SP}порядке|порядке${SP}подчиненности)(?:${SP}(?:государственный${SP}|должностному${SP})?(?:орган|органу|лицу|руководителю))?)`,
    `(?<nocourt>в${SP}(?:судебном${SP}порядке|суд|суде)${SP}не${SP}(?:допускается|допускаются|производится|осуществляется))`,
    // "Решение комиссии является окончательным": read with the subject (a decision, not a list or a price).
    `(?<final>(?:является|признается|считается)${SP}окончательн(?:ым|ой)|(?:решение|заключение)${SP}(?:[\\p{L}-]+${SP}){0,6}?окончательное)`,
    // "Жалобы на решения комиссии не рассматриваются": the appeal itself is refused.
    // The look-behind follows the first letters ("не"), so the engine tries it only where they stand.
    `не(?<=жалоб[\\p{L}]*${SP}на${SP}(?:решени|действи|бездействи)[^.;]{0,120}?не)${SP}(?:рассматриваются|принимаются|подлежат${SP}рассмотрению)`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
const KK = new RegExp(
  [
    `шағымдануға${SP}(?:жатпайды|болмайды)`,
    `шағымдалуға${SP}жатпайды`,
    `шағымдалмайды`,
    `шағым${SP}(?:жасалмайды|берілмейді|жасалуға${SP}жатпайды)`,
    `даулануға${SP}жатпайды`,
    `(?<final>(?:түпкілікті|соңғы)${SP}(?:болып${SP}табылады|болады))`,
    `(?<kkreview>қайта${SP}(?:қаралуға${SP}жатпайды|қаралмайды))`,
    // "тек жоғары тұрған органға шағым жасалады": the appeal is kept only outside the courts.
    `(?<outside>тек${SP}жоғары${SP}тұрған${SP}(?:мемлекеттік${SP})?(?:органға|лауазымды${SP}адамға|басшыға)${SP}(?:шағым${SP}(?:жасалады|беріледі|жасалуы${SP}мүмкін)|шағымданылады))`,
    `қа(?<=шағымдар[\\p{L}]*${SP}[^.;]{0,80}?қа)(?:ралмайды|былданбайды)`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
/** What is declared final must be a decision or a conclusion for "является окончательным" to bar an appeal. */
const DECISION = /(?<![\p{L}])(?:решени|заключени|постановлени|приказ|предписани|результат|шешім|қорытынды|қаулы|бұйрық|нұсқама|нәтиже)/iu;
/** A court as the author of the decision (not "в суд" / "сотқа", the addressee of an appeal). */
const RU_COURT = /(?:^|[^\p{L}])(?<!(?:^|[\s\u00a0])(?:в|во)[\s\u00a0])(?:суд|суда|судом|судов|судья|судьи|судей|судебн[\p{L}]*)(?![\p{L}])/iu;
const KK_COURT = /(?:^|[^\p{L}])(?:сот|соттың|сотының|сот[\s\u00a0]+актісі|судья|судьяның|сот[\s\u00a0]+шешімі)(?![\p{L}])/iu;
/** The appeal to a court stays open in the same sentence. */
const COURT_KEPT = /(?<!не[\s\u00a0])(?:может|могут)[\s\u00a0]+быть[\s\u00a0]+обжалован[\p{L}]*[\s\u00a0]+в[\s\u00a0]+суд|сотқа[\s\u00a0]+(?:шағым[\s\u00a0]+(?:жасалуы[\s\u00a0]+мүмкін|жасауға[\s\u00a0]+құқылы|беруге[\s\u00a0]+құқылы)|шағымдануға[\s\u00a0]+(?:болады|құқылы))/iu;

/** Cheap pre-test: paragraphs without these stems cannot match (keeps a whole code under the time budget). */
const TRIGGER = /обжал|окончательн|пересмотр|жалоб|шағым|даула|түпкілікті|соңғы|қайта[\s\u00a0]+қара/iu;

export const noCourtAppeal: Rule = {
  meta: {
    id: 'constitution/no-court-appeal',
    category: 'constitution',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: {
      description: 'A decision of a body other than a court is declared final and not subject to appeal ("обжалованию не подлежит", "шағымдануға жатпайды").',
      basis: 'Конституция РК 2026, ст. 12 п. 2 (1995: ст. 13 п. 2) – право на судебную защиту',
    },
    messages: {
      noAppeal: {
        ru: 'Норма исключает обжалование решения («{quote}»): это противоречит праву каждого на судебную защиту. Предусмотрите обжалование в порядке, установленном Административным процедурно-процессуальным кодексом Республики Казахстан, в том числе в суд.',
        kk: 'Норма шешімге шағымдануды жоққа шығарады («{quote}»): бұл әркімнің сот арқылы қорғалу құқығына қайшы. Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексінде белгіленген тәртіппен, оның ішінде сотқа шағымдануды көздеңіз.',
        en: 'The norm bars any appeal against the decision ("{quote}"), contrary to everyone\'s right to judicial protection. Provide for an appeal under the Administrative Procedural and Process Code, to a court included.',
      },
    },
    rationale: {
      ru: 'Каждый имеет право на судебную защиту своих прав и свобод (п. 2 ст. 12 Конституции 2026 г.; п. 2 ст. 13 Конституции 1995 г.). Решение государственного органа или комиссии не может быть выведено из-под судебного контроля.',
      kk: 'Әркімнің өз құқықтары мен бостандықтарының сот арқылы қорғалуына құқығы бар (2026 жылғы Конституцияның 12-бабының 2-тармағы; 1995 жылғы Конституцияның 13-бабының 2-тармағы). Мемлекеттік органның немесе комиссияның шешімі сот бақылауынан тыс қалмауы тиіс.',
      en: 'Everyone has the right to judicial protection of their rights and freedoms (Constitution 2026, art. 12.2; 1995: art. 13.2). A decision of a state body or commission cannot be put beyond judicial review.',
    },
  },
  check(context) {
    const kk = context.language === 'kk';
    for (const p of normTexts(context.act)) {
      if (!TRIGGER.test(p.text)) continue;
      const found = matchesIn(kk ? KK : RU, p.text);
      for (const m of found) {
        const sentence = sentenceBody(p.text, m.start);
        // "является окончательным и обжалованию не подлежит": one finding, on the explicit bar.
        if (m.groups?.final && found.some((o) => !o.groups?.final && o.start >= sentence.start && o.start < sentence.end)) continue;
        const before = p.text.slice(sentence.start, m.start);
        if ((kk ? KK_COURT : RU_COURT).test(before)) continue;
        // "Решение … является окончательным", "… пересмотру не подлежит": only a decision is put beyond appeal ("условия договора пересмотру не подлежат" are not).
        if ((m.groups?.final || m.groups?.review || m.groups?.kkreview) && !DECISION.test(before + m.text)) continue;
        if (COURT_KEPT.test(p.text.slice(sentence.start, sentence.end))) continue;
        // "в суд не допускается до обжалования в вышестоящий орган": a pre-trial order, not a bar.
        if (m.groups?.nocourt && /(?<![\p{L}])(?:до|без[\s\u00a0]+предварительного)(?![\p{L}])/iu.test(p.text.slice(m.end, sentence.end))) continue;
        // "обжалуются только в вышестоящий орган, а затем в суд": the court stays.
        if (m.groups?.outside && /(?<![\p{L}])(?:суд|сот)/iu.test(p.text.slice(m.end, sentence.end))) continue;
        context.report({
          messageId: 'noAppeal',
          data: { quote: m.text },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['const2026:12.2', ...courtPractice(context.corpus, 'решение окончательное и обжалованию не подлежит право на судебную защиту', '12')],
        });
      }
    }
  },
};
