/**
 * The snapshot file: one HTML page with the viewer's script and styles inline and the document as
 * JSON in a `<script type="application/json">`, under a Content-Security-Policy that allows no
 * network request at all (no src, no connect, no font, no frame: only inline script and style, and
 * data:/blob: images for the PNG export).
 *
 * Reading a file back (the site's "Open a snapshot") never runs anything from it: the JSON is cut
 * out by its marker and checked like any outside input (snapshot-document.ts).
 */
import { decoded, rejected, type Decoded } from './result';
import { parseSnapshotJson, type SnapshotDocument } from './snapshot-document';

const SNAPSHOT_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; " +
  "font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'";
export const DATA_ELEMENT_ID = 'leadgap-snapshot';
const OPEN = `<script type="application/json" id="${DATA_ELEMENT_ID}">`;
const CLOSE = '</script>';
/** The largest file read back (the viewer is ~1 MB; the data of 1M leads well under 1 MB). */
export const MAX_SNAPSHOT_FILE = 60 * 1024 * 1024;

/** JSON that cannot end its script element or open a comment: <, >, & and line separators escaped. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Inline JS/CSS that could end its element early is refused (the viewer build is checked for it). */
function assertInlineSafe(text: string, element: 'script' | 'style'): string {
  if (new RegExp(`</${element}|<!--`, 'i').test(text)) {
    throw new Error(`The snapshot viewer's ${element} cannot be inlined safely.`);
  }
  return text;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function snapshotHtml(parts: {
  doc: SnapshotDocument;
  script: string;
  style: string;
  title: string;
}): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${SNAPSHOT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${assertInlineSafe(parts.style, 'style')}</style>`,
    '</head>',
    '<body>',
    '<div id="root"><p style="padding:2rem;font-family:system-ui,sans-serif">This LeadGap snapshot needs JavaScript to show its dashboard.</p></div>',
    `${OPEN}${scriptSafeJson(parts.doc)}${CLOSE}`,
    `<script>${assertInlineSafe(parts.script, 'script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The snapshot JSON text inside a snapshot file's HTML, without running or parsing the HTML. */
export function extractSnapshotJson(html: string): Decoded<string> {
  const start = html.indexOf(OPEN);
  if (start < 0) return rejected('it is not a LeadGap snapshot (no snapshot data in it)');
  const from = start + OPEN.length;
  const end = html.indexOf(CLOSE, from);
  if (end < 0) return rejected('it is cut short (its snapshot data does not end)');
  return decoded(html.slice(from, end));
}

/** Reads a snapshot file's text (HTML, or the bare JSON) into a checked document. */
export function readSnapshotText(text: string): Decoded<SnapshotDocument> {
  if (text.length > MAX_SNAPSHOT_FILE) return rejected('it is larger than any snapshot LeadGap makes');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return parseSnapshotJson(trimmed);
  const json = extractSnapshotJson(text);
  return json.ok ? parseSnapshotJson(json.value) : json;
}

/** The sentence shown for a snapshot that cannot be opened. */
export const snapshotProblem = (fileName: string, reason: string) =>
  `“${fileName.slice(0, 120)}” could not be opened as a snapshot: ${reason}. Nothing in it was run.`;
