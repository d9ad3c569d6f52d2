import type { Command } from './command.js';

// Placeholder until this command's issue lands.
export const command: Command = {
  summary: '(not yet available)',
  usage: 'intake extract: not yet available',
  async run() {
    process.stderr.write('intake extract: not yet available\n');
    return 2;
  },
};
