/** A Brazilian promoter's advance sheet: Portuguese labels, R$, "19h30" rows, a transfers grid, meals, rooming and locator columns. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { normaliseMoney } from '../../src/understand/normalise/index.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { looksLikePersonName } from '../../src/understand/sections/people.js';
import { rowLocator } from '../../src/understand/sections/travel/itinerary-header.js';
import { pasted } from './helpers.js';

test('Portuguese labels of an advance sheet read as their keys', () => {
  assert.deepEqual(
    ['Local', 'Endereço', 'Hospedagem', 'Quartos', 'Reserva no', 'Palco', 'Som', 'Luz', 'Material da banda', 'Energia', 'Obs.', 'Outras condições', 'Pessoas', 'Abertura dos portões'].map(labelKey),
    ['venue', 'address', 'hotel', 'rooms', 'booking_reference', 'stage', 'sound', 'lighting', 'equipment', 'power', 'notes', 'notes', 'guest_count', 'doors'],
  );
});

test('R$ is the Brazilian real, not a dollar', () => {
  assert.deepEqual(normaliseMoney('R$ 12.500,00 líquidos'), { amount: 12500, currency: 'BRL' });
  assert.equal(normaliseMoney('$ 900')?.currency, 'USD');
});

test('a Brazilian address: the city before its state code, a CEP part, the country', () => {
  assert.deepEqual(placeOf('Rua das Flores, 88 – Centro, Londrina – PR, 86010-100'), { city: 'Londrina', country: 'BR', cityIndex: 29 });
  assert.equal(placeOf('Av. Paulista, 900 – Bela Vista, São Paulo/SP').city, 'São Paulo');
});

test('a street is no person: "Rua Sete Lagoas" in a letterhead line', () => {
  assert.equal(looksLikePersonName('Rua Sete Lagoas'), false);
  assert.equal(looksLikePersonName('Ana Sete Lagoas'), true);
});

test('a flight row under a locator column: six capitals alone in the last cell are the locator', () => {
  assert.equal(rowLocator('12/05/2027\tG3 1402\tRio (SDU) → Londrina (LDB)\t09h10\t10h40\tQWERTZ', 0, true)?.value, 'QWERTZ');
  assert.equal(rowLocator('12/05/2027\tG3 1402\tRio (SDU) → Londrina (LDB)\t09h10\t10h40\tQW3RTZ', 0)?.value, 'QW3RTZ');
  assert.equal(rowLocator('12/05/2027\tG3 1402\tRIO (SDU) → LONDRINA\t09h10', 0), undefined);
});

const SHEET = [
  'PRODUTORA PIPA SONORA\t|\tAdvance de produção – Os Girassóis – Londrina',
  '',
  'ADVANCE DE PRODUÇÃO',
  '',
  'Os Girassóis · Teatro Ouro Verde, Londrina · sexta-feira, 14 de maio de 2027',
  '',
  '1. DADOS DO SHOW',
  '',
  'Artista\tOs Girassóis',
  'Data\tsexta-feira, 14 de maio de 2027',
  'Local\tTeatro Ouro Verde',
  'Endereço\tRua das Flores, 88 – Centro, Londrina – PR, 86010-100',
  '',
  '2. CACHÊ E PAGAMENTO',
  '',
  'Cachê\tR$ 12.500,00 líquidos – cachê fixo',
  'Pagamento\t50% (R$ 6.250,00) de sinal na assinatura; o restante no dia do show.',
  'Outras condições\tVenda de merchandising livre.',
  '',
  '3. CRONOGRAMA',
  '',
  'Horário\tAtividade\tObs.',
  '15h00\tCarga e descarga\tPortão lateral',
  '17h00 – 18h00\tPassagem de som',
  '19h30\tAbertura dos portões',
  '21h00 – 22h30\tShow Os Girassóis',
  '',
  '4. TRANSFERS',
  '',
  'Data\tHorário\tTransfer\tDe\tPara\tObs.',
  'qui 13/05\t16h20\tChegada da banda\tAeroporto de Londrina (LDB)\tHotel Jardim do Lago\tPlaca com o nome da banda',
  'sáb 15/05\t09h00\tIda ao aeroporto\tHotel Jardim do Lago\tAeroporto de Londrina (LDB)',
  '',
  '5. HOSPITALIDADE',
  '',
  'Hotel\tHotel Jardim do Lago',
  'Check-in\tquinta-feira, 13/05/2027 – a partir das 14h00',
  'Check-out\tsábado, 15/05/2027 – até 12h00',
  'Quartos\t2',
  'Rooming\tDuplo 1: Lia Prado / Caio Reis · Single: Bia Nunes',
  'Obs.\tCafé da manhã incluído.',
  '',
  'Refeição\tHorário\tFornecedor / local\tEndereço\tPessoas\tObs.',
  'Jantar\t18h30\tRestaurante Casa Velha\tRua Pará, 120 – Centro\t5\t1 vegetariano',
].join('\n');

test('a Brazilian advance sheet: show block, R$ fee and sinal, cronograma, transfers grid, hotel with rooming, meals table', async () => {
  const { extracted: x } = await understand([{ ...pasted(SHEET), name: 'Advance_OsGirassois_Londrina.docx', origin: 'file' }]);
  const g = x.general;
  assert.deepEqual([g.venue, g.city, g.country, g.date, g.doorsTime], ['Teatro Ouro Verde', 'Londrina', 'BR', '2027-05-14', '19:30']);
  assert.deepEqual([x.deal.fee, x.deal.currency, x.deal.dealType, x.deal.depositPercent, x.deal.notes], [12500, 'BRL', 'flat', 50, 'Venda de merchandising livre.']);
  const rides = x.activities.filter((a) => a.kind === 'transfer').map((a) => [a.name, a.date, a.startTime, a.location, a.destination]);
  assert.deepEqual(rides, [
    ['Chegada da banda', '2027-05-13', '16:20', 'Aeroporto de Londrina (LDB)', 'Hotel Jardim do Lago'],
    ['Ida ao aeroporto', '2027-05-15', '09:00', 'Hotel Jardim do Lago', 'Aeroporto de Londrina (LDB)'],
  ]);
  assert.equal(x.activities.find((a) => a.kind === 'load_in')?.notes, 'Portão lateral');
  const [hotel] = x.hotels;
  assert.deepEqual([hotel?.name, hotel?.checkInTime, hotel?.checkOutTime, hotel?.guests, hotel?.notes], [
    'Hotel Jardim do Lago', '14:00', '12:00', ['Lia Prado', 'Caio Reis', 'Bia Nunes'], 'Café da manhã incluído.',
  ]);
  assert.deepEqual(x.food.map((f) => [f.name, f.date, f.time, f.address, f.guestCount]), [
    ['Restaurante Casa Velha', '2027-05-14', '18:30', 'Rua Pará, 120 – Centro', 5],
  ]);
  assert.equal(x.documents[0]?.category, 'itinerary');
});
