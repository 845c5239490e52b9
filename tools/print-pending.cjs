// Prints what test/contract/pending.txt should list: contract entries the served schema lacks.
// Usage: node tools/print-pending.cjs > test/contract/pending.txt (after `npm run schema`).
const { buildSchema, findBreakingChanges } = require('graphql');
const { readFileSync } = require('node:fs');

const contract = buildSchema(readFileSync('test/contract/contract.graphql', 'utf8'));
const served = buildSchema(readFileSync('apps/api/schema.graphql', 'utf8'));
const subjects = new Set(
  findBreakingChanges(contract, served).map((change) => change.description.replace(/^Standard scalar /, '').split(/\s/)[0].replace(/\.$/, '')),
);
console.log('# Contract entries (test/contract/contract.graphql) the API does not serve yet: one Type or Type.field a line.');
console.log('# The contract spec fails if something missing is not listed here, or if something listed is already served.');
console.log('# Regenerate with: npm run schema && node tools/print-pending.cjs > test/contract/pending.txt');
console.log([...subjects].sort().join('\n'));
