/**
 * The whole Synthesis as the published JSON (`stableStringify`'s bytes). `livre-blanc build` writes
 * it with the downloads (`/telechargements/synthese.json`); otherwise (e.g. `astro dev`) the site
 * serves it at `/donnees/synthese.json`, streamed: a million items make a text longer than one V8
 * string, so the file and its size are computed piece by piece.
 */
import { stableJsonChunks } from '../pipeline/stable-json.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { DOWNLOADS_DIR, formatBytes, readDownloads } from './downloads.ts';

export const SYNTHESIS_JSON = 'synthese.json';

/** Whether the build publishes the file among the downloads. */
export function synthesisJsonDownloaded(): boolean {
  return readDownloads().some((download) => download.file === SYNTHESIS_JSON);
}

/** Where readers find the file. */
export function synthesisJsonUrl(): string {
  return synthesisJsonDownloaded() ? `/${DOWNLOADS_DIR}/${SYNTHESIS_JSON}` : `/donnees/${SYNTHESIS_JSON}`;
}

/**
 * The footer's link text: with the file's size when the build wrote it (a million items make a JSON of
 * a gigabyte, which a reader must not open by surprise), bare under `astro dev`, where it is streamed.
 */
export function synthesisJsonLabel(): string {
  const download = readDownloads().find((d) => d.file === SYNTHESIS_JSON);
  return download ? `Données (JSON, ${formatBytes(download.bytes)})` : 'Données (JSON)';
}

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

/** Its size in bytes, measured piece by piece. */
export function synthesisJsonBytes(synthesis: Synthesis): number {
  let bytes = 0;
  for (const chunk of stableJsonChunks(synthesis)) bytes += Buffer.byteLength(chunk);
  return bytes;
}
