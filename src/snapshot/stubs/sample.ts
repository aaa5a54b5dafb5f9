/** Snapshot viewer stand-in for store/sample.ts: the sample files are not in a snapshot. */
export function sampleFiles(): Promise<{ leads: File; deals: File }> {
  return Promise.reject(new Error('The sample data is not part of a snapshot.'));
}
