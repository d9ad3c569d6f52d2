/** Plain-text output shared by the job commands. */
import type { ImportProgress } from '../interfaces.js';

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

export function formatProgress(progress: ImportProgress | null): string {
  if (!progress) return '';
  const at = progress.current_section ? ` (${progress.current_section})` : '';
  return `${progress.sections_completed}/${progress.total_sections}${at}`;
}
