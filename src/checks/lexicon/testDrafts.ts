/** Minimal drafts around a few norms, for the rule tables of technique, anticorruption and constitution. */

/** A Russian law with one article whose paragraphs are `norms`. */
export function ruLaw(...norms: string[]): string[] {
  return ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О специализированных стоянках', 'Статья 5. Порядок деятельности', ...norms];
}

/** A Kazakh law with one article whose paragraphs are `norms`. */
export function kkLaw(...norms: string[]): string[] {
  return ['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Арнайы тұрақтар туралы', '5-бап. Қызмет тәртібі', ...norms];
}

/** A Russian amending law: the instruction, then the quoted new wording lines. */
export function ruAmending(...quoted: string[]): string[] {
  return [
    'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
    'О внесении изменений и дополнений в некоторые законодательные акты Республики Казахстан',
    'Статья 1. Внести изменения в следующие законодательные акты Республики Казахстан:',
    '1. В Закон Республики Казахстан от 16 мая 2014 года «О разрешениях и уведомлениях»:',
    '1) статью 40 дополнить пунктом 5 следующего содержания:',
    ...quoted,
    'Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.',
  ];
}

/** A Kazakh ministerial order approving Rules whose items are `items`. */
export function kkBylaw(...items: string[]): string[] {
  return [
    'ҚАЗАҚСТАН РЕСПУБЛИКАСЫ АУЫЛ ШАРУАШЫЛЫҒЫ МИНИСТРІНІҢ БҰЙРЫҒЫ',
    'Субсидиялау қағидаларын бекіту туралы',
    '1. Қоса беріліп отырған Субсидиялау қағидалары бекітілсін.',
    '2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.',
    'Қазақстан Республикасының Ауыл шаруашылығы министрі',
    'Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы « » № бұйрығымен бекітілген',
    'Субсидиялау қағидалары',
    '1-тарау. Жалпы ережелер',
    ...items,
  ];
}
