/**
 * A promoter's mail telling the house's gear in prose ("Tech: …"),
 * a supplier's chat message listing it in clauses, a "SHOW DAY (Venue, street, district)" heading, a show day
 * told in a sentence with the city only in "your X stop" or the subject, a forwarded hotel group booking whose
 * stacked "Group Name" is the act, a city labelled in its own script with its Latin name in brackets, an event
 * named "at the event "…"" and a festival pack titled with its edition.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const fromText = async (text: string) => (await understand([pasted(text)])).extracted;
const fromMail = async (headers: string, body: string) => {
  const eml = `From: Kemi Ade <kemi@brightnight.example>\r\nTo: Lars Berg <lars@band.example>\r\nDate: Tue, 02 Mar 2027 10:00:00 +0000\r\n${headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
  return (await understand([await extractFile({ bytes: Buffer.from(eml, 'utf8'), name: 'advance.eml' })])).extracted;
};

test('a "Tech:" paragraph of prose gives each area its text, without the lead-in or the afterthought', async () => {
  const data = await fromText([
    'Hi Lars,',
    '',
    'SHOW: Friday 14 May 2027 at Harbour Hall, doors 19:00, your set 21:00.',
    '',
    'Tech: Femi has got the backline covered as per rider – Ludwig Classic kit (24" kick), Orange 4x12 cab, 2 x Vox AC30, all from Eko Rentals Ltd. PA is Meyer Leopard (8 a side) with 4 x 1100-LFC subs, FOH Avid S6L, 10 wedge mixes. Stage is 10m x 7m with a 2m x 2m riser. One 300kVA generator on standby so the power is safe.',
    '',
    'Best, Kemi',
  ].join('\n'));
  assert.equal(data.technical?.backline, 'Ludwig Classic kit (24" kick), Orange 4x12 cab, 2 x Vox AC30, all from Eko Rentals Ltd');
  assert.equal(data.technical?.sound, 'Meyer Leopard (8 a side) with 4 x 1100-LFC subs, FOH Avid S6L, 10 wedge mixes');
  assert.equal(data.technical?.stage, '10m x 7m with a 2m x 2m riser');
  assert.equal(data.technical?.other, 'One 300kVA generator on standby');
});

test('a supplier\'s chat message lists the gear in clauses, each opened by its area; a message without figures does not', async () => {
  const data = await fromText([
    '[01/10/2027, 18:02:11] Rana: Hi Jonas, welcome to the group! Show is Sat 16 Oct, doors 7pm',
    '[01/10/2027, 18:05:40] Jonas: Thanks Rana, looking forward',
    '[02/10/2027, 09:10:00] Rana: Tech: sound is the Delta Audio crew, Omar will add you',
    '[02/10/2027, 09:30:00] Omar: Hello, Omar here, Delta Audio. System: Adamson S10 6 per side + 4 E219 subs, FOH DiGiCo SD12, monitors 6 wedges',
    'Stage 36ft x 20ft, drum riser 8x6, backline kit Tama Starclassic 22" + Markbass 4x10 ready',
  ].join('\n'));
  assert.equal(data.technical?.sound, 'Adamson S10 6 per side + 4 E219 subs, FOH DiGiCo SD12, monitors 6 wedges');
  assert.equal(data.technical?.stage, 'Stage 36ft x 20ft, drum riser 8x6');
  assert.equal(data.technical?.backline, 'backline kit Tama Starclassic 22" + Markbass 4x10 ready');
});

test('"SHOW DAY (Venue, street, district)" is the venue and its address; the subject names the city', async () => {
  const data = await fromMail('Subject: Re: Copper Vane - Accra Fri 9/04 - advance\r\n', [
    'Hi Lars,',
    '',
    'FRIDAY 9TH – SHOW DAY (Marina Hall, Plot 4 Liberation Road, Osu)',
    '- Soundcheck 4pm',
    '- Doors 7pm',
    '- Copper Vane on stage 9pm, 80 mins',
    '',
    'Kemi',
  ].join('\n'));
  assert.equal(data.general.venue, 'Marina Hall');
  assert.equal(data.general.address, 'Plot 4 Liberation Road, Osu');
  assert.equal(data.general.city, 'Accra');
  assert.equal(data.general.country, 'GH');
});

test('a show day told in a sentence gives the venue and street; "your X stop" names the city', async () => {
  const data = await fromMail('Subject: Fwd: hotel booking\r\n', [
    'Hi Lars,',
    'Here is the hotel booking for your Pune stop.',
    'Note for the show day: Saturday 6 Mar at Mill Yard Stage, Station Road, Koregaon Park. Doors 7 pm, you play at 9 for 70 mins.',
    '',
    'Group Name',
    'Copper Vane (Bright Night Live)',
    'Arrival',
    '05-03-2027',
  ].join('\n'));
  assert.equal(data.general.venue, 'Mill Yard Stage');
  assert.equal(data.general.address, 'Station Road, Koregaon Park');
  assert.equal(data.general.city, 'Pune');
  assert.equal(data.general.artist, 'Copper Vane');
});

test('a hotel group booking that speaks to no show names no act', async () => {
  const data = await fromMail('Subject: Group confirmation 4471\r\n', [
    'Dear guest,',
    'Your group is booked as follows.',
    '',
    'Group Name',
    'Mehta Family Reunion',
    'Arrival',
    '05-03-2027',
  ].join('\n'));
  assert.equal(data.general.artist ?? null, null);
});

test('a city labelled in its own script with its Latin name in brackets is the Latin name, over the address\'s district', async () => {
  const data = await fromText([
    'Venue\tRiver Hall',
    'Address\tRiverside Road, Ban Wat Luang, Ban Thahin Quarter',
    'City\tປາກເຊ (Pakse), ສປປ ລາວ',
    'Date\t11 March 2027',
    'Doors\t19:00',
  ].join('\n'));
  assert.equal(data.general.city, 'Pakse');
  assert.equal(data.general.country, 'LA');
});

test('a contract\'s "at the event "…"" names the event', async () => {
  const data = await fromText([
    'PERFORMANCE AGREEMENT',
    '',
    'between Lakeshore Live Pvt Ltd ("the Promoter") and Copper Vane ("the Artist").',
    '',
    '1.1 The Artist will give a show at the event "Lakeside Nights 2028" on Friday, 3 March 2028 at Lake Pavilion, 12 Shore Road, Pune 411001, India.',
    '1.2 Doors open at 18:00; the Artist performs from 20:30 for 75 minutes.',
  ].join('\n'));
  assert.equal(data.general.eventName, 'Lakeside Nights 2028');
});

test('a festival pack titled "NAME YEAR" beside its guide words names the event', async () => {
  const data = await fromText([
    'ROCAMAR 2028\tARTIST GUIDE · GUÍA DE ARTISTAS',
    'Festival de música — Vigo — 2028/07/01',
    '',
    'Your show is on 1 July 2028 on the Mar stage. Soundcheck 16:00, set 21:00–22:10.',
  ].join('\n'));
  assert.equal(data.general.eventName, 'Rocamar 2028');
});

test('a technical table row headed "Otros" is the other needs', async () => {
  const data = await fromText([
    'TÉCNICA',
    '',
    'Escenario\t12 x 10 m',
    'Sonido\tL-Acoustics Kara, FOH DiGiCo SD9',
    'Otros\tElectricidad: 125 A trifásica junto al escenario',
  ].join('\n'));
  assert.equal(data.technical?.other, 'Electricidad: 125 A trifásica junto al escenario');
});
