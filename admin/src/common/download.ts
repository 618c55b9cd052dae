/** A CSV cell: quoted when it holds a separator, a quote or a line break. */
export const csvCell = (value: string | number | null | undefined): string => {
  const s = value == null ? '' : String(value);
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Rows as CSV, UTF-8 with a byte-order mark (spreadsheets then read Kazakh and Russian letters right), CRLF lines. */
export const toCsv = (rows: readonly (readonly (string | number | null | undefined)[])[]): string =>
  '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** Saves a text as a file through the browser (no server round trip). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
