/** CSV downloads of back-office tables (RFC 4180), safe to open in a spreadsheet. */
import type { FastifyReply } from 'fastify';

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return) gets a
 * leading apostrophe, so data written by one partner cannot run in another's spreadsheet.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, CRLF line ends, with a byte-order mark so spreadsheets read the accents as UTF-8. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Sends rows as a CSV download under this file name; never cached, as the tables are not public. */
export function sendCsv(
  reply: FastifyReply,
  filename: string,
  rows: readonly (readonly (string | number | null | undefined)[])[],
): FastifyReply {
  return reply
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '-')}"`)
    .type('text/csv; charset=utf-8')
    .send(toCsv(rows));
}
