// Builds dist/, what a site copies as is:
//   att-diligence.js    the ES module: defines <att-diligence> and exports mount()
//   att-diligence.wasm  the widget (all built-in content in every language it has)
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

run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'att-diligence', '-p', 'att-xlsx', '-p', 'att-reader', '-p', 'att-lists']);
const WORKERS = ['xlsx', 'reader', 'lists'];
rmSync(WEB, { recursive: true, force: true });
mkdirSync(WEB, { recursive: true });
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', WEB, join(RELEASE, 'att_diligence.wasm')]);
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
for (const w of WORKERS) {
  run('wasm-opt', ['-Oz', ...WASM_FEATURES, join(WEB, `att-${w}_bg.wasm`), '-o', join(DIST, `att-${w}.wasm`)]);
}

const bundle = (entry, outfile) =>
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
const offlineJs = (await bundle('offline.js')).outputFiles[0].text;
if (/<\/script/i.test(offlineJs)) throw new Error('the inlined module contains </script');
const offlinePage = readFileSync(join(WWW, 'offline.html'), 'utf8');
const marker = '<!-- the widget module is inlined here -->';
if (!offlinePage.includes(marker)) throw new Error(`www/offline.html lacks "${marker}"`);
writeFileSync(
  join(DIST, 'att-diligence-offline.html'),
  offlinePage.replace(marker, () => `<script type="module">${offlineJs}</script>`),
);
console.log('[build] dist/ ready');
