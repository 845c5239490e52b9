/** Rows: { scenario, figure, jointops, baseline, ratio, target, met }; a cell may be an array (printed "a / b"). Prints a plain-text table. */
export function formatTable(rows) {
  const headers = ['Scenario', 'Figure', 'JointOps', 'Baseline', 'Ratio', 'Target', 'Met?'];
  const cells = rows.map((row) => [row.scenario, row.figure, fmt(row.jointops), fmt(row.baseline), fmt(row.ratio, 'x'), row.target ?? '', metText(row.met)]);
  const widths = headers.map((header, index) => Math.max(header.length, ...cells.map((cell) => String(cell[index]).length)));
  const line = (values) => values.map((value, index) => String(value).padEnd(widths[index])).join(' | ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('-|-'), ...cells.map(line)].join('\n');
}

/** The same as a Markdown table, for bench/README.md. */
export function formatMarkdown(rows) {
  const headers = ['Scenario', 'Figure', 'JointOps', 'Baseline', 'Ratio', 'Target', 'Met?'];
  const cells = rows.map((row) => [row.scenario, row.figure, fmt(row.jointops), fmt(row.baseline), fmt(row.ratio, 'x'), row.target ?? '', metText(row.met)]);
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...cells.map((cell) => `| ${cell.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');
}

function fmt(value, suffix = '') {
  if (Array.isArray(value)) return value.map((item) => fmt(item, suffix)).join(' / ');
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '-';
  if (typeof value === 'number') return `${Number.isInteger(value) ? value : value.toFixed(value < 10 ? 2 : 1)}${suffix}`;
  return String(value);
}

function metText(met) {
  if (met === true) return 'yes';
  if (met === false) return 'NO';
  return '-';
}
