/**
 * Work under way that others may wait for: `start()` opens it (again), `end()` closes it, and
 * `done()` resolves once it is closed — at once when nothing is under way.
 */
export interface Pending {
  start(): void;
  end(): void;
  done(): Promise<void>;
}

export function pending(): Pending {
  let settled: Promise<void> = Promise.resolve();
  let release: (() => void) | undefined;
  return {
    start() {
      if (!release) settled = new Promise((resolve) => (release = resolve));
    },
    end() {
      release?.();
      release = undefined;
    },
    done: () => settled,
  };
}
