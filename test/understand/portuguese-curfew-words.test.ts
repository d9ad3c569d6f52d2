/** A Portuguese schedule's end of the night: "Hora limite" and "fim do som" (the sound's end) are the curfew. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheduleItems } from './helpers.js';

test('"Hora limite / fim do som" on a Portuguese schedule is the curfew', () => {
  const items = scheduleItems(['Horário, sábado 14 de novembro de 2026:', '', '21h00 – Abertura de portas', '23h45 – Hora limite / fim do som'].join('\n'), []);
  assert.deepEqual(items.find((i) => i.start === '23:45')?.kind, 'curfew');
});
