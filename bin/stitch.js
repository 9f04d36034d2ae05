#!/usr/bin/env node
// Launcher so `npx stitch` runs the TypeScript CLI through tsx in this one process.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
