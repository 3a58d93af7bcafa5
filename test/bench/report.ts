// Bench output: `name: value` lines, each figure beside its baseline from the same run.
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function line(name: string, value: number, unit: string): void {
  console.log(`${name}: ${value.toFixed(value < 10 ? 2 : 1)} ${unit}`);
}

export function verdict(name: string, ok: boolean, detail: string): void {
  console.log(`${name}: ${ok ? 'PASS' : 'FAIL'} (${detail})`);
}
