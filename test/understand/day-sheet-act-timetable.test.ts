/**
 * A festival's day sheet for one act: a block of the day's facts ("Kunstner | X", "Scene | Y") above the
 * whole day's production timetable of every stage, with an act column. Only the act's own rows are its
 * schedule; the other acts' get-ins, line checks and concerts are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const daySheet = () => extractFile({ name: 'dagsark.csv', bytes: Buffer.from([
  'BIRKELUND FESTIVAL 2027 · DAGSARK,,,,',
  'Kunstner,Tove & Tågen,,,',
  'Spilledag,lørdag d. 7. august 2027,,,',
  'Scene,Engscenen,,,',
  ',,,,',
  'Kl.,Scene,Kunstner,Aktivitet,Sted',
  'kl. 10.00,Engscenen,Rustne Ryttere,Get-in,Bagscene',
  'kl. 11.00–11.20,Engscenen,Rustne Ryttere,Line check,Engscenen',
  'kl. 13.00,Engscenen,Tove & Tågen,Get-in,Bagscene',
  'kl. 15.00–15.20,Engscenen,Tove & Tågen,Line check,Engscenen',
  'kl. 16.00–16.45,Engscenen,Rustne Ryttere,Koncert,Engscenen',
  'kl. 17.30–18.30,Engscenen,Tove & Tågen,Koncert,Engscenen',
  'kl. 20.00–21.00,Engscenen,Kaj Kvartet,Koncert,Engscenen',
].join('\r\n'), 'utf8') });

test("a day sheet's timetable under the act's facts gives only the act's own rows", async () => {
  const x = (await understand([await daySheet()])).extracted;
  assert.equal(x.general.artist, 'Tove & Tågen');
  assert.equal(x.general.soundcheckTime, '15:00');
  assert.equal(x.general.setTime, '17:30');
  assert.deepEqual(x.activities.map((a) => a.startTime), ['13:00', '15:00', '17:30']);
});
