/**
 * monitor/institution: an act in force names an institution the 2026 Constitution ended. The
 * Parliament formed under the 1995 Constitution ended its powers on 1 July 2026 (art. 95.1);
 * legislative power is the Курултай's (art. 52.1), which has 145 deputies and no chambers
 * (art. 53.1): no Senate, no Mazhilis. Each row of the table (src/monitor/data/institutions.json,
 * built from the corpus by scripts/build-institutions.ts) carries the 2026 provisions it rests on.
 */
import type { Rule } from '../checks/rule';
import institutions from './data/institutions.json';
import { findInstitutionMentions, type InstitutionId } from './institutionMentions';

const CHECKED_ROLES = new Set(['norm', 'quote', 'heading']);

interface InstitutionRow {
  id: InstitutionId;
  provisions: { place: string }[];
}

const ROWS = new Map((institutions.rows as InstitutionRow[]).map((r) => [r.id, r]));

export const institutionRule: Rule = {
  meta: {
    id: 'monitor/institution',
    category: 'constitution',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    fixable: true,
    docs: {
      description: 'Institutions the 2026 Constitution ended (Parliament, Senate, Mazhilis, their deputies and chambers) named by an act in force.',
      basis: 'Конституция РК 2026, ст. 52 п. 1, ст. 53 п. 1, ст. 95 п. 1',
    },
    messages: {
      parliament: {
        ru: 'Парламент, сформированный по Конституции 1995 года, прекратил полномочия с 1 июля 2026 года; законодательную власть осуществляет Курултай. Предлагается: «{suggestion}».',
        kk: '1995 жылғы Конституция бойынша қалыптастырылған Парламент 2026 жылғы 1 шілдеден бастап өкілеттігін тоқтатты; заң шығару билігін Құрылтай жүзеге асырады. Ұсыныс: «{suggestion}».',
        en: 'The Parliament formed under the 1995 Constitution ended its powers on 1 July 2026; legislative power is the Kurultai\'s. Suggested: "{suggestion}".',
      },
      senate: {
        ru: 'В Конституции 2026 года нет Сената: Курултай состоит из депутатов без палат, полномочия Парламента прекращены с 1 июля 2026 года. Полномочие нужно отнести к Курултаю или иному органу по Конституции 2026 года.',
        kk: '2026 жылғы Конституцияда Сенат жоқ: Құрылтай палаталарсыз депутаттардан тұрады, Парламенттің өкілеттігі 2026 жылғы 1 шілдеден тоқтатылды. Өкілеттікті Құрылтайға немесе 2026 жылғы Конституция бойынша өзге органға жатқызу қажет.',
        en: 'The 2026 Constitution has no Senate: the Kurultai has deputies and no chambers; the Parliament\'s powers ended on 1 July 2026. Assign the power to the Kurultai or another body under the 2026 Constitution.',
      },
      mazhilis: {
        ru: 'В Конституции 2026 года нет Мажилиса: Курултай состоит из депутатов без палат, полномочия Парламента прекращены с 1 июля 2026 года. Полномочие нужно отнести к Курултаю или иному органу по Конституции 2026 года.',
        kk: '2026 жылғы Конституцияда Мәжіліс жоқ: Құрылтай палаталарсыз депутаттардан тұрады, Парламенттің өкілеттігі 2026 жылғы 1 шілдеден тоқтатылды. Өкілеттікті Құрылтайға немесе 2026 жылғы Конституция бойынша өзге органға жатқызу қажет.',
        en: 'The 2026 Constitution has no Mazhilis: the Kurultai has deputies and no chambers; the Parliament\'s powers ended on 1 July 2026. Assign the power to the Kurultai or another body under the 2026 Constitution.',
      },
      chambers: {
        ru: 'В Конституции 2026 года у Курултая нет палат; полномочия Парламента и его Палат прекращены с 1 июля 2026 года. Предлагается назвать Курултай (и согласовать слова предложения).',
        kk: '2026 жылғы Конституция бойынша Құрылтайдың палаталары жоқ; Парламент пен оның Палаталарының өкілеттігі 2026 жылғы 1 шілдеден тоқтатылды. Құрылтайды атау ұсынылады (сөйлемнің сөздерін келістіріп).',
        en: 'Under the 2026 Constitution the Kurultai has no chambers; the Parliament and its Chambers ended on 1 July 2026. Name the Kurultai (and agree the sentence).',
      },
      deputy: {
        ru: 'Полномочия депутатов Парламента прекращены с 1 июля 2026 года; законодательную власть осуществляют депутаты Курултая. Предлагается: «{suggestion}».',
        kk: 'Парламент депутаттарының өкілеттігі 2026 жылғы 1 шілдеден тоқтатылды; заң шығару билігін Құрылтай депутаттары жүзеге асырады. Ұсыныс: «{suggestion}».',
        en: 'The powers of the Parliament\'s deputies ended on 1 July 2026; legislative power is exercised by the deputies of the Kurultai. Suggested: "{suggestion}".',
      },
    },
    rationale: {
      ru: 'Конституция 2026 года (вступила в силу 1 июля 2026 года): законодательную власть осуществляет Курултай (ст. 52 п. 1), состоящий из ста сорока пяти депутатов (ст. 53 п. 1); Парламент, сформированный по Конституции 1995 года, прекратил полномочия (ст. 95 п. 1).',
      kk: '2026 жылғы Конституция (2026 жылғы 1 шілдеде күшіне енді): заң шығару билігін Құрылтай жүзеге асырады (52-бап 1-тармақ), ол жүз қырық бес депутаттан тұрады (53-бап 1-тармақ); 1995 жылғы Конституция бойынша қалыптастырылған Парламент өкілеттігін тоқтатты (95-бап 1-тармақ).',
      en: '2026 Constitution (in force since 1 July 2026): legislative power is the Kurultai\'s (art. 52.1), of 145 deputies (art. 53.1); the Parliament formed under the 1995 Constitution ended its powers (art. 95.1).',
    },
  },
  check(context) {
    const { act } = context;
    act.doc.paragraphs.forEach((p, paragraph) => {
      if (!CHECKED_ROLES.has(act.paragraphs[paragraph]?.role ?? '')) return;
      for (const m of findInstitutionMentions(p.text, act.language)) {
        const row = ROWS.get(m.row);
        context.report({
          messageId: m.row,
          data: { suggestion: m.replacement ?? '' },
          range: { paragraph, start: m.start, end: m.end },
          ...(m.replacement !== undefined ? { replacement: m.replacement } : {}),
          citations: (row?.provisions ?? []).map((x) => `const2026:${x.place}`),
        });
      }
    });
  },
};
