// Development mailbox: the mail the app would have sent, when no SMTP server is configured.
import { devMailbox } from "@/lib/mail/send";
import { requireDevMailbox } from "@/lib/access/pages";

export const metadata = { title: "Development mailbox" };

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="break-all text-brand underline">
        {part}
      </a>
    ) : (
      <span key={i}>{part}</span>
    ),
  );
}

export default async function MailboxPage() {
  requireDevMailbox();
  const messages = await devMailbox();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-bold">Development mailbox</h1>
      {messages.length === 0 && <p className="mt-4">No mail yet.</p>}
      <ul className="mt-4 flex flex-col gap-4">
        {messages.map((mail) => (
          <li key={mail.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="mail">
            <p className="text-sm break-words text-stone-700">
              To <span data-testid="mail-to">{mail.to}</span> · {mail.createdAt.toISOString()} · {mail.status}
            </p>
            <h2 className="font-semibold break-words">{mail.subject}</h2>
            <p className="mt-2 whitespace-pre-wrap break-words">{linkify(mail.text)}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
