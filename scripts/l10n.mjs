// Translating the built-in content. Every text in the seeds is an object with `en` and `zh`
// and optionally `ar`, `fr`, `ru`, `es`; translators work on a flat list of English strings.
//
//   node scripts/l10n.mjs extract > strings.json   every distinct English text, with its file
//                                                  and the Chinese for context
//   node scripts/l10n.mjs merge fr seeds/l10n/fr.json
//                                                  writes the translations ({ "<English>":
//                                                  "<French>" }) into every seed text, and
//                                                  lists English texts still untranslated
//
// The seeds stay the one source; each file then lists the language under
// `translations_for_review` until someone has reviewed it and removes it.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ORDER = ['en', 'zh', 'ar', 'fr', 'ru', 'es'];
const FILES = ['seeds/sets', 'seeds/sources', 'seeds/lists'].flatMap((dir) =>
  readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => `${dir}/${f}`),
);

const isText = (x) => x && typeof x === 'object' && !Array.isArray(x) && typeof x.en === 'string' && typeof x.zh === 'string';

/** Calls `visit(text)` on every text object, and returns the value with what it gives back. */
function mapTexts(value, visit) {
  if (isText(value)) return visit(value);
  if (Array.isArray(value)) return value.map((v) => mapTexts(v, visit));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTexts(v, visit)]));
  }
  return value;
}

const read = (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const write = (file, value) => writeFileSync(join(ROOT, file), `${JSON.stringify(value, null, 2)}\n`);

const [command, lang, from] = process.argv.slice(2);
if (command === 'extract') {
  const seen = new Map();
  for (const file of FILES) {
    mapTexts(read(file), (t) => {
      if (!seen.has(t.en)) seen.set(t.en, { file, en: t.en, zh: t.zh });
      return t;
    });
  }
  console.log(JSON.stringify([...seen.values()], null, 1));
} else if (command === 'merge' && ['ar', 'fr', 'ru', 'es'].includes(lang) && from) {
  const translations = JSON.parse(readFileSync(resolve(from), 'utf8'));
  const missing = new Set();
  for (const file of FILES) {
    const merged = mapTexts(read(file), (t) => {
      const translated = translations[t.en];
      if (typeof translated !== 'string' || !translated.trim()) {
        missing.add(t.en);
        return t;
      }
      const next = { ...t, [lang]: translated };
      return Object.fromEntries(ORDER.filter((k) => k in next).map((k) => [k, next[k]]));
    });
    const review = new Set(merged.translations_for_review ?? []);
    review.add(lang);
    merged.translations_for_review = ORDER.filter((l) => review.has(l));
    write(file, merged);
  }
  console.log(`${lang}: merged; ${missing.size} English texts without a translation`);
  for (const en of missing) console.log(`  missing: ${en.slice(0, 100)}`);
  process.exitCode = missing.size ? 1 : 0;
} else {
  console.error('usage: node scripts/l10n.mjs extract | merge <ar|fr|ru|es> <translations.json>');
  process.exitCode = 2;
}
