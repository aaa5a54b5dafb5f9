/**
 * A file the CSV reader could not read at all, said in plain words: what is wrong with the file,
 * where (the row, when the reader says), and what to do. The reader's own message is never shown:
 * it names its options and internal states, which tell a marketer nothing.
 */
export function readProblem(error: unknown): { problem: string; hint: string } {
  // What went wrong comes first; then the reader lists fixes and its options (quote = ", …).
  const full = error instanceof Error ? error.message : String(error);
  const message = full.split(/\n\s*(?:possible fixes|file\s*=)/i)[0] ?? '';
  const line = /\bline:?\s*(\d+)/i.exec(message)?.[1];
  const where = line ? ` (around row ${Number(line).toLocaleString('en-US')})` : '';
  const resave =
    'Open it in Excel or your CRM and save or export it again as "CSV UTF-8", then upload that file.';
  if (/maximum line size|line size/i.test(message)) {
    return {
      problem: `A row of the file${where} is longer than 2 MB: a quote (") that is never closed makes the rest of the file one value.`,
      hint: `Find the value with the stray quote and close or remove it, or ${lower(resave)}`,
    };
  }
  if (/state machine/i.test(message)) {
    return {
      problem: `The file could not be split into rows${where}: its line breaks change style part-way (Windows and Mac/Unix line endings mixed), or a quote (") is never closed.`,
      hint: resave,
    };
  }
  if (/quote/i.test(message)) {
    return {
      problem: `The file has a quote (") that is never closed${where}, so its rows could not be told apart.`,
      hint: `Close or remove the stray quote, or ${lower(resave)}`,
    };
  }
  if (/encoding|unicode|utf-?8/i.test(message)) {
    return {
      problem: `The file holds bytes that are not text in its encoding${where}.`,
      hint: resave,
    };
  }
  return {
    problem: `The file could not be split into rows and columns${where}: its separators, quotes or line breaks do not follow one pattern.`,
    hint: `Check that it is a CSV export (or a .csv.gz of one). ${resave}`,
  };
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
