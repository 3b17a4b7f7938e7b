import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkBylaw, kkLaw, ruAmending, ruLaw } from '../lexicon/testDrafts';
import { discretion } from './discretion';

ruleTester(discretion, {
  valid: [
    { name: 'ru: "может быть только государственное предприятие" says what a thing can be; "может произойти" is a consequence', lines: ruLaw('1. Субъектом государственной монополии может быть только государственное предприятие.', '2. Уполномоченный орган оценивает акты, в результате реализации которых может произойти негативное воздействие.') },
    { name: 'ru: a capacity that binds no one ("вправе выпускать облигации", "вправе привлекать … на добровольной основе")', lines: ruLaw('1. Правительство Республики Казахстан вправе выпускать облигации.', '2. Государственные органы вправе привлекать представителей общественных организаций на добровольной основе.') },
    { name: 'ru: "могут привести к нарушению" is a consequence, not a power', lines: ruLaw('1. Уполномоченный орган направляет предостережение о недопустимости действий, которые могут привести к нарушению законодательства.') },
    { name: 'kk: a private person that issues nothing keeps its own rights', lines: kkLaw('1. Балық аулау шаруашылығы субъектісі өз қалауы бойынша шартты мерзімінен бұрын бұзуға құқылы.') },
    { name: 'ru: a right of officials to take part in a sitting decides nothing about others', lines: ruLaw('1. Премьер-Министр и члены Правительства, Генеральный Прокурор имеют право присутствовать на любых заседаниях и быть выслушанными.') },
    { name: 'kk: the same', lines: kkLaw('1. Премьер-Министрдің және Үкімет мүшелерінің, Бас Прокурордың кез келген отырысқа қатысуға және сөз сөйлеуге құқығы бар.') },
    { name: "kk: citizens' right to take part in a referendum, next to the words 'мемлекеттік органдар'", lines: kkLaw('1. Азаматтардың мемлекеттік органдарды сайлауға және оларға сайлануға, сондай-ақ референдумға қатысуға құқығы бар.') },
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
    {
      name: 'kk: a private person the act makes the issuer of permits suspends them at will',
      lines: kkLaw('1. Балық аулауға рұқсатты балық шаруашылығы субъектісі береді.', '2. Балық шаруашылығы субъектісі рұқсаттың қолданылуын өз қалауы бойынша тоқтата тұруға құқылы.'),
      errors: [{ quote: 'өз қалауы бойынша тоқтата тұруға құқылы' }],
    },
    {
      name: 'ru: a private issuer of permits, named so by the act',
      lines: ruLaw('1. Специализированная организация выдает разрешения на вывоз отходов.', '2. Специализированная организация вправе аннулировать разрешение.'),
      errors: [{ quote: 'вправе аннулировать' }],
    },
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

// Round 2: other modal forms, passive powers with a state agent, heads of bodies, agent nouns.
ruleTester(discretion, {
  valid: [
    { name: 'kk "-а алады" of a passenger', lines: kkLaw('1. Жолаушы сапарды кез келген уақытта тоқтата алады.') },
    { name: 'kk "-а алады" of a court', lines: kkLaw('1. Сот тасымалдаушының қызметін алты айға дейінгі мерзімге тоқтата тұра алады.') },
    { name: 'kk "-а алады" of a carrier with its grounds', lines: kkLaw('1. Такси тасымалдаушысы жолаушы мас күйінде болған жағдайда тасымалдаудан бас тарта алады.') },
    { name: 'kk body with a condition in "-ғанда"', lines: kkLaw('1. Уәкілетті орган бұзушылық анықталғанда тексеру жүргізуге құқылы.') },
    { name: 'ru passive extended by agreement of the parties', lines: ruLaw('1. Срок закрепления участка может быть продлен по соглашению сторон не более одного раза.') },
    { name: 'ru passive by a court', lines: ruLaw('1. Продукция может быть изъята только по решению суда.') },
    { name: 'ru instrumental predicate is not an agent', lines: ruLaw('1. При уполномоченном органе может быть образован совет, являющийся консультативно-совещательным органом.') },
    { name: 'ru private person "если сочтет это необходимым"', lines: ruLaw('1. Рыбоводное хозяйство может привлекать специалистов, если сочтет это необходимым.') },
    { name: 'ru head of a private organisation', lines: ruLaw('1. Руководитель организации вправе отозвать доверенность.') },
  ],
  invalid: [
    { name: 'kk "-а алады" of a body', lines: kkLaw('1. Жергілікті атқарушы орган туристік маршрутты тізілімнен алып тастай алады.'), errors: [{ quote: 'алып тастай алады' }] },
    { name: 'kk "-уға өкілетті"', lines: kkLaw('1. Кәсіпкерлік бөлімі шарттың қолданылуын тоқтатуға өкілетті.'), errors: [{ quote: 'қолданылуын тоқтатуға өкілетті' }] },
    { name: 'kk employment centre', lines: kkLaw('1. Жұмыспен қамту орталығы күтім жасаушының тұрмыс жағдайын тексеру жүргізуге құқылы.'), errors: [{ quote: 'жүргізуге құқылы' }] },
    { name: 'kk "немесе" is not a condition', lines: kkLaw('1. Уәкілетті орган рұқсатты кері қайтарып алуға немесе тоқтата тұруға құқылы.'), errors: [{ quote: 'тұруға құқылы' }] },
    { name: 'ru "оставляет за собой право"', lines: ruLaw('1. Услугодатель оставляет за собой право запросить оригиналы документов.'), errors: [{ quote: 'оставляет за собой право запросить' }] },
    { name: 'ru "наделяется правом"', lines: ruLaw('1. Лицензиар наделяется правом проводить внеплановые проверки.'), errors: [{ quote: 'наделяется правом проводить' }] },
    { name: 'ru passive with the body as agent', lines: ruLaw('1. Лицензия может быть приостановлена лицензиаром на срок до шести месяцев.'), errors: [{ quote: 'может быть приостановлена' }] },
    { name: 'ru passive "по решению руководителя"', lines: ruLaw('1. Срок может быть продлен по решению руководителя услугодателя.'), errors: [{ quote: 'может быть продлен' }] },
    { name: 'ru head of a body', lines: ruLaw('1. Руководитель уполномоченного органа вправе продлить срок рассмотрения.'), errors: [{ quote: 'вправе продлить' }] },
    { name: 'ru the body\'s own judgement is no criterion', lines: ruLaw('1. Лицензиар вправе, если сочтет необходимым, провести обследование.'), errors: [{ quote: 'вправе, если сочтет необходимым' }] },
  ],
}, loadCorpus);

// Round 3 (in-force codes): the person's consent as the bound, standing shared with private persons,
// bodies acting with the public, consequences, norm-making, passive powers that bind no one.
ruleTester(discretion, {
  valid: [
    { name: 'ru: the person\'s consent bounds the power', lines: ruLaw('2. Помощник совершеннолетнего лица может быть назначен органом опеки только с согласия такого лица.') },
    { name: 'kk: the person\'s consent bounds the power', lines: kkLaw('2. Уәкілетті орган кәмелетке толған адамға көмекшіні оның жазбаша келісімімен тағайындауға құқылы.') },
    { name: 'ru: standing shared with interested persons', lines: ruLaw('3. Иск о расторжении договора может быть предъявлен заинтересованными лицами, уполномоченным органом либо прокурором.') },
    { name: 'ru: bodies together with the public may send remarks', lines: ruLaw('7. Заинтересованные государственные органы и общественность вправе направить в местный исполнительный орган свои замечания.') },
    { name: 'kk: bodies together with the public may send remarks', lines: kkLaw('7. Мүдделі мемлекеттік органдар және жұртшылық жергілікті атқарушы органға өз ескертулерін жіберуге құқылы.') },
    { name: 'ru: a request sent to another state binds no one', lines: ruLaw('3. При наличии оснований полагать, что строительство объекта за пределами Республики может причинить вред водным объектам, Правительство Республики Казахстан вправе направить государству, в котором намечено строительство, обращение с просьбой о проведении оценки.') },
    { name: 'ru: norm-making by a representative body', lines: ruLaw('5. Правила содержания домашних животных могут устанавливаться местными представительными органами.') },
    { name: 'ru: the Government may set a procedure', lines: ruLaw('5. Правительство Республики Казахстан вправе устанавливать упрощенный порядок регистрации для малых предприятий.') },
    { name: 'ru: a conclusion "may be taken into account" binds no one', lines: ruLaw('3. Заключение общественной экспертизы может быть также учтено местными исполнительными органами при принятии решений.') },
    { name: 'ru: the threat named as the ground', lines: ruLaw('1. При непосредственной угрозе жизни человека уполномоченный орган вправе немедленно эвакуировать его из здания.') },
    { name: 'ru: consent "может быть выражено" by a parent', lines: ruLaw('2. Согласие родителей на опеку может быть выражено непосредственно органом, осуществляющим функции по опеке, при оформлении опеки.') },
    { name: 'ru: a bylaw as the agent of a passive', lines: ruLaw('2. Правилами ведения мониторинга, утверждаемыми Правительством Республики Казахстан, в систему мониторинга могут быть включены дополнительные подсистемы уполномоченного органа.') },
    { name: 'ru: "только" restricts the power to the official named in the act', lines: ruLaw('5. Проверка может проводиться только тем должностным лицом уполномоченного органа, которое указано в акте о назначении проверки.') },
    { name: 'kk: "ғана" restricts the power', lines: kkLaw('5. Тексеруді уәкілетті органның актіде көрсетілген лауазымды адамы ғана жүргізуге құқылы.') },
    { name: 'ru: special rules set by a representative body ("особенности регулирования")', lines: ruLaw('5. Особенности регулирования сбора отходов могут устанавливаться местными представительными органами по согласованию с уполномоченным органом.') },
    { name: 'ru: a private agency may apply again (reflexive infinitive)', lines: ruLaw('9. Орган, получивший решение об отказе в аккредитации, вправе повторно обратиться в уполномоченный орган по истечении шести месяцев.') },
    { name: 'ru: requests sent to bodies of other states', lines: ruLaw('2. Уполномоченный орган вправе направлять запросы в компетентные органы иных государств.') },
  ],
  invalid: [
    { name: 'ru: a body alone may set a term for a person', lines: ruLaw('1. Уполномоченный орган вправе установить заявителю иной срок устранения замечаний.'), errors: [{ quote: 'вправе установить' }] },
    { name: 'ru: an order sent binds the person', lines: ruLaw('3. При необходимости уполномоченный орган вправе направить субъекту контроля предписание.'), errors: [{ quote: 'При необходимости уполномоченный орган вправе направить' }] },
    { name: 'ru: passive power with only the body as agent', lines: ruLaw('1. Разрешение может быть отозвано уполномоченным органом.'), errors: [{ quote: 'может быть отозвано' }] },
    { name: 'kk: a body alone may visit families without notice', lines: kkLaw('3. Қорғаншылық жөніндегі орган кәсіби отбасыларға алдын ала хабарламай баруға құқылы.'), errors: [{ quote: 'баруға құқылы' }] },
    { name: 'ru: a request sent to a person is a demand', lines: ruLaw('2. Уполномоченный орган вправе направлять запросы субъектам рынка.'), errors: [{ quote: 'вправе направлять' }] },
  ],
}, loadCorpus);

// Round 4 (issue 10, seed 11): the state's own matters (budget money between programmes, joining its
// own proceedings, which of its officials do a check) and the use of information decide nothing about
// a person; the same powers over a person are still reported.
ruleTester(discretion, {
  valid: [
    { name: 'ru: moving money between the body\'s own programmes', lines: ruLaw('4. Администратор бюджетных программ вправе перераспределять ассигнования между подпрограммами в пределах утвержденного объема.') },
    { name: 'kk: moving money between budget programmes', lines: kkLaw('4. Бюджеттік бағдарламалардың әкімшісі бекітілген көлем шегінде бюджеттік бағдарламалар бойынша қаражатты қайта бөлуге құқылы.') },
    { name: 'ru: joining the body\'s own proceedings', lines: ruLaw('6. Уполномоченный орган может принять решение об объединении нескольких служебных расследований в одно.') },
    { name: 'kk: joining the body\'s own proceedings', lines: kkLaw('6. Уәкілетті орган бірнеше қызметтік тексерулерді біріктіруге құқылы.') },
    { name: 'ru: which officials do a check changes by the body\'s decision', lines: ruLaw('3. Состав инспекторов, проводящих обследование, может изменяться по решению органа надзора.') },
    { name: 'ru: information a body may use for its statistics', lines: ruLaw('2. Сведения реестра могут быть использованы уполномоченным органом для подготовки статистических обзоров.') },
    { name: 'kk: information a body may use', lines: kkLaw('2. Уәкілетті орган тізілімнің мәліметтерін статистикалық шолулар дайындау үшін пайдалануға құқылы.') },
  ],
  invalid: [
    { name: 'ru: money given to a person at the body\'s choice', lines: ruLaw('4. Уполномоченный орган вправе выделять гранты частным музеям.'), errors: [{ quote: 'вправе выделять' }] },
    { name: 'kk: a body may stop a person\'s activity', lines: kkLaw('6. Уәкілетті орган жеке мұражайдың қызметін тоқтатуға құқылы.'), errors: [{ quote: 'қызметін тоқтатуға құқылы' }] },
  ],
}, loadCorpus);

// Round 5 (issue 10, seed 13): the reflexive passive of use ("могут использоваться органом").
ruleTester(discretion, {
  valid: [
    { name: 'ru: a person\'s data "могут также использоваться" by the body', lines: ruLaw('3. Заявитель вправе представить результаты собственных замеров, которые могут также использоваться уполномоченным органом при подготовке заключения.') },
    { name: 'kk: data "пайдаланылуы мүмкін" by the body', lines: kkLaw('3. Өтініш беруші ұсынған өлшеу нәтижелері уәкілетті органның шешімімен қорытынды дайындау кезінде пайдаланылуы мүмкін.') },
  ],
  invalid: [
    { name: 'ru: a permit "может отзываться" by the body is still its discretion', lines: ruLaw('3. Разрешение на спецводопользование может отзываться уполномоченным органом.'), errors: [{ quote: 'может отзываться' }] },
    { name: 'kk: a permit "тоқтатылуы мүмкін" by the body\'s decision', lines: kkLaw('3. Арнайы су пайдалануға рұқсат уәкілетті органның шешімімен тоқтатылуы мүмкін.'), errors: [{ quote: 'тоқтатылуы мүмкін' }] },
  ],
}, loadCorpus);
