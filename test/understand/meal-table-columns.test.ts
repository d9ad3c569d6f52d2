/**
 * A meal table's provider and place columns (sections/food.ts, sections/food-provider-cell.ts), under a
 * two-language day sheet whose timetable writes Marathi day-part clocks; a meal row in a timetable that
 * points to its numbered section is no meal of its own. All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const extracted = async (text: string) => (await understand([pasted(text)])).extracted;

test('a two-language day sheet: day-part clocks in the timetable, a meal table with provider and place columns', async () => {
  const out = await extracted([
    'कार्यक्रम पत्रिका / RUN SHEET — Salt Crows',
    'दिनांक / Date\tशुक्रवार, १२ डिसेंबर २०३१',
    'स्थळ / Venue\tGodavari Kala Kendra',
    '',
    'वेळ / Start\tसमाप्ती / End\tकार्यक्रम\tItem (English)\tठिकाण / Location',
    'दु. २.१५\tदु. ३.१५\tसाउंडचेक\tSoundcheck\tMain hall',
    'संध्याकाळी ६.४५\t\tप्रवेश\tDoors\t',
    'रात्री ९.००\tरात्री १०.२०\tसॉल्ट क्रोज\tSalt Crows\tMain hall',
    '',
    'भोजन / FOOD',
    'वेळ / Time\tजेवण / Meal\tपुरवठादार / Provider\tठिकाण / Where\tसंख्या / Pax\tटीप / Notes',
    'सायं. ५.३०\tरात्रीचे जेवण / Dinner\tDabba Junction\tDressing room 2\t7\t2 jain',
    'दु. १२.४५\tदुपारचे जेवण / Lunch\tShree Krishna Bhojanalaya\tCollege Road, Nashik\t5\tmisal pav',
  ].join('\n'));
  const at = (name: string) => out.activities.find((a) => a.name === name);
  assert.equal(at('Soundcheck')?.startTime, '14:15');
  assert.equal(at('Doors')?.startTime, '18:45');
  assert.equal(at('Salt Crows')?.endTime, '22:20');
  const lunch = out.food.find((f) => f.name === 'Shree Krishna Bhojanalaya');
  assert.equal(lunch?.kind, 'restaurant');
  assert.equal(lunch?.address, 'College Road, Nashik');
  assert.equal(lunch?.time, '12:45');
  const dinner = out.food.find((f) => f.name === 'Dabba Junction');
  assert.equal(dinner?.address, 'Dressing room 2');
  assert.equal(dinner?.kind, 'catering');
});

test('a Russian-headed day table: arrival-day rides, a curfew row and a meal pointing to its section', async () => {
  const out = await extracted([
    'Дата\t03.09.2030',
    'Площадка\tДК «Маяк»',
    '',
    'Время\tСобытие\tМесто',
    '17:30\tОбед для группы (см. раздел 3)\tКомната 12',
    '18:30\tВход зрителей',
    '22:30\tКомендантский час площадки',
    '',
    'Приезд',
    '',
    'Дата\tВремя\tСобытие\tМесто',
    'Вторник, 02.09.2030\t13:40\tВстреча и трансфер\tВокзал → Гостиница «Парус»',
  ].join('\n'));
  assert.equal(out.activities.find((a) => a.startTime === '22:30')?.kind, 'curfew');
  const ride = out.activities.find((a) => a.kind === 'transfer');
  assert.equal(ride?.date, '2030-09-02');
  assert.equal(ride?.destination, 'Гостиница «Парус»');
  assert.ok(!out.food.some((f) => f.time === '17:30'));
});
