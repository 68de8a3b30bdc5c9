import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy on 127.0.0.1 that records every request a browser makes
 * through it. Plain HTTP requests to loopback are forwarded (the test pages);
 * everything else (other hosts, CONNECT tunnels for HTTPS) is recorded and
 * refused, so nothing leaves the machine even when something tries.
 */
export interface LoggingProxy {
  port: number;
  /** Absolute URLs (or host:port for CONNECT) in the order they were asked for. */
  seen: string[];
  close(): Promise<void>;
}

export async function startLoggingProxy(): Promise<LoggingProxy> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    const target = req.url ?? '';
    seen.push(target);
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (url.hostname !== '127.0.0.1' || url.protocol !== 'http:') {
      res.writeHead(502).end('blocked by the test proxy');
      return;
    }
    const upstream = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Blocked\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
