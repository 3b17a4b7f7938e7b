import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkBylaw, kkLaw, ruBylaw, ruLaw } from '../lexicon/testDrafts';
import { openListOfPersons } from './openListOfPersons';

ruleTester(openListOfPersons, {
  valid: [
    { name: 'ru: the rest named by the act', lines: ruLaw('1. Сведения получают владельцы, операторы и другие лица, указанные в пункте 2 настоящей статьи.') },
    { name: 'ru: a procedural category with a participle', lines: ruLaw('1. Истец, ответчик и иные лица, участвующие в деле, пользуются равными правами.') },
    { name: 'ru: a kind and its genus, not a list', lines: ruLaw('1. Министерства и иные центральные исполнительные органы взаимодействуют с оператором.') },
    { name: 'ru: the list goes on ("для себя или других лиц или организаций")', lines: ruLaw('1. Оператор не извлекает выгоду для себя, владельцев, перевозчиков или других лиц или организаций.') },
    { name: 'ru: a private right, no act of a body', lines: ruLaw('1. Владелец имеет право на получение сведений от операторов, перевозчиков и других организаций.') },
    { name: 'ru: interested persons are a legal category', lines: ruLaw('1. Регистрация производится по заявлению собственника, арендатора или иных заинтересованных лиц.') },
    { name: 'ru: cases fixed by law before the list', lines: ruLaw('1. Заявление в суд подается кредитором, а в случаях, предусмотренных законами Республики Казахстан, прокурором и иными лицами.') },
    { name: 'kk: the rest named by the act before the phrase', lines: kkLaw('1. Тексеруге инспекторлар, сарапшылар және осы баптың 2-тармағында көрсетілген өзге де адамдар тартылады.') },
    { name: 'kk: the list goes on after the phrase', lines: kkLaw('1. Уәкілетті орган операторлар, тасымалдаушылар және басқа да тұлғалар туралы мәліметтерді жариялайды.') },
  ],
  invalid: [
    {
      name: 'ru: recipients of support left open',
      lines: ruLaw('1. Государственная поддержка оказывается операторам стоянок, перевозчикам, эвакуаторам и иным лицам.'),
      errors: [{ messageId: 'openList', quote: 'иным лицам', severity: 'warning', citations: ['lla:24.3'] }],
    },
    { name: 'ru: the body informs an open list of bodies', lines: ruBylaw('5. Сведения о задержании услугодатель направляет собственнику, органам внутренних дел, прокуратуре и иным органам.'), errors: [{ quote: 'иным органам' }] },
    { name: 'ru: an open membership of a commission', lines: ruLaw('1. В состав комиссии входят представители акимата, общественных объединений, эксперты и другие лица.'), errors: [{ quote: 'другие лица' }] },
    { name: 'kk: persons involved in inspections left open', lines: kkBylaw('7. Тексеруге қоғамдық инспекторлар, сарапшылар және басқа да тұлғалар тартылады.'), errors: [{ messageId: 'openList', quote: 'басқа да тұлғалар' }] },
    { name: 'kk: an open list of bodies informed', lines: kkLaw('1. Уәкілетті орган мәліметтерді прокуратураға, ішкі істер органдарына және өзге де органдарға жібереді.'), errors: [{ quote: 'өзге де органдарға' }] },
  ],
}, loadCorpus);

ruleTester(openListOfPersons, {
  valid: [
    { name: 'ru: adjectives of one noun', lines: ruLaw('1. Уполномоченный орган привлекает экспертов государственных органов, подведомственных и иных организаций.') },
    { name: 'ru: a list of adjectives', lines: ruLaw('1. Сведения передаются в системы правоохранительных, специальных государственных и иных органов.') },
    { name: 'ru: a right of everyone, no act of a body', lines: ruLaw('1. Правом на задержание нарушителя обладают также потерпевшие и другие граждане.') },
    { name: 'ru: a subordinate clause, not a list', lines: ruLaw('1. Комиссия не проверяет вопросы, когда это входит в компетенцию судов или других государственных органов.') },
  ],
  invalid: [
    { name: 'ru: one named member and an open rest, doing a body\'s work', lines: ruLaw('1. Проверку стоянок проводят инспекторы и другие лица.'), errors: [{ quote: 'другие лица' }] },
    { name: 'ru: a plan sent for approval to an open list', lines: ruLaw('1. Оператор направляет схему на согласование заинтересованным государственным органам и иным организациям.'), errors: [{ quote: 'иным организациям' }] },
  ],
}, loadCorpus);
