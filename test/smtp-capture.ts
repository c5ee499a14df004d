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

export type ParsedMail = { subject: string; text: string; html: string };

/** A received mail as a mail client reads it: subject, text part and HTML part (mailparser). */
export async function parseMail(raw: string): Promise<ParsedMail> {
  const { simpleParser } = await import("mailparser");
  const m = await simpleParser(raw);
  return { subject: m.subject ?? "", text: m.text ?? "", html: typeof m.html === "string" ? m.html : "" };
}

/** The text part of a received mail, decoded. */
export async function mailText(raw: string): Promise<string> {
  return (await parseMail(raw)).text;
}
