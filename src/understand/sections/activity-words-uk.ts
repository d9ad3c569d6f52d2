/**
 * Ukrainian words for the items of a show day, added to the kinds' patterns of activity-kinds.ts as
 * the Bulgarian ones are: bounded by "no Cyrillic letter before it", since `\b` knows only ASCII
 * letters. Stems take every case ending ("трансфер", "трансферу"; "кінець концерту").
 */
import type { ActivityKind } from '../../interfaces.js';

const UK = '(?<![а-яёіїєґʼ\'])';

export const UKRAINIAN_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${UK}саунд ?-?чек|${UK}лайн ?-?чек|${UK}звукова перевірка`,
  load_in: `${UK}розвантаженн|${UK}монтаж(?![а-яіїєґ])|${UK}заїзд техніки`,
  doors: `${UK}відкриття дверей|${UK}двері(?![а-яіїєґ])|${UK}вхід глядачів`,
  curfew: `${UK}кінець концерту|${UK}завершення концерту|${UK}кінець заходу|${UK}завершення заходу`,
  transfer: `${UK}трансфер|${UK}таксі|${UK}мікроавтобус|${UK}поїзд(?![а-яіїєґ])|${UK}зустріч на (?:вокзалі|пероні|в аеропорту)`,
  interview: `${UK}інтерв[ʼ'’]?ю|${UK}радіо(?![а-яіїєґ])`,
  meeting: `${UK}зустріч(?![а-яіїєґ])|${UK}нарада`,
  set: `${UK}підтримка|${UK}розігрів|${UK}виступ|${UK}концерт(?![а-яіїєґ])|${UK}хедлайнер`,
};

/** Ukrainian words of meals, stays and flights: items of other sections. */
export const UKRAINIAN_OTHER_SECTION = new RegExp(`${UK}(?:вечеря|вечері|обід|сніданок|кейтеринг|заселення|виселення|рейс(?![а-яіїєґ])|виліт|приліт)`, 'i');
