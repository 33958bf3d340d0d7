import readline from 'node:readline';
import { ROLES, type Role } from '../shared/roles';
import { createContext } from '../server/boot';
import { loadEnv } from '../server/env';
import { createAccount } from '../server/services/accounts.service';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: only the prompt itself is written.
  const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WritableStream };
  let prompted = false;
  output._writeToOutput = (s: string) => {
    if (!prompted) {
      output.output.write(s);
      prompted = true;
    }
  };
  const answer = await new Promise<string>((resolve) => rl.question('Wachtwoord: ', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

export async function userCreateCommand(opts: {
  email: string;
  role: string;
  name: string;
  institution: string;
  studentNumber?: string;
}): Promise<void> {
  if (!(ROLES as readonly string[]).includes(opts.role)) throw new Error(`Onbekende rol "${opts.role}". Kies uit: ${ROLES.join(', ')}`);
  const password = await readPassword();
  const ctx = await createContext(loadEnv());
  try {
    const parts = (opts.name || opts.email.split('@')[0] || 'Gebruiker').trim().split(/\s+/);
    const user = await createAccount(ctx, {
      institutionName: opts.institution,
      email: opts.email,
      role: opts.role as Role,
      firstName: parts[0] ?? 'Gebruiker',
      lastName: parts.slice(1).join(' ') || '-',
      studentNumber: opts.studentNumber ?? null,
      password,
    });
    console.log(`Account aangemaakt: ${user.email} (${user.role})`);
  } finally {
    await ctx.database.close();
  }
}
