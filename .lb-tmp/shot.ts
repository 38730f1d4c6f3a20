import { chromium } from 'playwright-core';
import { serve } from '/work/main/scripts/serve.ts';
const [dir, ...paths] = process.argv.slice(2);
const server = await serve(dir!);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run'] });
const width = Number(process.env.W ?? 1280);
const page = await browser.newPage({ viewport: { width, height: Number(process.env.H ?? 900) } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
for (const p of paths) {
  await page.goto(server.url + p.replace(/^\//, ''), { waitUntil: 'networkidle' });
  await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 400) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 60)); } });
  await page.waitForTimeout(800);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  const name = p.replace(/[^a-z0-9]+/gi, '_') || 'home';
  await page.screenshot({ path: `/tmp/lb/shot-${name}-${width}.png`, fullPage: !process.env.H });
  console.log('shot', name);
}
await browser.close();
await server.close();
