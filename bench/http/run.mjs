// HTTP throughput: for each framework, bare vs parapet (full pipeline) vs
// helmet + cors + the framework's usual rate limiter, on loopback, with a
// 1 KB chat request whose user message is new on every request. The server
// runs in its own process; autocannon here.
//
//   npm run build && node bench/http/run.mjs [seconds]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const seconds = Number(process.argv[2] ?? 8);
const server = fileURLToPath(new URL('./server.mjs', import.meta.url));
const sentence =
  'Please summarise the quarterly report for the board and list the three main risks. ';
const body = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'You are a helpful assistant.' },
    // A fresh message on every request ([<id>] becomes a unique id): parapet
    // keeps the results of texts it has seen (inspect.cacheChars), and a
    // benchmark that resends one text would measure that cache, not the
    // inspection of a new prompt.
    { role: 'user', content: `[<id>] ${sentence.repeat(11)}` },
  ],
});

async function measure(framework, variant) {
  const child = spawn(process.execPath, [server, framework, variant], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [data] = await once(child.stdout, 'data');
  const port = Number(String(data).trim());
  const url = `http://127.0.0.1:${port}/v1/chat/completions`;
  const options = {
    url,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'Bearer bench-key',
      origin: 'https://app.example.com',
    },
    body,
    idReplacement: true,
    connections: 50,
    pipelining: 1,
  };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const result = await autocannon({ ...options, duration: seconds });
  child.kill();
  await once(child, 'exit');
  const ok = result.non2xx === 0 && result.errors === 0;
  return { rps: result.requests.average, p99: result.latency.p99, ok };
}

const rows = [];
for (const framework of ['node', 'express', 'fastify', 'hono']) {
  const bare = await measure(framework, 'bare');
  const baseline = await measure(framework, 'baseline');
  const guarded = await measure(framework, 'parapet');
  rows.push({ framework, bare, baseline, guarded });
  process.stdout.write(`${framework}: done\n`);
}
const pct = (a, b) => `${(((a - b) / b) * 100).toFixed(1)}%`;
console.log(`\n1 KB chat request, 50 connections, ${seconds}s each, requests/s (p99 ms)\n`);
console.log(
  'framework  bare              helmet+cors+limit  parapet (full)    parapet vs bare  parapet vs baseline  all 2xx',
);
for (const { framework, bare, baseline, guarded } of rows) {
  const cell = (m) => `${Math.round(m.rps)} (${m.p99})`.padEnd(18);
  console.log(
    `${framework.padEnd(10)} ${cell(bare)}${cell(baseline)} ${cell(guarded)}${pct(guarded.rps, bare.rps).padEnd(17)}${pct(guarded.rps, baseline.rps).padEnd(21)}${bare.ok && baseline.ok && guarded.ok}`,
  );
}
