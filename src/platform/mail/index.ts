/**
 * Outgoing email through the SMTP server named in the configuration (SMTP_URL, e.g.
 * smtp://user:pass@mail.example.ca:587). Tests run a real SMTP server on loopback.
 */
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The language of the message, for the Content-Language header. */
  lang: 'en' | 'fr';
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: { 'Content-Language': message.lang === 'en' ? 'en-CA' : 'fr-CA' },
      });
    },
    close: () => transport.close(),
  };
}

/** One address, as people type it: bounded, with no spaces, angle brackets or line breaks. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[A-Za-z]{2,}$/.test(value);
}
