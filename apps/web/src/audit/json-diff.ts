export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffLine {
  kind: DiffKind;
  text: string;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** JSON text pretty-printed with sorted keys (so key order never shows as a change); other text as is. */
export function prettyJson(text: string | null | undefined): string[] {
  if (text === null || text === undefined || text === '') return [];
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)), null, 2).split('\n');
  } catch {
    return text.split('\n');
  }
}

/** Line diff (longest common subsequence) of two line lists. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      lines.push({ kind: 'same', text: before[i] });
      i += 1;
      j += 1;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      lines.push({ kind: 'removed', text: before[i] });
      i += 1;
    } else {
      lines.push({ kind: 'added', text: after[j] });
      j += 1;
    }
  }
  for (; i < n; i += 1) lines.push({ kind: 'removed', text: before[i] });
  for (; j < m; j += 1) lines.push({ kind: 'added', text: after[j] });
  return lines;
}

/** The before/after JSON of an audit entry as diff lines. */
export function jsonDiff(before: string | null | undefined, after: string | null | undefined): DiffLine[] {
  return diffLines(prettyJson(before), prettyJson(after));
}

export const DIFF_PREFIX: Record<DiffKind, string> = { same: '  ', added: '+ ', removed: '- ' };
