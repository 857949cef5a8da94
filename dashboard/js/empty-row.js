// The one row a table shows while it has nothing to list, across all its columns.

export function emptyRow(text, columnCount) {
  const row = document.createElement('tr');
  row.className = 'live-empty';
  const cell = document.createElement('td');
  cell.colSpan = columnCount;
  cell.textContent = text;
  row.append(cell);
  return row;
}
