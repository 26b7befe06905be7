/** "≈ 12 MB", "≈ 4.5 MB", "< 1 MB": decimal megabytes, as storage settings show them. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  if (mb < 1) return '< 1 MB';
  return `≈ ${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}
