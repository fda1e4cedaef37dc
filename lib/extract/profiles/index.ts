import type { SiteProfile } from '../site-profile';

/** Built-in site profiles, one file per app. */
export const PROFILES: SiteProfile[] = [];
