/** A JSON array written to a file one record at a time, so an export of any size streams. */
import { createWriteStream, type WriteStream } from 'node:fs';

export class JsonArrayWriter {
  private readonly stream: WriteStream;
  private count = 0;
  constructor(file: string) {
    this.stream = createWriteStream(file, 'utf8');
    this.stream.write('[');
  }
  async write(record: unknown): Promise<void> {
    const ok = this.stream.write(`${this.count === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`);
    this.count += 1;
    if (!ok) await new Promise<void>((done) => this.stream.once('drain', () => done()));
  }
  async close(): Promise<number> {
    this.stream.write(this.count === 0 ? ']\n' : '\n]\n');
    await new Promise<void>((done, fail) =>
      this.stream.end((error?: Error | null) => (error ? fail(error) : done())),
    );
    return this.count;
  }
}
