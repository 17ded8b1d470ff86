// What a page downloads before the widget is usable, raw, gzip and brotli (quality 11), from
// dist/ as built by scripts/build.mjs; what is fetched on demand, separately; and, when twiggy
// is installed (`cargo install twiggy`), the largest contributors to the widget's wasm.
// A figure, not a test. Usage: scripts/bench.sh size
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const TARGET_BROTLI = 150 * 1024;

const sizes = (file) => {
  const bytes = readFileSync(join(DIST, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
    }).length,
  };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function table(title, files) {
  const rows = files.map(sizes);
  const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`\n${title}`);
  console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
  for (const r of [...rows, total]) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  return total;
}

// What each seam's module fetches the first time it is shown (written by scripts/build.mjs).
const seams = JSON.parse(readFileSync(join(DIST, 'att-diligence.chunks.json'), 'utf8'));
const MAIN = ['att-diligence.js', 'att-diligence.wasm', 'att-diligence.css'];
table('First screen (a new visitor: who is working?): the module, the main wasm, the stylesheet', MAIN);
// The programme opens first for a returning visitor and for the default embed: its chunks are
// part of what must arrive before the first item is usable.
const initial = table('Initial download, up to the first programme item usable (main, then the programme seam)', [
  ...MAIN,
  ...seams.programme,
]);
console.log(`\nbrotli total ${kb(initial.brotli)} against a target of ${kb(TARGET_BROTLI)}: ${initial.brotli <= TARGET_BROTLI ? 'within' : `over by ${kb(initial.brotli - TARGET_BROTLI)}`}`);
// When each other seam is first fetched (src/ui/seam.rs, src/embed/ops.rs).
const WHEN = {
  transfer: 'once the programme module is painted: its export writers and importer',
  your_data: "once the widget is painted: the footer's backup and restore panel",
  screening: 'the first time shipment screening is shown',
  reference: 'the first time Article 7(4), reassessment or resources is shown',
  api: "the first time the page calls the JS API's exportAs, loadList or screenNames",
};
for (const [seam, files] of Object.entries(seams)) {
  if (seam === 'programme') continue;
  const fresh = files.filter((f) => !seams.programme.includes(f));
  if (!fresh.length) continue;
  table(`Loaded on demand (the ${seam} seam, ${WHEN[seam] ?? 'when first needed'}; chunks the programme fetched already are not fetched again)`, fresh);
}
table('Loaded on demand (the XLSX writer, when a user asks for a workbook)', ['att-xlsx.js', 'att-xlsx.wasm']);
table('Loaded on demand (the batch file reader, when a user picks a batch file)', ['att-reader.js', 'att-reader.wasm']);
table('Loaded on demand (the sanctions lists and name matcher, once a user has loaded a list)', ['att-lists.js', 'att-lists.wasm']);
table('Loaded on demand (a language pack, the first time its language is shown)', ['ar', 'fr', 'ru', 'es'].map((l) => `att-diligence.${l}.json`));
table('The single-file build (everything inlined; opened from disk, not downloaded per visit)', ['att-diligence-offline.html']);

// The contributors: twiggy over a copy that keeps function names (dist's has none).
const named = join(ROOT, 'target', 'web', 'att_diligence_bg.wasm');
let twiggy = false;
try {
  execFileSync('twiggy', ['--version'], { stdio: 'ignore' });
  twiggy = existsSync(named);
} catch {}
if (!twiggy) {
  console.log('\n(twiggy not installed: `cargo install twiggy` for the contributors)');
  process.exit(0);
}
const withNames = join(ROOT, 'target', 'web', 'named.wasm');
execFileSync('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', named, '-o', withNames]);
const csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', withNames], { maxBuffer: 64 << 20 }).toString();
const groups = new Map();
const add = (k, n) => groups.set(k, (groups.get(k) ?? 0) + n);
for (const line of csv.split('\n').slice(1)) {
  const m = line.match(/^"?(.*?)"?,(\d+),/);
  if (!m) continue;
  const [, name, bytes] = m;
  if (name.includes('function names')) continue;
  const n = Number(bytes);
  if (name.startsWith('data segment')) {
    add(n > 100_000 ? 'data: embedded content (seed JSON)' : 'data: strings and tables', n);
    continue;
  }
  const own = name.match(/att_diligence::(\w+)(?:::(\w+))?/);
  const crate = name.match(/\b(yew\w*|serde_json|serde_core|serde_wasm_bindgen|serde|csv_core|csv|sha2|wasm_bindgen\w*|js_sys|web_sys|gloo\w*|alloc|core|std|dlmalloc|hashbrown|indexmap|implicit_clone|futures\w*|prokio)::/);
  // Component bodies are instantiated inside yew's generics: they are our code.
  if (own) add(`att_diligence::${own[1]}${own[2] ? `::${own[2]}` : ''}`, n);
  else if (/CompStateInner<COMP>.*::view/.test(name)) add('our components (html! bodies inlined in yew)', n);
  else add(crate ? crate[1] : 'other (shims, glue, unnamed)', n);
}
const top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 20);
console.log('\nLargest contributors to the widget wasm (twiggy, before compression)');
console.log('| part | bytes |\n|---|---|');
for (const [k, n] of top) console.log(`| ${k} | ${kb(n)} |`);
