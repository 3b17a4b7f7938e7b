/** Small acts in force for sweep tests, written to a temporary folder. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** A Russian law of 2020 (before the 2026 Constitution): a 1995 citation, the Parliament, a repealed act. */
export const RU_ACT = [
  'О государственном контроле',
  'Закон Республики Казахстан от 5 мая 2020 года № 100-VII.',
  'Статья 1. Основные положения',
  '1. Решение может быть обжаловано в суд согласно пункту 2 статьи 13 Конституции Республики Казахстан.',
  '2. Отчет ежегодно представляется в Парламент Республики Казахстан.',
  'Статья 2. Акты',
  '1. Акты принимаются в соответствии с Законом Республики Казахстан «О нормативных правовых актах».',
  '2. Сведения публикуются (Ведомости Парламента Республики Казахстан, 2020 г., № 5, ст. 10).',
];

/** The same subjects in Kazakh, as markdown with a front matter. */
export const KK_ACT_MD = [
  '---',
  'provenance: "Қазақстан Республикасының 2020 жылғы 5 мамырдағы № 100-VII Заңы, 10.01.2025 редакциясы"',
  '---',
  '# Мемлекеттік бақылау туралы',
  '',
  '### 1-бап. Негізгі ережелер',
  '',
  '1. Шешімге Қазақстан Республикасы Конституциясының 13-бабының 2-тармағына сәйкес сотқа шағым жасалуы мүмкін.',
  '',
  '2. Есеп жыл сайын Қазақстан Республикасының Парламентіне ұсынылады.',
];

export function actsFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-monitor-'));
  mkdirSync(path.join(dir, 'laws', 'kk'), { recursive: true });
  writeFileSync(path.join(dir, 'laws', 'control_ru.txt'), RU_ACT.join('\n') + '\n');
  writeFileSync(path.join(dir, 'laws', 'kk', 'control_kk.md'), KK_ACT_MD.join('\n') + '\n');
  writeFileSync(path.join(dir, 'laws', 'README.md'), '# Папка\n\nЗдесь лежат законы для мониторинга.\n');
  writeFileSync(path.join(dir, 'laws', 'broken.docx'), 'this is not a zip');
  writeFileSync(path.join(dir, 'laws', 'notes.json'), '{}');
  return dir;
}
