/** A problem with an upload, said the way a marketer can act on: what, where, and what to do. */
export class UploadError extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: string,
    readonly hint: string,
  ) {
    super(`${fileName}: ${problem} ${hint}`);
    this.name = 'UploadError';
  }
}

export class UploadCancelled extends Error {
  constructor(readonly fileName: string) {
    super(`Loading ${fileName} was cancelled.`);
    this.name = 'UploadCancelled';
  }
}

// DuckDB-wasm's own limit ("Out of Memory Error: failed to allocate …") or the wasm heap failing to
// grow past its 4 GB address space: either way the file does not fit in this tab.
const OUT_OF_MEMORY = /out of memory|failed to allocate|could not allocate|memory access out of bounds/i;

export function isOutOfMemory(error: unknown): boolean {
  return OUT_OF_MEMORY.test(error instanceof Error ? error.message : String(error));
}

/** The message for a file too large for the memory a browser tab has (the data loaded before stays). */
export function tooLargeError(fileName: string): UploadError {
  return new UploadError(
    fileName,
    'The file needs more memory than this browser tab has, so it was not loaded (the data loaded before is unchanged).',
    'Export fewer rows — a shorter date range, for example one year per file — and load that; about 3 million leads fit on most computers.',
  );
}
