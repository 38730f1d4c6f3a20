import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serve } from '/work/main/scripts/serve.ts';
const server = await serve('/tmp/lb/demo');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox'] });
const page = await browser.newPage();
await page.goto(server.url);
await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
console.log(await page.evaluate(async () => {
  const a = document.querySelector('.region-map svg a')!;
  const axe = (window as any).axe;
  axe.setup();
  const vn = axe.utils.getNodeFromTree(a);
  return { vis: axe.commons.text.visibleVirtual(vn), acc: axe.commons.text.accessibleTextVirtual(vn), label: a.getAttribute('aria-label') };
}));
await browser.close(); await server.close();
