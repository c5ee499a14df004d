// The time left on a countdown, as the waiting pages show it.
const two = (n: number) => String(n).padStart(2, "0");

/** m:ss, or h:mm:ss for deadlines an hour or more away (a checkout's, a charge's). */
export function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(seconds % 60)}` : `${m}:${two(seconds % 60)}`;
}
