// Types for outlook-addin/addin-address.mjs.
export const DEV_PORT: number;
export const DEV_ORIGIN: string;
export function addinAddress(env?: Record<string, string | undefined>): {
  origin: string;
  path: string;
  base: string;
  production: boolean;
};
