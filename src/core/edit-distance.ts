/** Whether one insertion, deletion or substitution at most turns a into b: a misspelt name, a character OCR dropped or misread. */
export function editDistanceAtMost1(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * The position of the one name in `names` that `read` is within one edit of, or -1 when none is
 * or several are: a name printed with a character dropped or misread (予以公幵, 行玫处罚). Names
 * under four characters are left out, too short to tell a misreading from another word.
 */
export function onlyNear(read: string, names: readonly string[]): number {
  let found = -1;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name.length < 4 || !editDistanceAtMost1(read, name)) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}
