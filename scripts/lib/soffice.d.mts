export function findSoffice(): string | null;
export function convertWithLibreOffice(input: string, target: string, outDir: string): string;
