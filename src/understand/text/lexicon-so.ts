/**
 * Somali labels, as a Somali promoter's or agency's mail and advance write them ("Magaalada",
 * "Goobta bandhigga", "Doorka", "Iimaylka"), kept apart from the main lexicon like the other
 * languages. Somali documents often print the English label right after the Somali one with no slash
 * ("Magaalada City", "Goobta bandhigga Venue"): text/joined-gloss-label.ts reads such a pair by its
 * English half. A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const SOMALI_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['fanaanka', 'fanaaniinta', 'heesaaga', 'kooxda muusigga'],
  event: ['magaca bandhigga', 'munaasabadda', 'xafladda'],
  venue: ['goobta bandhigga', 'hoolka', 'goobta xafladda'],
  address: ['cinwaanka', 'ciwaanka', 'cinwaan'],
  city: ['magaalada'],
  country: ['dalka', 'waddanka'],
  date: ['taariikhda', 'taariikh', 'maalinta bandhigga'],
  doors: ['albaabada', 'furitaanka albaabada'],
  set_time: ['waqtiga masraxa', 'wakhtiga masraxa', 'waqtiga bandhigga'],
  soundcheck: ['tijaabada codka'],
  time: ['wakhtiga', 'waqtiga', 'wakhtiga qaadista', 'waqtiga qaadista', 'saacadda'],
  location: ['goobta', 'goobta qaadista', 'meesha qaadista'],
  destination: ['meesha loo socdo', 'meesha la dhigayo'],
  fee: ['khidmadda', 'mushaharka fanaanka', 'lacagta bandhigga'],
  deposit: ['lacagta hore', 'horumarin'],
  payment_terms: ['shuruudaha lacag bixinta', 'habka lacag bixinta'],
  notes: ['fiiro gaar ah', 'xusuusin', 'faallo'],
  name: ['magaca'],
  role: ['doorka', 'xilka', 'jagada'],
  company: ['shirkadda', 'shirkad'],
  phone: ['taleefanka', 'taleefan', 'telefoonka', 'lambarka taleefanka'],
  email: ['iimayl', 'iimaylka', 'iimeelka'],
  contact: ['xiriirka', 'xiriirada'],
  hotel: ['magaca hoteelka', 'hoteelka', 'hoteel', 'hudheelka'],
  rooms: ['tirada qolalka', 'qolalka', 'nooca qolka'],
  guests: ['magaca martida', 'magacyada martida', 'martida'],
  booking_reference: ['lambarka xaqiijinta', 'lambarka xaqiijinta kooxda', 'lambarka ballanta'],
  flight: ['duulimaadka', 'duulimaad'],
  passenger: ['rakaabka'],
  departure: ['bixitaanka', 'ambabaxa'],
  arrival: ['imaanshaha', 'soo degitaanka'],
  catering: ['cuntada', 'raashinka'],
  meal: ['casho', 'qado', 'quraac'],
  guest_count: ['tirada dadka'],
  stage: ['masraxa'],
  sound: ['codka'],
  lighting: ['nalalka', 'iftiinka'],
  power: ['korontada'],
};

/**
 * Somali label words with no key of their own that still lead a two-language label ("Gaariga Car",
 * "Darawalka Driver", "Xaqiijinta qolka Room confirmation"): its English half is read (text/joined-gloss-label.ts).
 */
export const SOMALI_GLOSSED_WORDS: string[] = [
  'baabuurka', 'gaariga', 'darawalka', 'qiimaha qolka', 'qiimaha', 'habeenada', 'baarkinka', 'xaqiijinta qolka', 'nooca qolka',
];
