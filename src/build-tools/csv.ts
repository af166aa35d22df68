// Just enough CSV for the precinct table, whose quoted fields hold commas ("Berkshire, Hampden, …").
// Shared by the data import, the benchmark and the full-data test, so all three read the same rows.

export interface Csv {
  readonly header: readonly string[];
  /** One object per data row, keyed by the header, values trimmed. */
  readonly records: ReadonlyArray<Record<string, string>>;
  /** 1-based line numbers of rows whose field count differs from the header's. */
  readonly ragged: readonly number[];
}

function splitRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

export function readCsv(text: string): Csv {
  const [header = [], ...body] = splitRows(text);
  const ragged: number[] = [];
  const records = body.map((fields, index) => {
    if (fields.length !== header.length) ragged.push(index + 2);
    return Object.fromEntries(header.map((name, column) => [name, (fields[column] ?? '').trim()]));
  });
  return { header, records, ragged };
}
