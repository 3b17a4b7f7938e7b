import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkBylaw, kkLaw, ruBylaw, ruLaw } from '../lexicon/testDrafts';
import { refusalWithoutGrounds } from './refusalWithoutGrounds';

ruleTester(refusalWithoutGrounds, {
  valid: [
    { name: 'ru: the grounds in the sentence', lines: ruLaw('1. В регистрации оператора может быть отказано, если представленные документы недостоверны.') },
    { name: 'ru: a refusal by reference to the grounds', lines: ruLaw('1. Уполномоченный орган отказывает в регистрации по основаниям, предусмотренным пунктом 3 настоящей статьи.') },
    { name: 'ru: the act lists the grounds elsewhere', lines: ruLaw('1. Уполномоченный орган выдает разрешение либо отказывает в его выдаче.', '2. Основаниями для отказа в выдаче разрешения являются:', '1) недостоверность документов;', '2) отсутствие стоянки.') },
    { name: 'ru: a person\'s own renunciation', lines: ruLaw('1. Владелец вправе отказаться от услуг оператора без объяснения причин.') },
    { name: 'ru: a court', lines: ruLaw('1. В иске о возврате транспортного средства может быть отказано.') },
    { name: 'kk: grounds by reference', lines: kkLaw('1. Уәкілетті орган осы баптың 3-тармағында көзделген негіздер бойынша тіркеуден бас тартады.') },
    { name: 'kk: a person\'s own renunciation', lines: kkLaw('1. Өтініш беруші өтініштен бас тартуға құқылы.') },
  ],
  invalid: [
    {
      name: 'ru: an impersonal "may be refused" with no grounds',
      lines: ruLaw('1. Во включении в реестр операторов может быть отказано.'),
      errors: [{ messageId: 'noGrounds', quote: 'может быть отказано', severity: 'warning', citations: ['lla:24.3'] }],
    },
    { name: 'ru: refused without reasons (one finding for the sentence)', lines: ruBylaw('9. Услугодатель отказывает в выдаче разрешения без объяснения причин.'), errors: [{ messageId: 'noReason', quote: 'без объяснения причин' }] },
    { name: 'ru: a refusal in an act with no grounds anywhere', lines: ruLaw('1. Комиссия рассматривает заявку и отказывает в аккредитации оператора.'), errors: [{ messageId: 'noGrounds', quote: 'отказывает' }] },
    { name: 'ru: "отклоняет" in an act with no grounds anywhere', lines: ruBylaw('9. Услугодатель рассматривает заявку и отклоняет ее.'), errors: [{ messageId: 'noGrounds', quote: 'отклоняет' }] },
    { name: 'kk: an impersonal refusal with no grounds', lines: kkLaw('1. Тізілімге енгізуден бас тартылуы мүмкін.'), errors: [{ messageId: 'noGrounds', quote: 'бас тартылуы мүмкін' }] },
    { name: 'kk: the person refused named before the impersonal passive', lines: kkLaw('1. Тасымалдаушылар тізіліміне енгізуден бас тартылуы мүмкін.'), errors: [{ messageId: 'noGrounds', quote: 'бас тартылуы мүмкін' }] },
    { name: 'ru: the person refused named in the dative', lines: ruLaw('1. Перевозчику может быть отказано во включении в реестр.'), errors: [{ messageId: 'noGrounds', quote: 'может быть отказано' }] },
    { name: 'kk: refused without giving the reason', lines: kkBylaw('9. Жергілікті атқарушы орган себебін көрсетпестен субсидия беруден бас тартады.'), errors: [{ messageId: 'noReason', quote: 'себебін көрсетпестен' }] },
    { name: 'kk: a refusal in an act with no grounds anywhere', lines: kkLaw('1. Комиссия өтінімді қарап, тіркеуден бас тартады.'), errors: [{ messageId: 'noGrounds', quote: 'бас тартады' }] },
  ],
}, loadCorpus);
