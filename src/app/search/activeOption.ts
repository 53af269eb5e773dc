/** Which suggestion the arrow keys highlight next; the list wraps around, as the ARIA combobox pattern allows. */
export function nextActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count <= 0) return -1;
  const step = key === 'ArrowDown' ? 1 : -1;
  if (active < 0 || active >= count) return step > 0 ? 0 : count - 1;
  return (active + step + count) % count;
}
