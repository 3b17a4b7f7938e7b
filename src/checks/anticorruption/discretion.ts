/**
 * anticorruption/discretion: a state body "вправе" / "может" / "имеет право" / "құқылы" /
 * "-уға болады" act, and the sentence gives no grounds, conditions or criteria, or leaves them
 * open ("в иных случаях", "өзге де жағдайларда") or vague ("при необходимости"). The subject is
 * read from the sentence (or the lead-in of a list): rights of citizens, owners and applicants
 * are not discretion.
 */
import type { Rule } from '../rule';
import { discretionHits } from '../lexicon/powers';
import { normTexts } from '../lexicon/segments';

export const discretion: Rule = {
  meta: {
    id: 'anticorruption/discretion',
    category: 'anticorruption',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Discretionary powers of a state body without grounds, conditions or deadlines ("Уполномоченный орган вправе продлить срок", "орган … бас тартуға құқылы").',
      basis: 'Закон «О правовых актах», ст. 24 п. 3; факторы коррупциогенности: широта дискреционных полномочий',
    },
    messages: {
      discretion: {
        ru: 'Коррупциогенный фактор – широта дискреционных полномочий: «{quote}» позволяет органу действовать по своему усмотрению. Установите исчерпывающие основания (условия), критерии и срок либо изложите полномочие как обязанность.',
        kk: 'Сыбайлас жемқорлық факторы – дискрециялық өкілеттіктердің кеңдігі: «{quote}» органға өз қалауы бойынша әрекет етуге мүмкіндік береді. Толық негіздерді (шарттарды), өлшемшарттар мен мерзімді белгілеңіз не өкілеттікті міндет ретінде жазыңыз.',
        en: 'Corruption-risk factor – broad discretion: "{quote}" lets the body act at its own discretion. Set exhaustive grounds (conditions), criteria and a deadline, or word the power as a duty.',
      },
      discretionOpenGrounds: {
        ru: 'Коррупциогенный фактор – широта дискреционных полномочий: орган вправе действовать «{ground}», то есть по основаниям, не названным в акте. Перечислите основания исчерпывающе и исключите «{ground}».',
        kk: 'Сыбайлас жемқорлық факторы – дискрециялық өкілеттіктердің кеңдігі: орган «{ground}», яғни актіде аталмаған негіздер бойынша әрекет ете алады. Негіздерді толық тізбелеп, «{ground}» алып тастаңыз.',
        en: 'Corruption-risk factor – broad discretion: the body may act "{ground}", i.e. on grounds the act does not name. List the grounds exhaustively and delete "{ground}".',
      },
      discretionVague: {
        ru: 'Коррупциогенный фактор – широта дискреционных полномочий: орган вправе действовать «{vague}», без критериев. Укажите конкретные основания (условия) и срок.',
        kk: 'Сыбайлас жемқорлық факторы – дискрециялық өкілеттіктердің кеңдігі: орган өлшемшартсыз, «{vague}» әрекет ете алады. Нақты негіздерді (шарттарды) және мерзімді көрсетіңіз.',
        en: 'Corruption-risk factor – broad discretion: the body may act "{vague}", with no criteria. State the grounds (conditions) and a deadline.',
      },
    },
    rationale: {
      ru: 'Норма, предоставляющая государственному органу право действовать по усмотрению без оснований и критериев, не имеет четкого смысла (п. 3 ст. 24 Закона «О правовых актах») и создает условия для коррупции.',
      kk: 'Мемлекеттік органға негіздер мен өлшемшарттарсыз өз қалауы бойынша әрекет ету құқығын беретін норманың анық мағынасы жоқ («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы) және сыбайлас жемқорлыққа жағдай жасайды.',
      en: 'A norm letting a state body act at will, without grounds or criteria, lacks a clear meaning (Law "On Legal Acts", art. 24.3) and breeds corruption.',
    },
  },
  check(context) {
    for (const p of normTexts(context.act)) {
      for (const hit of discretionHits(context.act, p.paragraph, p.text)) {
        const messageId = hit.openGround ? 'discretionOpenGrounds' : hit.vague ? 'discretionVague' : 'discretion';
        context.report({
          messageId,
          data: { quote: hit.modal.text, ground: hit.openGround?.text ?? '', vague: hit.vague?.text ?? '' },
          range: { paragraph: p.paragraph, start: hit.start, end: hit.end },
          citations: ['lla:24.3'],
        });
      }
    }
  },
};
