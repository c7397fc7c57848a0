import { HELP_OPTION, parseArgs, type OptionSpec } from '../../src/cli/args';

const specs: OptionSpec[] = [
  HELP_OPTION,
  { name: 'criteria', takesValue: true },
  { name: 'json', takesValue: false },
];

describe('parseArgs', () => {
  it('separates files, value options (both forms) and flags', () => {
    const r = parseArgs(['a.xlsx', '--criteria', 'x', 'b.xlsx', '--json', '--criteria=y'], specs, 'check');
    expect(r).toEqual({
      ok: true,
      args: { positional: ['a.xlsx', 'b.xlsx'], values: { criteria: 'y' }, all: { criteria: ['x', 'y'] }, flags: new Set(['json']) },
    });
  });

  it('knows -h, treats "-" and everything after "--" as positional', () => {
    const r = parseArgs(['-h', '-', '--', '--json'], specs, 'check');
    expect(r.ok && r.args).toEqual({ positional: ['-', '--json'], values: {}, all: {}, flags: new Set(['help']) });
  });

  it('rejects unknown options, a flag given a value and a value option without one', () => {
    const unknown = parseArgs(['--xyz'], specs, 'check');
    expect(!unknown.ok && unknown.problem.en).toBe('The "check" command has no option --xyz. See its options: par-check check --help');
    const flagValue = parseArgs(['--json=1'], specs, 'check');
    expect(!flagValue.ok && flagValue.problem.vi).toContain('không nhận giá trị');
    const noValue = parseArgs(['--criteria', '--json'], specs, 'check');
    expect(!noValue.ok && noValue.problem.en).toContain('--criteria needs a value');
    const atEnd = parseArgs(['--criteria'], specs, 'check');
    expect(atEnd.ok).toBe(false);
  });
});
