import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { requestLocale, signInMail, SIGN_IN_LINK_MINUTES } from "./sign-in-link";

describe("sign-in mail", () => {
  const url = "http://localhost:3000/api/auth/callback/email?token=abc&email=a%40b.c";

  it("is valid 15 minutes", () => {
    expect(SIGN_IN_LINK_MINUTES).toBe(15);
  });
  it.each(LOCALES)("says so in %s, with the link, and no placeholder left", (locale) => {
    const mail = signInMail("ann@example.com", url, locale);
    expect(mail.to).toBe("ann@example.com");
    expect(mail.text).toContain(`\n${url}\n`);
    expect(mail.text).toMatch(/\b15\b/);
    expect(mail.text).not.toMatch(/24|\{\w+\}/);
    expect(mail.subject.length).toBeGreaterThan(3);
  });
  it("is in each language's own words", () => {
    const subjects = LOCALES.map((l) => signInMail("a@b.c", url, l).subject);
    expect(new Set(subjects).size).toBe(LOCALES.length);
  });
  it("falls back to the default language outside a request", async () => {
    expect(await requestLocale()).toBe("en");
  });
});
