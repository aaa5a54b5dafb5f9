/**
 * What the file pickers offer: CSV and text exports (gzip-compressed too), and Excel workbooks (read
 * from their sheet that looks like the kind). Drag and drop takes any file and says what it is.
 */
export const ACCEPT = [
  '.csv,.txt,.tsv,text/csv,text/plain',
  '.gz,application/gzip',
  '.xlsx,.xlsm,.xls,.ods',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet',
].join(',');
