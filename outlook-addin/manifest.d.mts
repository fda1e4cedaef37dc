// Types for outlook-addin/manifest.mjs.
export const PRODUCTION_ID: string;
export const LOCALHOST_ID: string;
export function renderManifest(options: { base: string; localhost?: boolean }): string;
export function manifestForBuild(env?: Record<string, string | undefined>): { fileName: string; xml: string };
