/**
 * The snapshot file: one HTML page with the viewer's script and styles inline and the document as
 * JSON in a `<script type="application/json">`, under a Content-Security-Policy that allows no
 * network request at all (no src, no connect, no font, no frame: only the viewer's own script, by
 * its SHA-256, inline styles, and data:/blob: images for the PNG export).
 *
 * Reading a file back (the site's "Open a snapshot") never runs anything from it: the JSON is cut
 * out by its marker and checked like any outside input (snapshot-document.ts).
 */
import { decoded, rejected, type Decoded } from './result';
import { parseSnapshotJson, type SnapshotDocument } from './snapshot-document';

/** The policy: the one script that may run is the viewer, named by its hash (nothing injected runs). */
const snapshotCsp = (script: string) =>
  `default-src 'none'; script-src 'sha256-${sha256Base64(script)}'; style-src 'unsafe-inline'; ` +
  "img-src data: blob:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'";
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
  const script = assertInlineSafe(parts.script, 'script');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${snapshotCsp(script)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${assertInlineSafe(parts.style, 'style')}</style>`,
    '</head>',
    '<body>',
    '<div id="root"><p style="padding:2rem;font-family:system-ui,sans-serif">This LeadGap snapshot needs JavaScript to show its dashboard.</p></div>',
    `${OPEN}${scriptSafeJson(parts.doc)}${CLOSE}`,
    `<script>${script}</script>`,
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

const K = Uint32Array.from(
  '428a2f98 71374491 b5c0fbcf e9b5dba5 3956c25b 59f111f1 923f82a4 ab1c5ed5 d807aa98 12835b01 243185be 550c7dc3 72be5d74 80deb1fe 9bdc06a7 c19bf174 e49b69c1 efbe4786 0fc19dc6 240ca1cc 2de92c6f 4a7484aa 5cb0a9dc 76f988da 983e5152 a831c66d b00327c8 bf597fc7 c6e00bf3 d5a79147 06ca6351 14292967 27b70a85 2e1b2138 4d2c6dfc 53380d13 650a7354 766a0abb 81c2c92e 92722c85 a2bfe8a1 a81a664b c24b8b70 c76c51a3 d192e819 d6990624 f40e3585 106aa070 19a4c116 1e376c08 2748774c 34b0bcb5 391c0cb3 4ed8aa4a 5b9cca4f 682e6ff3 748f82ee 78a5636f 84c87814 8cc70208 90befffa a4506ceb bef9a3f7 c67178f2'
    .split(' ')
    .map((hex) => parseInt(hex, 16)),
);

/**
 * SHA-256 of the text's UTF-8, in base64 (what a CSP hash source holds). Written out because the
 * snapshot is made synchronously and Web Crypto's digest is asynchronous.
 */
export function sha256Base64(text: string): string {
  const data = new TextEncoder().encode(text);
  const length = Math.ceil((data.length + 9) / 64) * 64;
  const bytes = new Uint8Array(length);
  bytes.set(data);
  bytes[data.length] = 0x80;
  const view = new DataView(bytes.buffer);
  view.setUint32(length - 8, Math.floor(data.length / 0x20000000));
  view.setUint32(length - 4, (data.length * 8) >>> 0);
  const h = Uint32Array.of(
    0x6a09e667,
    0xbb67ae85,
    0x3c6ef372,
    0xa54ff53a,
    0x510e527f,
    0x9b05688c,
    0x1f83d9ab,
    0x5be0cd19,
  );
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let block = 0; block < length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] ?? 0;
      const b = w[i - 2] ?? 0;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = ((w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = [
      h[0] ?? 0,
      h[1] ?? 0,
      h[2] ?? 0,
      h[3] ?? 0,
      h[4] ?? 0,
      h[5] ?? 0,
      h[6] ?? 0,
      h[7] ?? 0,
    ];
    for (let i = 0; i < 64; i++) {
      const t1 =
        (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[i] ?? 0) + (w[i] ?? 0)) |
        0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, hh].forEach((value, i) => (h[i] = ((h[i] ?? 0) + value) | 0));
  }
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  h.forEach((value, i) => out.setUint32(i * 4, value));
  return btoa(String.fromCharCode(...digest));
}
