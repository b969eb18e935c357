import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Fresh folders of small files under one temporary root, for tests that read files; `remove` deletes them all. */
export class TempFolders {
  private folder = 0;

  private constructor(readonly root: string) {}

  static async create(prefix: string): Promise<TempFolders> {
    return new TempFolders(await mkdtemp(join(tmpdir(), prefix)));
  }

  /** A new folder holding the given files (text or bytes); names may contain subfolders. */
  async files(contents: Record<string, string | Buffer>): Promise<string> {
    const dir = join(this.root, `case-${++this.folder}`);
    await mkdir(dir);
    for (const [name, content] of Object.entries(contents)) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), content);
    }
    return dir;
  }

  remove(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}
