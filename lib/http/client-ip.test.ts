import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIp", () => {
  it("takes the address Next.js wrote from the socket when nothing is in front", () => {
    expect(clientIp(h("203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("takes the entry the nearest trusted proxy appended, not what the client sent before it", () => {
    expect(clientIp(h("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(h("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("treats an IPv4 client on a dual-stack socket as the IPv4 address", () => {
    expect(clientIp(h("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientIp(h("2001:DB8::1"), 0)).toBe("2001:db8::1");
  });

  it("says unknown when there is no address at all", () => {
    expect(clientIp(h(), 0)).toBe("unknown");
    expect(clientIp(h(" , "), 1)).toBe("unknown");
  });

  it("takes the leftmost when fewer proxies wrote than are trusted", () => {
    expect(clientIp(h("203.0.113.7"), 3)).toBe("203.0.113.7");
  });
});
