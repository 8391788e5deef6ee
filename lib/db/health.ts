import { db } from "./client";

type Pingable = { $queryRaw: (query: TemplateStringsArray) => Promise<unknown> };

/** True when the database answers within the timeout. */
export async function checkDatabase(client: Pingable = db, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database health check timed out")), timeoutMs);
    });
    await Promise.race([client.$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
