/**
 * Day-part clock phrases in Kannada, Pashto and Marathi read through the native-digit copy as 24-hour
 * clocks at the same length (text/kannada-clock.ts, text/pashto-clock.ts, text/marathi-clock.ts,
 * text/native-digits.ts), with the Kannada and Marathi month and weekday names. All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('Kannada day-part clocks become 24-hour clocks at the same length', () => {
  for (const [text, clock] of [
    ['ಸಂಜೆ 5 ಗಂಟೆಗೆ', '17:00'], ['ಬೆಳಿಗ್ಗೆ 10:40', '10:40'], ['ಮಧ್ಯಾಹ್ನ 2:20', '14:20'], ['ಮಧ್ಯಾಹ್ನ 12 ಗಂಟೆಯವರೆಗೆ', '12:00'],
    ['ರಾತ್ರಿ 10:15–11:45', '22:15 - 23:45'], ['ಮಧ್ಯಾಹ್ನ 1:30 ರಿಂದ 2:45 ರವರೆಗೆ', '13:30 - 14:45'], ['ಸಂಜೆ ೬:೧೫', '18:15'],
  ] as const) {
    assert.equal(latinDigits(text).trim(), clock, text);
    assert.equal(latinDigits(text).length, text.length);
  }
});

test('Kannada month and weekday names read as English', () => {
  assert.equal(latinDigits('ಶನಿವಾರ, 13 ಡಿಸೆಂಬರ್ 2031').trim(), 'Sat 13 Dec 2031');
  assert.equal(latinDigits('೨೬ ಜುಲೈ').trim(), '26 Jul');
});

test('Pashto clocks with a part of the day, "بجې" or a "نه تر" range become 24-hour clocks', () => {
  for (const [text, clock] of [
    ['سهار ۷:۲۰ بجې', '07:20'], ['د غرمې ۱۲:۳۰ بجې', '12:30'], ['د ماسپښین ۳:۴۰ بجې', '15:40'], ['ماښام ۷:۰۵ بجې', '19:05'],
    ['د شپې ۱۰:۰۰ نه تر ۱۱:۴۵', '22:00 - 23:45'], ['له ۲:۳۰ نه تر ۳:۱۵ بجو', '14:30 - 15:15'], ['۵:۲۰ نه تر ۵:۵۵', '17:20 - 17:55'],
    ['۳:۰۰ بجې', '15:00'],
  ] as const) {
    assert.equal(latinDigits(text).trim(), clock, text);
    assert.equal(latinDigits(text).length, text.length);
  }
  // A number without a mark of a clock stays as written.
  assert.equal(latinDigits('۵ کوټې'), '5 کوټې');
});

test('Marathi day-part clocks, abbreviated or whole, become 24-hour clocks at the same length', () => {
  for (const [text, clock] of [
    ['स. ७.४०', '07:40'], ['दु. १२.१५', '12:15'], ['दु. २.५०', '14:50'], ['सायं. ५.४५ वा.', '17:45'],
    ['रात्री १०.२५', '22:25'], ['सकाळी ९ वाजता', '09:00'], ['संध्याकाळी ६.२०', '18:20'],
  ] as const) {
    assert.equal(latinDigits(text).trim(), clock, text);
    assert.equal(latinDigits(text).length, text.length);
  }
  // A number with no day-part word stays as written.
  assert.equal(latinDigits('क्षमता ३.७५').trim(), 'क्षमता 3.75');
});

test('Marathi month and weekday names read as English', () => {
  assert.equal(latinDigits('शुक्रवार, १२ डिसेंबर २०३१').trim(), 'Fri 12 Dec 2031');
  assert.equal(latinDigits('२३ ऑगस्ट').trim(), '23 Aug');
});

test('a Kannada mail schedule reads its day-part clocks', async () => {
  const kn = await extracted([
    'Subject: Day plan - Monsoon Kites, Hampi Rangamandira, Hubballi',
    '',
    'ದಿನಾಂಕ: ಶನಿವಾರ, 13 ಡಿಸೆಂಬರ್ 2031',
    'ಸಂಜೆ 5 ಗಂಟೆಗೆ - Doors',
    'ಮಧ್ಯಾಹ್ನ 1:30 ರಿಂದ 2:45 ರವರೆಗೆ – Soundcheck',
    'ರಾತ್ರಿ 10:15–11:45 - Monsoon Kites',
  ].join('\n'));
  assert.equal(kn.general.date, '2031-12-13');
  assert.equal(kn.general.doorsTime, '17:00');
  assert.equal(kn.general.soundcheckTime, '13:30');
});
