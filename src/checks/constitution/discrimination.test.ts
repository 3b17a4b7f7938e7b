import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkBylaw, kkLaw, ruLaw } from '../lexicon/testDrafts';
import { discrimination } from './discrimination';

ruleTester(discrimination, {
  valid: [
    { name: 'ru: "Запрещаются любые формы ограничения прав … по мотивам происхождения" is the guarantee itself', lines: ruLaw('1. Запрещаются любые формы ограничения прав граждан при вступлении в брак по мотивам происхождения, расы, национальности и отношения к религии.') },
    { name: 'ru (a criminal code): a sanction for incitement on the ground protects equality', lines: ruLaw('1. Пропаганда исключительности граждан по признаку их отношения к религии, если эти деяния совершены публично, – наказывается лишением свободы.') },
    { name: 'ru: the origin of a thing ("естественного происхождения") is no ground', lines: ruLaw('1. Уничтожение молодняков естественного происхождения допускается только по решению уполномоченного органа.') },
    { name: 'kk: a sanction for the same', lines: kkLaw('1. Азаматтардың дінге көзқарасы белгісі бойынша артықшылығын насихаттау бас бостандығынан айырумен жазаланады.') },
    { name: 'the equality guarantee', lines: ruLaw('1. Граждане независимо от национальности, расы, вероисповедания и происхождения вправе получать субсидии.') },
    { name: 'a form field is not a condition', lines: ruLaw('1. В заявлении указываются фамилия, имя, национальность (по желанию) и адрес заявителя.') },
    { name: '"пола" as a floor', lines: ruLaw('1. Покрытие пола стоянки должно быть твердым и только водонепроницаемым.') },
    { name: 'kk equality guarantee', lines: kkLaw('1. Азаматтар ұлтына, нәсіліне және дінге көзқарасына қарамастан тең құқылы.') },
    { name: 'kk ban on discrimination typed with the Latin "i" (as in texts copied from old sources)', lines: kkLaw('1. Азаматты тегiне, жынысына, нәсiлiне, ұлтына байланысты кемсiтуге болмайды.') },
    { name: 'kk ban on discrimination', lines: kkLaw('1. Жұмысқа қабылдау кезінде ұлтына байланысты кемсітуге жол берілмейді.') },
  ],
  invalid: [
    {
      lines: ruLaw('2. Субсидии предоставляются пчеловодам – гражданам Республики Казахстан казахской национальности.'),
      errors: [{ messageId: 'discrimination', quote: 'казахской национальности', severity: 'warning', citations: ['const2026:16.2', 'const2026:41.3'] }],
    },
    { name: 'depends on religion', lines: ruLaw('1. Размер выплаты определяется в зависимости от вероисповедания получателя.'), errors: [{ quote: 'вероисповедания' }] },
    { name: 'kk preference by nationality (one finding per sentence)', lines: kkLaw('2. Жұмысқа қабылдау кезінде үміткерлердің ұлтына және діни көзқарасына қарай басымдық беріледі.'), errors: [{ quote: 'ұлтына' }] },
    { name: 'kk restriction by origin in a bylaw', lines: kkBylaw('13. Федерация мүшелігіне қабылдау үміткердің шығу тегіне байланысты шектелуі мүмкін.'), errors: [{ quote: 'шығу тегіне' }] },
  ],
}, loadCorpus);

// Round 2: preference "бірінші кезекте", "ұлттық тиесілігі", "в первую очередь".
ruleTester(discrimination, {
  valid: [
    { name: 'priority by disability, not by nationality', lines: kkLaw('1. Мүгедектігі бар адамдарға бірінші кезекте қызмет көрсетіледі.') },
  ],
  invalid: [
    { lines: kkBylaw('1. Сауда орындары бірінші кезекте қазақ ұлтының өкілдеріне беріледі.'), errors: [{ quote: 'ұлтының' }] },
    { lines: kkLaw('1. Жәрдемақы азаматтарға олардың ұлттық тиесілігіне қарай сараланған мөлшерде тағайындалады.'), errors: [{ quote: 'ұлттық тиесілігіне' }] },
    { lines: ruLaw('1. Участки предоставляются в первую очередь лицам казахской национальности.'), errors: [{ quote: 'казахской национальности' }] },
  ],
}, loadCorpus);

// Round 3 (in-force codes): options a person chooses, and the origin of things.
ruleTester(discrimination, {
  valid: [
    { name: 'ru: nationality changed on the person\'s own application', lines: ruLaw('3. Национальность лица по его заявлению может быть изменена только на национальность одного из родителей.') },
    { name: 'ru: spelling of a surname at the citizens\' wish', lines: ruLaw('2. По желанию граждан в фамилиях лиц казахской национальности не используются окончания, несвойственные казахскому языку.') },
    { name: 'ru: the origin of a thing, no person in the sentence', lines: ruLaw('2. Перечень опасных грузов составляется с учетом происхождения и свойств каждого вида груза.') },
    { name: 'kk: surname spelled at the person\'s own application', lines: kkLaw('2. Азаматтың өз өтініші бойынша тегі тек ата-анасының біреуінің ұлтына сәйкес өзгертілуі мүмкін.') },
    { name: 'kk: the origin of goods', lines: kkLaw('1. Тауарлардың сыныптауышы олардың шығу тегіне және құрамына қарай жасалады.') },
  ],
  invalid: [
    { name: 'ru: origin of persons still a ground', lines: ruLaw('1. Стипендии назначаются студентам с учетом социального происхождения.'), errors: [{ quote: 'социального происхождения' }] },
    { name: 'kk: origin of a candidate still a ground', lines: kkLaw('1. Үміткерлерді қабылдау олардың шығу тегіне қарай жүргізіледі.'), errors: [{ quote: 'шығу тегіне' }] },
  ],
}, loadCorpus);
