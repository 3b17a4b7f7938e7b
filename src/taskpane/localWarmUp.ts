/**
 * What the pane's local engine does when the pane is idle after its first paint, before any click
 * on Review: loads the corpus, builds its search index, and reviews a short draft in each
 * language (the rules search the corpus there too), so that V8 has compiled the rules'
 * patterns and code. Without it the first Review pays for all of that (about a second on a 2-core
 * machine under load), the next ones do not. The drafts carry one typical defect of several kinds
 * (a vague term, an open list, a delegation to a body, a prohibition in a bylaw), so that the rules
 * run their matching past their cheap pre-tests too.
 */
import { loadCorpus } from '../corpus/index';
import { docFromLines } from '../core/document';
import { reviewLocal } from '../engine/local';

const DRAFTS: readonly (readonly string[])[] = [
  [
    'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
    'О внесении изменений в некоторые законодательные акты',
    'Статья 1. Основные понятия',
    '1. В настоящем Законе используются следующие понятия:',
    '1) заявитель – физическое или юридическое лицо, обратившееся за услугой;',
    'Статья 2. Порядок выдачи разрешений',
    '1. Разрешение выдается в порядке, определяемом уполномоченным органом, в срок не более пятнадцати рабочих дней.',
    '2. Заявителям запрещается осуществлять деятельность до получения разрешения, за исключением случаев, предусмотренных пунктом 1 статьи 1 настоящего Закона.',
    '3. Уполномоченный орган при необходимости рассматривает жалобы заявителей в разумный срок и запрашивает справки, выписки и т.д.',
    'Статья 3. Порядок введения в действие',
    'Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.',
  ],
  [
    'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ',
    '1-бап. Негізгі ұғымдар',
    '1. Осы Заңда мынадай негізгі ұғымдар пайдаланылады:',
    '1) өтініш беруші – қызмет алу үшін жүгінген жеке немесе заңды тұлға;',
    '2-бап. Рұқсаттар беру тәртібі',
    '1. Рұқсат уәкілетті орган айқындайтын тәртіппен он бес жұмыс күнінен аспайтын мерзімде беріледі.',
    '2. Уәкілетті орган қажет болған жағдайда өтініш берушілердің шағымдарын ақылға қонымды мерзімде қарайды және анықтамаларды, үзінділерді және т.б. сұратады.',
    '3-бап. Қолданысқа енгізу тәртібі',
    'Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.',
  ],
];

export function warmLocalEngine(): void {
  const corpus = loadCorpus();
  corpus.prepareSearch();
  for (const lines of DRAFTS) reviewLocal(docFromLines(lines), { corpus });
}
