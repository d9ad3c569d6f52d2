/**
 * Portuguese labels (Brazil and Portugal), kept apart from the main lexicon as the Catalan and Italian
 * ones are: a Brazilian promoter's advance labels its rows "Local", "Endereço", "Hospedagem", "Quartos",
 * "Palco", "Som", "Luz" and "Energia", words Spanish (which the main lexicon holds) writes otherwise.
 * Written as printed; `foldLabel` folds them. A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const PORTUGUESE_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['atração', 'banda'],
  venue: ['local', 'local do show', 'casa de show'],
  address: ['endereço', 'morada'],
  city: ['cidade'],
  postcode: ['cep', 'código postal'],
  date: ['data do show', 'data do concerto'],
  doors: ['abertura dos portões', 'abertura da casa', 'abertura das portas'],
  set_length: ['duração', 'duração do show'],
  load_in: ['carga e descarga', 'montagem'],
  // A timetable's "Início | Fim" columns: the end word after a time column ends each item (tables.ts).
  curfew: ['fim', 'limite de som', 'hora limite de som'],
  end_time: ['hora de fim', 'término', 'hora de término'],
  time: ['horário'],
  schedule_item: ['atividade', 'programação'],
  location: ['onde', 'ponto de encontro'],
  destination: ['para'],
  fee: ['cachê artístico', 'valor do cachê'],
  notes: ['obs', 'outras condições', 'outros acordos', 'observação'],
  role: ['função'],
  hotel: ['hospedagem'],
  check_in: ['entrada no hotel'],
  check_out: ['saída do hotel'],
  rooms: ['quartos', 'quarto', 'número de quartos'],
  guests: ['hóspedes', 'hóspede'],
  // "N.º de reserva": the ordinal sign reads as an o once the text is normalised ("N.o de reserva").
  booking_reference: ['reserva', 'reserva no', 'n da reserva', 'número da reserva', 'código da reserva', 'n.º de reserva', 'n.º da reserva', 'nº de reserva', 'nº da reserva', 'número de reserva'],
  flight: ['voo', 'número do voo'],
  departure: ['partida'],
  arrival: ['chegada'],
  passenger: ['passageiro', 'passageiros'],
  catering: ['alimentação'],
  meal: ['refeição', 'jantar', 'almoço'],
  guest_count: ['pessoas', 'número de pessoas'],
  stage: ['palco', 'dimensões do palco'],
  lighting: ['luz', 'iluminação'],
  sound: ['som', 'sonorização'],
  equipment: ['material da banda', 'equipamento da banda', 'equipamento'],
  power: ['energia'],
};
