/**
 * Rows and how several runs of them become one.
 *
 * A scenario returns rows { scenario, figure, jointops, baseline, ratio, target, judge?, must? }.
 * Cells are numbers, arrays of numbers (printed "a / b") or text. `judge(row)` decides from the
 * row's own cells whether a figure meets its target; `must` is a check that has to hold in every
 * run (exactly N delivered, nothing lost). `met` = judge(row) && must; "-" when a row has neither.
 * `combine: 'max'` makes several runs show their largest value instead of the median (counts of
 * lost or duplicated events, where one bad run must show).
 */
export function settle(row) {
  const { judge, must } = row;
  const rest = { ...row };
  for (const key of ['judge', 'must', 'combine']) delete rest[key];
  if (judge === undefined && must === undefined) return rest;
  return { ...rest, met: (judge ? judge(row) : true) && must !== false };
}

/**
 * One row per figure from several runs: numbers become their median, arrays their element-wise
 * median (or largest, with `combine: 'max'`), text stays when every run agrees and is listed run by run (" ; ") when not. `met` is
 * judged again on the medians, and every run's `must` has to hold. Each row keeps the runs' own
 * cells under `runs`.
 */
export function combineRuns(runs) {
  const order = [];
  const byKey = new Map();
  runs.forEach((rows) => {
    const seen = new Map();
    for (const row of rows) {
      const base = `${row.scenario}\u0000${row.figure}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const key = `${base}\u0000${n}`;
      if (!byKey.has(key)) {
        byKey.set(key, []);
        order.push(key);
      }
      byKey.get(key).push(row);
    }
  });
  return order.map((key) => {
    const rows = byKey.get(key);
    const first = rows[0];
    const combined = { scenario: first.scenario, figure: first.figure, target: first.target };
    const pick = first.combine === 'max' ? largest : median;
    for (const column of ['jointops', 'baseline', 'ratio']) combined[column] = combineCell(rows.map((row) => row[column]), pick);
    const musts = rows.map((row) => row.must).filter((must) => must !== undefined);
    const judged = rows.find((row) => row.judge)?.judge;
    if (judged || musts.length) combined.met = (judged ? judged(combined) : true) && musts.every(Boolean) && rows.length === runs.length;
    else if (rows.some((row) => row.met !== undefined)) combined.met = rows.every((row) => row.met === true) && rows.length === runs.length;
    combined.runs = rows.map((row) => ({ jointops: row.jointops, baseline: row.baseline, ratio: row.ratio, met: settle(row).met }));
    return combined;
  });
}

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function largest(values) {
  const finite = values.filter((value) => Number.isFinite(value));
  return finite.length ? Math.max(...finite) : null;
}

function combineCell(values, pick) {
  const present = values.filter((value) => value !== undefined && value !== null);
  if (present.length === 0) return values[0];
  if (present.every((value) => typeof value === 'number')) return pick(present);
  if (present.every((value) => Array.isArray(value) && value.length === present[0].length && value.every((v) => typeof v === 'number' || v === null))) {
    return present[0].map((_, index) => pick(present.map((value) => value[index])));
  }
  const texts = present.map((value) => (Array.isArray(value) ? value.join(' / ') : String(value)));
  return texts.every((text) => text === texts[0]) ? present[0] : texts.join(' ; ');
}
