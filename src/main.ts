import { startServer } from './server.js';

const server = await startServer();
process.stdout.write(
  `Stitch is serving on ${server.url} (${server.database.kind}: ${server.database.where})\n`,
);
