// Renders the site's raster images from the SVG/HTML drawn here, with the same Chromium the tests use:
// web app icons (static/img/icon-*.png, apple-touch-icon.png) and the social card (social-card.jpg).
// The PNGs are committed; run this after changing a drawing: node scripts/make-images.mjs
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';

const OUT = path.resolve(import.meta.dirname, '..', 'static', 'img');
const BLUE = '#1d4e89';
const DARK = '#143760';

// The logo's "M" on a full square. `inset` is the share of the side the mark spans: maskable icons keep
// it inside the central safe zone (a circle of 80% of the side), as the platform may crop to a circle.
const mark = (inset, rounded) => `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100%" height="100%">
  <rect width="100" height="100" rx="${rounded ? 22 : 0}" fill="${BLUE}"/>
  <g transform="translate(50 50) scale(${inset / 16}) translate(-16 -16)">
    <path d="M8 22V10l8 7 8-7v12" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round"/>
  </g>
</svg>`;

const card = `
<div style="width:1200px;height:630px;box-sizing:border-box;padding:72px 80px;display:flex;flex-direction:column;
  justify-content:space-between;color:#fff;font-family:'DejaVu Sans',system-ui,sans-serif;
  background:linear-gradient(135deg,${DARK},${BLUE} 60%,#2a6bb5)">
  <div style="display:flex;align-items:center;gap:28px">
    <div style="width:112px;height:112px">${mark(52, true).replace(`fill="${BLUE}"`, 'fill="#ffffff22"')}</div>
    <div style="font-size:40px;font-weight:700;letter-spacing:0.5px">Mastering AI 10</div>
  </div>
  <div>
    <div style="font-size:66px;font-weight:700;line-height:1.1">Deployment and<br>Productionizing Models</div>
    <div style="font-size:30px;margin-top:28px;opacity:0.92;line-height:1.35">An interactive study guide: serve, scale, monitor,
      version, secure and pay for machine-learning models in production.</div>
  </div>
  <div style="font-size:26px;opacity:0.85">9 chapters · 90 study questions · runnable examples · works offline</div>
</div>`;

const images = [
  {file: 'icon-192.png', size: [192, 192], html: mark(50, true)},
  {file: 'icon-512.png', size: [512, 512], html: mark(50, true)},
  {file: 'icon-maskable-512.png', size: [512, 512], html: mark(46, false)},
  {file: 'apple-touch-icon.png', size: [180, 180], html: mark(52, false)},
  // JPEG: a gradient photo-like image, a fifth of the PNG's size; link previews accept it everywhere.
  {file: 'social-card.jpg', size: [1200, 630], html: card},
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const {file, size, html} of images) {
    const page = await browser.newPage({viewport: {width: size[0], height: size[1]}, deviceScaleFactor: 1});
    await page.setContent(
      `<!doctype html><html><body style="margin:0;width:${size[0]}px;height:${size[1]}px;overflow:hidden">${html}</body></html>`,
    );
    const shot = file.endsWith('.jpg')
      ? await page.screenshot({type: 'jpeg', quality: 88})
      : await page.screenshot({type: 'png', omitBackground: true});
    writeFileSync(path.join(OUT, file), shot);
    await page.close();
    console.log(`static/img/${file} ${size.join('×')}`);
  }
} finally {
  await browser.close();
}
