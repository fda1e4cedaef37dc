import type { DebtorView, Settings } from '../../lib/model';

/**
 * The views' one door to lib/call-script (issue 4: questions, and answers → contact events).
 * Until it lands this lists the seeds' questions, so switching is this file only.
 */
export interface ScriptQuestion { id: string; ask: string; hint?: string }

export function callScriptFor(debtor: DebtorView, settings: Settings): ScriptQuestion[] {
  const me = settings.sender.name ? `this is ${settings.sender.name}` : 'I am calling';
  const numbers = debtor.openInvoices.map((i) => i.number).join(', ');
  return [
    { id: 'who', ask: `Hello, ${me}${settings.sender.company ? ` from ${settings.sender.company}` : ''}. Who approves payments at ${debtor.name}?`, hint: 'Ask for them by name; note their role under Contacts.' },
    { id: 'received', ask: `Did you receive invoice${debtor.openInvoices.length === 1 ? '' : 's'} ${numbers}?`, hint: 'No: offer to send a copy now (Asked for invoice copy).' },
    { id: 'satisfied', ask: 'Is anything wrong with the order or the service?', hint: 'Yes: that is a dispute; record what they say.' },
    { id: 'when', ask: 'When exactly will it be paid?', hint: 'Get a date and an amount: Promised to pay on…' },
    { id: 'part', ask: 'Can you pay a part today?', hint: 'Cash-flow trouble: offer a payment plan.' },
  ];
}
