import fs from 'node:fs';
import path from 'node:path';

/**
 * The project folder (the one with package.json), found by walking up: the same answer from the
 * TypeScript sources and from the server bundle in dist/server, which sit at different depths.
 */
export const ROOT = ((): string => {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`package.json not found above ${import.meta.dirname}`);
  }
})();
