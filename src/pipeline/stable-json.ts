/** JSON with sorted object keys and a final newline: same model → same bytes. */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent) + '\n';
}

/**
 * The same text as `stableStringify`, in pieces: the top object and long arrays are opened here, and
 * each of their members is written whole. A Synthesis of a million items is longer than the longest
 * string V8 can make (~536 million characters); its pieces are not, and a writer can stream them.
 */
export function* stableJsonChunks(value: unknown, indent = 2): Generator<string> {
  if (indent <= 0) {
    yield stableStringify(value, 0); // one line: nothing to open
    return;
  }
  yield* chunksOf(value, indent, 0);
  yield '\n';
}

/** Arrays at least this long are written member by member (shorter ones are cheaper whole). */
const OPENED_ARRAY_LENGTH = 1_000;

function* chunksOf(value: unknown, indent: number, depth: number): Generator<string> {
  const inner = ' '.repeat(indent * (depth + 1));
  const outer = ' '.repeat(indent * depth);
  if (Array.isArray(value) && value.length >= OPENED_ARRAY_LENGTH) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      // JSON.stringify writes an undefined member of an array as null.
      yield `${i === 0 ? '' : ','}\n${inner}${nested(value[i] ?? null, indent, depth + 1)}`;
    }
    yield `\n${outer}]`;
  } else if (depth === 0 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    // Keys in the order of the sorted object stableStringify builds: integer-like keys come first there.
    const order: Record<string, true> = {};
    for (const key of Object.keys(value).sort()) if ((value as Record<string, unknown>)[key] !== undefined) order[key] = true;
    const keys = Object.keys(order);
    if (keys.length === 0) {
      yield '{}';
      return;
    }
    yield '{';
    for (const [index, key] of keys.entries()) {
      yield `${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
      yield* chunksOf((value as Record<string, unknown>)[key], indent, depth + 1);
    }
    yield `\n${outer}}`;
  } else {
    yield nested(value, indent, depth);
  }
}

/** `value` written whole as it would appear at `depth`: JSON strings hold no raw newline, so every newline is a line of the layout. */
function nested(value: unknown, indent: number, depth: number): string {
  const text = JSON.stringify(sortKeys(value), null, indent) ?? 'null';
  return depth === 0 ? text : text.replaceAll('\n', `\n${' '.repeat(indent * depth)}`);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}
