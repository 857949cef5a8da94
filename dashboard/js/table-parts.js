// What the page's tables of records have in common: the header row and a row's cells from one list of columns,
// and the rows kept by their record's id across refreshes, so that a refresh never moves or clears the link,
// button or field the user is on.

/** An element with its classes and text. */
export function element(tag, className, text = '') {
  const made = document.createElement(tag);
  made.className = className;
  made.textContent = text;
  return made;
}

/** The column headers: @param columns [[label, kind]], kind the cells' classes (e.g. 'size num'). */
export function headerRow(columns) {
  const row = document.createElement('tr');
  for (const [label, kind] of columns) {
    const th = element('th', kind, label);
    th.scope = 'col';
    row.append(th);
  }
  return row;
}

/**
 * A row's empty cells, each with its kind as classes and its label for the phone's cards (data-label).
 * @param rowHeader the kind of the cell that names the row (a th)
 */
export function rowCells(columns, rowHeader) {
  return columns.map(([label, kind]) => {
    const cell = element(kind === rowHeader ? 'th' : 'td', kind);
    if (kind === rowHeader) cell.scope = 'row';
    cell.dataset.label = label;
    return cell;
  });
}

/**
 * Shows one row per record, in the records' order: a row already shown for a record's id is kept, the others are
 * made; each is filled, and rows of records no longer listed are removed.
 * @param key the rows' data attribute that holds the id (e.g. 'reportId' for data-report-id)
 * @param make (record) → a new row; @param fill (row, record) → fills it
 */
export function renderRows(tbody, records, { key, make, fill }) {
  const existing = new Map([...tbody.children].filter((row) => row.dataset[key] !== undefined).map((row) => [row.dataset[key], row]));
  records.forEach((record, i) => {
    let row = existing.get(String(record.id));
    if (!row) {
      row = make(record);
      row.dataset[key] = String(record.id);
    }
    fill(row, record);
    if (tbody.children[i] !== row) tbody.insertBefore(row, tbody.children[i] ?? null);
  });
  while (tbody.children.length > records.length) tbody.lastElementChild.remove();
}
