"use client";
// A submit button that disables itself while its form is being sent: no double submissions. In a
// form with several submitters (the app, the bank page), only the one clicked shows the pending label.
import { useFormStatus } from "react-dom";

type Props = {
  children: React.ReactNode;
  pendingLabel: string;
  className: string;
  /** Sent with the form when this button submits it (which way to pay was chosen). */
  name?: string;
  value?: string;
  /** Submits without the browser's checks of required fields. */
  formNoValidate?: boolean;
};

export function SubmitButton({ children, pendingLabel, className, name, value, formNoValidate }: Props) {
  const { pending, data } = useFormStatus();
  const mine = pending && (!name || data?.get(name) === value);
  return (
    <button type="submit" name={name} value={value} formNoValidate={formNoValidate} disabled={pending} aria-disabled={pending} className={className}>
      {mine ? pendingLabel : children}
    </button>
  );
}
