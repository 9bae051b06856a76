// The e2e and PDF tests drive Debian's Chromium and read PDFs with poppler's pdftotext.
// Say plainly what is missing instead of failing deep inside a test.
const { existsSync } = require('node:fs');
const { execFileSync } = require('node:child_process');

const has = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const missing = [];
if (!existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')) missing.push('chromium');
if (!has('pdftotext') || !has('pdftoppm')) missing.push('poppler-utils');
if (missing.length > 0) {
  console.error(`Tests need: ${missing.join(', ')}. On Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
