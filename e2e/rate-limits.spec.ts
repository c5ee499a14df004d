// Rate limits as a browser meets them: a burst of staff password guesses and of sign-in link
// requests is answered 429 with Retry-After, and the sign-in form says so. Each burst uses an
// account of its own, so the rest of the suite (one address, one server) is never limited.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

test("a burst of staff sign-in attempts is refused with Retry-After, and the form says so", async ({ page }) => {
  const email = `guess.${Date.now()}@maison-praline.test`;
  await page.goto("/signin");
  const answers: { status: number; retryAfter: string | undefined }[] = [];
  page.on("response", (r) => {
    if (r.url().endsWith("/api/auth/callback/staff")) answers.push({ status: r.status(), retryAfter: r.headers()["retry-after"] });
  });
  await page.getByLabel("Email address").nth(1).fill(email);
  for (let i = 1; i <= 6; i++) {
    await page.getByLabel("Password").fill(`guess number ${i}`);
    await page.getByRole("button", { name: "Sign in as staff" }).click();
    await expect.poll(() => answers.length).toBe(i);
    const expected = i <= 5 ? "Email or password is not correct." : "Too many attempts. Wait a few minutes, then try again.";
    await expect(page.getByRole("alert").filter({ hasText: expected })).toBeVisible();
  }
  expect(answers.slice(0, 5).map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);
  expect(answers[5]!.status).toBe(429);
  expect(Number(answers[5]!.retryAfter)).toBeGreaterThan(0);
  expect(Number(answers[5]!.retryAfter)).toBeLessThanOrEqual(15 * 60);
  await expectAccessible(page);
});

test("a burst of sign-in link requests for one inbox is refused", async ({ page, request }) => {
  const email = `flood.${Date.now()}@example.com`;
  const csrf = async () => ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const statuses: number[] = [];
  let retryAfter: string | undefined;
  for (let i = 0; i < 6; i++) {
    const res = await request.post("/api/auth/signin/email", { form: { email, csrfToken: await csrf(), callbackUrl: "/account", json: "true" } });
    statuses.push(res.status());
    retryAfter ??= res.headers()["retry-after"];
  }
  expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true);
  expect(statuses[5]).toBe(429);
  expect(Number(retryAfter)).toBeGreaterThan(0);

  // The form tells the cardholder, in the page's language.
  await page.goto("/signin");
  await page.getByLabel("Email address").first().fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many attempts. Wait a few minutes, then try again." })).toBeVisible();
  await expect(page).toHaveURL(/\/signin$/);
});

test("the limits cannot be stepped around: an extra path segment, a repeated email field", async ({ request }) => {
  const csrf = async () => ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  // next-auth reads only the first two segments; a longer path is no way in at all.
  for (const path of ["/api/auth/callback/staff/x", "/api/auth/signin/email/x"]) {
    const res = await request.post(path, { form: { email: "staff@maison-praline.test", password: "x", csrfToken: await csrf() } });
    expect(res.status(), path).toBe(404);
  }
  // A second `email` (next-auth would act on the last one) is refused, naming the field.
  const body = new URLSearchParams({ csrfToken: await csrf(), password: "guess", json: "true" });
  body.append("email", `decoy.${Date.now()}@example.com`);
  body.append("email", "staff@maison-praline.test");
  const res = await request.post("/api/auth/callback/staff", { headers: { "content-type": "application/x-www-form-urlencoded" }, data: body.toString() });
  expect(res.status()).toBe(400);
  expect(((await res.json()) as { error: { fields: { field: string }[] } }).error.fields[0]?.field).toBe("email");

  // A JSON body counts the email next-auth reads from it.
  const victim = `json.${Date.now()}@maison-praline.test`;
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const r = await request.post("/api/auth/callback/staff", { data: { email: victim, password: `guess ${i}`, csrfToken: await csrf(), json: "true" } });
    statuses.push(r.status());
  }
  expect(statuses[5]).toBe(429);
});
