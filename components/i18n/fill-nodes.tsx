// fill() for messages whose placeholders are elements (an amount in bold, a reference in mono):
// the translation decides where they stand in the sentence.
import { Fragment, type ReactNode } from "react";

export function fillNodes(message: string, values: Record<string, ReactNode>): ReactNode[] {
  return message.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{name !== undefined && name in values ? values[name] : part}</Fragment>;
  });
}
