export function zipEntries(file: string): { name: string; data: Buffer }[];
