/**
 * A component's last safety net (its props checked against the Synthesis) when a chapter's value
 * could not be read ahead — written as an expression, `stat={name}`. A build still stops at it, with
 * the French message alone (chapter-error-log.ts). Under `astro dev`, the component shows the message
 * in the page instead of throwing, and the terminal says it once: thrown, it came as Astro's English
 * « [ERROR] », its hint and a stack trace, and the page stopped there.
 * On `globalThis` for the same reason as generation.ts (Astro's modules and Vite's runner).
 */
import { assertComponent, checkComponent } from '../component-check.ts';
import { isDevServer } from '../dev-server.ts';
import { contentError } from '../filters.ts';
import type { Site } from '../site.ts';

const REPORTER = Symbol.for('livre-blanc.probleme-composant');
type Scope = { [REPORTER]?: (message: string) => void };

/** Under `astro dev`: where a component's problem is said (the dev watch's terminal). */
export function provideProblemReporter(report: (message: string) => void): void {
  (globalThis as Scope)[REPORTER] = report;
}

/** The component's problems in French (dev: to show in its place), or null; a build throws them. */
export function componentProblem(site: Site, name: string, props: Readonly<Record<string, unknown>>, where: string): string | null {
  if (!isDevServer()) {
    assertComponent(site, name, props, where);
    return null;
  }
  const problems = checkComponent(site, name, props);
  if (problems.length === 0) return null;
  const { message } = contentError(where, problems);
  (globalThis as Scope)[REPORTER]?.(message);
  return message;
}
