/**
 * Running a chapter's code as the page would: in a context of its own (`node:vm`), with a time limit.
 * The chapters are the bureau's trusted text; this keeps a mistake (a loop that never ends) from
 * reaching the command, and is no sandbox for hostile code.
 */
import vm from 'node:vm';
import { unknownNames } from './expressions.ts';

/**
 * Long enough for any expression a chapter shows, short enough for `check --suivre`. The limit is
 * wall-clock time: on a busy machine a plain `{[15, 4]}` once went past it and was silently left out,
 * so an expression that times out is run again with the longer limit before it is left to the build;
 * an `export` block (whose declarations a second run would find taken) gets the longer one at once.
 */
const TIME_LIMIT_MS = 200;
const BUSY_LIMIT_MS = 2000;
/** A run past its time limit: tried again with the longer limit, then left to the build (a loop that never ends). */
const TIMED_OUT = 'timed-out';

/** The names an expression may read to be run here: MDX's, and JavaScript's (those of a fresh context). */
export const EVALUABLE: ReadonlySet<string> = new Set(['frontmatter', 'props', ...Object.getOwnPropertyNames(vm.runInNewContext('globalThis'))]);

/** A run's value, or the error it threw (with its line in the code, when its stack tells); null when it could not be run. */
export type Outcome = { value: unknown } | { error: { name: string; message: string; line?: number } } | null;

/** The scripts' name, for an error's line to be read from its stack. */
const SCRIPT = 'chapitre-livre-blanc.js';

/** Whether the expression reads nothing but what `known` holds (not an `import`, not an unknown name). */
export function isEvaluable(source: string, known: ReadonlySet<string> = EVALUABLE): boolean {
  // A comment alone or an empty `{}` names nothing, and is no expression to run: `evaluate` leaves it.
  return unknownNames(source, known).length === 0;
}

/** The expression's value, or the error it throws; null when it is no plain JavaScript (JSX: left to the build) or runs too long. */
export function evaluate(source: string, context: vm.Context): Outcome {
  const code = `(\n${source}\n)`;
  const outcome = run(code, context, TIME_LIMIT_MS);
  const again = outcome === TIMED_OUT ? run(code, context, BUSY_LIMIT_MS) : outcome;
  return again === TIMED_OUT ? null : again;
}

/** An `export` block's code run once, with the longer limit; null as for `evaluate`. */
export function runBlock(code: string, context: vm.Context): Outcome {
  const outcome = run(code, context, BUSY_LIMIT_MS);
  return outcome === TIMED_OUT ? null : outcome;
}

function run(code: string, context: vm.Context, limit: number): Outcome | typeof TIMED_OUT {
  let script: vm.Script;
  try {
    script = new vm.Script(code, { filename: SCRIPT });
  } catch {
    return null;
  }
  try {
    return { value: script.runInContext(context, { timeout: limit }) as unknown };
  } catch (error) {
    // An error of the context's realm: not `instanceof Error` here; read by shape.
    const { name, message, stack } = (error ?? {}) as { name?: unknown; message?: unknown; stack?: unknown };
    if (typeof message === 'string' && /^Script execution timed out/.test(message)) return TIMED_OUT;
    const line = typeof stack === 'string' ? Number(new RegExp(`${SCRIPT.replace(/\./g, '\\.')}:(\\d+):\\d+`).exec(stack)?.[1] ?? Number.NaN) : Number.NaN;
    return { error: { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : String(error), ...(Number.isInteger(line) ? { line } : {}) } };
  }
}
