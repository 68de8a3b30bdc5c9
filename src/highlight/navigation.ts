/**
 * The claim after (dir 1) or before (dir -1) `current`, wrapping around and
 * skipping claims that are not on the page; from no claim (-1), the first or
 * the last. Null when no claim is on the page.
 */
export function stepClaim(current: number, onPage: readonly boolean[], dir: 1 | -1): number | null {
  const count = onPage.length;
  let i = current < 0 || current >= count ? (dir > 0 ? -1 : count) : current;
  for (let k = 0; k < count; k++) {
    i = (i + dir + count) % count;
    if (onPage[i]) return i;
  }
  return null;
}
