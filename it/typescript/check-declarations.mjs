// Type-checks the TypeScript declarations jsbind generated with each TypeScript compiler that
// package.json pins (the newest release and the oldest one jsbind supports), the way a user's
// tsconfig would: strict, ES2015 (J2V8's V8 5.4), no DOM or Node.js types.
//
//   node check-declarations.mjs <work directory> <case>...
//
// A case is a comma-separated list of files compiled together, optionally named ("name=a,b"), or
// a directory, which stands for one case per *.d.ts file in it. The errors tsc reports for a case must be exactly those its
// files announce, line by line, with a comment ending the line: "// error TS2345 …". A case
// whose files announce none must compile clean.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const here = fileURLToPath(new URL('.', import.meta.url));
const [workDirectory, ...caseArguments] = process.argv.slice(2);
const compilers = Object.keys(JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).devDependencies);
const compilerOptions = { target: 'es2015', lib: ['es2015'], strict: true, noEmit: true, types: [] };

/** "file:line TSnnnn" for every "// error TSnnnn …" comment in a file. */
function announcedErrors(file) {
  const announced = [];
  readFileSync(file, 'utf8').split('\n').forEach((text, index) => {
    const marker = text.match(/\/\/ error ((?:TS\d+\s*)+)/);
    if (marker) {
      marker[1].trim().split(/\s+/).forEach((code) => announced.push(`${basename(file)}:${index + 1} ${code}`));
    }
  });
  return announced;
}

function toCases(argument) {
  const [label, list] = argument.includes('=') ? argument.split('=', 2) : [undefined, argument];
  const fileLists = !list.includes(',') && statSync(resolve(list)).isDirectory()
    ? readdirSync(resolve(list)).filter((f) => f.endsWith('.d.ts')).sort().map((f) => [join(resolve(list), f)])
    : [list.split(',').map((f) => resolve(f))];
  return fileLists.map((files) => ({
    name: label ?? files.map((f) => basename(f)).join(' + '),
    files,
    expected: files.flatMap(announcedErrors),
  }));
}

/** The errors tsc reports for a case, as "file:line TSnnnn"; any other line it prints is kept whole. */
async function compile(compiler, testCase, index) {
  const config = join(workDirectory, `${compiler}-${index}.tsconfig.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions, files: testCase.files }, null, 2));
  const tsc = join(here, 'node_modules', compiler, 'bin', 'tsc');
  // tsc exits non-zero when it reports errors: that is an outcome to compare, not a failure here.
  const run = await promisify(execFile)(process.execPath, [tsc, '-p', config, '--pretty', 'false'])
    .catch((failure) => (typeof failure.code === 'number' ? failure : Promise.reject(failure)));
  return `${run.stdout}${run.stderr}`
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith(' ')) // indented lines continue a message
    .map((line) => {
      const error = line.match(/^(.+)\((\d+),\d+\): error (TS\d+): /);
      return error ? `${basename(error[1])}:${error[2]} ${error[3]}` : line;
    });
}

function version(compiler) {
  const tsc = join(here, 'node_modules', compiler, 'bin', 'tsc');
  const printed = spawnSync(process.execPath, [tsc, '--version'], { encoding: 'utf8' }).stdout.trim();
  if (!printed.startsWith('Version ')) {
    throw new Error(`${tsc} is not a working TypeScript compiler: run npm ci`);
  }
  return printed.substring('Version '.length);
}

const cases = caseArguments.flatMap(toCases);
mkdirSync(workDirectory, { recursive: true });
const versions = compilers.map(version);
// Every compilation at once (each tsc is single-threaded), reported in order.
const results = await Promise.all(
  compilers.flatMap((compiler) => cases.map((testCase, index) => compile(compiler, testCase, index))),
);
let passed = 0;
let failed = 0;
compilers.forEach((compiler, c) => {
  cases.forEach((testCase, index) => {
    const actual = results[c * cases.length + index];
    const missing = testCase.expected.filter((e) => !actual.includes(e));
    const unexpected = actual.filter((a) => !testCase.expected.includes(a));
    const what = `TypeScript ${versions[c]}: ${testCase.name}`;
    if (missing.length === 0 && unexpected.length === 0) {
      passed++;
      console.log(`ok   ${what} (${testCase.expected.length ? `${actual.length} errors, as announced` : 'clean'})`);
    } else {
      failed++;
      console.log(`FAIL ${what}`);
      missing.forEach((e) => console.log(`       missing:    ${e}`));
      unexpected.forEach((e) => console.log(`       unexpected: ${e}`));
    }
  });
});
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
