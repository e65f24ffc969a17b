/** One printed figure of `npm run bench`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** What it should be, e.g. `≤ 1.25`; absent for figures reported without a target. */
  target?: string;
  met?: boolean;
  detail?: string;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** A ratio figure against a floor measured in the same run; without a limit it is reported, not judged. */
export function ratioFigure(
  name: string,
  measured: number[],
  floor: number[],
  limit: number | undefined,
  describe: (measuredMs: number, floorMs: number) => string,
): Figure {
  const ratio = median(measured) / median(floor);
  return {
    name,
    value: round(ratio),
    unit: '×',
    ...(limit === undefined ? {} : { target: `≤ ${limit}`, met: ratio <= limit }),
    detail: describe(median(measured), median(floor)),
  };
}

export function printTable(figures: Figure[], notes: string[]): void {
  const rows = figures.map((f) => [
    f.name,
    `${f.value} ${f.unit}`,
    f.target ?? '(no target)',
    f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
  ]);
  const header = ['figure', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log('');
  for (const f of figures.filter((f) => f.detail)) console.log(`  ${f.name}: ${f.detail}`);
  for (const note of notes) console.log(note);
}
