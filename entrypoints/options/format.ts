/** Sizes in the page's language: 7.3 KB, 7,3 KB. */
export function kilobytes(bytes: number): string {
  return new Intl.NumberFormat(document.documentElement.lang || undefined, {
    maximumFractionDigits: 1,
  }).format(bytes / 1024);
}

export function mediumDate(time: number): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'medium' }).format(
    new Date(time),
  );
}
