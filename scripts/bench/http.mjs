// One GET on a fresh connection (no keep-alive pool, no decompression): what the server sent, exactly.
import http from 'node:http';

export function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, {headers, agent: false}, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks)}),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}
