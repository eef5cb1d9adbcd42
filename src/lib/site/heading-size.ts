/**
 * The size of a page's h1 by the length of its title: long titles are set smaller, so that on a
 * phone (375 px) even the longest an entry may have (90 characters) stays within three lines and
 * long Dutch compounds need not break. Tailwind classes, read by `PageHeader.astro`.
 */
export function headingSize(title: string): string {
  if (title.length > 72) return 'text-[1.375rem] sm:text-4xl md:text-5xl';
  if (title.length > 60) return 'text-[1.5rem] sm:text-4xl md:text-5xl';
  if (title.length > 40) return 'text-[1.875rem] sm:text-4xl md:text-5xl';
  return 'text-4xl md:text-5xl';
}
