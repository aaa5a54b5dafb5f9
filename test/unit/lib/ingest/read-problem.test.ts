import { describe, expect, it } from 'vitest';
import { readProblem } from '../../../../src/lib/ingest/read-problem';

const ENGINE =
  /invalid input error|conversion error|binder error|parser error|state machine|sniff|read_csv|duckdb|error:|strict_mode|possible fixes|quote = "/i;

describe('readProblem', () => {
  it.each([
    [
      'Invalid Input Error: The CSV Parser state machine reached an invalid state.\nPossible fixes:\n* Disable the parser\'s strict mode (strict_mode=false)\n  file = upload_3.csv\n  quote = " (Set By User)',
      /line breaks change style part-way/,
    ],
    [
      'Invalid Input Error: Maximum line size of 2000000 bytes exceeded. Actual Size:2200010 bytes.\n  file = x.csv',
      /longer than 2 MB/,
    ],
    [
      'Invalid Input Error: CSV Error on Line: 1204\nOriginal Line: "L-9,3/4/2025\nValue with unterminated quote found.\n\nPossible fixes:\n* quote = "\n  file = x.csv',
      /quote .* never closed \(around row 1,204\)/,
    ],
    ['Conversion Error: Could not convert string to UTF-8', /not text in its encoding/],
    ['Binder Error: something internal', /could not be split into rows and columns/],
  ])("says %#: what is wrong, where, what to do, never the engine's words", (message, problem) => {
    const said = readProblem(new Error(message));
    expect(said.problem).toMatch(problem);
    expect(said.hint).toMatch(/CSV UTF-8|quote/);
    expect(`${said.problem} ${said.hint}`).not.toMatch(ENGINE);
  });
});
