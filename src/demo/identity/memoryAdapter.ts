/**
 * Where the development provider keeps its sessions, grants and codes: in this process, each entry
 * dropped when it expires. A development provider needs nothing more (a restart signs people out of the
 * provider, not out of Stitch, whose sessions are in the database); a real provider is configured with
 * OIDC_ISSUER instead.
 */
type Payload = Record<string, unknown> & {
  grantId?: string;
  userCode?: string;
  uid?: string;
  consumed?: number;
};

type Entry = { payload: Payload; expiresAt: number | undefined };

/** An adapter class with its own storage: one per provider, shared by every model the provider makes. */
export function createMemoryAdapter() {
  const stores = new Map<string, Map<string, Entry>>();
  return class MemoryAdapter {
    private readonly entries: Map<string, Entry>;

    constructor(readonly name: string) {
      let store = stores.get(name);
      if (!store) stores.set(name, (store = new Map()));
      this.entries = store;
    }

    async upsert(id: string, payload: Payload, expiresIn?: number): Promise<void> {
      this.entries.set(id, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
    }

    async find(id: string): Promise<Payload | undefined> {
      const entry = this.entries.get(id);
      if (!entry) return undefined;
      if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
        this.entries.delete(id);
        return undefined;
      }
      return entry.payload;
    }

    async findByUserCode(userCode: string): Promise<Payload | undefined> {
      return this.findWhere((payload) => payload.userCode === userCode);
    }

    async findByUid(uid: string): Promise<Payload | undefined> {
      return this.findWhere((payload) => payload.uid === uid);
    }

    async consume(id: string): Promise<void> {
      const entry = this.entries.get(id);
      if (entry) entry.payload = { ...entry.payload, consumed: Math.floor(Date.now() / 1000) };
    }

    async destroy(id: string): Promise<void> {
      this.entries.delete(id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [id, entry] of this.entries) if (entry.payload.grantId === grantId) this.entries.delete(id);
    }

    private async findWhere(test: (payload: Payload) => boolean): Promise<Payload | undefined> {
      for (const id of this.entries.keys()) {
        const payload = await this.find(id);
        if (payload && test(payload)) return payload;
      }
      return undefined;
    }
  };
}
