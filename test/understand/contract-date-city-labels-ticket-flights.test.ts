/**
 * A contract's "Date of Agreement" dates the paper, not the show, and its "City" row names the show's city
 * over the suburb the venue's address ends on; an e-ticket's "Frequent Flyer" column names no flight, and
 * a note naming the same flight on the same booking is that flight, whatever day the note was read for.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeExtractor, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { segmentsIn } from '../../src/understand/sections/travel/segments.js';

after(closeExtractor);

test('"Date of Agreement" is the day the contract was drawn up; the engagement date is the show\'s', async () => {
  const contract = extractPastedText([
    'ARTIST ENGAGEMENT CONTRACT', '',
    'Contract No. KB-118\t|\tDate of Agreement: 4 March 2028', '',
    'Artist: Marlow Finch', 'Engagement Date: Friday, 19 May 2028', 'Venue: The Tannery',
    'Venue Address: 40 Harbour Road, Leith EH6 6LX', 'City: Edinburgh', 'Doors: 7:30 PM',
  ].join('\n'));
  const { general } = (await understand([contract])).extracted;
  assert.equal(general.date, '2028-05-19');
  assert.equal(general.city, 'Edinburgh');
});

test('a "City" row far from the address (a hotel\'s block) leaves the venue\'s city as its address gives it', async () => {
  const sheet = extractPastedText([
    'Artist: Marlow Finch', 'Date: Friday, 19 May 2028', 'Venue: The Tannery', 'Venue Address: 40 Harbour Road, Leith EH6 6LX', '',
    'Doors: 7:30 PM', 'Curfew: 11:00 PM', 'Set: 9:00 PM', '',
    'HOTEL', 'Hotel: Quayside Inn', 'City: Glasgow',
  ].join('\n'));
  const { general } = (await understand([sheet])).extracted;
  assert.notEqual(general.city, 'Glasgow');
});

test('an e-ticket\'s passenger table with a "Frequent Flyer" column is no flight; the itinerary row below is', () => {
  const text = [
    'Passenger(s)\teTicket number\tFrequent Flyer\tSeat (VA812)',
    'MR OWEN TALBOT\t795 2210044871\tVA 5521 0098\t14C', '',
    'Friday 19 May 2028\tStatus: Confirmed', '',
    'Flight\tDeparts\tArrives\tClass',
    'VA812 Virgin Australia\t07:15am Brisbane (BNE) Terminal D\t09:40am Sydney (SYD) Terminal 2\tEconomy',
  ].join('\n');
  const [segment, ...rest] = segmentsIn(text, null);
  assert.equal(rest.length, 0);
  assert.equal(segment?.from?.value, 'BNE');
  assert.equal(segment?.to?.value, 'SYD');
  assert.equal(segment?.departure?.value, '07:15');
  assert.equal(segment?.date?.value, '2028-05-19');
});

test('a note naming a ticket\'s flight and booking reference is that flight, though read for another day', async () => {
  const ticket = { ...extractPastedText([
    'E-TICKET RECEIPT', 'Booking Reference: QX4R2T', '',
    'Friday 19 May 2028', 'Flight VA812 Brisbane (BNE) 07:15 → Sydney (SYD) 09:40',
  ].join('\n')), name: 'ticket.txt', origin: 'file' as const };
  const sheet = { ...extractPastedText([
    'Artist: Marlow Finch', 'Show date: Friday 19 May 2028', 'Venue: The Tannery, 40 Harbour Road, Leith EH6 6LX', 'Doors: 7:30 PM',
  ].join('\n')), name: 'sheet.txt', origin: 'file' as const };
  // The note's last day before the flight is another matter's ("emailed … Mon 15/5").
  const notes = extractPastedText([
    'emailed the venue Mon 15/5', 'VA812 BNE 07:15 → SYD 09:40, ref QX4R2T',
  ].join('\n'));
  const { flights } = (await understand([sheet, ticket, notes])).extracted;
  assert.equal(flights.length, 1);
  assert.equal(flights[0]?.date, '2028-05-19');
});
