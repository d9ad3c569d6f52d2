/**
 * Macedonian labels, as a Macedonian club's contract or advance writes them ("Озвучување",
 * "Осветлување", "Сместување", "Ручек", "Активност"), where they part from Serbian (lexicon-sr.ts:
 * "озвучење", "смештај") and Bulgarian (lexicon-bg.ts): Macedonian writes its own letters ќ, ѓ, ѕ
 * and its own endings. A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const MACEDONIAN_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['изведувач', 'бенд'],
  event: ['настан', 'назив на настанот', 'циклус'],
  venue: ['место на настапот', 'место на одржување'],
  address: ['адреса'],
  date: ['датум', 'датум на настапот'],
  doors: ['отворање на врати', 'отворање врати'],
  set_time: ['настап', 'почеток на настапот'],
  set_length: ['траење', 'траење на настапот'],
  curfew: ['крај на програмата', 'крај на настанот'],
  load_in: ['истовар', 'истовар на опрема'],
  time: ['време', 'час'],
  schedule_item: ['активност', 'распоред'],
  location: ['место'],
  fee: ['хонорар'],
  deposit: ['аванс'],
  payment_terms: ['плаќање', 'начин на плаќање', 'услови на плаќање'],
  notes: ['напомена', 'напомени', 'забелешка'],
  name: ['име и презиме'],
  role: ['функција'],
  company: ['назив', 'фирма', 'друштво'],
  phone: ['телефон', 'тел', 'мобилен'],
  email: ['е пошта', 'електронска пошта'],
  // A contract's party block names who signs for the party ("Застапувано од: Name, function") above the party's phone and e-mail.
  contact: ['лица за контакт', 'лице за контакт', 'контакт', 'застапувано од', 'застапувана од', 'застапуван од'],
  hotel: ['сместување', 'хотел'],
  check_in: ['пријавување'],
  check_out: ['одјавување'],
  rooms: ['соби', 'број на соби'],
  booking_reference: ['број на резервација'],
  catering: ['кетеринг', 'угостителство'],
  meal: ['ручек', 'вечера', 'појадок'],
  guest_count: ['број на лица'],
  backline: ['бекленд', 'беклајн'],
  stage: ['бина', 'сцена'],
  sound: ['озвучување', 'тон'],
  lighting: ['осветлување', 'светло'],
  power: ['струја'],
  equipment: ['опрема'],
  technical: ['технички услови'],
};
