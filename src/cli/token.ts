import type { Command } from './command.js';

// Placeholder until this command's issue lands.
export const command: Command = {
  summary: '(not yet available)',
  usage: 'intake token: not yet available',
  async run() {
    process.stderr.write('intake token: not yet available\n');
    return 2;
  },
};
