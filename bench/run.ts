/**
 * `npm run bench [name…]`: the benchmarks (not tests; nothing is asserted). Each prints its
 * figures and writes them to bench/results/<name>-<time>.json. Modules add theirs to `benches`.
 */
import { benchBoard, writeResults } from "./board";
import { benchFeedback } from "./feedback";
import { benchRealtime } from "./realtime";

const benches: Record<string, () => Promise<unknown>> = {
  board: benchBoard,
  feedback: benchFeedback,
  realtime: benchRealtime,
};

const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const names = chosen.length > 0 ? chosen : Object.keys(benches);
let failed = false;
for (const name of names) {
  const bench = benches[name];
  if (!bench) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(benches).join(", ")}`);
    failed = true;
    continue;
  }
  try {
    const results = await bench();
    console.log(JSON.stringify(results, null, 2));
    console.log(`Results: ${writeResults(name, results)}`);
  } catch (error) {
    console.error(`Benchmark "${name}" failed:`, error);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
