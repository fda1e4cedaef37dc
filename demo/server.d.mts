// Types for demo/server.mjs, so TypeScript tests and scripts can start the demo app.

export interface DemoServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** YYYY-MM-DD; defaults to the machine's local date. The data is seeded relative to it. */
  today?: string;
  /** Delay for each "Load more" response, in ms (default 0), to imitate a real network. */
  latencyMs?: number;
}

export interface DemoServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** The date the data was seeded for. */
  today: string;
  close(): Promise<void>;
}

export function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;
