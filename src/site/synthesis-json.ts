/**
 * The whole Synthesis as the published JSON (`stableStringify`'s bytes), streamed: a million items
 * make a text longer than one V8 string, so the page and its size are computed piece by piece.
 */
import { stableJsonChunks } from '../pipeline/stable-json.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { readDownloads } from './downloads.ts';

export function synthesisJsonStream(synthesis: Synthesis): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = stableJsonChunks(synthesis);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      // About 64 KB per pull: one item per enqueue would make a million tiny buffers.
      let text = '';
      for (let next = chunks.next(); ; next = chunks.next()) {
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
        if (text.length >= 1 << 16) break;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
}

/** Its size in bytes: the exports already wrote the same file (`telechargements/synthese.json`), else it is measured. */
export function synthesisJsonBytes(synthesis: Synthesis): number {
  const written = readDownloads().find((download) => download.file === 'synthese.json');
  if (written) return written.bytes;
  let bytes = 0;
  for (const chunk of stableJsonChunks(synthesis)) bytes += Buffer.byteLength(chunk);
  return bytes;
}
