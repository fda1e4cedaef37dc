// Types for outlook-addin/serve.mjs.
export interface AddinServer {
  /** https://localhost:<port>/ , or http://127.0.0.1:<port>/ when no certificate could be had. */
  url: string;
  https: boolean;
  /** The certificate is office-addin-dev-certs' (trusted once its CA is installed), not a throwaway. */
  trusted: boolean;
  close(): Promise<void>;
}
export function startAddinServer(options?: {
  port?: number;
  https?: boolean;
  /** Never prompt to install the development CA (as in CI or without a terminal). */
  headless?: boolean;
  root?: string;
  log?: (message: string) => void;
}): Promise<AddinServer>;
export const RENEW_DAYS_BEFORE: number;
/** Whether a PEM certificate expires within `days` (default RENEW_DAYS_BEFORE) of `now`, or already has. */
export function certificateNeedsRenewal(pem: string | Buffer, now?: number, days?: number): boolean;
