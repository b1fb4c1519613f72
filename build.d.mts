export function flavours(): Promise<{ chrome: any; firefox: any; version: string }>;
