/**
 * Russian words for the items of a show day, added to the kinds' patterns of activity-kinds.ts as the
 * Ukrainian ones are: bounded by "no Cyrillic letter before it", since `\b` knows only ASCII letters.
 * Stems take every case ending ("трансфер", "трансфера"; "окончание концерта"). A warm-up act
 * ("разогрев") plays a set.
 */
import type { ActivityKind } from '../../interfaces.js';

const RU = '(?<![а-яёіїєґ])';

export const RUSSIAN_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${RU}саунд ?-?чек|${RU}лайн ?-?чек|${RU}проверка звука`,
  load_in: `${RU}заезд (?:и монтаж )?оборудования|${RU}монтаж оборудования|${RU}разгрузка`,
  doors: `${RU}открытие дверей|${RU}двери(?![а-яё])|${RU}вход зрителей`,
  curfew: `${RU}окончание (?:концерта|мероприятия)|${RU}завершение (?:концерта|мероприятия)|${RU}комендантск(?:ий|ого|им) час`,
  transfer: `${RU}трансфер|${RU}такси|${RU}микроавтобус|${RU}встреча в аэропорту`,
  interview: `${RU}интервью|${RU}радио(?![а-яё])`,
  meeting: `${RU}встреча(?![а-яё])|${RU}совещание`,
  set: `${RU}разогрев|${RU}выступление|${RU}концерт(?![а-яё])|${RU}хедлайнер`,
};

/** Russian words of meals, stays and flights: items of other sections. */
export const RUSSIAN_OTHER_SECTION = new RegExp(`${RU}(?:ужин|обед|завтрак|кейтеринг|заселение|выселение|рейс(?![а-яё])|вылет|прилет|прилёт)`, 'i');
