// A real SMTP server on a free local port that keeps what it receives, for the tests that check
// mail leaves through SMTP (integration and end-to-end alike).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; raw: string };

export type SmtpCapture = { received: ReceivedMail[]; url: () => string; start: (port?: number) => Promise<string>; stop: () => Promise<void> };

export function smtpCapture(): SmtpCapture {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString()));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  const url = () => `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return {
    received,
    url,
    start: (port = 0) => new Promise<string>((resolve) => server.listen(port, "127.0.0.1", () => resolve(url()))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MailPart = { type: string; body: string };

/** A header's value in a head of folded header lines, or "". */
function header(head: string, name: string): string {
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  return new RegExp(`^${name}:\\s*(.*)$`, "im").exec(unfolded)?.[1]?.trim() ?? "";
}

function decode(body: string, encoding: string): string {
  if (/quoted-printable/i.test(encoding)) {
    return Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8");
  }
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

/** Every leaf part of a received mail (the mail itself when it is not multipart), decoded as a mail client does. */
export function mailParts(raw: string): MailPart[] {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const type = header(head, "content-type") || "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    return sections.filter((p) => !p.startsWith("--")).flatMap((p) => mailParts(p.replace(/^\r?\n/, "")));
  }
  return [{ type: type.split(";")[0]!.toLowerCase(), body: decode(body, header(head, "content-transfer-encoding")) }];
}

/** The text part of a received mail, as a mail client decodes it. */
export function mailText(raw: string): string {
  const parts = mailParts(raw);
  return (parts.find((p) => p.type === "text/plain") ?? parts[0])?.body ?? "";
}
