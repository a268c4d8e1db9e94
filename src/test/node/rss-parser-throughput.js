// Parse throughput of the npm rss-parser package on the same files as talkwatch.feed.ParseBenchmark.
// Usage: node src/test/node/rss-parser-throughput.js FILE... (rss-parser must be resolvable: see docs/BENCHMARKS.md)
const fs = require('fs');
const Parser = require('rss-parser');

async function main() {
  const files = process.argv.slice(2);
  const parser = new Parser();
  const bodies = files.map(f => fs.readFileSync(f, 'utf8'));
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const run = async (rounds) => {
    let items = 0;
    for (let r = 0; r < rounds; r++) {
      for (const body of bodies) {
        const feed = await parser.parseString(body);
        items += feed.items.length;
      }
    }
    return items;
  };
  await run(50); // warm-up
  const rounds = 300;
  const start = process.hrtime.bigint();
  const items = await run(rounds);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`rss-parser: ${files.length} files, ${rounds} rounds: ${(rounds * files.length / seconds).toFixed(0)} feeds/s, `
    + `${(items / seconds).toFixed(0)} items/s, ${(rounds * bytes / seconds / 1048576).toFixed(1)} MB/s`);
}
main().catch(e => { console.error(e); process.exit(1); });
