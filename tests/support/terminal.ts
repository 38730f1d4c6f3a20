/**
 * A terminal for the tests of `new` and `init`: a sink that keeps what a command writes, and typed
 * answers, each sent once its question is on the screen (« ? question », not yet answered).
 */
import { PassThrough, Writable } from 'node:stream';

export function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

export function terminal() {
  const input = new PassThrough();
  const output = sink();
  let seen = 0;
  const screen = () => output.text().replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\n/g, '');
  const answer = async (question: string, keys: string) => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const at = screen().indexOf(`? ${question}`, seen);
      if (at >= 0) {
        seen = at + question.length;
        break;
      }
      if (Date.now() > deadline) throw new Error(`Question attendue : « ${question} »\n--- écran ---\n${screen().slice(-800)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    input.write(keys);
  };
  return { input, output, answer };
}
