/**
 * Object shapes whose number fields take any number from the first sheet on.
 *
 * V8 gives each field of an object shape the representation of the first value stored in it: a
 * whole number (the first sheets' scores: 2, 1, 0) makes a small-integer field. The first fraction
 * (0,5 điểm; a fit of 0,93) then needs a new shape: the old one is given up, and every optimized
 * function that read it is thrown away and compiled again. In a batch of generated sheets the
 * scores' arithmetic (scoring/compute.ts) was compiled three times, the set choice twice, … — and
 * one compile of `compute` costs about what checking a hundred warm sheets does.
 *
 * `settleNumberFields(make)` builds two throw-away objects at start-up, before any sheet: `make`
 * puts its argument in every number field, first null, then a fraction (and returns what it made:
 * the last ones are kept, see KEPT). A field that held null and
 * then a fraction is a generic one, which takes whole numbers, fractions and null alike without a
 * new shape. (Generic, not a field of doubles: those box every number they hold, whole ones too.)
 * V8 shares a shape between object literals with the same fields in the same order, so the objects
 * made here settle the shape of every literal like them, as long as one of them lives.
 */
export function settleNumberFields(make: (n: number) => unknown): void {
  make(null as unknown as number);
  KEPT.push(make(0.3));
}

/**
 * The objects made, kept: V8 holds an unused shape weakly, and a garbage collection before the first
 * sheet (while the files are read) would take the settled shape away with its last object.
 */
const KEPT: unknown[] = [];
