/** A filled-in web form saved as HTML: the answers in its controls are part of the page's text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToText } from '../../src/extract/formats/html.js';

const FORM = `<html><body>
<aside><p>Signed in as kim@example.org</p><p>20:00 Other Band</p></aside>
<main><form>
  <input type="hidden" name="token" value="abc123">
  <div class="field"><label for="a">Band name <span>*</span></label><input type="text" id="a" value="The Paper Kites"></div>
  <div class="field"><label for="d">Show day</label>
    <select id="d"><option value="1">Friday 3 May</option><option value="2" selected>Saturday 4 May</option></select></div>
  <div class="field"><label for="t">Set time</label><input type="time" id="t" value="21:15"></div>
  <div class="field"><label for="n">Arrival at hotel</label><input type="text" id="n" value="" placeholder="e.g. 15:30"></div>
  <div class="field"><label for="r">Rooms</label><textarea id="r">Double: Ann Lee / Bo Ek
Single: Cy Dahl</textarea></div>
  <div><label><input type="radio" name="h" checked> Yes</label> <label><input type="radio" name="h"> No</label></div>
  <table><tr><th>Flight</th><th>Date</th></tr><tr><td><input type="text" value="BA 123"></td><td><input type="text" value="04/05/2027"></td></tr></table>
  <button type="submit">Save</button>
</form></main></body></html>`;

test('form controls show their answers after their labels; placeholders, hidden fields and unchosen options do not', () => {
  const { text, tables } = htmlToText(FORM);
  assert.match(text, /^Band name: The Paper Kites$/m);
  assert.match(text, /^Show day: Saturday 4 May$/m);
  assert.doesNotMatch(text, /Friday 3 May/);
  assert.match(text, /^Set time: 21:15$/m);
  assert.match(text, /^Arrival at hotel$/m, 'an empty field keeps its label alone');
  assert.doesNotMatch(text, /e\.g\. 15:30|abc123|Save/);
  assert.match(text, /^Rooms:\nDouble: Ann Lee \/ Bo Ek\nSingle: Cy Dahl$/m, 'a textarea keeps its lines');
  assert.match(text, /^\[x\] Yes \[ \] No$/m);
  assert.deepEqual(tables[0]?.rows, [['Flight', 'Date'], ['BA 123', '04/05/2027']]);
});

test('an aside beside the page\'s main content is left out; without a main element it is read', () => {
  assert.doesNotMatch(htmlToText(FORM).text, /Signed in|Other Band/);
  const plain = htmlToText('<body><aside><p>Your stay: 2 nights</p></aside><div><p>Booking confirmed</p></div></body>').text;
  assert.match(plain, /Your stay: 2 nights/);
});
