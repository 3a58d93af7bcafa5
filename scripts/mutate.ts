// npm run mutate [folder ...]: mutation testing of src/core, one folder at a time.
// npm run mutate -- --scores: only print the scores last recorded.
// Each folder has its own committed incremental file (reports/stryker-incremental/),
// so a run after a small change retests only the mutants that change touches, and a
// folder can be run alone while you work on it. Prints the score of every folder from
// those files (the ones not run this time as last recorded) and whether the targets
// are met: 85% of mutants killed in src/core overall and 75% in every folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CORE = 'src/core';
const REPORTS = 'reports/stryker-incremental';
const OVERALL_TARGET = 85;
const FOLDER_TARGET = 75;

interface MutantResult {
  status: string;
}
interface Report {
  files: Record<string, { mutants: MutantResult[] }>;
}

const folders = readdirSync(CORE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const scoresOnly = process.argv.includes('--scores');
const asked = process.argv.slice(2).filter((arg) => arg !== '--scores');
const unknown = asked.filter((name) => !folders.includes(name));
if (unknown.length > 0) {
  console.error(
    `No folder ${unknown.join(', ')} in ${CORE}; the folders are ${folders.join(', ')}.`,
  );
  process.exit(2);
}

for (const folder of scoresOnly ? [] : asked.length > 0 ? asked : folders) {
  console.log(`\n== mutating ${CORE}/${folder} ==`);
  const run = spawnSync(
    'npx',
    [
      'stryker',
      'run',
      '--mutate',
      `${CORE}/${folder}/**/*.ts`,
      '--incrementalFile',
      join(REPORTS, `${folder}.json`),
    ],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) {
    console.error(`Stryker failed on ${CORE}/${folder} (exit ${run.status}).`);
    process.exit(run.status ?? 1);
  }
}

/** Killed (or timed out) against every mutant that compiles: Stryker's mutation score. */
function tally(report: Report) {
  let caught = 0;
  let valid = 0;
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (mutant.status === 'Killed' || mutant.status === 'Timeout') caught++;
      if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(mutant.status)) valid++;
    }
  }
  return { caught, valid };
}

const percent = (caught: number, valid: number) => (valid === 0 ? 100 : (100 * caught) / valid);
let allCaught = 0;
let allValid = 0;
let met = true;
console.log('\nmutation score (killed / mutants that compile), from reports/stryker-incremental/:');
for (const folder of folders) {
  const path = join(REPORTS, `${folder}.json`);
  if (!existsSync(path)) {
    console.log(`  ${folder.padEnd(10)} not run yet`);
    met = false;
    continue;
  }
  const { caught, valid } = tally(JSON.parse(readFileSync(path, 'utf8')) as Report);
  allCaught += caught;
  allValid += valid;
  const score = percent(caught, valid);
  const ok = score >= FOLDER_TARGET;
  met &&= ok;
  console.log(
    `  ${folder.padEnd(10)} ${score.toFixed(1).padStart(5)}%  (${caught} of ${valid})${ok ? '' : `  under ${FOLDER_TARGET}%`}`,
  );
}
const overall = percent(allCaught, allValid);
met &&= overall >= OVERALL_TARGET;
console.log(
  `  ${'src/core'.padEnd(10)} ${overall.toFixed(1).padStart(5)}%  (${allCaught} of ${allValid})  target ${OVERALL_TARGET}% overall, ${FOLDER_TARGET}% a folder: ${met ? 'met' : 'NOT met'}`,
);
process.exit(met ? 0 : 1);
