import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type { Prisma } from "./generated/client";

const globalForDb = globalThis as unknown as { verbeterbordDb?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // A dead database must fail a request quickly instead of hanging it.
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}

export function getDb(): PrismaClient {
  // Cached on globalThis so dev-mode hot reloads do not open a new pool each time.
  globalForDb.verbeterbordDb ??= createClient();
  return globalForDb.verbeterbordDb;
}

// Created on first use, so importing this module needs no database (next build, unit tests).
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

export type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function disconnectDb(): Promise<void> {
  await globalForDb.verbeterbordDb?.$disconnect();
  globalForDb.verbeterbordDb = undefined;
}
