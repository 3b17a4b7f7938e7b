/**
 * The catalog's words for the review server's errors, as the client words them for the pane
 * (src/protocol/client.ts): a part of its own, loaded with the client when model checks run, so the
 * pane's first script carries none of them.
 */
import type { UiLanguage } from '../core/language';
import { catalogTranslator, type Translate } from './index';

const en = {
  'server.error.invalid-request': 'The server rejected the review request',
  'server.error.unauthorized': 'No access to the review server: check the server address and access token in the settings.',
  'server.error.forbidden-origin': 'This page may not use the review server: the administrator must add its origin to ZAN_ALLOWED_ORIGINS.',
  'server.error.too-large': 'The draft is too large for one request: review it in parts or ask the administrator to raise the limit.',
  'server.error.rate-limited': 'Too many reviews in a short time. Wait a minute and try again.',
  'server.error.busy': 'The review server is busy. Try again shortly.',
  'server.error.timeout': 'The review took too long and was stopped; the findings received are kept.',
  'server.error.shutting-down': 'The review server is restarting. Try again in a minute.',
  'server.error.upstream': 'The model service is unavailable. Try again later; the local checks still work.',
  'server.error.local-engine': 'The local checks could not run on the server.',
  'server.error.network': 'The review server cannot be reached: check the server address and the network connection.',
  'server.error.internal': 'The review server failed. Try again; if it repeats, tell the administrator.',
} as const;

export type ServerErrorKey = keyof typeof en;
type ServerErrorMessages = Record<ServerErrorKey, string>;

const ru: ServerErrorMessages = {
  'server.error.invalid-request': 'Сервер отклонил запрос на проверку',
  'server.error.unauthorized': 'Нет доступа к серверу проверки: проверьте адрес сервера и токен доступа в настройках.',
  'server.error.forbidden-origin': 'Эта страница не допущена к серверу проверки: администратору нужно добавить её адрес в ZAN_ALLOWED_ORIGINS.',
  'server.error.too-large': 'Проект слишком велик для одного запроса: проверьте его по частям или попросите администратора увеличить лимит.',
  'server.error.rate-limited': 'Слишком много проверок за короткое время. Подождите минуту и повторите.',
  'server.error.busy': 'Сервер проверки занят. Повторите чуть позже.',
  'server.error.timeout': 'Проверка заняла слишком много времени и была остановлена; полученные замечания сохранены.',
  'server.error.shutting-down': 'Сервер проверки перезапускается. Повторите через минуту.',
  'server.error.upstream': 'Сервис модели недоступен. Повторите позже; локальные проверки работают.',
  'server.error.local-engine': 'Локальные проверки не удалось выполнить на сервере.',
  'server.error.network': 'Сервер проверки недоступен: проверьте адрес сервера и подключение к сети.',
  'server.error.internal': 'Сбой сервера проверки. Повторите; если повторится, сообщите администратору.',
};

const kk: ServerErrorMessages = {
  'server.error.invalid-request': 'Сервер тексеру сұрауын қабылдамады',
  'server.error.unauthorized': 'Тексеру серверіне қол жеткізу жоқ: баптаулардағы сервер мекенжайы мен қол жеткізу токенін тексеріңіз.',
  'server.error.forbidden-origin': 'Бұл бетке тексеру серверіне рұқсат жоқ: әкімші оның мекенжайын ZAN_ALLOWED_ORIGINS тізіміне қосуы керек.',
  'server.error.too-large': 'Жоба бір сұрау үшін тым үлкен: оны бөліктермен тексеріңіз немесе әкімшіден шекті ұлғайтуды сұраңыз.',
  'server.error.rate-limited': 'Қысқа уақытта тым көп тексеру. Бір минут күтіп, қайталаңыз.',
  'server.error.busy': 'Тексеру сервері бос емес. Сәл кейінірек қайталаңыз.',
  'server.error.timeout': 'Тексеру тым ұзаққа созылып, тоқтатылды; алынған ескертулер сақталды.',
  'server.error.shutting-down': 'Тексеру сервері қайта іске қосылуда. Бір минуттан кейін қайталаңыз.',
  'server.error.upstream': 'Модель сервисі қолжетімсіз. Кейінірек қайталаңыз; жергілікті тексерулер жұмыс істейді.',
  'server.error.local-engine': 'Жергілікті тексерулерді серверде орындау мүмкін болмады.',
  'server.error.network': 'Тексеру сервері қолжетімсіз: сервер мекенжайы мен желіге қосылуды тексеріңіз.',
  'server.error.internal': 'Тексеру серверінің ақауы. Қайталаңыз; қайталанса, әкімшіге хабарлаңыз.',
};

export const SERVER_ERROR_CATALOGS: Record<UiLanguage, ServerErrorMessages> = { en, ru, kk };

export function serverErrorTranslator(language: UiLanguage): Translate<ServerErrorKey> {
  return catalogTranslator(SERVER_ERROR_CATALOGS[language], language);
}
