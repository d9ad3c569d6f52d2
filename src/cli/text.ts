import type { Command } from './command.js';

// Placeholder until this command's issue lands.
export const command: Command = {
  summary: '(not yet available)',
  usage: 'intake text: not yet available',
  async run() {
    process.stderr.write('intake text: not yet available\n');
    return 2;
  },
};
