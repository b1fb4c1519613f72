import { describeEffectiveEmployers, formatShare, type SpreadResult } from '../../core/spread';
import { Banner } from './banner';

/**
 * The Plan-B spread: "as if over 1.6 employers", the top employer's share as a bar, and the warnings from
 * spread.ts when they apply. All text comes from spread.ts; this only lays it out.
 */
export function SpreadMeter({ spread, compact = false }: { spread: SpreadResult; compact?: boolean }) {
  if (spread.level === 'none') {
    return (
      <div class="meter spread-meter">
        <p class="muted small">{spread.summary}</p>
      </div>
    );
  }
  const top = spread.employers[0];
  const warn = spread.level === 'warn' || spread.level === 'alert';
  return (
    <div class={`meter spread-meter${warn ? ' meter-warn' : ''}`}>
      <p class="meter-figure">{describeEffectiveEmployers(spread.effectiveEmployers)}</p>
      {top && (
        <>
          <div class="meter-track" aria-hidden="true">
            <div class="meter-fill" style={{ width: `${Math.max(2, Math.round(spread.topShare * 100))}%` }} />
          </div>
          <p class="small muted">
            Top share: <strong>{formatShare(spread.topShare)}</strong> on {top.name}
            {compact ? '' : ` · ${spread.activeEmployers} active employer${spread.activeEmployers === 1 ? '' : 's'}`}
          </p>
        </>
      )}
    </div>
  );
}

/** The concentration warning, shown only when spread.ts raised one. */
export function SpreadWarningBanner({ spread }: { spread: SpreadResult }) {
  if (spread.warnings.length === 0) return null;
  const first = spread.warnings.find((w) => w.kind === 'top-share') ?? spread.warnings[0]!;
  const others = spread.warnings.filter((w) => w !== first);
  return (
    <Banner tone={spread.level === 'alert' ? 'danger' : 'warning'} title="Plan B" class="spread-warning">
      <p>{first.text}</p>
      {others.map((w) => (
        <p key={w.kind}>{w.text}</p>
      ))}
    </Banner>
  );
}
