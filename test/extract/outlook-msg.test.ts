import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import CFB from 'cfb';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { makeMsg, type OutlookMessage } from './make-files.js';

after(closeExtractor);

const BODY = [
  'Hi Nina,',
  '',
  'All set for Leeds on Thursday 3 June 2027 at The Foundry Room.',
  'Load-in 15:00, soundcheck 17:00, doors 19:30, curfew 23:00.',
  '',
  'Best,',
  'Ada Quill',
  'Promoter, Foundry Live Ltd',
  '+44 7700 900111',
].join('\n');

const ADVANCE: OutlookMessage = {
  subject: 'Advance: Leeds 3 June',
  from: { name: 'Ada Quill', email: 'ada@foundry.example.org' },
  recipients: [{ name: 'Nina Roth', email: 'nina@example.com' }, { name: 'Omar Said', email: 'omar@example.com', cc: true }],
  sent: new Date('2027-05-20T09:30:00Z'),
  body: BODY,
  html: `<html><body>${BODY.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`,
  attachments: [{ name: 'catering.txt', mimeType: 'text/plain', content: Buffer.from('Catering\nHot dinner for 6 at 18:00\n') }],
};

test('an Outlook message reads as an e-mail: headers, body and attachments', async () => {
  const source = await extractFile({ bytes: makeMsg(ADVANCE), name: 'Advance Leeds.msg' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'msg');
  assert.equal(source.mimeType, 'application/vnd.ms-outlook');
  assert.deepEqual(source.text.split('\n').slice(0, 6), [
    'From: Ada Quill <ada@foundry.example.org>',
    'To: Nina Roth <nina@example.com>',
    'Cc: Omar Said <omar@example.com>',
    'Date: 2027-05-20T09:30:00.000Z',
    'Subject: Advance: Leeds 3 June',
    '',
  ]);
  assert.match(source.text, /^Load-in 15:00, soundcheck 17:00, doors 19:30, curfew 23:00\.$/m);
  assert.deepEqual(source.children.map((c) => [c.name, c.origin, c.text]), [['catering.txt', 'attachment', 'Catering\nHot dinner for 6 at 18:00']]);
});

test("a message with only an HTML body gives that body's visible text", async () => {
  const source = await extractFile({ bytes: makeMsg({ ...ADVANCE, body: undefined, attachments: [] }), name: 'html-only.msg' });
  assert.equal(source.error, null);
  assert.match(source.text, /^All set for Leeds on Thursday 3 June 2027 at The Foundry Room\.$/m);
  assert.ok(!source.text.includes('<p>'));
});

test('an Outlook message gives the show the same e-mail as MIME gives', async () => {
  const eml = [
    'From: Ada Quill <ada@foundry.example.org>',
    'To: Nina Roth <nina@example.com>',
    'Cc: Omar Said <omar@example.com>',
    'Date: Thu, 20 May 2027 09:30:00 +0000',
    'Subject: Advance: Leeds 3 June',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    BODY,
  ].join('\r\n');
  const withoutAttachment = { ...ADVANCE, attachments: [] };
  const [fromMsg, fromEml] = await Promise.all([
    extractFile({ bytes: makeMsg(withoutAttachment), name: 'advance.msg' }).then((s) => understand([s])),
    extractFile({ bytes: Buffer.from(eml), name: 'advance.eml' }).then((s) => understand([s])),
  ]);
  assert.equal(fromMsg.extracted.general.date, '2027-06-03');
  assert.equal(fromMsg.extracted.general.doorsTime, '19:30');
  assert.deepEqual(fromMsg.extracted.general, fromEml.extracted.general);
  assert.deepEqual(fromMsg.extracted.contacts, fromEml.extracted.contacts);
  assert.deepEqual(fromMsg.extracted.activities, fromEml.extracted.activities);
});

test('a legacy Office compound file is not taken for a message', async () => {
  const file = CFB.utils.cfb_new();
  CFB.utils.cfb_add(file, '/WordDocument', Buffer.from('not a message'));
  const source = await extractFile({ bytes: Buffer.from(CFB.write(file, { type: 'buffer' }) as Uint8Array), name: 'old.doc' });
  assert.equal(source.error?.code, 'unsupported_type');
});
