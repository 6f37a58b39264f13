import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every file under `dir`, depth first, names sorted by code point (the same order on every machine and
 * locale). Hidden entries (".git", ".DS_Store") are passed over, and a symlinked directory is entered once.
 */
export async function* walkFiles(dir: string, seen: Set<string> = new Set()): AsyncGenerator<string> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (isDirectory) yield* walkFiles(path, seen);
    else if (isFile) yield path;
  }
}
