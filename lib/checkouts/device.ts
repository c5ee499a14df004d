// Whether the shopper's browser is on a phone or tablet, from its user agent.
export function isMobileUserAgent(ua: string | null): boolean {
  return !!ua && /Android|iPhone|iPad|iPod|Mobile|Opera Mini|IEMobile/i.test(ua);
}
