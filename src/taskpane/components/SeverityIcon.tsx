/**
 * A shape per severity (circle with a cross, triangle with "!", circle with "i"), so colour is
 * never the only sign. Always shown next to the severity written in words; hidden from screen
 * readers, which read the word.
 */
import type { Severity } from '../../engine/findings/finding';

const colour: Record<Severity, string> = { error: '#A4262C', warning: '#8A5A00', info: '#0F6CBD' };

export function SeverityIcon({ severity, size = 16 }: { severity: Severity; size?: number }) {
  const c = colour[severity];
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-severity={severity}>
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" fill={c} />
          <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1.2L15.2 14.5H0.8z" fill={c} />
          <path d="M8 5.5v4.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12.2" r="1" fill="#fff" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" fill={c} />
          <path d="M8 7v4.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="4.6" r="1" fill="#fff" />
        </>
      )}
    </svg>
  );
}
