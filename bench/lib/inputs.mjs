// Inputs shared by the benchmarks (not a benchmark itself): the batch CSV they screen and the
// synthetic programme set they answer.

const DESTS = ['Freedonia', 'Sudan', 'Ruritania', 'Syldavia', 'Borduria', 'Libya', 'Latveria', 'Genovia'];
const VIA = ['', 'Djibouti', 'Lisbon;Tema', 'Singapore', '', 'Rotterdam'];
const CATS = ['salw', 'parts', 'ammunition', 'tanks', 'aircraft'];
const MODES = ['sea', 'air', 'road', 'rail', 'multimodal'];

/** `n` batch rows (1 in 997 with an invalid mode, 1 in 17 to a P.O. box). */
export function csv(n) {
  const lines = ['reference,date,mode,consignor,consignee,end_user,end_use,destination,transit,category,description,quantity,value,end_user_certificate,export_licence,transport_documents'];
  for (let i = 0; i < n; i++) {
    const consignee = i % 17 === 0 ? '"P.O. Box 12, Lomé"' : `Consignee ${i % 311}`;
    const bad = i % 997 === 0 ? 'boat' : MODES[i % 5];
    lines.push(
      `BK-${i},2026-11-${String((i % 28) + 1).padStart(2, '0')},${bad},Acme Defence,${consignee},End user ${i % 97},Training,` +
        `${DESTS[i % 8]},${VIA[i % 6]},${CATS[i % 5]},Item batch ${i},${i % 500},${i * 13},` +
        `${i % 3 === 0 ? 'seen' : 'verified'},verified,seen`,
    );
  }
  return lines.join('\n') + '\n';
}

/** A valid programme set of `n` items in 10 sections, citing real catalogue elements. */
export function syntheticSet(n) {
  const sections = Array.from({ length: 10 }, (_, s) => ({
    id: `bench.s${s}`,
    title: { en: `Section ${s + 1}`, zh: `第${s + 1}节` },
    items: Array.from({ length: n / 10 }, (_, i) => ({
      id: `bench.s${s}.i${i}`,
      text: { en: `Synthetic question ${s}.${i}: is the control in place?`, zh: `合成问题 ${s}.${i}：该控制措施是否已落实？` },
      guidance: { en: 'Synthetic guidance text for the benchmark.', zh: '用于基准测试的合成指导文本。' },
      articles: ['7(1)', '11'],
      provenance: [{ seed: 'app1.p6.b3' }],
    })),
  }));
  return { format: 1, id: 'bench-500', version: '1.0.0', module: 'programme', title: { en: 'Bench 500', zh: '基准 500' }, sections };
}
