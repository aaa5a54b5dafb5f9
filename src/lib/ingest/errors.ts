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
