/**
 * CPU time (user + system, ms) used so far by every process of a process group, read from
 * /proc (Linux). Throughput on a shared 2-core machine swings with whatever else runs; CPU time
 * per request does not, so benchmarks report both.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // Fields after the parenthesised command name: state ppid pgrp … utime(14) stime(15).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we read
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
