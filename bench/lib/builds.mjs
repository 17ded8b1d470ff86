// The builds a benchmark compares (not a benchmark itself), each served on 127.0.0.1:
// ATT_BENCH_DISTS="before=/tmp/dist-a,after=dist" (name=directory, measured interleaved in one
// run); by default dist/ alone.
import { resolve } from 'node:path';
import { serve } from '../../tests/e2e/harness.mjs';

/** `{ builds: [{ name, origin }], close() }`. */
export async function serveBuilds() {
  const dists = (process.env.ATT_BENCH_DISTS ?? 'dist=dist').split(',').map((d) => d.split('='));
  const servers = [];
  const builds = [];
  for (const [name, dir] of dists) {
    const server = await serve(resolve(dir));
    servers.push(server);
    builds.push({ name, origin: server.origin });
  }
  return { builds, close: async () => { for (const s of servers) await s.close(); } };
}
