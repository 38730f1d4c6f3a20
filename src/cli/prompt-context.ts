/**
 * The streams of one question of `new` or `init` (@inquirer/prompts). Each prompt ends its output
 * stream when answered, so a given stream is wrapped afresh every time (process.stdout, the default,
 * is never really closed).
 */
import { Writable, type Readable } from 'node:stream';

export interface PromptStreams {
  input?: Readable;
  output?: Writable;
}

export function promptContext(io: PromptStreams): PromptStreams {
  const target = io.output;
  if (!target) return io.input ? { input: io.input } : {};
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      target.write(chunk);
      done();
    },
  });
  return io.input ? { input: io.input, output } : { output };
}
