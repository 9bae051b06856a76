// Prints one line "N passed, N failed" for CI from the vitest and Playwright JSON reports.
// A failing step that runs no test (typecheck, lint, build) counts as one failure, so a red
// run never reads as all-passed.
const { existsSync, readFileSync } = require('node:fs');

const exitStatus = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('test-results/vitest.json')) {
  const vitest = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (existsSync('test-results/playwright.json')) {
  const { stats } = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}
if (exitStatus !== 0 && failed === 0) {
  console.log('A step without tests failed (see above: tool check, typecheck, lint or build).');
  failed += 1;
}
// Skipped tests on a line of their own: the last line stays exactly "N passed, N failed".
if (skipped) console.log(`${skipped} skipped (each says why in the report above)`);
console.log(`${passed} passed, ${failed} failed`);
