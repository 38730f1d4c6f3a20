import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { permalinkFromFilesSource } from '../../src/components/permalink-files.ts';

describe('the session pages’ classic script for a site opened from its files', () => {
  it('is a classic script that needs nothing but the window, and does nothing on a served page', () => {
    const source = permalinkFromFilesSource();
    expect(source).not.toMatch(/\bimport\b|\bexport\b/);
    const touched: string[] = [];
    const document = new Proxy({}, { get: (_target, name) => touched.push(String(name)) });
    // Served (http:), the script leaves the page to permalink-client.ts: it reads no element.
    vm.runInNewContext(source, { window: { location: { protocol: 'https:', hash: '#e-abc' }, document } });
    expect(touched).toEqual([]);
  });

  it('opened from a file, looks for the page’s template and heading, and stops quietly without them', () => {
    const asked: string[] = [];
    const document = { querySelector: (selector: string) => (asked.push(selector), null) };
    vm.runInNewContext(permalinkFromFilesSource(), { window: { location: { protocol: 'file:', hash: '#e-abc' }, document } });
    expect(asked).toEqual(['template[data-permalink-files]', 'main h1']);
  });
});
