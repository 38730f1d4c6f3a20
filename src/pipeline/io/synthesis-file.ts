/**
 * A Synthesis on disk without one giant string, for the commands' own use (the synthesis cache): a
 * first line with everything but the items, then one item per line (JSON lines).
 * V8 cannot make a string longer than ~536 million characters, which a Synthesis passes near 700,000
 * items; line by line, a million items write and read back in a few seconds. The published
 * `synthese.json` keeps the documented layout and is streamed by `stableJsonChunks`.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Synthesis } from '../synthesis-model.ts';

/** First line of the file: the Synthesis without its items, and how many follow (a truncated file is refused). */
interface Envelope {
  format: 'livre-blanc/synthese-lignes';
  itemCount: number;
  synthesis: Omit<Synthesis, 'items'>;
}

const FORMAT: Envelope['format'] = 'livre-blanc/synthese-lignes';

/** Items serialised per write: large enough to amortise the call, small enough to stay a few hundred KB. */
const ITEMS_PER_WRITE = 500;

export async function writeSynthesisFile(file: string, synthesis: Synthesis): Promise<void> {
  const { items, ...rest } = synthesis;
  const envelope: Envelope = { format: FORMAT, itemCount: items.length, synthesis: rest };
  await writeChunks(createWriteStream(file), linesOf(envelope, items));
}

function* linesOf(envelope: Envelope, items: Synthesis['items']): Generator<string> {
  yield `${JSON.stringify(envelope)}\n`;
  for (let start = 0; start < items.length; start += ITEMS_PER_WRITE) {
    let lines = '';
    for (const item of items.slice(start, start + ITEMS_PER_WRITE)) lines += `${JSON.stringify(item)}\n`;
    yield lines;
  }
}

export async function readSynthesisFile(file: string): Promise<Synthesis> {
  let envelope: Envelope | null = null;
  const items: Synthesis['items'] = [];
  for await (const line of jsonLines(file)) {
    if (envelope === null) {
      envelope = JSON.parse(line) as Envelope;
      if (envelope.format !== FORMAT) throw new Error(`${file} n’est pas une synthèse écrite par livre-blanc`);
    } else {
      items.push(JSON.parse(line) as Synthesis['items'][number]);
    }
  }
  if (envelope === null || items.length !== envelope.itemCount) {
    throw new Error(`${file} est incomplet : ${items.length} éléments lus sur ${envelope?.itemCount ?? '?'}`);
  }
  return { ...envelope.synthesis, items } as Synthesis;
}

/** Lines of a UTF-8 file, decoded one by one (JSON escapes newlines inside strings, so a newline always ends a line). */
async function* jsonLines(file: string): AsyncGenerator<string> {
  let rest: Buffer | null = null;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const buffer: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(0x0a, start); end !== -1; end = buffer.indexOf(0x0a, start)) {
      if (end > start) yield buffer.toString('utf8', start, end);
      start = end + 1;
    }
    rest = start < buffer.length ? buffer.subarray(start) : null;
  }
  if (rest && rest.length > 0) yield rest.toString('utf8');
}

/** Bytes gathered per write when the pieces are small (an IRaMuTeQ text, a JSON item). */
const WRITE_SIZE = 1 << 16;

/**
 * Writes text pieces to a stream, waiting when its buffer is full, then ends it (unless `end` is
 * false, for the standard output). Rejects if the stream fails (a full disk, a closed pipe).
 */
export async function writeChunks(stream: Writable, chunks: Iterable<string>, end = true): Promise<void> {
  let failure: Error | null = null;
  const onError = (error: Error) => {
    failure = error;
  };
  stream.on('error', onError);
  let pending = '';
  const flush = async () => {
    if (failure) throw failure;
    const full = !stream.write(pending);
    pending = '';
    if (full) await once(stream, 'drain'); // rejects if the stream fails meanwhile
  };
  try {
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= WRITE_SIZE) await flush();
    }
    if (pending.length > 0) await flush();
    if (failure) throw failure;
    if (end) {
      stream.end();
      await once(stream, 'finish');
    }
  } finally {
    stream.off('error', onError);
  }
}
