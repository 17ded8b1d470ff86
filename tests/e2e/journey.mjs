// A filled-in assessment, shared by the programme and export tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

export const SET = JSON.parse(readFileSync(join(ROOT, 'seeds/sets/programme.json'), 'utf8'));
export const TOTAL = SET.sections.reduce((n, s) => n + s.items.length, 0);
export const [S1, S2, S3, S4] = SET.sections;

/** Details and four answers across four sections: in place with evidence, two gaps, one N/A. */
export async function fillJourney(c) {
  await c.fillDetail('Organisation', 'Acme Defence <Ltd>');
  await c.fillDetail('Assessor', 'J. Doe');
  await c.fillDetail('Date of assessment', '2026-11-27');
  await c.fillDetail('Scope (business unit, products, period)', 'Land systems, FY2026');

  const inPlace = c.itemsOf(S1.id).nth(0);
  await c.answer(inPlace, 'In place');
  await c.fill(inPlace, 'Document', 'Board resolution 2026/14');
  await c.fill(inPlace, 'Document date', '2026-03-02');
  await c.fill(inPlace, 'Where it is kept', 'Compliance SharePoint /policies');

  const gap = c.itemsOf(S2.id).nth(0);
  await c.answer(gap, 'Not in place');
  await c.fill(gap, 'Note', 'No HR/IHL step in the ICP yet');
  await c.fill(gap, 'Owner', 'Head of compliance');
  await c.fill(gap, 'Target date', '2027-03-31');

  const na = c.itemsOf(S3.id).nth(0);
  await c.answer(na, 'Not applicable');
  await c.fill(na, 'Note', 'We only supply spare parts to a single government customer');

  const partly = c.itemsOf(S4.id).nth(0);
  await c.answer(partly, 'Partly in place');
  await c.fill(partly, 'Owner', 'Export control officer');
  await c.fill(partly, 'Target date', '2026-12-15');
}
