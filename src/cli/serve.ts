import type { Command } from './command.js';

// Placeholder until this command's issue lands.
export const command: Command = {
  summary: '(not yet available)',
  usage: 'intake serve: not yet available',
  async run() {
    process.stderr.write('intake serve: not yet available\n');
    return 2;
  },
};
