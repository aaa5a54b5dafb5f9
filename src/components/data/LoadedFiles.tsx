import {
  clearData,
  editMapping,
  problemsFile,
  removeWithUndo,
  setAsideRows,
  useAppStore,
  useQuery,
  type LoadedUpload,
} from '../../store';
import { downloadText } from '../common/download';
import { formatCount } from '../common/format';
import { ReplaceFile } from './ReplaceFile';
import { SetAsideNote } from './SetAsideNote';
import { OutcomeFlags } from './OutcomeFlags';
import { SupersededRows } from './SupersededRows';
import type { SetAsideRows } from '../../lib/ingest/schema';

const ENCODING_LABEL: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
};
const DELIMITER_LABEL: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * Every loaded file with rows read = loaded + rejected, and its problems downloadable. Remove can be
 * undone for a few seconds (UndoRemoval).
 */
export function LoadedFiles() {
  const uploads = useAppStore((s) => s.uploads);
  const { data: setAside } = useQuery(() => setAsideRows(), []);
  if (uploads.length === 0) return null;
  const withProblems = uploads.filter((u) => u.report.rowsRejected > 0 || u.report.valueIssueCount > 0);
  const download = async () => {
    const csv = await problemsFile(
      withProblems.map((u) => ({ uploadId: u.prepared.uploadId, fileName: u.report.fileName })),
    );
    downloadText('leadgap-rejected-rows.csv', csv, 'text/csv');
  };
  return (
    <section className="card" aria-labelledby="files-title">
      <h2 id="files-title" tabIndex={-1}>
        Loaded files
      </h2>
      <div className="table-wrap">
        <table className="stack" data-testid="loaded-files">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Kind</th>
              <th scope="col" className="num">
                Rows read
              </th>
              <th scope="col" className="num">
                Loaded
              </th>
              <th scope="col" className="num">
                Rejected
              </th>
              <th scope="col" className="num">
                Unreadable values
              </th>
              <th scope="col">Format</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {uploads.map((upload) => (
              <FileRow
                key={upload.prepared.uploadId}
                upload={upload}
                setAside={setAside?.get(upload.prepared.uploadId)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="row-actions" style={{ marginTop: '0.75rem' }}>
        {withProblems.length > 0 && (
          <button type="button" data-testid="download-rejected" onClick={() => void download()}>
            Download rejected rows and unreadable values (CSV)
          </button>
        )}
        <button type="button" className="danger" data-testid="clear-data" onClick={() => void clearData()}>
          Clear data
        </button>
      </div>
    </section>
  );
}

function FileRow({ upload, setAside }: { upload: LoadedUpload; setAside: SetAsideRows | undefined }) {
  const { report, prepared, choice } = upload;
  return (
    <tr>
      <td>
        {report.fileName}
        {report.footerLines > 0 && (
          <div className="muted small">
            Report footer ({report.footerLines} lines) recognised and left out.
          </div>
        )}
        {prepared.sniffed.titleLines > 0 && (
          <div className="muted small">
            Title lines above the header ({prepared.sniffed.titleLines}) recognised and left out.
          </div>
        )}
        <SupersededRows rows={setAside} kind={report.kind} idHeader={idHeader(upload)} />
        {choice.closedWonAssumed && (
          <div className="muted small">No outcome column: every deal counted as won.</div>
        )}
        <OutcomeFlags upload={upload} />
        <SetAsideNote items={choice.setAside} />
      </td>
      <td data-label="Kind">{report.kind === 'leads' ? 'Leads' : 'Deals'}</td>
      <td data-label="Rows read" className="num">
        {formatCount(report.rowsRead)}
      </td>
      <td data-label="Loaded" className="num">
        {formatCount(report.rowsLoaded)}
      </td>
      <td data-label="Rejected" className="num">
        {report.rowsRejected > 0 ? (
          <strong className="gap-text">{formatCount(report.rowsRejected)}</strong>
        ) : (
          0
        )}
      </td>
      <td data-label="Unreadable values" className="num">
        {formatCount(report.valueIssueCount)}
      </td>
      <td data-label="Format" className="small">
        {ENCODING_LABEL[report.encoding] ?? report.encoding},{' '}
        {DELIMITER_LABEL[report.delimiter] ?? report.delimiter}
      </td>
      <td data-label="">
        <div className="row-actions">
          <button type="button" className="link" onClick={() => editMapping(prepared.uploadId)}>
            Edit mapping
          </button>
          <ReplaceFile uploadId={prepared.uploadId} fileName={report.fileName} />
          <button
            type="button"
            className="link"
            onClick={() => void removeWithUndo(prepared.uploadId)}
            aria-label={`Remove ${report.fileName}`}
          >
            Remove
          </button>
        </div>
      </td>
    </tr>
  );
}

/** The id column's header in the file, as the user knows it ("Opportunity ID"). */
function idHeader({ report, prepared, choice }: LoadedUpload): string {
  const column = choice.mapping[report.kind === 'leads' ? 'lead_id' : 'deal_id'];
  return (column !== undefined ? prepared.sniffed.headers[column] : undefined) || 'id';
}
