// The compiled database code reads its numbered SQL migrations from beside itself.
const { cpSync } = require('node:fs');
cpSync('db/migrations', 'out/db/migrations', { recursive: true });
