/**
 * anticorruption/refusal-without-grounds: a state body may refuse and the act states no grounds —
 * "Во включении в реестр может быть отказано.", "отказывает … без объяснения причин", "Комиссия
 * отказывает в регистрации." in an act that lists no grounds for refusal anywhere / "бас тартылуы
 * мүмкін", "себебін көрсетпестен бас тартады". The methodology of anti-corruption expertise names
 * this factor: the absence or incompleteness of the grounds of a body's decision. A powers with a
 * state subject and a modal ("вправе отказать") is anticorruption/discretion's and is not repeated;
 * refusals by courts and a person's own renunciation ("вправе отказаться") are not refusals of a body.
 */
import type { Act } from '../../core/act/types';
import type { Rule } from '../rule';
import { subjectOf } from '../lexicon/actors';
import { discretionHits } from '../lexicon/powers';
import { normMatches } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { SP, WB, WE } from '../lexicon/words';

const RU = new RegExp(
  [
    `(?<noReason>без${SP}(?:объяснения|указания|обоснования|мотивировки|пояснения|изложения)${SP}(?:причин|оснований|мотивов))`,
    `(?<passive>(?:может|могут)${SP}быть${SP}отказано)`,
    `(?<plain>отказыва(?:ет|ют)${SP}в|отклоня(?:ет|ют))`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
const KK = new RegExp(
  [
    `(?<noReason>(?:себеб(?:ін|ін|і|тері|терін)${SP})?(?:көрсетпестен|көрсетпей|түсіндірмей|түсіндірместен|негіздемей|негіздеместен)|негіздемесіз|дәлелсіз|себепсіз)`,
    `(?<passive>бас${SP}тартылуы${SP}мүмкін)`,
    `(?<plain>бас${SP}тартады)`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);

/** A refusal by someone (not a person's own renunciation: "отказаться", "отказ от"). */
const RU_REFUSAL = /(?<![\p{L}])(?:отказ(?!ыва(?:ть|ет|ют)ся|ать?ся|ался|ались)[\p{L}]*|отклон[\p{L}]*)(?![\s\u00a0]+от(?![\p{L}]))/iu;
const KK_REFUSAL = /бас[\s\u00a0]+тарт|қабылдамай/iu;
/** Grounds named in the sentence, or a reference to where they are. */
const RU_GROUNDS = /(?<![\p{L}])(?:в[\s\u00a0]+случа|при[\s\u00a0]+(?:наличии|условии|выявлении|несоответствии|непредставлении|нарушении|отсутствии|неуплате|невыполнении)|если|по[\s\u00a0]+основани|на[\s\u00a0]+основани|основани|предусмотренн|указанн|в[\s\u00a0]+соответствии|согласно|ввиду|в[\s\u00a0]+связи[\s\u00a0]+с|вследствие)/iu;
const KK_GROUNDS = /жағдайда|жағдайларда|негіз|көзделген|көрсетілген|сәйкес|байланысты|салдарынан|(?<![\p{L}])[\p{L}]{3,}(?:са|се)(?![\p{L}])/iu;
/** The act lists grounds for refusal somewhere: "Основаниями для отказа … являются", "бас тартуға … негіз". */
const RU_GROUNDS_LISTED = /основани[\p{L}]*[\s\u00a0]+(?:для|к)[\s\u00a0]+отказ|отказ[\p{L}]*[^.;]{0,80}?по[\s\u00a0]+(?:следующим[\s\u00a0]+)?основаниям/iu;
const KK_GROUNDS_LISTED = /бас[\s\u00a0]+тарту(?:ға|дың)?[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,3}?негіз|негіздер(?:і)?[\s\u00a0]+бойынша[^.;]{0,60}бас[\s\u00a0]+тарт/iu;
/** Refusals in court ("в иске отказано", "сот … бас тартады") are justice, not administration. */
const COURT = /(?<![\p{L}])(?:суд|иск|сот|талап[\s\u00a0]+қою)/iu;

const TRIGGER = /отказ|отклон|причин|основани|мотив|бас[\s\u00a0]+тарт|көрсетпе|түсіндірме|негіздеме|дәлелсіз|себепсіз/iu;

const listedCache = new WeakMap<Act, boolean>();
function groundsListed(act: Act): boolean {
  let hit = listedCache.get(act);
  if (hit === undefined) {
    const re = act.language === 'kk' ? KK_GROUNDS_LISTED : RU_GROUNDS_LISTED;
    hit = act.doc.paragraphs.some((p) => re.test(p.text));
    listedCache.set(act, hit);
  }
  return hit;
}

export const refusalWithoutGrounds: Rule = {
  meta: {
    id: 'anticorruption/refusal-without-grounds',
    category: 'anticorruption',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'A state body may refuse with no grounds stated ("может быть отказано", "без объяснения причин", "бас тартылуы мүмкін", "себебін көрсетпестен"), or refuses in an act that lists no grounds for refusal.',
      basis: 'Закон «О правовых актах», ст. 24 п. 3; факторы коррупциогенности: отсутствие или неполнота оснований принятия решения, отказа',
    },
    messages: {
      noReason: {
        ru: 'Коррупциогенный фактор – отказ без оснований: орган отказывает «{quote}». Укажите исчерпывающий перечень оснований для отказа и обязанность мотивировать отказ.',
        kk: 'Сыбайлас жемқорлық факторы – негізсіз бас тарту: орган «{quote}» бас тартады. Бас тартудың толық негіздерін және бас тартуды дәлелдеу міндетін көрсетіңіз.',
        en: 'Corruption-risk factor – refusal without grounds: the body refuses "{quote}". List the grounds for refusal exhaustively and require a reasoned refusal.',
      },
      noGrounds: {
        ru: 'Коррупциогенный фактор – основания отказа не установлены: «{quote}». Перечислите основания для отказа исчерпывающе (или сошлитесь на норму, где они перечислены).',
        kk: 'Сыбайлас жемқорлық факторы – бас тарту негіздері белгіленбеген: «{quote}». Бас тарту негіздерін толық тізбелеңіз (немесе олар тізбеленген нормаға сілтеме жасаңыз).',
        en: 'Corruption-risk factor – no grounds for refusal: "{quote}". List the grounds for refusal exhaustively (or refer to the norm that lists them).',
      },
    },
    rationale: {
      ru: 'Решение государственного органа об отказе должно приниматься по исчерпывающим основаниям, установленным актом: отказ без оснований не имеет четкого смысла (п. 3 ст. 24 Закона «О правовых актах») и позволяет органу отказывать по своему усмотрению.',
      kk: 'Мемлекеттік органның бас тарту туралы шешімі актіде белгіленген толық негіздер бойынша қабылдануы тиіс: негізсіз бас тартудың анық мағынасы жоқ («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы) және органға өз қалауынша бас тартуға мүмкіндік береді.',
      en: 'A state body\'s refusal must rest on exhaustive grounds set by the act: a refusal without grounds lacks a clear meaning (Law "On Legal Acts", art. 24.3) and lets the body refuse at will.',
    },
  },
  check(context) {
    const act = context.act;
    const kk = act.language === 'kk';
    for (const { norm: p, found } of normMatches(act, TRIGGER, { ru: RU, kk: KK })) {
      const discretion = discretionHits(act, p.paragraph, p.text);
      // "отказывает … без объяснения причин": one finding, on the missing reasons.
      const reasonless = found.filter((m) => m.groups?.noReason).map((m) => sentenceBody(p.text, m.start).start);
      for (const m of found) {
        if (discretion.some((h) => h.start < m.end && m.start < h.end)) continue;
        const sentence = sentenceBody(p.text, m.start);
        const clause = p.text.slice(sentence.start, sentence.end);
        if (COURT.test(clause)) continue;
        if (!m.groups?.noReason && reasonless.includes(sentence.start)) continue;
        const subject = subjectOf(act, p.paragraph, p.text, m.start, sentence.start);
        // An impersonal passive ("может быть отказано", "бас тартылуы мүмкін") has no refusing subject:
        // a person named in it is the one refused, and the refuser is whoever decides.
        if (subject === 'court' || (subject === 'private' && !m.groups?.passive)) continue;
        if (m.groups?.noReason) {
          if (!(kk ? KK_REFUSAL : RU_REFUSAL).test(clause)) continue;
        } else {
          if ((kk ? KK_GROUNDS : RU_GROUNDS).test(clause)) continue;
          // "отказывает в …" is the body's duty: a factor only where the act gives no grounds at all.
          if (m.groups?.plain && (subject !== 'state' || groundsListed(act))) continue;
        }
        const quote = m.text.replace(/[\s\u00a0]+в$/u, '');
        context.report({
          messageId: m.groups?.noReason ? 'noReason' : 'noGrounds',
          data: { quote },
          range: { paragraph: p.paragraph, start: m.start, end: m.start + quote.length },
          citations: ['lla:24.3'],
        });
      }
    }
  },
};
