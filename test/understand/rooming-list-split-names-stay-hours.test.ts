/**
 * A French rooming list workbook: the hotel's rows give an arrival hour ("Heure d'arrivée ⇥ à partir de 15h00")
 * and a room-release hour ("Libération des chambres ⇥ avant 11h00") as the stay's times and "Nombre de chambres"
 * as its rooms; its table splits each guest's name into "Nom" (in capitals) and "Prénom" columns, read whole,
 * given name first.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

test('a rooming list splitting names into Nom and Prénom columns lists its guests whole, with its hours and rooms', async () => {
  const source = await workbook('Rooming Les Vagues Grises.xlsx', [['Rooming', [
    ['ROOMING LIST – LES VAGUES GRISES – Quai Sonore (Lyon)'],
    ['Hôtel', 'Hôtel Lune **'],
    ['Adresse', '4 rue Mercière, 69002 Lyon'],
    ['N° de confirmation', 'LUN-0502-K'],
    ['Arrivée', '2028-02-05'],
    ['Heure d’arrivée', 'à partir de 15h00'],
    ['Départ', '2028-02-06'],
    ['Libération des chambres', 'avant 11h00'],
    ['Nombre de chambres', '2'],
    ['Chambre', 'Type', 'Nom', 'Prénom', 'Fonction'],
    ['1', 'Twin', 'DURAND-VIAL', 'Agathe', 'Chant'],
    ['1', 'Twin', 'LEROUX', 'Nils', 'Batterie'],
    ['2', 'Single', 'BEN SALAH', 'Inès', 'Régie'],
  ]]]);
  const { hotels } = (await understand([source])).extracted;
  assert.equal(hotels.length, 1, JSON.stringify(hotels));
  const [hotel] = hotels;
  assert.equal(hotel!.checkInTime, '15:00');
  assert.equal(hotel!.checkOutDate, '2028-02-06');
  assert.equal(hotel!.checkOutTime, '11:00');
  assert.equal(hotel!.rooms, 2);
  assert.deepEqual(hotel!.guests, ['Agathe Durand-Vial', 'Nils Leroux', 'Inès Ben Salah']);
});
