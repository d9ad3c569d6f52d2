/**
 * Malay labels, as a Malaysian venue's or promoter's advance writes them, often beside their English
 * gloss ("Tarikh / Date", "Ujian Bunyi / Soundcheck", "Daftar Masuk / Check-in", "Syarikat / Company"),
 * kept apart from the main lexicon like the other languages. Malay shares many labels with Indonesian
 * (lexicon-id.ts: "alamat", "catatan", "lokasi"), which keep their key there; a label another key
 * already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const MALAY_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['artis', 'penghibur'],
  venue: ['tempat', 'dewan'],
  city: ['bandar'],
  postcode: ['poskod'],
  date: ['tarikh', 'tarikh persembahan'],
  doors: ['pintu dibuka', 'pintu buka'],
  set_time: ['masa persembahan'],
  set_length: ['tempoh', 'tempoh persembahan'],
  soundcheck: ['ujian bunyi', 'semakan bunyi'],
  curfew: ['waktu tamat', 'masa tamat'],
  load_in: ['masa masuk', 'muat masuk'],
  time: ['masa'],
  end_time: ['hingga', 'sehingga'],
  schedule_item: ['aktiviti', 'jadual', 'perkhidmatan'],
  from: ['dari'],
  to: ['ke'],
  fee: ['yuran', 'yuran persembahan', 'bayaran persembahan'],
  currency: ['mata wang'],
  payment_terms: ['bayaran', 'terma bayaran', 'syarat bayaran'],
  notes: ['nota'],
  role: ['jawatan'],
  company: ['syarikat'],
  phone: ['telefon bimbit', 'no telefon', 'tel bimbit'],
  email: ['e mel', 'emel'],
  contact: ['hubungan', 'hubungi', 'perhubungan', 'penganjur'],
  check_in: ['daftar masuk'],
  check_out: ['daftar keluar'],
  rooms: ['bilik', 'bilangan bilik'],
  guests: ['tetamu', 'nama tetamu'],
  booking_reference: ['no tempahan', 'nombor tempahan', 'rujukan tempahan', 'kod tempahan'],
  departure: ['berlepas'],
  arrival: ['ketibaan'],
  catering: ['makanan', 'katering'],
  meal: ['hidangan', 'makan tengah hari', 'makan malam'],
  guest_count: ['bil', 'bilangan', 'bilangan orang'],
  stage: ['pentas', 'saiz pentas'],
  lighting: ['pencahayaan'],
  sound: ['sistem bunyi', 'sistem pa', 'konsol'],
  power: ['kuasa', 'kuasa elektrik', 'bekalan elektrik'],
};
