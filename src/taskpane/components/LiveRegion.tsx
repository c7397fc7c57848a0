/**
 * A visually hidden live region: screen readers announce each check's result without the user
 * having to move focus away from the button they pressed.
 */
export function LiveRegion({ text }: { text: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-region"
      style={{ position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 }}
    >
      {text}
    </div>
  );
}
