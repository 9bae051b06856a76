// The e2e and PDF tests drive Debian's Chromium and read PDFs with poppler's pdftotext.
// On a Debian machine where we are root (a fresh CI or office test machine) the missing
// packages are installed; elsewhere the exact command to run is printed.
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
const missing = () => [
  ...(existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium') ? [] : ['chromium']),
  ...(has('pdftotext') && has('pdftoppm') ? [] : ['poppler-utils']),
];

let needed = missing();
if (needed.length > 0 && has('apt-get') && process.getuid?.() === 0) {
  console.log(`Installing test tools: ${needed.join(', ')}`);
  execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${needed.join(' ')}`], { stdio: 'inherit' });
  needed = missing();
}
if (needed.length > 0) {
  console.error(`Tests need: ${needed.join(', ')}. On Debian/Ubuntu: sudo apt-get install -y ${needed.join(' ')}`);
  process.exit(1);
}
