import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readConfig } from '../config.js';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Asset {
  body: Uint8Array;
  type: string;
}

/**
 * The CSS/JS/SVG under src/web/assets, read once into memory. They ship as files with the package (no
 * build step for the user); only names found here are served, so no path from a request reaches the disk.
 */
export function loadAssets(
  dir: string = join(readConfig().projectDir, 'src', 'web', 'assets'),
): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (type) assets.set(name, { body: readFileSync(join(dir, name)), type });
  }
  return assets;
}
