/**
 * Which chapter is active: the last one whose top has scrolled above the trigger line. Computed
 * from positions, not from the order of scroll events, so fast scrolling and jumps through links
 * always settle on the chapter under the line.
 */
export function activeStepIndex(stepTops: readonly number[], triggerY: number): number {
  let active = 0;
  for (let i = 0; i < stepTops.length; i++) {
    if (stepTops[i]! <= triggerY) active = i;
    else break;
  }
  return active;
}
