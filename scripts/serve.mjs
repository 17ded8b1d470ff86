// Serves dist/ on http://127.0.0.1:8080/ under the strict CSP. Usage: node scripts/serve.mjs [port]
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';

const DIST = join(resolve(fileURLToPath(new URL('..', import.meta.url))), 'dist');
const { origin } = await serve(DIST, { port: Number(process.argv[2] ?? 8080) });
console.log(`att-diligence: ${origin}/ (standalone), ${origin}/embed.html (embedding demo)`);
console.log(`single file: ${join(DIST, 'att-diligence-offline.html')}`);
