export { DataTable, type DataTableProps } from './DataTable';
export { tableToCsv } from './cells';
export { NOT_IN_DATA, type Column, type SortState } from './types';
