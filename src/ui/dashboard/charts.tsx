/**
 * Small inline-SVG charts (no chart library). Each is a <figure> whose <figcaption> names it and summarises it
 * in words, the drawing is one role="img" with that summary as its name, and a data table carries every number.
 * Labels are SVG text nodes written by Preact, so a hostile employer name stays text.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface TableData {
  columns: string[];
  rows: Array<Array<string | number>>;
}

export function ChartFigure(props: {
  title: string;
  summary: string;
  table: TableData;
  children: ComponentChildren;
  class?: string;
}) {
  const id = useId();
  return (
    <figure class={`chart${props.class ? ` ${props.class}` : ''}`} aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>
        <strong class="chart-title">{props.title}</strong>
        <span class="chart-summary">{props.summary}</span>
      </figcaption>
      <div class="chart-drawing" role="img" aria-label={`${props.title}. ${props.summary}`}>
        {props.children}
      </div>
      <table class="chart-table">
        <caption>{props.title}: the numbers</caption>
        <thead>
          <tr>
            {props.table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

const WIDTH = 640;
const LABEL_W = 170;
const VALUE_W = 70;
const ROW_H = 26;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Horizontal bars, one per row; `valueText` is written at the end of each bar. */
export function BarsSvg({ rows, max }: { rows: Array<{ label: string; value: number; valueText: string; warn?: boolean }>; max?: number }) {
  const top = Math.max(max ?? 0, ...rows.map((r) => r.value), 1e-9);
  const barW = WIDTH - LABEL_W - VALUE_W;
  const height = Math.max(ROW_H, rows.length * ROW_H);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
      {rows.map((r, i) => {
        const y = i * ROW_H;
        const w = Math.max(r.value > 0 ? 2 : 0, (r.value / top) * barW);
        return (
          <g key={i}>
            <text x={LABEL_W - 8} y={y + ROW_H / 2 + 4} text-anchor="end" class="chart-label">
              {truncate(r.label, 24)}
            </text>
            <rect x={LABEL_W} y={y + 4} width={barW} height={ROW_H - 8} class="chart-track" rx="3" />
            <rect x={LABEL_W} y={y + 4} width={w} height={ROW_H - 8} class={r.warn ? 'chart-bar warn' : 'chart-bar'} rx="3" />
            <text x={LABEL_W + barW + 6} y={y + ROW_H / 2 + 4} class="chart-value">
              {r.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A funnel: centred bars narrowing stage by stage, with the conversion from the previous stage between them. */
export function FunnelSvg({ stages }: { stages: Array<{ label: string; count: number; conversionText?: string }> }) {
  const first = Math.max(stages[0]?.count ?? 0, 1);
  const stepH = 44;
  const height = stages.length * stepH;
  const barMax = WIDTH - 2 * LABEL_W;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
      {stages.map((s, i) => {
        const w = Math.max(s.count > 0 ? 4 : 0, (s.count / first) * barMax);
        const y = i * stepH;
        return (
          <g key={s.label}>
            <text x={LABEL_W - 8} y={y + 22} text-anchor="end" class="chart-label">
              {s.label}
            </text>
            <rect x={LABEL_W + (barMax - w) / 2} y={y + 6} width={w} height={24} class="chart-bar" rx="3" />
            <text x={WIDTH - LABEL_W + 8} y={y + 22} class="chart-value">
              {s.count}
              {s.conversionText ? ` (${s.conversionText})` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Columns per week with an optional dashed goal line. */
export function WeeklySvg({ weeks, goal }: { weeks: Array<{ label: string; count: number }>; goal: number }) {
  const height = 200;
  const bottom = 24;
  const left = 36;
  const plotH = height - bottom - 10;
  const top = Math.max(goal, ...weeks.map((w) => w.count), 1);
  const colW = (WIDTH - left) / Math.max(weeks.length, 1);
  const y = (v: number) => height - bottom - (v / top) * plotH;
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
      <line x1={left} x2={WIDTH} y1={height - bottom} y2={height - bottom} class="chart-axis" />
      <text x={left - 6} y={y(top) + 4} text-anchor="end" class="chart-value">
        {top}
      </text>
      <text x={left - 6} y={height - bottom + 4} text-anchor="end" class="chart-value">
        0
      </text>
      {weeks.map((w, i) => (
        <g key={w.label}>
          <rect
            x={left + i * colW + colW * 0.15}
            y={y(w.count)}
            width={colW * 0.7}
            height={Math.max(0, height - bottom - y(w.count))}
            class={goal > 0 && w.count >= goal ? 'chart-bar met' : 'chart-bar'}
          />
          {i % labelEvery === 0 && (
            <text x={left + i * colW + colW / 2} y={height - 6} text-anchor="middle" class="chart-label small">
              {w.label}
            </text>
          )}
        </g>
      ))}
      {goal > 0 && (
        <g>
          <line x1={left} x2={WIDTH} y1={y(goal)} y2={y(goal)} class="chart-goal" />
          <text x={WIDTH - 4} y={y(goal) - 4} text-anchor="end" class="chart-label">
            goal {goal}
          </text>
        </g>
      )}
    </svg>
  );
}

/** One stacked bar per row, segments in a fixed order; a legend names the segments (pattern classes, not colour alone). */
export function StackedSvg({
  rows,
  segments,
}: {
  rows: Array<{ label: string; values: number[] }>;
  segments: string[];
}) {
  const barW = WIDTH - LABEL_W - VALUE_W;
  const legendH = 24;
  const height = legendH + Math.max(ROW_H, rows.length * ROW_H);
  const legendStep = WIDTH / Math.max(segments.length, 1);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
      {segments.map((s, i) => (
        <g key={s}>
          <rect x={i * legendStep} y={4} width={12} height={12} class={`chart-seg seg-${i}`} />
          <text x={i * legendStep + 16} y={14} class="chart-label small">
            {s}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const total = r.values.reduce((a, b) => a + b, 0);
        const y = legendH + i * ROW_H;
        let x = LABEL_W;
        return (
          <g key={r.label}>
            <text x={LABEL_W - 8} y={y + ROW_H / 2 + 4} text-anchor="end" class="chart-label">
              {truncate(r.label, 24)}
            </text>
            {r.values.map((v, j) => {
              const w = total > 0 ? (v / total) * barW : 0;
              const rect = <rect key={j} x={x} y={y + 4} width={w} height={ROW_H - 8} class={`chart-seg seg-${j}`} />;
              x += w;
              return rect;
            })}
            <text x={LABEL_W + barW + 6} y={y + ROW_H / 2 + 4} class="chart-value">
              {total}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
