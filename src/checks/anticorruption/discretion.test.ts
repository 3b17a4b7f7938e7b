import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../testing/ruleTester';
import { kkBylaw, kkLaw, ruAmending, ruLaw } from '../lexicon/testDrafts';
import { discretion } from './discretion';

ruleTester(discretion, {
  valid: [
    { name: 'kk passive "-уы мүмкін" is a possibility', lines: kkLaw('1. Уәкілетті органның шешіміне сотқа шағым жасалуы мүмкін.') },
    { name: 'kk genitive holder is a private person', lines: kkLaw('1. Орындаушының жұмыстарды тоқтата тұруға құқығы бар, егер меншік иесі кедергі келтірсе.') },
    { name: 'a private person after a sibling item with a state lead-in', lines: ruLaw('4. Орган отказывает в регистрации в случаях:', '1) неполноты документов;', '5. Пчеловод вправе обжаловать отказ в суд.') },
    { name: 'a right of the owner is not discretion', lines: ruLaw('1. Владелец транспортного средства вправе обжаловать решение уполномоченного органа.') },
    { name: 'applicant addressing a body', lines: ruLaw('1. Заявитель, уведомивший уполномоченный орган, вправе отозвать заявление.') },
    { name: 'grounds are set', lines: ruLaw('1. Уполномоченный орган вправе продлить срок рассмотрения заявления не более чем на пять рабочих дней в случае направления запроса в другой государственный орган.') },
    { name: 'passive "может быть"', lines: ruLaw('1. Решение уполномоченного органа может быть обжаловано в суд.') },
    { name: 'negation', lines: ruLaw('1. Уполномоченный орган не вправе требовать документы, не предусмотренные настоящим Законом.') },
    { name: 'private subject with "не может"', lines: ruLaw('1. Оператор не может требовать оплаты услуг.') },
    { name: 'kk right of a citizen', lines: kkLaw('1. Көлік құралының иесі уәкілетті органның шешіміне шағым жасауға құқылы.') },
    { name: 'kk grounds by reference', lines: kkLaw('1. Уәкілетті орган осы Заңның 9-бабына сәйкес өтінішті қайтаруға құқылы.') },
  ],
  invalid: [
    { name: 'kk genitive holder of "құқығы бар"', lines: kkLaw('4. Уәкілетті органның музей затын тізілімге енгізуден бас тартуға құқығы бар.'), errors: [{ quote: 'бас тартуға құқығы бар' }] },
    { name: 'kk "-уы мүмкін"', lines: kkLaw('3. Уәкілетті орган рұқсат беруден бас тартуы мүмкін.'), errors: [{ quote: 'бас тартуы мүмкін' }] },
    { name: '"имеет право" + infinitive', lines: ruLaw('2. Местный исполнительный орган имеет право запретить ввоз пчелиных семей.'), errors: [{ quote: 'имеет право запретить' }] },
    {
      lines: ruLaw('4. Уполномоченный орган вправе продлить срок рассмотрения заявления.'),
      errors: [{ messageId: 'discretion', quote: 'вправе продлить', severity: 'warning', citations: ['lla:24.3'] }],
    },
    { name: 'in a quoted new wording', lines: ruAmending('«3. Разрешительный орган вправе провести дополнительную проверку соответствия заявителя разрешительным требованиям.».'), errors: [{ quote: 'вправе провести' }] },
    { name: '"может" + infinitive, subject after an adverbial', lines: ruLaw('1. По результатам проверки уполномоченный орган может приостановить действие свидетельства.'), errors: [{ quote: 'может приостановить' }] },
    { name: 'vague ground merged', lines: ruLaw('1. Комиссия вправе при необходимости запросить дополнительные сведения.'), errors: [{ messageId: 'discretionVague', quote: 'вправе при необходимости запросить' }] },
    { name: 'open grounds merged', lines: ruLaw('1. Акимат вправе отказать в выдаче разрешения и в иных случаях.'), errors: [{ messageId: 'discretionOpenGrounds', quote: 'вправе отказать в выдаче разрешения и в иных случаях' }] },
    {
      name: 'kk open grounds to refuse',
      lines: kkBylaw('16. Жергілікті атқарушы орган осы Қағидалардың 14-тармағында көзделмеген өзге де жағдайларда субсидиялар төлеуден бас тартуға құқылы.'),
      errors: [{ messageId: 'discretionOpenGrounds', quote: 'өзге де жағдайларда субсидиялар төлеуден бас тартуға құқылы' }],
    },
    { name: 'kk plain discretion', lines: kkLaw('4. Уәкілетті орган өтінішті қарау мерзімін ұзартуға құқылы.'), errors: [{ messageId: 'discretion', quote: 'ұзартуға құқылы' }] },
  ],
}, loadCorpus);
