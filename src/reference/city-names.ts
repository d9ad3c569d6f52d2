/**
 * Cities the airport data names in English that their own countries write otherwise ("Praha",
 * "München", "Lisboa"): a venue's or hotel's address uses the local name, so the lookup of a city's
 * airports and country knows it too.
 */
import { foldText } from './fold.js';

/** Local name → the data's name. */
const LOCAL_NAMES: Record<string, string> = {
  Praha: 'Prague',
  München: 'Munich',
  Wien: 'Vienna',
  Warszawa: 'Warsaw',
  Lisboa: 'Lisbon',
  Milano: 'Milan',
  Bruxelles: 'Brussels',
  Brussel: 'Brussels',
  København: 'Copenhagen',
  Göteborg: 'Gothenburg',
  Genève: 'Geneva',
  Zürich: 'Zurich',
  // The data names Switzerland's capital by its airport's place joined to it ("Bern-Belp").
  Bern: 'Bern-Belp',
  Berne: 'Bern-Belp',
  Venezia: 'Venice',
  București: 'Bucharest',
  Beograd: 'Belgrade',
  // Albanian writes its capital with its final vowel ("Tiranë 1001").
  Tiranë: 'Tirana',
  // Names other languages give a city, as a Spanish or French travel form writes it ("Londres (LGW)").
  Londres: 'London',
  // Bulgarian and Hebrew write their cities, and the cities they fly to, in their own scripts.
  София: 'Sofia',
  Пловдив: 'Plovdiv',
  Варна: 'Varna',
  Бургас: 'Burgas',
  Лондон: 'London',
  // Macedonian and Serbian write theirs in Cyrillic ("1000 Скопје", "11000 Београд").
  Скопје: 'Skopje',
  Охрид: 'Ohrid',
  Београд: 'Belgrade',
  // Ukrainian writes its cities in its own script too.
  Київ: 'Kyiv',
  Львів: 'Lviv',
  Харків: 'Kharkiv',
  Одеса: 'Odessa',
  Дніпро: 'Dnipro',
  // Mongolian writes its capital in Cyrillic ("Улаанбаатар 15160").
  Улаанбаатар: 'Ulaanbaatar',
  'תל אביב': 'Tel Aviv',
  'תל-אביב': 'Tel Aviv',
  חיפה: 'Haifa',
  אילת: 'Eilat',
  לונדון: 'London',
  // Azerbaijani writes its cities with its own letters ("AZ1003 Bakı", "Gəncə").
  Bakı: 'Baku',
  Gəncə: 'Ganja',
  // Georgian writes its cities, and the cities it flies through, in its own script.
  თბილისი: 'Tbilisi',
  ბათუმი: 'Batumi',
  ქუთაისი: 'Kutaisi',
  ლონდონი: 'London',
  ვარშავა: 'Warsaw',
  სტამბოლი: 'Istanbul',
  მიუნხენი: 'Munich',
  პარიზი: 'Paris',
  // A data fix: the airport data set spells Enugu "Enegu", so any address in Enugu is looked up by that spelling.
  Enugu: 'Enegu',
};

let byFolded: Map<string, string> | undefined;

/** The data's name for a city written by its local name, or null. */
export function dataCityName(city: string): string | null {
  byFolded ??= new Map(Object.entries(LOCAL_NAMES).map(([local, name]) => [foldText(local), name]));
  return byFolded.get(foldText(city)) ?? null;
}

/** The other names the table gives a city of the data ("London": "Londres"), for text that writes it so. */
export function otherCityNames(dataCity: string): string[] {
  return Object.entries(LOCAL_NAMES).filter(([, name]) => foldText(name) === foldText(dataCity)).map(([local]) => local);
}
