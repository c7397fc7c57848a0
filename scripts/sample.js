#!/usr/bin/env node
// `npm run sample`: the README's first command. Checks the bundled sample scoresheet that has
// deliberate defects and prints its scores and findings. The checker exits 1 when a sheet has
// error findings (as the report spec says); here that is the expected outcome, so it is
// reported as such and the command succeeds. Any other status (2: unreadable) fails.
const { spawnSync } = require('child_process');
const path = require('path');

const file = process.argv[2] || path.join('test', 'fixtures', 'samples', 'so-y-te-2024.xlsx');
const extra = process.argv.slice(3);
const res = spawnSync(process.execPath, [path.join(__dirname, '..', 'bin', 'par-check.js'), 'check', file, ...extra], {
  stdio: 'inherit',
});
if (res.status === 1) {
  console.log('\n(Mã thoát 1: biểu mẫu có lỗi — tệp mẫu này có 4 lỗi cố ý, đúng như mong đợi.)');
  console.log('(Exit status 1: the sheet has error findings — this sample has 4 deliberate defects, as expected.)');
  process.exit(0);
}
process.exit(res.status === null ? 2 : res.status);
