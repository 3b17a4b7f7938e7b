/**
 * The monitoring report's words come from the one message catalog: every label exists in Russian,
 * Kazakh and English, counts take their plural forms, and the HTML report speaks the asked language.
 */
import { MONITOR_LABELS } from '../../src/report/monitor/labels';
import { UI_LANGUAGES } from '../../src/i18n';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  return Object.values(value as object).flatMap(strings);
}

describe('monitoring report labels', () => {
  test.each(UI_LANGUAGES)('%s: every label is a worded text, never a catalog key', (language) => {
    const words = strings(MONITOR_LABELS[language]);
    expect(words.length).toBeGreaterThan(40);
    for (const w of words) {
      expect(w.trim()).not.toBe('');
      expect(w).not.toMatch(/^(monitor|severity)\.[\w.-]+$/);
    }
  });

  test('the three languages differ where the words do', () => {
    expect(MONITOR_LABELS.ru.title).toBe('Правовой мониторинг: Конституция 2026 года и решения Конституционного Суда');
    expect(MONITOR_LABELS.kk.title).toBe('Құқықтық мониторинг: 2026 жылғы Конституция және Конституциялық Сот шешімдері');
    expect(MONITOR_LABELS.en.title).toBe('Legal monitoring: the 2026 Constitution and the Constitutional Court’s resolutions');
    expect([MONITOR_LABELS.ru.kinds.institution, MONITOR_LABELS.kk.kinds.institution, MONITOR_LABELS.en.kinds.institution]).toEqual([
      'Упразднённые органы',
      'Таратылған органдар',
      'Ended institutions',
    ]);
  });

  test('"the same in N acts" agrees with N (ru: 21 акте, 3 актах, 5 актах; en: 1 act, 2 acts)', () => {
    expect(MONITOR_LABELS.ru.sameIn(21)).toBe('То же в 21 акте');
    expect(MONITOR_LABELS.ru.sameIn(3)).toBe('То же в 3 актах');
    expect(MONITOR_LABELS.ru.sameIn(5)).toBe('То же в 5 актах');
    expect(MONITOR_LABELS.en.sameIn(1)).toBe('The same in 1 act');
    expect(MONITOR_LABELS.en.sameIn(2)).toBe('The same in 2 acts');
    expect(MONITOR_LABELS.kk.sameIn(3)).toBe('Дәл осы 3 актіде');
    expect(MONITOR_LABELS.kk.rank(2)).toBe('үміткерлер арасында 2-орын');
  });

  test('severities are the pane’s words (one catalog), not a table of their own', () => {
    expect(MONITOR_LABELS.ru.severities).toEqual({ error: 'Ошибка', warning: 'Предупреждение', info: 'Рекомендация' });
    expect(MONITOR_LABELS.kk.severities).toEqual({ error: 'Қате', warning: 'Ескерту', info: 'Ұсыным' });
    expect(MONITOR_LABELS.en.severities.warning).toBe('Warning');
  });
});
