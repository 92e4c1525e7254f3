/**
 * `npx tsx bench/attributeBlocks.ts PROFILE BLOCKS [N]`: what held the event loop. PROFILE is the main
 * thread's `.cpuprofile` of a bench run under `node --cpu-prof`, BLOCKS the file its `--blocks` option
 * wrote (one long block a line: end µs, wall ms, CPU ms). For the N longest blocks (default 10) it prints
 * the functions sampled in them, by self time and by total time (the callers that were on the stack).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [profileFile, blocksFile, count = '10'] = process.argv.slice(2);
if (!profileFile || !blocksFile) throw new Error('usage: attributeBlocks.ts PROFILE BLOCKS [N]');
const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parents = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
let at = profile.startTime;
const samples = profile.samples.map((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  return { id, at };
});
const blocks = readFileSync(blocksFile, 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(' ').map(Number) as [number, number, number])
  .sort((a, b) => b[2] - a[2])
  .slice(0, Number(count));
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
for (const [endUs, wallMs, cpuMs] of blocks) {
  const startUs = endUs - wallMs * 1000;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  samples.forEach((s, i) => {
    if (s.at < startUs || s.at > endUs) return;
    const us = (samples[i + 1]?.at ?? s.at) - s.at;
    let id: number | undefined = s.id;
    const own = label(nodes.get(id) as ProfileNode);
    self.set(own, (self.get(own) ?? 0) + us);
    const seen = new Set<string>();
    while (id !== undefined) {
      const name = label(nodes.get(id) as ProfileNode);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + us);
      seen.add(name);
      id = parents.get(id);
    }
  });
  process.stdout.write(
    `\n== ${cpuMs.toFixed(1)} ms CPU (${wallMs.toFixed(1)} ms wall), ${((startUs - profile.startTime) / 1e6).toFixed(2)} s into the profile\nself:\n${top(self, 8)}\ntotal:\n${top(total, 20)}\n`,
  );
}
