import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A part of the code that should depend on others in one direction only: a folder directly
 * under server/src (a capability, or a shared layer such as access/ or db/), or a feature of
 * client/src/features. A file at the top of server/src (app.ts, clock.ts) is its own part.
 * In storage/, the Storage bundle (Storage.ts) and each engine's folder (sqlite/, postgres/)
 * are parts of their own: they assemble every capability's stores, as app.ts assembles its
 * services, while the rest of storage/ (the document and version store interfaces) is a layer
 * below the capabilities.
 */
interface Area {
  name: string;
  dir: string;
  /** The part a file belongs to, from its path relative to `dir`. */
  partOf(relative: string): string;
}

const SERVER: Area = {
  name: 'server',
  dir: path.join(ROOT, 'server/src'),
  partOf: (relative) => {
    const [top, below] = relative.split(path.sep);
    return top === 'storage' && (below === 'Storage.ts' || below === 'sqlite' || below === 'postgres') ? `storage/${below}` : top!;
  },
};

const CLIENT: Area = {
  name: 'client features',
  dir: path.join(ROOT, 'client/src/features'),
  partOf: (relative) => relative.split(path.sep)[0]!,
};

/**
 * Cycles that remain while other work of issue 12 is under way, each written as the parts that
 * reach one another (sorted, joined by ↔). The test fails on a new cycle and on an entry that
 * no longer matches, so these lists can only shrink: remove an entry when its cycle is gone.
 */
const KNOWN_CYCLES: Record<string, readonly string[]> = {
  server: [],
  'client features': [],
};

const SOURCE = /\.(ts|tsx)$/;
/** `from './x'`, `import './x'` and `import('./x')`, type-only imports included: a type is a dependency too. */
const RELATIVE_IMPORT = /(?:\bfrom\s+|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return SOURCE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Edges between parts of `area`: `a -> b` when a file of a imports a file of b. */
function partEdges(area: Area): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles(area.dir)) {
    const from = area.partOf(path.relative(area.dir, file));
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      const target = path.resolve(path.dirname(file), match[1]!);
      const relative = path.relative(area.dir, target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      const to = area.partOf(relative);
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  return edges;
}

/** The groups of two or more parts that reach one another (strongly connected components, Tarjan). */
function cycles(edges: Map<string, Set<string>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[] = [];
  const visit = (part: string): void => {
    index.set(part, index.size);
    low.set(part, index.get(part)!);
    stack.push(part);
    for (const next of edges.get(part) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(part, Math.min(low.get(part)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(part, Math.min(low.get(part)!, index.get(next)!));
      }
    }
    if (low.get(part) !== index.get(part)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== part);
    if (group.length > 1) groups.push(group.sort().join(' ↔ '));
  };
  for (const part of [...edges.keys()].sort()) if (!index.has(part)) visit(part);
  return groups.sort();
}

describe('imports between parts of the code point one way', () => {
  it.each([SERVER, CLIENT])('$name: no cycle between parts beyond the known ones, and each known one still there', (area) => {
    expect(cycles(partEdges(area))).toEqual([...(KNOWN_CYCLES[area.name] ?? [])].sort());
  });
});
