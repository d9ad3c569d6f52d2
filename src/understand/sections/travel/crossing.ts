/**
 * Sea crossings of a ferry or boat booking: not flights, but transfers of the party (as trains,
 * rail.ts). A crossing is a block of labelled lines (up to a blank line or the next ship) holding
 * the ship ("Fartyg: M/S X", "Vessel:", "Schiff:", "Laiva:"), its departure and arrival, each a port
 * and a time in either order ("Avgång: Kapellskär 10:00", "Arrival: 12:45 Turku") or a time with the
 * ports under their own labels ("From:", "Route: A – B"), and its day: a date label, else a date in
 * the departure or the block's heading. The ship names the transfer as printed; the times are the
 * printed local ones ("lokal tid", "local time" remarks in brackets are left out). Vehicles,
 * travellers and prices in the block are not kept.
 */
import type { Activity, ExtractedSource } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import { findDates, findTimes, normaliseText } from '../../normalise/index.js';
import { foldLabel, read, type Labelled, type Line } from '../../text/index.js';
import type { Hit } from './phrases.js';
import { readerFor } from './reader.js';

type Role = 'ship' | 'date' | 'depart' | 'arrive' | 'from' | 'to' | 'route';

/** Labels by role, folded (lower case, no diacritics): EN/DE/SV/NO/DA/FI/IT/ES/FR/NL. */
const ROLES: [Role, RegExp][] = [
  ['ship', /^(?:ship|vessel|ferry|boat|ship name|vessel name|schiff|schiffsname|fahre|boot|fartyg|fartygsnamn|farja|bat|skip|skipsnavn|ferje|ferge|skib|skibsnavn|færge|bad|laiva|aluksen nimi|alus|lautta|nave|traghetto|nome nave|barco|buque|navire|bateau|nom du navire|schip|veerboot|naam schip)$/],
  ['date', /^(?:date|sailing date|travel date|departure date|datum|reisedatum|abfahrtsdatum|resedag|resedatum|avresedag|dato|reisedato|rejsedato|paiva|paivamaara|pvm|lahtopaiva|data|data di partenza|fecha|fecha de salida|date de depart|vertrekdatum)$/],
  ['depart', /^(?:departure|departs|dep|departure time|sailing|abfahrt|ab|abfahrtszeit|avgang|avgangstid|afgang|afgangstid|avreise|lahto|lahtoaika|partenza|ora di partenza|salida|hora de salida|depart|heure de depart|vertrek|vertrektijd)$/],
  ['arrive', /^(?:arrival|arrives|arr|arrival time|ankunft|an|ankunftszeit|ankomst|ankomsttid|framme|saapuminen|saapumisaika|perilla|arrivo|ora di arrivo|llegada|hora de llegada|arrivee|heure d arrivee|aankomst|aankomsttijd)$/],
  ['from', /^(?:from|departure port|port of departure|von|abfahrtshafen|fran|avgangshamn|fra|avgangshavn|afgangshavn|lahtosatama|da|porto di partenza|desde|origen|puerto de salida|de|port de depart|van|vertrekhaven)$/],
  ['to', /^(?:to|arrival port|port of arrival|destination|nach|zielhafen|ankunftshafen|till|ankomsthamn|til|ankomsthavn|maarasatama|saapumissatama|a|porto di arrivo|hasta|destino|puerto de llegada|port d arrivee|naar|aankomsthaven)$/],
  ['route', /^(?:route|crossing|strecke|uberfahrt|rutt|overfart|rute|reitti|ylitys|tratta|traversata|ruta|trayecto|travesia|trajet|traversee|traject|overtocht)$/],
];

/** The two ports of a route: "Kapellskär – Mariehamn", "Kiel → Oslo", "Turku/Åbo - Stockholm". */
const ROUTE_SPLIT = /\s+(?:[–—-]+>?|→|⇄|↔|>|to|till|til|nach|a|à|naar)\s+/iu;

function roleOf(l: Labelled): Role | undefined {
  if (l.key === 'date' && !/\d{1,2}[:.]\d{2}/.test(l.value)) return 'date';
  const folded = foldLabel(l.label);
  return ROLES.find(([, re]) => re.test(folded))?.[0];
}

/** A value with its bracketed remarks ("(lokal tid, UTC+3)") blanked, offsets kept. */
const unbracketed = (text: string) => text.replace(/\([^)]*\)|\[[^\]]*\]/g, (m) => ' '.repeat(m.length));

/**
 * A port in `text` between `from` and `to`: from its first capitalised word to its last, so the words
 * joining it to a time or date ("de Plymouth", "Kapellskär kl.", "Livorno ore") are left out.
 */
function placeIn(text: string, from: number, to: number): Hit<string> | undefined {
  const words = [...text.slice(from, to).matchAll(/[^\s,;]+/gu)].map((m) => ({ w: m[0], at: from + m.index }));
  const capitalised = (w: { w: string } | undefined) => !!w && /^\p{Lu}/u.test(w.w);
  while (words.length && !capitalised(words[0])) words.shift();
  while (words.length && !capitalised(words.at(-1))) words.pop();
  if (!words.length) return undefined;
  const start = words[0]!.at;
  const end = words.at(-1)!.at + words.at(-1)!.w.length;
  const value = normaliseText(text.slice(start, end).replace(/[–—-]+$/, ''));
  return value ? { value, index: start, length: end - start } : undefined;
}

interface Stop { time?: Hit<string>; port?: Hit<string>; date?: Hit<string> }

/** A departure or arrival value: its time, its date and its port, before or after them. */
function stopOf(l: Labelled): Stop {
  const text = unbracketed(l.value);
  const base = l.span[0];
  const shift = <T>(h: Hit<T> | undefined) => (h ? { ...h, index: base + h.index } : undefined);
  const time = findTimes(text)[0];
  const date = findDates(text)[0];
  const marks = [time, date].filter((m): m is NonNullable<typeof m> => !!m);
  const first = Math.min(...marks.map((m) => m.index), text.length);
  const last = Math.max(...marks.map((m) => m.index + m.length), 0);
  const port = placeIn(text, 0, first) ?? placeIn(text, last, text.length);
  return { time: shift(time), date: shift(date), port: shift(port) };
}

/** The blocks of a text that name a ship: from the run's start (or the ship) to a blank line or the next ship. */
function blocks(lines: Line[], labelled: Labelled[]): Labelled[][] {
  const ships = labelled.filter((l) => roleOf(l) === 'ship');
  return ships.map((ship, k) => {
    let first = ship.line.index;
    while (first > 0 && lines[first - 1]!.text.trim()) first--;
    // A run shared with the previous ship begins at this ship.
    if (k > 0 && first <= ships[k - 1]!.line.index) first = ship.line.index;
    let last = ship.line.index;
    const ceiling = ships[k + 1]?.line.index ?? lines.length;
    while (last + 1 < ceiling && lines[last + 1]!.text.trim()) last++;
    return labelled.filter((l) => l.line.index >= first && l.line.index <= last);
  });
}

/** A crossing's transfer and the characters its block (heading included) takes in the text. */
export interface Crossing { draft: Draft<Activity>; span: [number, number] }

function crossingOf(source: ExtractedSource, block: Labelled[], heading: Line | undefined): Crossing | null {
  const r = readerFor(source, 'pattern');
  const by = (role: Role) => block.find((l) => roleOf(l) === role);
  const ship = by('ship')!;
  const depart = by('depart');
  if (!depart) return null;
  const dep = stopOf(depart);
  const arrive = by('arrive');
  const arr: Stop = arrive ? stopOf(arrive) : {};
  if (!dep.time) return null;
  const at = (h: Hit<string>, validated: boolean | null = null) => r.at(h.value, [h.index, h.index + h.length], validated, 'pattern');
  // The ship is named by words, not by a time ("Ferry: 10:00").
  const name = normaliseText(ship.value);
  if (!name || !/\p{L}/u.test(name) || findTimes(name).length) return null;
  const draft: Draft<Activity> = {
    name: r.at(name, [ship.span[0], ship.span[0] + ship.value.trimEnd().length], null, 'label'),
    kind: r.at('transfer', null, null, 'inferred'),
    startTime: at(dep.time, true),
  };
  const dateLabel = by('date');
  const labelled = dateLabel ? findDates(dateLabel.value)[0] : undefined;
  const headed = heading ? findDates(heading.text)[0] : undefined;
  const date = labelled ? { ...labelled, index: dateLabel!.span[0] + labelled.index }
    : dep.date ?? (headed ? { ...headed, index: heading!.start + headed.index } : undefined);
  if (date) draft.date = at(date, true);
  if (arr.time) draft.endTime = at(arr.time, true);
  const route = by('route');
  const ends = route ? routeEnds(route) : [];
  const from = dep.port ?? labelHit(by('from')) ?? ends[0];
  const to = arr.port ?? labelHit(by('to')) ?? ends[1];
  if (from) draft.location = at(from);
  if (to) draft.destination = at(to);
  const starts = block.map((l) => l.line.start).concat(heading ? [heading.start] : []);
  return { draft, span: [Math.min(...starts), Math.max(...block.map((l) => l.line.end))] };
}

/** A port label's value as a place. */
function labelHit(l: Labelled | undefined): Hit<string> | undefined {
  if (!l) return undefined;
  const p = placeIn(unbracketed(l.value), 0, l.value.length);
  return p ? { ...p, index: l.span[0] + p.index } : undefined;
}

/** "Kapellskär – Mariehamn": the route's two ports. */
function routeEnds(l: Labelled): Hit<string>[] {
  const text = unbracketed(l.value);
  const m = ROUTE_SPLIT.exec(text);
  if (!m) return [];
  const a = placeIn(text, 0, m.index), b = placeIn(text, m.index + m[0].length, text.length);
  return a && b ? [a, b].map((h) => ({ ...h, index: l.span[0] + h.index })) : [];
}

const cache = new WeakMap<ExtractedSource, Crossing[]>();

/** The sea crossings a source books, each a transfer with the span its block takes. */
export function seaCrossings(source: ExtractedSource): Crossing[] {
  let out = cache.get(source);
  if (out) return out;
  const { lines, labelled } = read(source);
  out = blocks(lines, labelled).flatMap((block) => {
    const first = block[0]!.line.index;
    // The block's heading: an unlabelled line right above its first label ("UTRESA fre 3 sep").
    const above = lines[first - 1];
    const heading = above?.text.trim() && !labelled.some((l) => l.line.index === above.index) ? above : undefined;
    const c = crossingOf(source, block, heading);
    return c ? [c] : [];
  });
  cache.set(source, out);
  return out;
}

/** Whether an offset of the source's text lies in one of its sea crossings' blocks. */
export function inCrossing(source: ExtractedSource, offset: number | undefined): boolean {
  return offset !== undefined && seaCrossings(source).some(({ span }) => offset >= span[0] && offset <= span[1]);
}
