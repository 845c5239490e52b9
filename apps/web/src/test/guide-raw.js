// Jest stand-in for Vite's `docs/guide.md?raw` import: the same file's text.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

module.exports = readFileSync(resolve(__dirname, '../../../../docs/guide.md'), 'utf8');
