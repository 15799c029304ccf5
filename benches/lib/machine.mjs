// The line every benchmark table starts with: the machine, its load and the date.
import os from 'node:os';

export function machineLine() {
  return `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(2)}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
