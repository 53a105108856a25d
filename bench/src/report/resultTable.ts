import { median } from './stats.js';

/** Which way a figure is good; `info` figures get no ratio. */
export type Better = 'lower' | 'higher' | 'info';

export interface MetricDef {
  key: string;
  label: string;
  unit: string;
  better: Better;
}

/** The figures of one measurement of one server, by metric key. */
export type Figures = Record<string, number>;

export interface TableColumn {
  label: string;
  /** Peers are compared with `ours`; our own variants are not. */
  isPeer: boolean;
}

export interface ResultTableJson {
  title: string;
  notes: string[];
  columns: TableColumn[];
  rows: { metric: MetricDef; values: Record<string, number[]>; ratio: number | null }[];
}

/**
 * The figures of one workload for every server, over one or more rounds. Prints as a
 * Markdown table: the median of each figure, its range when there are several rounds, and
 * our ratio to the best peer.
 */
export class ResultTable {
  private readonly values = new Map<string, Map<string, number[]>>();

  constructor(
    readonly title: string,
    readonly notes: readonly string[],
    readonly metrics: readonly MetricDef[],
    readonly columns: readonly TableColumn[],
    private readonly oursLabel: string,
  ) {}

  add(column: string, figures: Figures): void {
    for (const metric of this.metrics) {
      const byColumn = this.values.get(metric.key) ?? new Map<string, number[]>();
      this.values.set(metric.key, byColumn);
      byColumn.set(column, [...(byColumn.get(column) ?? []), figures[metric.key] ?? Number.NaN]);
    }
  }

  /** Median of a figure over the rounds. */
  value(metricKey: string, column: string): number {
    return median((this.values.get(metricKey)?.get(column) ?? []).filter(Number.isFinite));
  }

  /** ours ÷ best peer: below 1 is a win for a `lower` metric, above 1 for a `higher` one. */
  ratio(metric: MetricDef): number | null {
    if (metric.better === 'info') return null;
    const ours = this.value(metric.key, this.oursLabel);
    const peers = this.columns.filter((column) => column.isPeer).map((column) => this.value(metric.key, column.label));
    const finitePeers = peers.filter(Number.isFinite);
    if (!Number.isFinite(ours) || finitePeers.length === 0) return null;
    const best = metric.better === 'lower' ? Math.min(...finitePeers) : Math.max(...finitePeers);
    return best === 0 ? null : ours / best;
  }

  toMarkdown(): string {
    const hasPeers = this.columns.some((column) => column.isPeer);
    const header = ['figure', ...this.columns.map((column) => column.label), ...(hasPeers ? ['ours ÷ best peer'] : [])];
    const lines = [`### ${this.title}`, '', ...this.notes.map((note) => `- ${note}`), ...(this.notes.length > 0 ? [''] : [])];
    lines.push(`| ${header.join(' | ')} |`, `|${header.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`);
    for (const metric of this.metrics) {
      const cells = this.columns.map((column) => this.formatCell(metric.key, column.label));
      const ratio = this.ratio(metric);
      const ratioCell = ratio === null ? '' : `${formatNumber(ratio)} ${isWin(metric, ratio) ? '(win)' : '(lose)'}`;
      lines.push(`| ${metric.label}${metric.unit ? ` (${metric.unit})` : ''} | ${[...cells, ...(hasPeers ? [ratioCell] : [])].join(' | ')} |`);
    }
    return lines.join('\n');
  }

  toJson(): ResultTableJson {
    return {
      title: this.title,
      notes: [...this.notes],
      columns: [...this.columns],
      rows: this.metrics.map((metric) => ({
        metric,
        values: Object.fromEntries(this.values.get(metric.key) ?? []),
        ratio: this.ratio(metric),
      })),
    };
  }

  private formatCell(metricKey: string, column: string): string {
    const all = (this.values.get(metricKey)?.get(column) ?? []).filter(Number.isFinite);
    if (all.length === 0) return '–';
    const middle = formatNumber(median(all));
    if (all.length === 1) return middle;
    return `${middle} [${formatNumber(Math.min(...all))}–${formatNumber(Math.max(...all))}]`;
  }
}

function isWin(metric: MetricDef, ratio: number): boolean {
  return metric.better === 'lower' ? ratio < 1 : ratio > 1;
}

/** Three significant digits, without exponent notation. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) || magnitude >= 100) return Math.round(value).toLocaleString('en-US');
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}
