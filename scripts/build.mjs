// Builds dist/, what a site copies as is:
//   att-diligence.js    the ES module: defines <att-diligence> and exports mount()
//   att-diligence.wasm  the widget's main module: what the first view needs (with all
//                       built-in content in the languages built in)
//   att-diligence.<seam>.<hash>.wasm, att-diligence.chunk-<n>.<hash>.wasm
//                       the modules cut out of it (src/ui/seam.rs), each fetched the first time
//                       its module is shown, and what several of them share; named by their
//                       content, so a cache never pairs one build's main with another's chunk
//   att-diligence.css   its stylesheet, loaded into each widget's shadow root
//   att-xlsx.js/.wasm   the XLSX writer, a worker fetched only when a user asks for a workbook
//   att-reader.js/.wasm the batch file reader (encodings, delimiters, workbooks), a worker
//                       fetched only when a user picks a batch file
//   att-lists.js/.wasm  the sanctions-list reader and name matcher, a worker started only when
//                       a user has loaded a list
//   att-diligence.<lang>.json   Arabic, French, Russian, Spanish content, fetched when first shown
//   index.html, embed.html, page.css, embed-demo.*   the standalone page and the embedding demo
//   att-diligence-offline.html   everything above inlined in one file that works from file://
//
// Tools: cargo, wasm-bindgen (the Cargo.lock version), wasm-opt from the npm package binaryen,
// esbuild from npm; scripts/setup.sh installs them. Nothing here downloads anything.
// Usage: node scripts/build.mjs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const WWW = join(ROOT, 'www');
const WEB = join(ROOT, 'target', 'web');
const DIST = join(ROOT, 'dist');
const RELEASE = join(ROOT, 'target', 'wasm32-unknown-unknown', 'release');

const run = (cmd, args) => {
  console.log(`[build] ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
};

// The wasm features rustc's wasm32 target emits by default; wasm-opt must accept them.
const WASM_FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'att-diligence', '--features', 'att-diligence/split', '-p', 'att-xlsx', '-p', 'att-reader', '-p', 'att-lists']);
const WORKERS = ['xlsx', 'reader', 'lists'];
rmSync(WEB, { recursive: true, force: true });
mkdirSync(WEB, { recursive: true });
// Cut the widget at its seams (split/, pinned by Cargo.lock): the main module, the chunks and
// their loader, `__wasm_split.js`, which imports wasm-bindgen's glue (`./att_diligence.js`).
const SPLIT = join(ROOT, 'target', 'split');
rmSync(SPLIT, { recursive: true, force: true });
mkdirSync(SPLIT, { recursive: true });
run('cargo', ['build', '--release', '--quiet', '-p', 'att-split']);
console.log('[build] att-split: cutting the widget at its seams');
const seams = JSON.parse(
  execFileSync(join(ROOT, 'target', 'release', 'att-split'), [join(RELEASE, 'att_diligence.wasm'), SPLIT, 'att_diligence'], { cwd: ROOT, encoding: 'utf8' }),
);
// --keep-lld-exports: the chunks import the main module's function table, which wasm-bindgen
// otherwise drops as an unused linker export.
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', WEB, join(SPLIT, 'att_diligence.wasm')]);
for (const w of WORKERS) {
  run('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', WEB, join(RELEASE, `att-${w}.wasm`)]);
}

rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });
// The language packs, from the seeds (the wasm embeds them without these languages).
run('cargo', ['run', '--quiet', '--example', 'packs', '--', DIST]);
const PACK_LANGS = ['ar', 'fr', 'ru', 'es'];
// -Oz for size; without -g, so the names section (about 280 KB) is dropped.
run('wasm-opt', ['-Oz', ...WASM_FEATURES, join(WEB, 'att_diligence_bg.wasm'), '-o', join(DIST, 'att-diligence.wasm')]);
// Each chunk optimised on its own (the table, memory and globals it uses are main's exports,
// which wasm-opt keeps), then named by its content; the loader is rewritten to those names.
const chunkFiles = [...new Set(Object.values(seams).flat())].sort();
const chunkNames = {};
for (const stem of chunkFiles) {
  const optimised = join(SPLIT, `${stem}.opt.wasm`);
  execFileSync('wasm-opt', ['-Oz', ...WASM_FEATURES, join(SPLIT, `${stem}.wasm`), '-o', optimised], { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'] });
  const bytes = readFileSync(optimised);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  chunkNames[stem] = `att-diligence.${stem.replace(/^split_/, '').replace('_', '-')}.${hash}.wasm`;
  writeFileSync(join(DIST, chunkNames[stem]), bytes);
}
let loader = readFileSync(join(SPLIT, '__wasm_split.js'), 'utf8');
for (const stem of chunkFiles) {
  const from = `new URL("./${stem}.wasm", import.meta.url)`;
  if (!loader.includes(from)) throw new Error(`__wasm_split.js does not fetch ${stem}.wasm as expected`);
  loader = loader.replaceAll(from, `new URL("./${chunkNames[stem]}", import.meta.url)`);
}
writeFileSync(join(WEB, '__wasm_split.js'), loader);
// What each seam fetches, for bench/size.mjs and the tests.
writeFileSync(
  join(DIST, 'att-diligence.chunks.json'),
  `${JSON.stringify(Object.fromEntries(Object.entries(seams).map(([seam, files]) => [seam, files.map((f) => chunkNames[f])])), null, 2)}\n`,
);
for (const w of WORKERS) {
  run('wasm-opt', ['-Oz', ...WASM_FEATURES, join(WEB, `att-${w}_bg.wasm`), '-o', join(DIST, `att-${w}.wasm`)]);
}

const bundle = (entry, outfile, plugins = []) =>
  esbuild.build({
    entryPoints: [join(WWW, 'js', entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    outfile,
    write: !!outfile,
    logLevel: 'warning',
    // wasm-bindgen imports the loader once per seam, under one key: the same module each time.
    logOverride: { 'duplicate-object-key': 'silent' },
    plugins,
  });

await bundle('main.js', join(DIST, 'att-diligence.js'));
const css = (
  await esbuild.build({
    entryPoints: [join(WWW, 'styles.css')],
    // Its @imports (www/css/) inlined: the shadow root gets one stylesheet, nothing to fetch.
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'warning',
  })
).outputFiles[0].text;
writeFileSync(join(DIST, 'att-diligence.css'), css);

// The workers: wasm-bindgen's classic-script glue, then its start, relative to the script. A
// start that fails (the wasm not found) is thrown outside the promise, so that the page hears
// of it as the worker's error event rather than waiting for its "ready".
const workerGlue = Object.fromEntries(WORKERS.map((w) => [w, readFileSync(join(WEB, `att-${w}.js`), 'utf8')]));
for (const w of WORKERS) {
  writeFileSync(
    join(DIST, `att-${w}.js`),
    `${workerGlue[w]}\nwasm_bindgen({ module_or_path: new URL('att-${w}.wasm', self.location.href) }).catch((e) => setTimeout(() => { throw e; }));\n`,
  );
}

for (const page of ['index.html', 'embed.html', 'example.html', 'page.css', 'embed-demo.css', 'embed-demo.js']) {
  copyFileSync(join(WWW, page), join(DIST, page));
}

// The single-file build: the same widget with its assets inlined.
const b64gz = (file) => gzipSync(readFileSync(file), { level: 9 }).toString('base64');
writeFileSync(
  join(WEB, 'inline.js'),
  [
    `export const css = ${JSON.stringify(css)};`,
    `export const wasmGz = ${JSON.stringify(b64gz(join(DIST, 'att-diligence.wasm')))};`,
    `export const workers = ${JSON.stringify(Object.fromEntries(WORKERS.map((w) => [w, { script: workerGlue[w], wasmGz: b64gz(join(DIST, `att-${w}.wasm`)) }])))};`,
    `export const packsGz = ${JSON.stringify(Object.fromEntries(PACK_LANGS.map((l) => [l, b64gz(join(DIST, `att-diligence.${l}.json`))])))};`,
  ].join('\n'),
);
// The chunks inlined too: the loader's fetches become the inlined bytes, as a wasm Response.
const inlineChunks = {
  name: 'inline-chunks',
  setup(build) {
    build.onLoad({ filter: /__wasm_split\.js$/ }, () => {
      let text = loader;
      for (const stem of chunkFiles) {
        text = text.replaceAll(
          `fetch(new URL("./${chunkNames[stem]}", import.meta.url))`,
          `inlinedWasm(${JSON.stringify(b64gz(join(DIST, chunkNames[stem])))})`,
        );
      }
      if (text.includes('fetch(')) throw new Error('the offline loader still fetches a chunk');
      return { resolveDir: WEB, contents: `import { inlinedWasm } from ${JSON.stringify(join(WWW, 'js', 'gunzip.js'))};\n${text}`, loader: 'js' };
    });
  },
};
const offlineJs = (await bundle('offline.js', undefined, [inlineChunks])).outputFiles[0].text;
if (/<\/script/i.test(offlineJs)) throw new Error('the inlined module contains </script');
const offlinePage = readFileSync(join(WWW, 'offline.html'), 'utf8');
const marker = '<!-- the widget module is inlined here -->';
if (!offlinePage.includes(marker)) throw new Error(`www/offline.html lacks "${marker}"`);
writeFileSync(
  join(DIST, 'att-diligence-offline.html'),
  offlinePage.replace(marker, () => `<script type="module">${offlineJs}</script>`),
);
console.log('[build] dist/ ready');
