/**
 * Small inline-SVG charts (no chart library). Each is a <figure> whose <figcaption> names it and summarises it
 * in words, the drawing is one role="img" with that summary as its name, and a data table with every number sits
 * behind a "Show the numbers" disclosure. Labels are SVG text nodes written by Preact, so a hostile employer name
 * stays text.
 *
 * Drawings are laid out at the width their card gives them (measured), one SVG unit per CSS pixel, so text keeps
 * its size and labels are fitted to the room they have: a label that does not fit ends in "…" and carries the
 * whole text as a tooltip. Marks that stand for a status use that status chip's colour (`.chart-mark-<status>`).
 */
import type { ComponentChildren, Ref } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Status } from '../../core/application';

/** A table cell: a value, or a symbol (✓, —) with the words a screen reader says instead. */
export type Cell = string | number | { text: string; label: string };

export interface TableData {
  columns: string[];
  rows: Cell[][];
}

function CellContent({ cell }: { cell: Cell }) {
  if (typeof cell !== 'object') return <>{cell}</>;
  return (
    <>
      <span aria-hidden="true">{cell.text}</span>
      <span class="visually-hidden">{cell.label}</span>
    </>
  );
}

export function ChartFigure(props: { title: string; summary: string; table: TableData; children: ComponentChildren; class?: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <figure class={`chart${props.class ? ` ${props.class}` : ''}`} aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>
        <strong class="chart-title">{props.title}</strong>
        <span class="chart-summary">{props.summary}</span>
      </figcaption>
      <div class="chart-drawing" role="img" aria-label={`${props.title}. ${props.summary}`}>
        {props.children}
      </div>
      <details class="chart-numbers" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          {open ? 'Hide the numbers' : 'Show the numbers'}
          <span class="visually-hidden"> of {props.title.toLowerCase()}</span>
        </summary>
        <div class="chart-table-wrap">
          <table class="chart-table">
            <caption class="visually-hidden">{props.title}: the numbers</caption>
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
                        <CellContent cell={cell} />
                      </th>
                    ) : (
                      <td key={c}>
                        <CellContent cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

// ---------------------------------------------------------------- measuring

/** The width drawn before the card is measured (and in tests without layout). */
export const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 260;
const FONT = 12;
const FONT_SMALL = 11;
const ROW_H = 26;

/** The drawing's width in CSS pixels, following the card as the window is resized. */
function useWidth(): [Ref<HTMLDivElement>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const read = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(Math.max(MIN_WIDTH, w));
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;
let family = '';

/**
 * Width of `text` at `size` px in the page's font: measured on an offscreen canvas where there is one, otherwise
 * estimated on the wide side (0.62 em a character) so that an estimate never lets a label overflow.
 */
export function textWidth(text: string, size = FONT): number {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily || 'sans-serif';
  }
  if (!context) return text.length * size * 0.62;
  context.font = `${size}px ${family}`;
  // Rounding up and a pixel of slack: SVG text and canvas may round glyph advances differently.
  return Math.ceil(context.measureText(text).width) + 1;
}

/** `text` as it fits in `room` px: whole, or cut and ended with "…". */
export function fitText(text: string, room: number, size = FONT): string {
  if (textWidth(text, size) <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${text.slice(0, mid).trimEnd()}…`, size) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : `${text.slice(0, lo).trimEnd()}…`;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** Room for a column of labels: as wide as the longest, within a third of the drawing. */
function labelColumn(labels: string[], width: number, size = FONT): number {
  const longest = Math.max(0, ...labels.map((l) => textWidth(l, size)));
  return clamp(longest + 12, 60, Math.round(width * 0.34));
}

function Canvas({ drawingRef, children }: { drawingRef: Ref<HTMLDivElement>; children: ComponentChildren }) {
  return (
    <div class="chart-canvas" ref={drawingRef}>
      {children}
    </div>
  );
}

function Svg({ width, height, children }: { width: number; height: number; children: ComponentChildren }) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" height={height} aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A row label at the left, cut to fit its column, with the whole label as a tooltip when cut. */
function RowLabel({ text, x, y, room }: { text: string; x: number; y: number; room: number }) {
  const shown = fitText(text, room);
  return (
    <text x={x} y={y} text-anchor="end" class="chart-label">
      {shown !== text && <title>{text}</title>}
      {shown}
    </text>
  );
}

// ---------------------------------------------------------------- charts

/** Horizontal bars, one per row; `valueText` is written at the end of each bar. */
export function BarsSvg({ rows, max }: { rows: Array<{ label: string; value: number; valueText: string; warn?: boolean }>; max?: number }) {
  const [ref, width] = useWidth();
  const top = Math.max(max ?? 0, ...rows.map((r) => r.value), 1e-9);
  const labelW = labelColumn(
    rows.map((r) => r.label),
    width,
  );
  const valueW = Math.max(0, ...rows.map((r) => textWidth(r.valueText))) + 10;
  const barW = Math.max(20, width - labelW - valueW);
  const height = Math.max(ROW_H, rows.length * ROW_H);
  return (
    <Canvas drawingRef={ref}>
      <Svg width={width} height={height}>
        {rows.map((r, i) => {
          const y = i * ROW_H;
          const w = Math.max(r.value > 0 ? 2 : 0, (r.value / top) * barW);
          return (
            <g key={i}>
              <RowLabel text={r.label} x={labelW - 8} y={y + ROW_H / 2 + 4} room={labelW - 10} />
              <rect x={labelW} y={y + 4} width={barW} height={ROW_H - 8} class="chart-track" rx="3" />
              <rect x={labelW} y={y + 4} width={w} height={ROW_H - 8} class={r.warn ? 'chart-bar warn' : 'chart-bar'} rx="3">
                <title>{`${r.label}: ${r.valueText}`}</title>
              </rect>
              <text x={labelW + barW + 6} y={y + ROW_H / 2 + 4} class="chart-value">
                {r.valueText}
              </text>
            </g>
          );
        })}
      </Svg>
    </Canvas>
  );
}

/**
 * A funnel: centred bars narrowing stage by stage, each in its status chip's colour, with the count and the
 * conversion from the previous stage at the right.
 */
export function FunnelSvg({ stages }: { stages: Array<{ stage: Status; label: string; count: number; conversionText?: string }> }) {
  const [ref, width] = useWidth();
  const first = Math.max(stages[0]?.count ?? 0, 1);
  const stepH = 40;
  const height = stages.length * stepH;
  const values = stages.map((s) => `${s.count}${s.conversionText ? ` (${s.conversionText})` : ''}`);
  const labelW = labelColumn(
    stages.map((s) => s.label),
    width,
  );
  const valueW = Math.max(0, ...values.map((v) => textWidth(v))) + 12;
  const barMax = Math.max(20, width - labelW - valueW);
  return (
    <Canvas drawingRef={ref}>
      <Svg width={width} height={height}>
        {stages.map((s, i) => {
          const w = Math.max(s.count > 0 ? 4 : 0, (s.count / first) * barMax);
          const y = i * stepH;
          return (
            <g key={s.stage}>
              <RowLabel text={s.label} x={labelW - 8} y={y + 22} room={labelW - 10} />
              <rect x={labelW + (barMax - w) / 2} y={y + 6} width={w} height={24} class={`chart-bar chart-mark-${s.stage}`} rx="3">
                <title>{`${s.label}: ${values[i]}`}</title>
              </rect>
              <text x={labelW + barMax + 8} y={y + 22} class="chart-value">
                {values[i]}
              </text>
            </g>
          );
        })}
      </Svg>
    </Canvas>
  );
}

/**
 * Columns per week with an optional dashed goal line, labelled in the right margin so it is never cut.
 * `label` is the week's start as the user's locale writes it; labels are thinned out when they would touch.
 */
export function WeeklySvg({ weeks, goal }: { weeks: Array<{ key: string; label: string; count: number }>; goal: number }) {
  const [ref, width] = useWidth();
  const height = 200;
  const bottom = 24;
  const topPad = 10;
  const plotH = height - bottom - topPad;
  const top = Math.max(goal, ...weeks.map((w) => w.count), 1);
  const left = textWidth(String(top), FONT) + 10;
  const goalText = goal > 0 ? `goal ${goal}` : '';
  const right = goal > 0 ? textWidth(goalText, FONT) + 10 : 4;
  const plotW = Math.max(40, width - left - right);
  const colW = plotW / Math.max(weeks.length, 1);
  const y = (v: number) => height - bottom - (v / top) * plotH;
  const widest = Math.max(0, ...weeks.map((w) => textWidth(w.label, FONT_SMALL)));
  const labelEvery = Math.max(1, Math.ceil((widest + 8) / colW));
  return (
    <Canvas drawingRef={ref}>
      <Svg width={width} height={height}>
        <line x1={left} x2={left + plotW} y1={height - bottom} y2={height - bottom} class="chart-axis" />
        <text x={left - 6} y={y(top) + 4} text-anchor="end" class="chart-value">
          {top}
        </text>
        <text x={left - 6} y={height - bottom + 4} text-anchor="end" class="chart-value">
          0
        </text>
        {weeks.map((w, i) => {
          const centre = left + i * colW + colW / 2;
          // Keep the first and last labels inside the drawing.
          const x = clamp(centre, widest / 2 + 1, width - widest / 2 - 1);
          return (
            <g key={w.key}>
              <rect
                x={left + i * colW + colW * 0.15}
                y={y(w.count)}
                width={colW * 0.7}
                height={Math.max(0, height - bottom - y(w.count))}
                class="chart-bar"
              >
                <title>{`Week of ${w.label}: ${w.count} application${w.count === 1 ? '' : 's'}`}</title>
              </rect>
              {(weeks.length - 1 - i) % labelEvery === 0 && (
                <text x={x} y={height - 6} text-anchor="middle" class="chart-label small">
                  {w.label}
                </text>
              )}
            </g>
          );
        })}
        {goal > 0 && (
          <g>
            <line x1={left} x2={left + plotW} y1={y(goal)} y2={y(goal)} class="chart-goal" />
            <text x={left + plotW + 6} y={clamp(y(goal) + 4, FONT, height - bottom)} class="chart-label">
              {goalText}
            </text>
          </g>
        )}
      </Svg>
    </Canvas>
  );
}

/**
 * One stacked bar per row, segments in a fixed order, each in its status chip's colour (`tone`); a legend names
 * the segments (the table under "Show the numbers" has every number, so colour is never the only cue).
 */
export function StackedSvg({
  rows,
  segments,
}: {
  rows: Array<{ label: string; values: number[] }>;
  segments: Array<{ label: string; tone: Status }>;
}) {
  const [ref, width] = useWidth();
  // The legend wraps onto as many lines as the width needs.
  const legend: Array<{ x: number; line: number }> = [];
  let lx = 0;
  let line = 0;
  for (const s of segments) {
    const w = 16 + textWidth(s.label, FONT_SMALL) + 16;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      line++;
    }
    legend.push({ x: lx, line });
    lx += w;
  }
  const legendH = (line + 1) * 20 + 6;
  const totals = rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  const labelW = labelColumn(
    rows.map((r) => r.label),
    width,
  );
  const valueW = Math.max(0, ...totals.map((t) => textWidth(String(t)))) + 10;
  const barW = Math.max(20, width - labelW - valueW);
  const height = legendH + Math.max(ROW_H, rows.length * ROW_H);
  return (
    <Canvas drawingRef={ref}>
      <Svg width={width} height={height}>
        {segments.map((s, i) => (
          <g key={s.label}>
            <rect x={legend[i]!.x} y={legend[i]!.line * 20 + 4} width={12} height={12} class={`chart-seg chart-mark-${s.tone}`} />
            <text x={legend[i]!.x + 16} y={legend[i]!.line * 20 + 14} class="chart-label small">
              {s.label}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const total = totals[i] ?? 0;
          const y = legendH + i * ROW_H;
          let x = labelW;
          return (
            <g key={r.label}>
              <RowLabel text={r.label} x={labelW - 8} y={y + ROW_H / 2 + 4} room={labelW - 10} />
              {r.values.map((v, j) => {
                const w = total > 0 ? (v / total) * barW : 0;
                const seg = segments[j];
                const rect =
                  w > 0 && seg ? (
                    <rect key={j} x={x} y={y + 4} width={w} height={ROW_H - 8} class={`chart-seg chart-mark-${seg.tone}`}>
                      <title>{`${r.label}: ${v} ${seg.label.toLowerCase()}`}</title>
                    </rect>
                  ) : null;
                x += w;
                return rect;
              })}
              <text x={labelW + barW + 6} y={y + ROW_H / 2 + 4} class="chart-value">
                {total}
              </text>
            </g>
          );
        })}
      </Svg>
    </Canvas>
  );
}
