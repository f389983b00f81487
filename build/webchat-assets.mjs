// Builds the Web Chat bundle the website serves: copies botframework-webchat's minimal bundle (no Adaptive Cards, no
// speech: the bot sends text and suggested actions only) to wwwroot/lib under a content-hash name, precompressed with
// Brotli and gzip, and writes wwwroot/lib/webchat.json naming it. Run by build/WebChat.targets after `npm ci`.
// Usage: node build/webchat-assets.mjs <dist folder> <wwwroot/lib folder>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const [dist, lib] = process.argv.slice(2);
if (!dist || !lib) {
  console.error('usage: node webchat-assets.mjs <dist> <lib>');
  process.exit(2);
}

const source = readFileSync(join(dist, 'webchat-minimal.js'));
const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
const name = `webchat.${hash}.js`;
mkdirSync(lib, { recursive: true });
for (const old of readdirSync(lib)) {
  if (/^webchat\.[0-9a-f]{16}\.js(\.br|\.gz)?$/.test(old) && !old.startsWith(name)) {
    rmSync(join(lib, old));
  }
}

writeFileSync(join(lib, name), source);
writeFileSync(join(lib, name + '.br'), brotliCompressSync(source, {
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
  },
}));
writeFileSync(join(lib, name + '.gz'), gzipSync(source, { level: 9 }));
copyFileSync(join(dist, 'webchat-minimal.js.LICENSE.txt'), join(lib, 'webchat.LICENSE.txt'));
writeFileSync(join(lib, 'webchat.json'), JSON.stringify({ file: name, bytes: source.length }) + '\n');
console.log(`Web Chat: ${name} (${source.length} bytes, precompressed)`);
