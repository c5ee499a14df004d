// What a schedule keeps of a charge that did not go out (WipSchedule.lastRefusal): the reason
// code and its message, "<code>: <message>", from our refusal or the provider's answer.
import { AppError } from "../errors";
import { WipRefusedError } from "../payments/wip";

export const DECLINED = "provider_declined: the card's bank declined the charge";

export function refusalOf(error: unknown): string {
  if (error instanceof WipRefusedError) return error.message.slice(0, 1000);
  if (error instanceof AppError) return `${error.code}: ${error.message}`.slice(0, 1000);
  return "internal_error: the charge could not be made";
}
