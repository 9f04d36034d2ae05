import type { CliCommand } from '../command.js';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Start the portal and API (migrates, and loads the demo data on first run)',
  usage: 'stitch serve    (PORT, STITCH_DATA_DIR, DATABASE_URL from the environment)',
  async run() {
    // Loaded here: every other command would otherwise load the web server it never starts.
    const { startServer } = await import('../../server.js');
    await startServer();
    return new Promise<number>(() => {
      // Runs until a signal stops the server (see server.ts).
    });
  },
};
