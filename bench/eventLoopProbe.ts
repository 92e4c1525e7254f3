/**
 * How long the event loop is held: a timer that should fire every few milliseconds notes how late it fires
 * (wall clock) and, where Linux tells it (/proc/thread-self/schedstat, nanoseconds), how much CPU time the
 * main thread used since the previous tick. The wall figure is what a Slack acknowledgement waits; on a
 * busy machine it also counts time the thread was not running at all (other processes had the CPUs), which
 * the CPU figure leaves out: that one measures what the code itself holds the loop for.
 */
import { readFileSync } from 'node:fs';

export interface EventLoopBlocks {
  /** The longest time between two ticks beyond the tick interval (ms, wall clock). */
  wallMs: number;
  /** The most CPU time the main thread used between two ticks (ms); undefined where it cannot be read. */
  cpuMs: number | undefined;
}

/** One long block, timed so that it can be found in a CPU profile (`node --cpu-prof`). */
export interface Block {
  /** When it ended, in µs of the monotonic clock (the clock of a .cpuprofile's sample times). */
  endUs: number;
  wallMs: number;
  cpuMs: number;
}

const TICK_MS = 2;

/** The calling thread's CPU time in ms, or undefined off Linux. */
function threadCpuMs(): number | undefined {
  try {
    const [ns] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ');
    return Number(ns) / 1e6;
  } catch {
    return undefined;
  }
}

/**
 * Starts watching; `stop` ends it and returns the longest blocks seen. `onBlock` is told of every block of
 * at least `blockMs` of CPU time (bench/attributeBlocks.ts names what ran in them).
 */
export function watchEventLoop(options: { blockMs?: number; onBlock?: (block: Block) => void } = {}): {
  stop: () => EventLoopBlocks;
} {
  const blockMs = options.blockMs ?? 40;
  let wallMs = 0;
  let cpuMs: number | undefined = threadCpuMs() === undefined ? undefined : 0;
  let lastWall = performance.now();
  let lastCpu = threadCpuMs();
  let timer: NodeJS.Timeout;
  const tick = () => {
    const wall = performance.now();
    const cpu = threadCpuMs();
    wallMs = Math.max(wallMs, wall - lastWall - TICK_MS);
    if (cpu !== undefined && lastCpu !== undefined) {
      cpuMs = Math.max(cpuMs ?? 0, cpu - lastCpu);
      if (cpu - lastCpu >= blockMs)
        options.onBlock?.({
          endUs: Number(process.hrtime.bigint() / 1000n),
          wallMs: wall - lastWall,
          cpuMs: cpu - lastCpu,
        });
    }
    lastWall = wall;
    lastCpu = cpu;
    timer = setTimeout(tick, TICK_MS);
  };
  timer = setTimeout(tick, TICK_MS);
  return {
    stop() {
      clearTimeout(timer);
      tick();
      clearTimeout(timer);
      const round = (n: number) => Math.round(n * 10) / 10;
      return { wallMs: round(wallMs), cpuMs: cpuMs === undefined ? undefined : round(cpuMs) };
    },
  };
}
